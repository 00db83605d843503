package techniques

import (
	"fmt"
	"slices"
	"strings"

	"github.com/omt-reference/omt/techniques/internal/fold"
)

// ConditionSheet lays out what a clinician needs about one condition: what to rule
// out first, how good the evidence is, and which techniques are used for it.
func (c *Catalog) ConditionSheet(x Condition) []Section {
	about := Section{Title: "About", Fields: []Field{{"Body system", x.System}}}
	if len(x.Synonyms) > 0 {
		about.Fields = append(about.Fields, Field{"Also called", strings.Join(x.Synonyms, ", ")})
	}
	flags := Section{Title: "RED FLAGS: rule out before treating", Kind: Warning, Groups: []Group{
		{Kind: Warning, Items: x.RedFlags},
	}}
	evidence := Section{Title: "Evidence for OMT"}
	if e, ok := c.ConditionEvidence(x.ID); ok && e.Grade != None {
		evidence.Fields = []Field{{"Overall", GradeLabel(e.Grade)}}
		evidence.Text = []string{e.Summary}
		evidence.Items = c.ConditionEvidenceLines(e)
	} else {
		evidence.Fields = []Field{{"Overall", GradeLabel(None)}}
		if ok {
			evidence.Text = []string{e.Summary}
		}
	}
	var techs []string
	for _, t := range c.TechniquesFor(x.ID) {
		techs = append(techs, fmt.Sprintf("%s (%s, %s) [%s]", t.Name, t.Approach, t.Participation, t.ID))
	}
	if len(techs) == 0 {
		techs = []string{"None in the catalogue."}
		if x.TechniquesNote != "" {
			techs = []string{x.TechniquesNote}
		}
	}
	sources := Section{Title: "Sources", Items: c.citations(x.Sources)}
	out := []Section{about, flags, evidence, {Title: "Techniques used", Items: techs}}
	if maps, ok := c.conditionMapsSection(x); ok {
		out = append(out, maps)
	}
	return append(out, sources)
}

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

// GlossarySheet lays out one glossary term.
func (c *Catalog) GlossarySheet(g GlossaryTerm) []Section {
	def := Section{Title: "Definition", Text: []string{g.Definition}}
	if len(g.Aliases) > 0 {
		def.Fields = []Field{{"Also", strings.Join(g.Aliases, ", ")}}
	}
	out := []Section{def}
	if g.Example != "" {
		out = append(out, Section{Title: "Example", Text: []string{g.Example}})
	}
	return append(out, Section{Title: "Sources", Items: c.citations(g.Sources)})
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
