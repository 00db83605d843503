package cli

import (
	"fmt"
	"slices"

	"github.com/omt-reference/omt/render"
	"github.com/omt-reference/omt/techniques"
	"github.com/omt-reference/omt/techniques/search"
)

// printSearch prints everything a query finds, best first, saying what each
// result is. A condition or a facet narrows the search to techniques.
func (a *app) printSearch(c *techniques.Catalog, n narrowing, l render.Listing) error {
	if len(l.Query) > techniques.MaxQueryLen {
		return &usageError{fmt.Sprintf("the query is %d bytes long; search reads at most %d", len(l.Query), techniques.MaxQueryLen)}
	}
	results := a.index.SearchAll(l.Query)
	if n.faceted() || len(n.conditions) > 0 {
		results = slices.DeleteFunc(results, func(r search.Result) bool {
			return r.Kind != search.KindTechnique || !n.keeps(&c.Techniques[r.Index])
		})
	}
	if len(results) == 0 {
		return &notFoundError{what: "match for", query: l.Query, suggestions: a.index.Suggest(l.Query, 3)}
	}
	var matches []search.Match
	for _, r := range results {
		if r.Kind == search.KindTechnique {
			matches = append(matches, search.Match{Technique: &c.Techniques[r.Index], Tier: r.Tier, Score: r.Score})
		}
	}
	if l.Format == formatJSON {
		return render.WriteJSON(a.io.Out, render.SearchJSON(a.index, results, matches, l))
	}
	return a.out().Search(a.index, results, matches, l)
}

// keeps reports whether a technique passes the facets and, when conditions
// were named, is indicated for one of them.
func (n narrowing) keeps(t *techniques.Technique) bool {
	if !n.filter.Keeps(t) {
		return false
	}
	if len(n.conditions) == 0 {
		return true
	}
	for _, x := range n.conditions {
		if slices.Contains(t.Indications, x.ID) {
			return true
		}
	}
	return false
}
