package cli

import (
	"fmt"

	"github.com/omt-reference/omt/render"
	"github.com/omt-reference/omt/techniques"
)

// printList prints the techniques a narrowing leaves: all of them, those of one
// condition, or, for a word that names several conditions, one group per
// condition. JSON stays one flat array; each entry then names the condition
// it was listed under.
func (a *app) printList(c *techniques.Catalog, n narrowing, l listing) error {
	l.faceted = n.faceted()
	l.filters = n.describe(c)
	if len(n.conditions) <= 1 {
		f := n.filter
		if len(n.conditions) == 1 {
			f.Condition = n.conditions[0].ID
			l.condition = f.Condition
		}
		return a.printMatches(c, a.index.Find(f), l)
	}
	if l.format == formatJSON {
		var all []techniqueJSON
		for _, x := range n.conditions {
			f := n.filter
			f.Condition = x.ID
			g := l
			g.condition, g.grouped = x.ID, true
			all = append(all, a.matchesJSON(c, a.index.Find(f), g)...)
		}
		return writeJSON(a.io.Out, nonNil(all))
	}
	w, _ := a.out()
	fmt.Fprintf(w, "%s\n\n", heading(l.format == formatMarkdown,
		fmt.Sprintf("%d conditions match %q; the techniques of each follow", len(n.conditions), n.conditionWord())))
	for _, x := range n.conditions {
		f := n.filter
		f.Condition = x.ID
		g := l
		g.condition, g.grouped = x.ID, true
		if err := a.printMatches(c, a.index.Find(f), g); err != nil {
			return err
		}
	}
	fmt.Fprintln(w, render.Disclaimer)
	return nil
}

// conditionWord is what the user typed for the condition, for headings.
func (n narrowing) conditionWord() string { return n.word }

// whyEmpty says why a condition lists no technique: the catalogue's note for
// a condition no source names a technique for, or the filters that left none.
func whyEmpty(c *techniques.Catalog, conditionID string, faceted bool) string {
	x, ok := c.Condition(conditionID)
	switch {
	case !ok:
		return ""
	case c.CountFor(x.ID) == 0 && x.TechniquesNote != "":
		return fmt.Sprintf("Nothing to list for %s. %s See `omt condition %s` for its red flags and evidence.",
			x.Name, x.TechniquesNote, x.ID)
	case faceted:
		return fmt.Sprintf("None of the %d techniques for %s fits the filters given.", c.CountFor(x.ID), x.Name)
	}
	return ""
}

func nonNil[T any](xs []T) []T {
	if xs == nil {
		return []T{}
	}
	return xs
}
