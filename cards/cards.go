// Package cards turns the catalogue into study cards for spaced repetition.
//
// Every card is generated from a structured field of one catalogue entry, so
// a new entry brings its cards with it and a changed fact changes its card.
// The package is pure: it reads a *techniques.Catalog and returns values; it
// does no I/O, keeps no state and knows nothing of terminals or databases.
//
// Three promises let a scheduler keep a student's progress across releases:
//
//   - ID is derived from the entry kind, the entry id and the fact's field
//     ("technique/hvla-cervical/absolute/osteoporosis"), never from a position
//     or from text, so it survives edits to the catalogue.
//   - Hash is a digest of what the card shows (front, back, choices, answer):
//     it changes exactly when the fact shown changes, so a card whose fact
//     was corrected can come back as new.
//   - Generate is deterministic: the same catalogue gives byte-identical
//     cards. Distractors and the order of choices are picked by hashing the
//     card id with each option (see rank), never with global random state,
//     so adding an unrelated entry rarely disturbs an existing card.
//
// A multiple-choice card is only made when the catalogue offers three wrong
// options that are plausible (drawn from the same field of other entries)
// and provably wrong (checked against the catalogue); otherwise the fact
// becomes a recall card.
package cards

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"strings"

	"github.com/omt-reference/omt/techniques"
)

// Kind is how a card is asked.
type Kind string

// The kinds of card.
const (
	// Recall shows the front, reveals the back, and the student grades
	// their own recall.
	Recall Kind = "recall"
	// Choice is a board-style question with four options, one right.
	Choice Kind = "choice"
	// Vignette is a short clinical case (a condition and a patient finding)
	// asked as a multiple-choice question.
	Vignette Kind = "vignette"
)

// Source kinds: which part of the catalogue a card's answer comes from.
const (
	SourceTechnique = "technique"
	SourceCondition = "condition"
	SourceGlossary  = "glossary"
	SourceMap       = "map"
)

// Card is one generated study card.
type Card struct {
	// ID is stable across releases: entry kind, entry id and field.
	ID   string `json:"id"`
	Kind Kind   `json:"kind"`
	// Front is the question, in plain words.
	Front string `json:"front"`
	// Back is the answer as it is revealed; for a choice or vignette, the
	// right option and why.
	Back string `json:"back"`
	// Choices are the options of a choice or vignette card, in display
	// order; nil for recall.
	Choices []string `json:"choices,omitempty"`
	// Answer is the index of the right choice, or -1 for a recall card.
	Answer int `json:"answer"`
	// Source is the entry the answer comes from, for "show source".
	Source Source `json:"source"`
	// Decks are the names of the decks the card belongs to.
	Decks []string `json:"decks"`
	// Chart, on an image-occlusion card, is the body chart the card shows
	// beside its front; nil on every other card.
	Chart *Chart `json:"chart,omitempty"`
	// Hash is a digest of Kind, Front, Back, Choices, Answer and Chart.
	Hash string `json:"hash"`
}

// Chart is what an image-occlusion card draws: one view of the body chart
// (package bodychart) with points lit or labelled. The card holds it as
// data; a screen draws it at its own size.
type Chart struct {
	// View is "front" or "back".
	View string `json:"view"`
	// Lit are the points drawn lit (bodychart point ids,
	// "tender-points/al3").
	Lit []string `json:"lit,omitempty"`
	// Marks are labelled places: the options of a "where is it?" card,
	// whose choices read "Mark A", "Mark B" ... after the labels.
	Marks []Mark `json:"marks,omitempty"`
	// Around are the points whose places the drawing must include besides
	// Lit's and Marks', so that a crop does not centre on the answer.
	Around []string `json:"around,omitempty"`
}

// Mark is one labelled place on a card's chart.
type Mark struct {
	Point string `json:"point"`
	Label string `json:"label"`
}

// Source is where a card's answer lives in the catalogue.
type Source struct {
	// Kind is SourceTechnique, SourceCondition, SourceGlossary or SourceMap.
	Kind string `json:"kind"`
	// ID is the entry's id; for a map, the map's id ("viscerosomatic").
	ID string `json:"id"`
	// Row is the map row (an organ, a tender point or a table row id);
	// empty for other kinds.
	Row string `json:"row,omitempty"`
	// Name is the entry's or row's name as a person reads it.
	Name string `json:"name"`
	// Field is the fact the card asks about ("approach", "absolute/osteoporosis").
	Field string `json:"field"`
	// References are the reference ids that support the answer.
	References []string `json:"references"`
}

// Generate makes every card the catalogue supports, in a fixed order:
// techniques, conditions, vignettes, board-style vignettes, glossary, maps,
// notation, body charts. The same catalogue always gives the same cards,
// byte for byte.
func Generate(c *techniques.Catalog) []Card {
	b := newBuilder(c)
	b.techniqueCards()
	b.conditionCards()
	b.vignetteCards()
	b.boardVignetteCards()
	b.glossaryCards()
	b.organMapCards()
	b.tenderPointCards()
	b.tableCards()
	b.notationCards()
	b.chartCards()
	b.resolve()
	return b.cards
}

// HashOf computes a card's content hash from what it shows. Generate fills
// Card.Hash with it; a store can call it to check a card it kept.
func HashOf(card Card) string {
	h := sha256.New()
	field := func(s string) {
		var n [8]byte
		binary.BigEndian.PutUint64(n[:], uint64(len(s)))
		h.Write(n[:])
		h.Write([]byte(s))
	}
	field(string(card.Kind))
	field(card.Front)
	field(card.Back)
	var n [8]byte
	binary.BigEndian.PutUint64(n[:], uint64(len(card.Choices)))
	h.Write(n[:])
	for _, ch := range card.Choices {
		field(ch)
	}
	binary.BigEndian.PutUint64(n[:], uint64(int64(card.Answer)))
	h.Write(n[:])
	if ch := card.Chart; ch != nil { // absent on other cards, so their hashes stay as they were
		field("chart")
		field(ch.View)
		for _, list := range [][]string{ch.Lit, ch.Around} {
			field(strings.Join(list, "\x00"))
		}
		for _, m := range ch.Marks {
			field(m.Point)
			field(m.Label)
		}
	}
	return hex.EncodeToString(h.Sum(nil)[:12])
}

// Find returns the card with an id.
func Find(cards []Card, id string) (Card, bool) {
	for _, c := range cards {
		if c.ID == id {
			return c, true
		}
	}
	return Card{}, false
}

// InDeck returns the cards that belong to a deck, in their generated order.
func InDeck(cards []Card, deck string) []Card {
	var out []Card
	for _, c := range cards {
		for _, d := range c.Decks {
			if d == deck {
				out = append(out, c)
				break
			}
		}
	}
	return out
}
