package anki

import (
	"strings"
	"testing"

	"github.com/omt-reference/omt/cards"
)

func TestTagsAreTheDecksInAnkisHierarchicalForm(t *testing.T) {
	for deck, want := range map[string]string{
		"family/counterstrain": "omt::family::counterstrain",
		"glossary":             "omt::glossary",
		"condition/low back":   "omt::condition::low_back",
	} {
		if got := Tag(deck); got != want {
			t.Errorf("Tag(%q) = %q, want %q", deck, got, want)
		}
	}
}

func everyCardBecomesANoteWithItsDecksAsTags(t *testing.T, e exported) {
	c, all, notes := e.catalog, e.cards, e.notes
	for i, k := range all {
		n := notes[i]
		if n.GUID != "omt:"+k.ID || n.ID != k.ID {
			t.Fatalf("card %s became note %s with id field %q", k.ID, n.GUID, n.ID)
		}
		if len(n.Tags) != len(k.Decks) || len(n.Tags) == 0 {
			t.Fatalf("card %s in decks %v has tags %v", k.ID, k.Decks, n.Tags)
		}
		for j, d := range k.Decks {
			if n.Tags[j] != Tag(d) {
				t.Fatalf("card %s: tag %q for deck %q", k.ID, n.Tags[j], d)
			}
		}
		if strings.Contains(n.Front, "\n") || strings.Contains(n.Back, "\n") {
			t.Fatalf("card %s: a field keeps a raw line break; Anki's HTML wants <br>", k.ID)
		}
		if !strings.Contains(n.Sources, htmlEscaper().Replace(k.Source.Name)) {
			t.Fatalf("card %s: the sources %q do not name %q", k.ID, n.Sources, k.Source.Name)
		}
		for _, ref := range k.Source.References {
			if !strings.Contains(n.Sources, htmlEscaper().Replace(c.Citation(ref))) {
				t.Fatalf("card %s: the sources lack the citation of %s", k.ID, ref)
			}
		}
	}
}

func choicesAreLetteredWithTheKeyMarked(t *testing.T, e exported) {
	all := e.cards
	m := noteMaker{c: e.catalog, html: htmlEscaper()}
	var choice, recall int
	for _, k := range all {
		got := m.choices(k)
		if k.Kind == cards.Recall {
			recall++
			if got != "" {
				t.Fatalf("recall card %s has choices %q", k.ID, got)
			}
			continue
		}
		choice++
		if strings.Count(got, "<li") != len(k.Choices) || strings.Count(got, "class=omt-key") != 1 {
			t.Fatalf("card %s: %d options, %q", k.ID, len(k.Choices), got)
		}
		items := strings.Split(got, "<li")
		key := items[k.Answer+1]
		if !strings.HasPrefix(key, " class=omt-key>"+m.html.Replace(k.Choices[k.Answer])+"</li>") {
			t.Fatalf("card %s: the key %q is not the marked option: %q", k.ID, k.Choices[k.Answer], got)
		}
	}
	if choice == 0 || recall == 0 {
		t.Errorf("%d choice and %d recall cards: the test saw too little", choice, recall)
	}
}

func TestFieldsAreEscapedHTML(t *testing.T) {
	if got := htmlEscaper().Replace("a < b & c\nd"); got != "a &lt; b &amp; c<br>d" {
		t.Errorf("escaped %q", got)
	}
}
