package cards_test

import (
	"github.com/omt-reference/omt/cards"
	"github.com/omt-reference/omt/cards/vignette/readback"
	"github.com/omt-reference/omt/techniques"
)

// The answer oracle for the board-style vignettes is package readback: it
// recomputes each family's key from what the stem says and the catalogue
// alone, so a vignette whose key depends on something the stem does not
// say fails here.

// boardFamily is a vignette's family: "diagnosis/sacrum", "set-up/muscle",
// "rule-out".
func boardFamily(id string) string { return readback.Family(id) }

func boardOracle(c *techniques.Catalog, card cards.Card) (oracle, error) {
	right, err := readback.Right(c, card.ID, card.Front, card.Choices)
	if err != nil {
		return oracle{}, err
	}
	return oracle{valid: func(ch string) bool {
		for i, o := range card.Choices {
			if o == ch {
				return right[i]
			}
		}
		return false
	}}, nil
}
