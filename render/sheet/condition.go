package sheet

import (
	"fmt"
	"strings"

	"github.com/omt-reference/omt/techniques"
)

// Condition lays out what a clinician needs about one condition: what to rule
// out first, how good the evidence is, and which techniques are used for it.
func Condition(c *techniques.Catalog, x techniques.Condition) []Section {
	about := Section{Title: "About", Fields: []Field{{"Body system", x.System}}}
	if len(x.Synonyms) > 0 {
		about.Fields = append(about.Fields, Field{"Also called", strings.Join(x.Synonyms, ", ")})
	}
	flags := Section{Title: "RED FLAGS: rule out before treating", Kind: Warning, Groups: []Group{
		{Kind: Warning, Items: x.RedFlags},
	}}
	evidence := Section{Title: "Evidence for OMT"}
	if e, ok := c.ConditionEvidence(x.ID); ok && e.Grade != techniques.None {
		evidence.Fields = []Field{{"Overall", techniques.GradeLabel(e.Grade)}}
		evidence.Text = []string{e.Summary}
		evidence.Items = conditionEvidenceLines(c, e)
	} else {
		evidence.Fields = []Field{{"Overall", techniques.GradeLabel(techniques.None)}}
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
	sources := Section{Title: "Sources", Items: citations(c, x.Sources)}
	out := []Section{about, flags, evidence, {Title: "Techniques used", Items: techs}}
	if maps, ok := conditionMapsSection(c, x); ok {
		out = append(out, maps)
	}
	return append(out, sources)
}

// Glossary lays out one glossary term.
func Glossary(c *techniques.Catalog, g techniques.GlossaryTerm) []Section {
	def := Section{Title: "Definition", Text: []string{g.Definition}}
	if len(g.Aliases) > 0 {
		def.Fields = []Field{{"Also", strings.Join(g.Aliases, ", ")}}
	}
	out := []Section{def}
	if g.Example != "" {
		out = append(out, Section{Title: "Example", Text: []string{g.Example}})
	}
	return append(out, Section{Title: "Sources", Items: citations(c, g.Sources)})
}
