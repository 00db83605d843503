package cli

import (
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/omt-reference/omt/notation"
	"github.com/omt-reference/omt/render"
	"github.com/omt-reference/omt/render/sheet"
	"github.com/omt-reference/omt/techniques"
	"github.com/omt-reference/omt/techniques/atlas"
	"github.com/omt-reference/omt/techniques/search"
)

// searchResultJSON is one result of `omt search --json`: what it is, and the
// whole entry under the key of its kind.
type searchResultJSON struct {
	Kind        search.Kind              `json:"kind"`
	ID          string                   `json:"id"`
	Name        string                   `json:"name"`
	Match       string                   `json:"match"`
	Technique   *techniqueJSON           `json:"technique,omitempty"`
	Condition   *conditionJSON           `json:"condition,omitempty"`
	Glossary    *techniques.GlossaryTerm `json:"glossary,omitempty"`
	Organ       *organJSON               `json:"organ,omitempty"`
	TenderPoint *techniques.TenderPoint  `json:"tender_point,omitempty"`
	MapRow      *techniques.TableRowRef  `json:"map_row,omitempty"`
	Level       *levelJSON               `json:"level,omitempty"`
	Notation    *notationJSON            `json:"notation,omitempty"`
}

// printSearch prints everything a query finds, best first, saying what each
// result is. A condition or a facet narrows the search to techniques.
func (a *app) printSearch(c *techniques.Catalog, n narrowing, l listing) error {
	if len(l.query) > techniques.MaxQueryLen {
		return &usageError{fmt.Sprintf("the query is %d bytes long; search reads at most %d", len(l.query), techniques.MaxQueryLen)}
	}
	results := a.index.SearchAll(l.query)
	if n.faceted() || len(n.conditions) > 0 {
		results = slices.DeleteFunc(results, func(r search.Result) bool {
			return r.Kind != search.KindTechnique || !n.keeps(&c.Techniques[r.Index])
		})
	}
	if len(results) == 0 {
		return &notFoundError{what: "match for", query: l.query, suggestions: a.index.Suggest(l.query, 3)}
	}
	var others []search.Result
	var matches []search.Match
	for _, r := range results {
		if r.Kind == search.KindTechnique {
			matches = append(matches, search.Match{Technique: &c.Techniques[r.Index], Tier: r.Tier, Score: r.Score})
		} else {
			others = append(others, r)
		}
	}
	if l.format == formatJSON {
		return writeJSON(a.io.Out, a.searchJSON(c, results, matches, l))
	}
	md := l.format == formatMarkdown
	w, _ := a.out()
	fmt.Fprintf(w, "%s\n\n", heading(md, fmt.Sprintf("Results for %q, best first", l.query)))
	if len(l.patient) == 0 {
		a.printResults(w, c, results, md)
		fmt.Fprintf(w, "\n%s\n", render.Disclaimer)
		return nil
	}
	if len(others) > 0 {
		fmt.Fprintf(w, "%s\n", subheading(md, "Conditions and glossary terms"))
		a.printResults(w, c, others, md)
		fmt.Fprintln(w)
	}
	if len(matches) == 0 {
		fmt.Fprintf(w, "No technique matches.\n\n%s\n", render.Disclaimer)
		return nil
	}
	return a.printMatches(c, matches, l)
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

// searchJSON lists every result; techniques carry their screening, and the
// ones contraindicated for the patient are left out unless --all.
func (a *app) searchJSON(c *techniques.Catalog, results []search.Result, matches []search.Match, l listing) []searchResultJSON {
	shown := map[string]techniqueJSON{}
	for _, t := range a.matchesJSON(c, matches, l) {
		shown[t.ID] = t
	}
	out := []searchResultJSON{}
	for _, r := range results {
		res := searchResultJSON{Kind: r.Kind, ID: a.index.ResultID(r), Name: a.index.ResultName(r), Match: r.Tier.String()}
		switch r.Kind {
		case search.KindTechnique:
			t, ok := shown[res.ID]
			if !ok {
				continue // contraindicated and hidden
			}
			res.Technique = &t
		case search.KindCondition:
			x := c.Conditions[r.Index]
			cj := newConditionJSON(c, x)
			res.Condition = &cj
		case search.KindGlossary:
			g := c.Glossary[r.Index]
			res.Glossary = &g
		case search.KindOrgan:
			o := newOrganJSON(c, c.Maps.Organs.Rows[r.Index])
			res.Organ = &o
		case search.KindTenderPoint:
			p := c.Maps.TenderPoints.Rows[r.Index]
			res.TenderPoint = &p
		case search.KindMapRow:
			row := a.index.ResultRow(r)
			res.MapRow = &row
		case search.KindLevel:
			if l, err := notation.ParseLevel(r.Text); err == nil {
				lj := newLevelJSON(atlas.AtLevel(c, l))
				res.Level = &lj
			}
		case search.KindNotation:
			if rd, err := atlas.ReadNotation(c, r.Text); err == nil {
				nj := newNotationJSON(rd)
				res.Notation = &nj
			}
		}
		out = append(out, res)
	}
	return out
}

// printResults is a table of results in rank order, with their kind.
func (a *app) printResults(w io.Writer, c *techniques.Catalog, results []search.Result, md bool) {
	if md {
		fmt.Fprintln(w, "| Kind | ID | Name |")
		fmt.Fprintln(w, "|---|---|---|")
		for _, r := range results {
			name := resultName(a.index, r)
			if h, ok := atlas.FindMapRow(c, a.index.ResultID(r)); ok && (r.Kind == search.KindTenderPoint || r.Kind == search.KindMapRow) {
				name += "<br>" + strings.Join(sheet.RowSummary(h), "<br>")
			}
			fmt.Fprintf(w, "| %s | `%s` | %s |\n", r.Kind, a.index.ResultID(r), name)
		}
		return
	}
	a.printSearchResults(w, c, results)
}
