package anki

import (
	"fmt"
	"strings"

	"github.com/omt-reference/omt/cards"
	"github.com/omt-reference/omt/techniques"
)

// Note is one card as an Anki note: its GUID, its fields as HTML in the
// order of Fields, and its tags.
type Note struct {
	GUID    string
	ID      string
	Front   string
	Back    string
	Choices string
	Sources string
	// Tags come from the card's decks, one a deck, in Anki's hierarchical
	// form: "family/counterstrain" is "omt::family::counterstrain".
	Tags []string
}

// fields lists the note's fields in the note type's order.
func (n Note) fields() []string {
	return []string{n.ID, n.Front, n.Back, n.Choices, n.Sources}
}

// GUID is the GUID of the note made from the card with this id. It depends
// on nothing else, so every export gives a card the same GUID.
func GUID(cardID string) string { return GUIDPrefix + cardID }

// Tag is the tag that stands for an omt deck. Anki documents "::" as the
// separator of hierarchical tags ("animal::mammal" in the manual's
// searching page) and splits tags on spaces, so a space becomes "_".
func Tag(deck string) string {
	tag := "omt::" + strings.ReplaceAll(deck, "/", "::")
	return strings.Join(strings.Fields(tag), "_")
}

// FromCards makes a note of each card, in the cards' order. The catalogue
// supplies the citations of each card's references. A body-chart card is
// left out: its question is a picture the study screen draws, and a note
// carries none.
func FromCards(c *techniques.Catalog, all []cards.Card) []Note {
	m := noteMaker{c: c, html: htmlEscaper()}
	notes := make([]Note, 0, len(all))
	for _, k := range all {
		if k.Chart != nil {
			continue
		}
		notes = append(notes, m.note(k))
	}
	return notes
}

// noteMaker holds what every note is made with.
type noteMaker struct {
	c    *techniques.Catalog
	html *strings.Replacer
}

func (m noteMaker) note(k cards.Card) Note {
	tags := make([]string, 0, len(k.Decks))
	for _, d := range k.Decks {
		tags = append(tags, Tag(d))
	}
	return Note{
		GUID:    GUID(k.ID),
		ID:      m.html.Replace(k.ID),
		Front:   m.html.Replace(k.Front),
		Back:    m.html.Replace(k.Back),
		Choices: m.choices(k),
		Sources: m.sources(k.Source),
		Tags:    tags,
	}
}

// choices lists a card's options as the letters omt shows them with, the
// right one in the class omt-key for the answer side to mark.
func (m noteMaker) choices(k cards.Card) string {
	if len(k.Choices) == 0 {
		return ""
	}
	var b strings.Builder
	b.WriteString("<ol type=A>")
	for i, ch := range k.Choices {
		if i == k.Answer {
			b.WriteString("<li class=omt-key>")
		} else {
			b.WriteString("<li>")
		}
		b.WriteString(m.html.Replace(ch) + "</li>")
	}
	b.WriteString("</ol>")
	return b.String()
}

// sources names the entry and field a card's answer comes from, the way
// omt's "show source" does, then cites its references, one a line.
func (m noteMaker) sources(s cards.Source) string {
	where := fmt.Sprintf("%s %s", s.Kind, s.ID)
	if s.Row != "" {
		where += ", row " + s.Row
	}
	var b strings.Builder
	fmt.Fprintf(&b, "<div>%s (%s: %s)</div>", m.html.Replace(s.Name), m.html.Replace(where), m.html.Replace(s.Field))
	if len(s.References) > 0 {
		b.WriteString("<ul>")
		for _, id := range s.References {
			b.WriteString("<li>" + m.html.Replace(m.c.Citation(id)) + "</li>")
		}
		b.WriteString("</ul>")
	}
	return b.String()
}

// htmlEscaper escapes text for a field Anki reads as HTML and turns its
// line breaks into <br>, as the manual asks of a field that holds HTML.
func htmlEscaper() *strings.Replacer {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", "\r\n", "<br>", "\n", "<br>", "\r", "<br>")
}
