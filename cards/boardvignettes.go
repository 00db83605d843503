package cards

import "github.com/omt-reference/omt/cards/vignette"

// BoardPrefix starts the id of every board-style vignette (package
// vignette writes them): "board/diagnosis/sacrum/…".
const BoardPrefix = vignette.Prefix

// The kinds of board-style vignette: what the question asks. Each is a deck
// of its own in the vignettes group.
const (
	VignetteDiagnosis = vignette.Diagnosis
	VignetteTechnique = vignette.Technique
	VignetteSetUp     = vignette.SetUp
	VignetteRuleOut   = vignette.RuleOut
)

// VignetteDeck names the deck of one kind of board-style vignette:
// "vignettes/diagnosis".
func VignetteDeck(kind string) string { return GroupVignettes + "/" + kind }

// vignetteDeckTitle names a vignettes deck for people.
func vignetteDeckTitle(kind string) string {
	switch kind {
	case VignetteDiagnosis:
		return "Vignettes: which dysfunction fits"
	case VignetteTechnique:
		return "Vignettes: which technique"
	case VignetteSetUp:
		return "Vignettes: setting up the technique"
	case VignetteRuleOut:
		return "Vignettes: what to rule out first"
	}
	return "Clinical vignettes"
}

// boardVignetteCards asks the board-style vignettes as cards of the
// vignettes deck and of their kind's deck, their options in the order every
// card's are (ranked by its id).
func (b *builder) boardVignetteCards() {
	for _, it := range vignette.Board(b.c) {
		if len(it.Wrong) != choicesPerCard-1 {
			continue // package vignette writes none such; a recall card would break its promise
		}
		wrong := make([]option, len(it.Wrong))
		for i, w := range it.Wrong {
			wrong[i] = option{key: w.ID, text: w.Text}
		}
		s := it.Source
		b.ask(question{
			kind: Vignette, id: it.ID, front: it.Front, answer: option{key: it.Key.ID, text: it.Key.Text}, why: it.Why,
			pools: [][]option{wrong},
			src:   Source{Kind: s.Kind, ID: s.ID, Row: s.Row, Name: s.Name, Field: s.Field, References: s.References},
			decks: []string{DeckVignettes, VignetteDeck(it.Kind)},
			same:  func(x, y option) bool { return x.key == y.key },
		})
	}
}
