package cards_test

import (
	"bytes"
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/omt-reference/omt/cards"
	"github.com/omt-reference/omt/techniques"
	"github.com/omt-reference/omt/techniques/techniquestest"
)

func shipped(t testing.TB) (*techniques.Catalog, []cards.Card) {
	t.Helper()
	c, err := techniques.Load()
	if err != nil {
		t.Fatal(err)
	}
	return c, cards.Generate(c)
}

// TestKinds checks the shape of every card of each kind.
func TestKinds(t *testing.T) {
	_, all := shipped(t)
	for _, kind := range []cards.Kind{cards.Recall, cards.Choice, cards.Vignette} {
		t.Run(string(kind), func(t *testing.T) {
			n := 0
			for _, card := range all {
				if card.Kind != kind {
					continue
				}
				n++
				checkShape(t, card)
			}
			if n == 0 {
				t.Fatalf("no %s cards generated", kind)
			}
		})
	}
}

func checkShape(t *testing.T, card cards.Card) {
	t.Helper()
	if strings.TrimSpace(card.Front) == "" || strings.TrimSpace(card.Back) == "" {
		t.Errorf("%s: empty front or back", card.ID)
	}
	if card.Hash != cards.HashOf(card) {
		t.Errorf("%s: hash %s does not match its content (%s)", card.ID, card.Hash, cards.HashOf(card))
	}
	if card.Source.Kind == "" || card.Source.ID == "" || card.Source.Name == "" || card.Source.Field == "" {
		t.Errorf("%s: incomplete source %+v", card.ID, card.Source)
	}
	if len(card.Source.References) == 0 {
		t.Errorf("%s: no references to show", card.ID)
	}
	if len(card.Decks) == 0 {
		t.Errorf("%s: in no deck", card.ID)
	}
	switch card.Kind {
	case cards.Recall:
		if card.Choices != nil || card.Answer != -1 {
			t.Errorf("%s: recall card with choices %q, answer %d", card.ID, card.Choices, card.Answer)
		}
	case cards.Choice, cards.Vignette:
		// four options, or three where the set is closed (a technique's
		// classification: the combination no technique has is never offered)
		if len(card.Choices) < 3 || len(card.Choices) > 4 || card.Answer < 0 || card.Answer >= len(card.Choices) {
			t.Fatalf("%s: %d choices, answer %d", card.ID, len(card.Choices), card.Answer)
		}
		if !strings.HasPrefix(card.Back, card.Choices[card.Answer]) {
			t.Errorf("%s: back %q does not start with the right choice %q", card.ID, card.Back, card.Choices[card.Answer])
		}
		seen := map[string]bool{}
		for _, ch := range card.Choices {
			if strings.TrimSpace(ch) == "" || seen[strings.ToLower(ch)] {
				t.Errorf("%s: empty or repeated choice %q in %q", card.ID, ch, card.Choices)
			}
			seen[strings.ToLower(ch)] = true
		}
	default:
		t.Errorf("%s: unknown kind %q", card.ID, card.Kind)
	}
}

// TestIDsUniqueAndShaped checks that ids are unique and built from the
// entry, never from a position: no number stands alone as a segment.
func TestIDsUniqueAndShaped(t *testing.T) {
	_, all := shipped(t)
	seen := map[string]bool{}
	prefixes := []string{"technique/", "condition/", "vignette/", "glossary/", "map/", "notation/", "chart/", cards.BoardPrefix + "/"}
	for _, card := range all {
		if seen[card.ID] {
			t.Errorf("duplicate id %s", card.ID)
		}
		seen[card.ID] = true
		if !slices.ContainsFunc(prefixes, func(p string) bool { return strings.HasPrefix(card.ID, p) }) {
			t.Errorf("%s: id names no entry kind", card.ID)
		}
		if strings.ContainsAny(card.ID, " \t\n") || strings.Contains(card.ID, "//") {
			t.Errorf("%s: malformed id", card.ID)
		}
		// A vignette is traced to the technique it rules out, a notation
		// card to the map row of its diagnosis, a board-style vignette to
		// the entry or row its key comes from.
		if !strings.Contains(card.ID, card.Source.ID) && !strings.HasPrefix(card.ID, "vignette/") && !strings.HasPrefix(card.ID, "notation/") &&
			!strings.HasPrefix(card.ID, cards.BoardPrefix+"/") {
			t.Errorf("%s: id does not contain its source entry %s", card.ID, card.Source.ID)
		}
	}
}

// TestDeterministic checks that the same catalogue gives byte-identical
// cards, including the order of choices, from two separate loads.
func TestDeterministic(t *testing.T) {
	_, first := shipped(t)
	_, second := shipped(t)
	a, _ := json.Marshal(first)
	b, _ := json.Marshal(second)
	if !bytes.Equal(a, b) {
		t.Fatal("two generations from the same catalogue differ")
	}
}

// TestOneFactChangesOneCard edits single facts and checks that exactly the
// cards showing them change hash, and that no id changes.
func TestOneFactChangesOneCard(t *testing.T) {
	c, before := shipped(t)
	edits := []struct {
		name    string
		edit    func(r *techniques.Records)
		changed []string
	}{
		{"barrier of counterstrain-lumbar", func(r *techniques.Records) {
			i := slices.IndexFunc(r.Techniques, func(x techniques.Technique) bool { return x.ID == "counterstrain-lumbar" })
			r.Techniques = slices.Clone(r.Techniques)
			r.Techniques[i].Barrier += " Edited."
		}, []string{"technique/counterstrain-lumbar/barrier"}},
		{"red flags of neck-pain", func(r *techniques.Records) {
			i := slices.IndexFunc(r.Conditions, func(x techniques.Condition) bool { return x.ID == "neck-pain" })
			r.Conditions = slices.Clone(r.Conditions)
			r.Conditions[i].RedFlags = append(slices.Clone(r.Conditions[i].RedFlags), "An edited red flag")
		}, []string{"condition/neck-pain/red-flags"}},
		{"an absolute note of hvla-cervical", func(r *techniques.Records) {
			i := slices.IndexFunc(r.Techniques, func(x techniques.Technique) bool { return x.ID == "hvla-cervical" })
			r.Techniques = slices.Clone(r.Techniques)
			abs := slices.Clone(r.Techniques[i].Contraindications.Absolute)
			j := slices.IndexFunc(abs, func(ci techniques.Contraindication) bool { return ci.Flag == "osteoporosis" })
			abs[j].Note += " Edited."
			r.Techniques[i].Contraindications.Absolute = abs
		}, []string{"technique/hvla-cervical/absolute", "vignette/neck-pain/osteoporosis",
			"board/technique/contraindicated/c7-ers-r/osteoporosis"}},
	}
	for _, e := range edits {
		t.Run(e.name, func(t *testing.T) {
			records := c.Records
			e.edit(&records)
			edited, err := techniques.New(records)
			if err != nil {
				t.Fatal(err)
			}
			after := cards.Generate(edited)
			if len(after) != len(before) {
				t.Fatalf("%d cards before, %d after", len(before), len(after))
			}
			var changed []string
			for i := range before {
				if before[i].ID != after[i].ID {
					t.Fatalf("id %s became %s", before[i].ID, after[i].ID)
				}
				if before[i].Hash != after[i].Hash {
					changed = append(changed, before[i].ID)
				}
			}
			if !slices.Equal(changed, e.changed) {
				t.Errorf("changed hashes %q, want %q", changed, e.changed)
			}
		})
	}
}

// TestHashOfIsPinned guards the hash function: changing it would mark
// every card in every student's database as updated.
func TestHashOfIsPinned(t *testing.T) {
	card := cards.Card{Kind: cards.Choice, Front: "Q?", Back: "A\n\nWhy.", Choices: []string{"A", "B", "C", "D"}, Answer: 0}
	if got, want := cards.HashOf(card), "bd594e1be7e5ad83987bfe77"; got != want {
		t.Errorf("HashOf = %s, want %s", got, want)
	}
	moved := card
	moved.Choices = []string{"B", "A", "C", "D"}
	moved.Answer = 1
	if cards.HashOf(moved) == cards.HashOf(card) {
		t.Error("reordered choices give the same hash")
	}
}

// TestDecks checks that every card is in a deck, that Decks counts them,
// and that every group of deck is present.
func TestDecks(t *testing.T) {
	c, all := shipped(t)
	decks := cards.Decks(c, all)
	members := 0
	for _, card := range all {
		members += len(card.Decks)
	}
	total := 0
	groups := map[string]bool{}
	for i, d := range decks {
		named := d.Group == cards.GroupRegion || !strings.Contains(d.Name, "/")
		if d.Count == 0 || d.Title == "" || !named && d.Title == strings.TrimPrefix(d.Name, d.Group+"/") {
			t.Errorf("deck %+v: empty, or its title was not found in the catalogue", d)
		}
		if got := len(cards.InDeck(all, d.Name)); got != d.Count {
			t.Errorf("deck %s counts %d, holds %d", d.Name, d.Count, got)
		}
		if i > 0 && slices.Index(cards.Groups(), decks[i-1].Group) > slices.Index(cards.Groups(), d.Group) {
			t.Errorf("deck %s sorted after %s", d.Name, decks[i-1].Name)
		}
		total += d.Count
		groups[d.Group] = true
	}
	if total != members {
		t.Errorf("decks count %d memberships, cards have %d", total, members)
	}
	for _, g := range cards.Groups() {
		if !groups[g] {
			t.Errorf("no %s deck", g)
		}
	}
	for _, tech := range c.Techniques {
		if len(cards.InDeck(all, "technique/"+tech.ID)) == 0 {
			t.Errorf("technique %s has no cards", tech.ID)
		}
	}
}

// TestSyntheticCatalogue runs the generator over a larger catalogue built
// from the shipped one, where ids and the oracle must hold just the same.
func TestSyntheticCatalogue(t *testing.T) {
	c, err := techniquestest.Synthetic(200)
	if err != nil {
		t.Fatal(err)
	}
	all := cards.Generate(c)
	seen := map[string]bool{}
	for _, card := range all {
		if seen[card.ID] {
			t.Fatalf("duplicate id %s", card.ID)
		}
		seen[card.ID] = true
		checkShape(t, card)
		checkAnswer(t, c, card)
	}
}
