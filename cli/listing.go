package cli

import (
	"github.com/omt-reference/omt/render"
	"github.com/omt-reference/omt/techniques"
)

// printList prints the techniques a narrowing leaves: all of them, those of one
// condition, or, for a word that names several conditions, one group per
// condition. JSON stays one flat array; each entry then names the condition
// it was listed under.
func (a *app) printList(c *techniques.Catalog, n narrowing, l render.Listing) error {
	l.Faceted = n.faceted()
	l.Filters = n.describe(c)
	if len(n.conditions) <= 1 {
		f := n.filter
		if len(n.conditions) == 1 {
			f.Condition = n.conditions[0].ID
			l.Condition = f.Condition
		}
		return a.printMatches(c, a.index.Find(f), l)
	}
	groups := make([]render.ConditionMatches, len(n.conditions))
	for i, x := range n.conditions {
		f := n.filter
		f.Condition = x.ID
		groups[i] = render.ConditionMatches{Condition: x.ID, Matches: a.index.Find(f)}
	}
	if l.Format == formatJSON {
		return render.WriteJSON(a.io.Out, render.GroupedJSON(c, groups, l))
	}
	return a.out().Grouped(c, n.conditionWord(), groups, l)
}

// conditionWord is what the user typed for the condition, for headings.
func (n narrowing) conditionWord() string { return n.word }
