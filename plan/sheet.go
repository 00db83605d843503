package plan

import (
	"fmt"
	"slices"
	"strings"

	"github.com/omt-reference/omt/techniques"
)

// Title heads a plan: "Visit plan: Low back pain".
func (p Plan) Title() string { return "Visit plan: " + p.Condition.Name }

// Subtitle says whom the plan was screened for, the budget and the time planned.
func (p Plan) Subtitle(c *techniques.Catalog) string {
	who := "no patient flags entered"
	if len(p.Patient) > 0 {
		who = "screened for " + c.FlagNames(p.Patient)
	}
	budget := "no time budget"
	if p.Budget > 0 {
		budget = "budget " + minutes(p.Budget)
	}
	return fmt.Sprintf("%s · %s · planned %s", who, budget, p.Time)
}

// Sections lay the plan out for reading, warnings first: red flags,
// screening (what was left out and what needs care), then the steps by
// position, what did not fit, the time, the order and the chart line.
func (p Plan) Sections(c *techniques.Catalog) []techniques.Section {
	out := []techniques.Section{{Title: "RED FLAGS: rule out before treating", Kind: techniques.Warning,
		Groups: []techniques.Group{{Kind: techniques.Warning, Items: p.Condition.RedFlags}}}, p.screeningSection(c)}
	seq := readLymphaticSequence(c)
	showSteps := p.lymphaticSteps() > 1
	avoid := avoidedPositions(c, p.Patient)
	for i, g := range p.Groups {
		sec := techniques.Section{Numbered: true,
			Title: fmt.Sprintf("Position %d of %d: %s, %s", i+1, len(p.Groups), positionWord(g.Position), g.Time)}
		if f, ok := avoid[g.Position]; ok {
			sec.Text = []string{fmt.Sprintf("%s: keep this position short; only techniques done in no other "+
				"position are here. %s", strings.ToUpper(f.Name), positionNote(f, g.Position))}
		}
		for _, s := range g.Steps {
			sec.Items = append(sec.Items, p.stepLine(s, seq, showSteps))
		}
		out = append(out, sec)
	}
	if len(p.Groups) == 0 {
		out = append(out, techniques.Section{Title: "Plan", Text: []string{p.whyEmpty()}})
	}
	if len(p.DidNotFit) > 0 {
		sec := techniques.Section{Title: fmt.Sprintf("Did not fit in %s: for another visit", minutes(p.Budget))}
		for _, s := range p.DidNotFit {
			sec.Items = append(sec.Items, fmt.Sprintf("%s [%s]: %s; evidence here: %s",
				s.Technique.Name, s.Technique.ID, s.Time, techniques.GradeLabel(s.Evidence)))
		}
		out = append(out, sec)
	}
	if len(p.Covered) > 0 {
		sec := techniques.Section{Title: "Left out: covered by region-specific entries"}
		for _, cv := range p.Covered {
			sec.Items = append(sec.Items, fmt.Sprintf("%s [%s]: the same method set up for each region, by %s.",
				cv.Technique.Name, cv.Technique.ID, strings.Join(cv.By, ", ")))
		}
		out = append(out, sec)
	}
	if len(p.Groups) == 0 {
		return out // no time, order or chart line for a plan with nothing in it
	}
	out = append(out, p.timeSection(), orderSection())
	if note, ok := p.ChartLine(c); ok {
		out = append(out, techniques.Section{Title: "Chart line (SOAP)", Text: []string{note,
			"Bracketed fields are yours to fill in. A technique taught in several regions is charted in the " +
				"regions the plan treats with it for this condition (Here: in its step); change them to the " +
				"regions you treated."}})
	}
	return out
}

func (p Plan) screeningSection(c *techniques.Catalog) techniques.Section {
	sec := techniques.Section{Kind: techniques.Warning}
	if len(p.Patient) == 0 {
		sec.Title = "SCREENING: none"
		sec.Groups = []techniques.Group{{Kind: techniques.Warning, Items: []string{"No patient flags were entered, " +
			"so nothing was screened. Read each technique's contraindications before treating, or plan again " +
			"with the patient's findings."}}}
		return sec
	}
	cautions := 0
	var careful, byOverlay []string
	for _, s := range p.Steps() {
		if len(s.Cautions) > 0 {
			cautions++
			careful = append(careful, s.Technique.Name+": "+reasons(s.Cautions))
		}
		for _, r := range s.ByOverlay {
			byOverlay = append(byOverlay, fmt.Sprintf("%s [%s]: %s", s.Technique.Name, s.Technique.ID, r.Note))
		}
	}
	sec.Title = fmt.Sprintf("SCREENING: %d left out, %d planned with a caution", len(p.LeftOut), cautions)
	if n := p.plannedByOverlay(); n > 0 {
		sec.Title += fmt.Sprintf(", %d planned only by a school overlay", n)
	}
	var contra, placed []string
	for _, l := range p.LeftOut {
		line := fmt.Sprintf("%s [%s]: %s", l.Technique.Name, l.Technique.ID, reasons(l.Reasons))
		if len(l.Reasons) > 0 && l.Reasons[0].Kind == KindPosition {
			placed = append(placed, line)
		} else {
			contra = append(contra, line)
		}
	}
	if len(contra) > 0 {
		sec.Groups = append(sec.Groups, techniques.Group{Title: "Left out: contraindicated (absolute)",
			Kind: techniques.Warning, Items: contra})
	}
	if len(placed) > 0 {
		sec.Groups = append(sec.Groups, techniques.Group{Title: "Left out: no position this patient can take",
			Kind: techniques.Warning, Items: placed})
	}
	if len(byOverlay) > 0 {
		sec.Groups = append(sec.Groups, techniques.Group{Title: "Planned only because of a school overlay: " +
			"the sourced entry would be left out", Kind: techniques.Warning, Items: byOverlay})
	}
	if len(careful) > 0 {
		sec.Groups = append(sec.Groups, techniques.Group{Title: "Caution (relative): adapt or choose another",
			Items: careful})
	}
	sec.Groups = append(sec.Groups, techniques.Group{Items: []string{c.ScreeningNotice(p.Patient)}})
	return sec
}

// plannedByOverlay counts the planned techniques that only a school overlay
// lets into the plan.
func (p Plan) plannedByOverlay() int {
	n := 0
	for _, s := range p.Steps() {
		if len(s.ByOverlay) > 0 {
			n++
		}
	}
	return n
}

func reasons(rs []techniques.ScreenReason) string {
	var out []string
	for _, r := range rs {
		out = append(out, fmt.Sprintf("%s (%s): %s", r.Name, r.Kind, r.Note))
	}
	return strings.Join(out, " ")
}

// lymphaticSteps counts the planned techniques the lymphatic sequence
// names: with two or more, its order shaped the plan and each says its step.
func (p Plan) lymphaticSteps() int {
	n := 0
	for _, s := range p.Steps() {
		if s.LymphaticStep > 0 {
			n++
		}
	}
	return n
}

// stepLine is one technique of the plan in a line: its time and what the
// time rests on, its evidence, its caution and where else it is done.
func (p Plan) stepLine(s Step, seq lymphaticSequence, showStep bool) string {
	t := s.Technique
	var how string
	switch {
	case s.Assumed && t.Timer.Defined():
		how = fmt.Sprintf("%s has no fixed length, %s assumed", t.Timer.Summary(), minutes(UntimedAllowance))
	case s.Assumed:
		how = fmt.Sprintf("no fixed timing, %s assumed", minutes(UntimedAllowance))
	case s.PartlyTimed:
		how = t.Timer.Summary() + " (untimed phases not counted)"
	default:
		how = t.Timer.Summary()
	}
	line := fmt.Sprintf("%s [%s]. %s: %s, plus %s set-up.", t.Name, t.ID, s.Time, how, minutes(SetupAllowance))
	if len(t.Regions) > 1 && len(s.Regions) > 0 {
		line += " Here: " + techniques.JoinWords(s.Regions) + "."
	}
	if showStep && s.LymphaticStep > 0 {
		line += fmt.Sprintf(" Lymphatic sequence step %d: %s.", s.LymphaticStep, seq.name(s.LymphaticStep))
	}
	line += " Evidence here: " + techniques.GradeLabel(s.Evidence) + "."
	if len(s.Cautions) > 0 {
		var names []string
		for _, r := range s.Cautions {
			names = append(names, r.Name)
		}
		line += " CAUTION: " + strings.Join(names, ", ") + " (see Screening)."
	}
	if len(s.ByOverlay) > 0 {
		line += " SCHOOL OVERLAY: planned by " + s.ByOverlay[0].File + " (see Screening)."
	}
	if len(s.Others) > 0 {
		var words []string
		for _, o := range s.Others {
			words = append(words, positionWord(o))
		}
		line += " Also done " + techniques.JoinWords(words) + "."
	}
	return line
}

// positionWord spells a position for a reader: lateral is side-lying.
func positionWord(p techniques.PatientPosition) string {
	if p == techniques.Lateral {
		return "side-lying"
	}
	return string(p)
}

func (p Plan) whyEmpty() string {
	x := p.Condition
	switch {
	case len(p.LeftOut) > 0 && len(p.DidNotFit) == 0:
		return fmt.Sprintf("Every technique the catalogue lists for %s is contraindicated for the flags entered.", x.Name)
	case len(p.DidNotFit) > 0:
		shortest := slices.MinFunc(p.DidNotFit, func(a, b Step) int { return int(a.Time.Max - b.Time.Max) })
		return fmt.Sprintf("Nothing fits in %s: the shortest technique, %s, takes %s.", minutes(p.Budget),
			shortest.Technique.Name, shortest.Time)
	case x.TechniquesNote != "":
		return "Nothing to plan. " + x.TechniquesNote
	}
	return fmt.Sprintf("The catalogue lists no technique for %s.", x.Name)
}

func (p Plan) timeSection() techniques.Section {
	planned := p.Time.String()
	if p.Budget > 0 {
		planned += " of a " + minutes(p.Budget) + " budget"
	}
	moves := fmt.Sprintf("%d changes of position", p.Moves())
	if p.Moves() == 1 {
		moves = "1 change of position"
	}
	return techniques.Section{Title: "Time", Fields: []techniques.Field{
		{Label: "Planned", Value: planned},
		{Label: "Moves", Value: moves},
		{Label: "Set-up", Value: minutes(SetupAllowance) + " per technique for positioning and reassessment (a convention of this planner)"},
		{Label: "Untimed", Value: minutes(UntimedAllowance) + " assumed for a technique without fixed timing (an assumption, not a source)"},
		{Label: "Per application", Value: "one tender point, one barrier or one side; each more takes longer"},
	}}
}

func orderSection() techniques.Section {
	sec := techniques.Section{Title: "Order: a teaching convention, not evidence", Text: []string{
		"No trial has compared one order of these techniques with another. The lymphatic steps follow the " +
			"sourced lymphatic sequence map; every other rule is a teaching convention or this planner's choice."}}
	for _, r := range Rules() {
		sec.Items = append(sec.Items, fmt.Sprintf("%s (%s): %s", r.Name, r.Basis, r.Statement))
	}
	return sec
}

// ChartLine is the SOAP procedure line for the planned techniques, written by
// the catalogue's ProcedureNote (which marks each caution). It is false when
// nothing is planned.
func (p Plan) ChartLine(c *techniques.Catalog) (string, bool) {
	steps := p.Steps()
	if len(steps) == 0 {
		return "", false
	}
	var items []techniques.NoteItem
	for _, s := range steps {
		items = append(items, techniques.NoteItem{Technique: s.Technique, Regions: s.Regions})
	}
	note, err := c.ProcedureNote(items, p.Patient)
	if err != nil { // a plan holds no contraindicated technique and only its own regions
		return "", false
	}
	return note, true
}

// positionNote is why a flag asks to keep a position short.
func positionNote(f techniques.Flag, p techniques.PatientPosition) string {
	for _, pc := range f.Positions {
		if pc.Position == p {
			return pc.Note
		}
	}
	return ""
}
