package techniques

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/omt-reference/omt/techniques/internal/fold"
)

// ResolveCondition finds a condition by id, name or synonym, ignoring case and
// punctuation: "LBP", "low back pain" and "low-back-pain" all resolve.
func (c *Catalog) ResolveCondition(query string) (Condition, bool) {
	c.keys()
	id, ok := c.conditionKey[fold.Normalize(query)]
	if !ok {
		return Condition{}, false
	}
	return c.Condition(id)
}

// ResolveFlag finds a contraindication flag by id, name or alias ("warfarin"
// finds its drug class), or by a week of pregnancy ("32 weeks pregnant"
// finds late pregnancy).
func (c *Catalog) ResolveFlag(query string) (Flag, bool) {
	c.keys()
	id, ok := c.flagKey[fold.Normalize(query)]
	if !ok {
		f, ok, _ := c.resolveGestation(query)
		return f, ok
	}
	return c.Flag(id)
}

// SuggestConditions returns up to n conditions closest to a query that did not
// resolve, each as its matching word and, where that is a synonym, the name:
// "ear infection (Acute otitis media)".
func (c *Catalog) SuggestConditions(query string, n int) []string {
	var keys []string
	owner := map[string]Condition{}
	for _, x := range c.Conditions {
		for _, k := range append([]string{x.Name}, x.Synonyms...) {
			keys = append(keys, k)
			owner[k] = x
		}
	}
	var out []string
	seen := map[string]bool{}
	for _, k := range Closest(query, keys, len(keys)) {
		x := owner[k]
		if seen[x.ID] {
			continue
		}
		seen[x.ID] = true
		if k == x.Name {
			out = append(out, k)
		} else {
			out = append(out, fmt.Sprintf("%s (%s)", k, x.Name))
		}
		if len(out) == n {
			break
		}
	}
	return out
}

// TechniquesFor lists the techniques indicated for a condition id, by name.
func (c *Catalog) TechniquesFor(conditionID string) []Technique {
	idx := c.conditionIndex()[conditionID]
	out := make([]Technique, len(idx))
	for i, j := range idx {
		out[i] = c.Techniques[j]
	}
	return out
}

// CountFor is the number of techniques indicated for a condition id.
func (c *Catalog) CountFor(conditionID string) int {
	return len(c.conditionIndex()[conditionID])
}

// Filter narrows the catalogue. Empty fields do not filter.
type Filter struct {
	Condition     string // condition id
	Region        string
	Approach      Approach
	Participation Participation
	Family        string // family id
	Query         string // free text, ranked by Search
}

// Keeps reports whether a technique passes the filter's facets (everything
// but the query). A technique taught both ways passes either participation,
// and one taught direct and indirect passes either approach.
func (f Filter) Keeps(t *Technique) bool {
	return (f.Condition == "" || slices.Contains(t.Indications, f.Condition)) &&
		(f.Region == "" || slices.Contains(t.Regions, f.Region)) &&
		(f.Approach == "" || t.Approach == f.Approach || t.AlsoTaught == f.Approach) &&
		(f.Participation == "" || t.Participation == f.Participation || t.Participation == Either) &&
		(f.Family == "" || t.Family == f.Family)
}

// Closest returns up to n candidates nearest to query: exact and prefix matches
// first, then those within a small edit distance. It is used for "did you mean".
func Closest(query string, candidates []string, n int) []string {
	q := fold.Normalize(query)
	if q == "" || n <= 0 {
		return nil
	}
	type scored struct {
		s    string
		cost int
	}
	var hits []scored
	seen := map[string]bool{}
	for _, cand := range candidates {
		k := fold.Normalize(cand)
		if seen[cand] || k == "" {
			continue
		}
		seen[cand] = true
		cost := -1
		switch {
		case k == q:
			cost = 0
		case len(q) >= 2 && (strings.HasPrefix(k, q) || strings.HasPrefix(q, k)):
			cost = 1
		case len(q) >= 3 && strings.Contains(k, q):
			cost = 2
		default:
			limit := max(2, len(q)/3)
			if d := fold.Distance(q, k, limit); d <= limit {
				cost = 2 + d
			}
		}
		if cost >= 0 {
			hits = append(hits, scored{cand, cost})
		}
	}
	sort.SliceStable(hits, func(i, j int) bool {
		if hits[i].cost != hits[j].cost {
			return hits[i].cost < hits[j].cost
		}
		return len(hits[i].s) < len(hits[j].s)
	})
	out := make([]string, 0, min(n, len(hits)))
	for _, h := range hits[:min(n, len(hits))] {
		out = append(out, h.s)
	}
	return out
}

// BlankQuery reports whether a query has nothing to search by: empty, or
// only punctuation and spaces ("+", "--"). Such a query narrows nothing.
func BlankQuery(q string) bool { return fold.Normalize(q) == "" }
