package cli

import (
	"fmt"

	"github.com/omt-reference/omt/cards"
	"github.com/omt-reference/omt/cards/itemlint"
	"github.com/omt-reference/omt/techniques"
)

// lintCards prints the item-quality lint of the cards (omt study cards
// --lint): the rate of each flaw per card type, then the types over a
// threshold, which make the command fail as the test of the same name does.
func (a *app) lintCards(c *techniques.Catalog, shown []cards.Card, asJSON bool) error {
	rep := itemlint.Check(c, shown)
	var err error
	if asJSON {
		err = writeJSON(a.io.Out, rep)
	} else {
		w, _ := a.out()
		err = rep.WriteTable(w)
	}
	if err == nil && len(rep.Breaches) > 0 {
		err = fmt.Errorf("%d over the item-quality thresholds (see CARDS.md)", len(rep.Breaches))
	}
	return err
}
