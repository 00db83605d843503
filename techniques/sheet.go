package techniques

import (
	"fmt"
	"strings"
)

// SectionKind tells a renderer how much weight a section deserves.
type SectionKind int

// Warning sections (contraindications) must stand out on every renderer,
// including ones without colour.
const (
	Plain SectionKind = iota
	Warning
)

// Section is one part of a technique sheet. A sheet is the single ordering of a
// technique's facts that the TUI, the plain-text and the markdown output share,
// so that contraindications come before the steps everywhere.
type Section struct {
	Title    string
	Kind     SectionKind
	Text     []string // paragraphs
	Fields   []Field  // label: value pairs
	Items    []string // bullets
	Numbered bool     // Items are ordered steps
	Groups   []Group  // titled sub-lists, e.g. absolute and relative contraindications
}

// Field is a labelled value.
type Field struct {
	Label, Value string
}

// Group is a titled list inside a section.
type Group struct {
	Title string
	Kind  SectionKind
	Items []string
}

// Sheet lays out a technique for reading: summary, contraindications, indications,
// classification, set-up, steps, dosing, aftercare, evidence, sources and review date.
func (c *Catalog) Sheet(t Technique) []Section {
	family := t.Family
	if f, ok := c.Family(t.Family); ok {
		family = f.Name
	}
	sections := []Section{
		{Title: "Summary", Text: []string{t.Summary}},
		c.contraindicationSection(t),
		{Title: "Indications", Items: c.conditionNames(t.Indications)},
		{Title: "Classification", Fields: []Field{
			{"Family", family},
			{"Approach", string(t.Approach)},
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
		{Title: "Evidence", Items: c.evidenceLines(t.Evidence, true)},
		c.mapsSection(t),
		{Title: "Sources", Items: c.citations(t.Sources)},
		{Title: "Last reviewed", Text: []string{t.Reviewed}},
	}
	if len(t.Aliases) > 0 {
		sections[0].Fields = []Field{{"Also called", strings.Join(t.Aliases, ", ")}}
	}
	return markLocal(t, sections)
}

func (c *Catalog) contraindicationSection(t Technique) Section {
	line := func(ci Contraindication) string {
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

func (c *Catalog) conditionNames(ids []string) []string {
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
func (c *Catalog) evidenceLines(items []Evidence, withCondition bool) []string {
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
		b.WriteString("; " + c.ShortCitation(e.Reference) + ")")
		out = append(out, b.String())
	}
	return out
}

// ConditionEvidenceLines describes the studies of a condition's evidence summary.
func (c *Catalog) ConditionEvidenceLines(e ConditionEvidence) []string {
	return c.evidenceLines(e.Items, false)
}

// ShortCitation names a reference as "Author year".
func (c *Catalog) ShortCitation(id string) string {
	r, ok := c.Reference(id)
	if !ok {
		return id
	}
	if r.Authors == "" {
		return unsignedName(r) + " " + r.YearText()
	}
	first, _, _ := strings.Cut(r.Authors, ",")
	first = strings.TrimSpace(first)
	if fields := strings.Fields(first); len(fields) > 1 && isInitials(fields[len(fields)-1]) {
		first = strings.Join(fields[:len(fields)-1], " ")
	}
	if strings.Contains(r.Authors, ",") {
		first += " et al."
	}
	return first + " " + r.YearText()
}

// unsignedName names a reference cited without its authors by where it
// appeared, the way a short citation names an unsigned article.
func unsignedName(r Reference) string {
	switch {
	case r.Journal != "":
		return r.Journal
	case r.Publisher != "":
		return r.Publisher
	}
	return r.Title
}

func isInitials(s string) bool {
	if len(s) > 3 {
		return false
	}
	for _, r := range s {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}

// Citation formats a reference in full, with whatever locator it has.
func (c *Catalog) Citation(id string) string {
	r, ok := c.Reference(id)
	if !ok {
		return id
	}
	var b strings.Builder
	if r.Authors == "" {
		fmt.Fprintf(&b, "%s.", strings.TrimSuffix(r.Title, "."))
	} else {
		fmt.Fprintf(&b, "%s. %s.", strings.TrimSuffix(r.Authors, "."), strings.TrimSuffix(r.Title, "."))
	}
	if r.Journal != "" {
		b.WriteString(" " + r.Journal)
	}
	if r.Publisher != "" {
		b.WriteString(" " + r.Publisher)
	}
	b.WriteString(" " + r.YearText())
	if r.Volume != "" {
		b.WriteString(";" + r.Volume)
	}
	if !strings.HasSuffix(b.String(), ".") {
		b.WriteString(".")
	}
	switch {
	case r.DOI != "":
		b.WriteString(" doi:" + r.DOI)
	case r.PMID != "":
		b.WriteString(" PMID " + r.PMID)
	case r.URL != "":
		b.WriteString(" " + r.URL)
	}
	if r.Note != "" {
		b.WriteString(" [" + strings.TrimSuffix(r.Note, ".") + "]")
	}
	return b.String()
}

func (c *Catalog) citations(ids []string) []string {
	out := make([]string, len(ids))
	for i, id := range ids {
		out[i] = c.Citation(id)
	}
	return out
}
