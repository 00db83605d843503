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

// boardVignetteCards adds the board-style vignettes as cards of the
// vignettes deck and of their kind's deck, their options in the order every
// card's are (ranked by its id). Package vignette has drawn each one's
// distractors and written why each is wrong, so the card takes them as they
// are, as the chart cards do, and is not drawn again by ask.
func (b *builder) boardVignetteCards() {
	for _, it := range vignette.Board(b.c) {
		if len(it.Wrong) != choicesPerCard-1 {
			continue // package vignette writes none such; a recall card would break its promise
		}
		key := option{key: it.Key.ID, text: it.Key.Text}
		wrong := make([]option, len(it.Wrong))
		for i, w := range it.Wrong {
			wrong[i] = option{key: w.ID, text: w.Text}
		}
		s := it.Source
		card := Card{
			ID: it.ID, Kind: Vignette, Front: it.Front, Back: key.text + "\n\n" + it.Why,
			Source: Source{Kind: s.Kind, ID: s.ID, Row: s.Row, Name: s.Name, Field: s.Field, References: s.References},
			Decks:  []string{DeckVignettes, VignetteDeck(it.Kind)},
		}
		for i, o := range rankedOptions(it.ID, key, wrong) {
			card.Choices = append(card.Choices, o.text)
			if o.key == key.key {
				card.Answer = i
			}
		}
		b.add(card)
	}
}
