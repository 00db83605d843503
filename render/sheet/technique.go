package sheet

import (
	"fmt"
	"strings"

	"github.com/omt-reference/omt/techniques"
)

// Technique lays out a technique for reading: summary, contraindications, indications,
// classification, set-up, steps, dosing, aftercare, evidence, sources and review date.
func Technique(c *techniques.Catalog, t techniques.Technique) []Section {
	family := t.Family
	if f, ok := c.Family(t.Family); ok {
		family = f.Name
	}
	sections := []Section{
		{Title: "Summary", Text: []string{t.Summary}},
		contraindicationSection(c, t),
		{Title: "Indications", Items: conditionNames(c, t.Indications)},
		{Title: "Classification", Fields: []Field{
			{"Family", family},
			{"Approach", ApproachText(t)},
			{"Participation", string(t.Participation)},
			{"Activating forces", strings.Join(t.ActivatingForces, "; ")},
			{"Regions", strings.Join(t.Regions, ", ")},
		}},
		{Title: "Set-up", Fields: []Field{
			{"Diagnosis", t.Diagnosis},
			{"Patient", t.Position.Patient},
			{"Operator", t.Position.Operator},
			{"Monitoring", t.Monitoring},
			{"Barrier", t.Barrier},
		}},
		{Title: "Steps", Items: t.Steps, Numbered: true},
		{Title: "Dose and endpoint", Fields: []Field{
			{"Timing", t.Timing},
			{"Repetitions", t.Repetitions},
			{"Timer", t.Timer.Summary()},
			{"Endpoint", t.Endpoint},
		}},
		{Title: "Aftercare", Text: []string{t.Aftercare}},
		{Title: "Evidence", Items: evidenceLines(c, t.Evidence, true)},
		mapsSection(c, t),
		{Title: "Sources", Items: citations(c, t.Sources)},
		{Title: "Last reviewed", Text: []string{t.Reviewed}},
	}
	if len(t.Aliases) > 0 {
		sections[0].Fields = []Field{{"Also called", strings.Join(t.Aliases, ", ")}}
	}
	return markLocal(t, sections)
}

func contraindicationSection(c *techniques.Catalog, t techniques.Technique) Section {
	line := func(ci techniques.Contraindication) string {
		name := ci.Flag
		if f, ok := c.Flag(ci.Flag); ok {
			name = f.Name
		}
		return name + ": " + ci.Note
	}
	s := Section{Title: "CONTRAINDICATIONS: read before the steps", Kind: Warning}
	abs := Group{Title: "Absolute (never)", Kind: Warning}
	for _, ci := range t.Contraindications.Absolute {
		abs.Items = append(abs.Items, line(ci))
	}
	rel := Group{Title: "Relative (weigh, modify or choose another technique)"}
	for _, ci := range t.Contraindications.Relative {
		rel.Items = append(rel.Items, line(ci))
	}
	if len(rel.Items) == 0 {
		rel.Items = []string{"None listed beyond the absolute ones."}
	}
	s.Groups = []Group{abs, rel}
	return s
}

func conditionNames(c *techniques.Catalog, ids []string) []string {
	out := make([]string, 0, len(ids))
	for _, id := range ids {
		if x, ok := c.Condition(id); ok {
			out = append(out, x.Name)
		} else {
			out = append(out, id)
		}
	}
	return out
}

// evidenceLines describes each study in one line; an empty list says so plainly.
func evidenceLines(c *techniques.Catalog, items []techniques.Evidence, withCondition bool) []string {
	if len(items) == 0 {
		return []string{"No trial found."}
	}
	out := make([]string, 0, len(items))
	for _, e := range items {
		var b strings.Builder
		fmt.Fprintf(&b, "[%s] ", strings.ToUpper(string(e.Strength)))
		if withCondition && e.Condition != "" {
			if x, ok := c.Condition(e.Condition); ok {
				b.WriteString(x.Name + ": ")
			}
		}
		b.WriteString(e.Finding)
		b.WriteString(" (" + e.Design)
		if e.Participants > 0 {
			fmt.Fprintf(&b, ", n=%d", e.Participants)
		}
		b.WriteString("; " + ShortCitation(c, e.Reference) + ")")
		out = append(out, b.String())
	}
	return out
}

// conditionEvidenceLines describes the studies of a condition's evidence summary.
func conditionEvidenceLines(c *techniques.Catalog, e techniques.ConditionEvidence) []string {
	return evidenceLines(c, e.Items, false)
}

// Screening puts a patient's verdict above everything else on a sheet.
func Screening(c *techniques.Catalog, s techniques.Screening) Section {
	kind := Plain
	if s.Status != techniques.StatusOK {
		kind = Warning
	}
	var items []string
	for _, r := range s.Reasons {
		items = append(items, fmt.Sprintf("%s (%s): %s", r.Name, r.Kind, r.Note))
	}
	if len(items) == 0 {
		items = []string{"None of the flags entered is listed against this technique."}
	}
	items = append(items, c.ScreeningNotice(s.Checked))
	sec := Section{Title: "SCREENING: " + strings.ToUpper(string(s.Status)), Kind: kind}
	if kind == Warning {
		sec.Groups = []Group{{Kind: Warning, Items: items}}
	} else {
		sec.Items = items
	}
	return sec
}

// ApproachText names a technique's approach, and the other way it is taught
// when it is taught both ways ("direct (also taught indirect)").
func ApproachText(t techniques.Technique) string {
	if t.AlsoTaught == "" {
		return string(t.Approach)
	}
	return string(t.Approach) + " (also taught " + string(t.AlsoTaught) + ")"
}
