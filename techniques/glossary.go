package techniques

import (
	"slices"
	"strings"

	"github.com/omt-reference/omt/techniques/internal/fold"
)

// GradeLabel spells a grade for readers: "very low", and "no trial found" for none.
func GradeLabel(s Strength) string {
	switch s {
	case None:
		return "no trial found"
	case VeryLow:
		return "very low"
	default:
		return string(s)
	}
}

// ResolveGlossary finds a term by id, term or alias, ignoring case and
// punctuation. Failing an exact match, it takes the first term one of whose
// names starts with the query ("fryette", "T4 ERS"), then one that contains
// every word of it.
func (c *Catalog) ResolveGlossary(query string) (GlossaryTerm, bool) {
	q := fold.Normalize(query)
	if q == "" {
		return GlossaryTerm{}, false
	}
	names := func(g GlossaryTerm) []string {
		return append([]string{fold.Normalize(g.ID), fold.Normalize(g.Term)}, mapNormalize(g.Aliases)...)
	}
	tests := []func(string) bool{
		func(n string) bool { return n == q },
		func(n string) bool { return strings.HasPrefix(n, q) },
		func(n string) bool {
			for _, w := range strings.Fields(q) {
				if !slices.Contains(strings.Fields(n), w) {
					return false
				}
			}
			return true
		},
	}
	for _, test := range tests {
		for _, g := range c.Glossary {
			if slices.ContainsFunc(names(g), test) {
				return g, true
			}
		}
	}
	return GlossaryTerm{}, false
}

func mapNormalize(xs []string) []string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = fold.Normalize(x)
	}
	return out
}

// SuggestGlossary returns up to n terms closest to a query that did not resolve.
func (c *Catalog) SuggestGlossary(query string, n int) []string {
	var keys []string
	for _, g := range c.Glossary {
		keys = append(keys, g.Term)
	}
	return Closest(query, keys, n)
}
