package sheet

import (
	"fmt"
	"strings"

	"github.com/omt-reference/omt/plan"
	"github.com/omt-reference/omt/techniques"
)

// PlanTitle heads a plan: "Visit plan: Low back pain".
func PlanTitle(p plan.Plan) string { return "Visit plan: " + p.Condition.Name }

// PlanSubtitle says whom the plan was screened for, the budget and the time planned.
func PlanSubtitle(c *techniques.Catalog, p plan.Plan) string {
	who := "no patient flags entered"
	if len(p.Patient) > 0 {
		who = "screened for " + c.FlagNames(p.Patient)
	}
	budget := "no time budget"
	if p.Budget > 0 {
		budget = "budget " + plan.Minutes(p.Budget)
	}
	return fmt.Sprintf("%s · %s · planned %s", who, budget, p.Time)
}

// Plan lays a plan out for reading, warnings first: red flags,
// screening (what was left out and what needs care), then the steps by
// position, what did not fit, the time, the order and the chart line.
func Plan(c *techniques.Catalog, p plan.Plan) []Section {
	out := []Section{{Title: "RED FLAGS: rule out before treating", Kind: Warning,
		Groups: []Group{{Kind: Warning, Items: p.Condition.RedFlags}}}, planScreening(c, p)}
	steps := plan.LymphaticStepNames(c)
	showSteps := lymphaticSteps(p) > 1
	avoid := plan.AvoidedPositions(c, p.Patient)
	for i, g := range p.Groups {
		sec := Section{Numbered: true,
			Title: fmt.Sprintf("Position %d of %d: %s, %s", i+1, len(p.Groups), plan.PositionWord(g.Position), g.Time)}
		if f, ok := avoid[g.Position]; ok {
			sec.Text = []string{fmt.Sprintf("%s: keep this position short; only techniques done in no other "+
				"position are here. %s", strings.ToUpper(f.Name), positionNote(f, g.Position))}
		}
		for _, s := range g.Steps {
			sec.Items = append(sec.Items, stepLine(s, steps, showSteps))
		}
		out = append(out, sec)
	}
	if len(p.Groups) == 0 {
		out = append(out, Section{Title: "Plan", Text: []string{p.WhyEmpty()}})
	}
	if len(p.DidNotFit) > 0 {
		sec := Section{Title: fmt.Sprintf("Did not fit in %s: for another visit", plan.Minutes(p.Budget))}
		for _, s := range p.DidNotFit {
			sec.Items = append(sec.Items, fmt.Sprintf("%s [%s]: %s; evidence here: %s",
				s.Technique.Name, s.Technique.ID, s.Time, techniques.GradeLabel(s.Evidence)))
		}
		out = append(out, sec)
	}
	if len(p.Covered) > 0 {
		sec := Section{Title: "Left out: covered by region-specific entries"}
		for _, cv := range p.Covered {
			sec.Items = append(sec.Items, fmt.Sprintf("%s [%s]: the same method set up for each region, by %s.",
				cv.Technique.Name, cv.Technique.ID, strings.Join(cv.By, ", ")))
		}
		out = append(out, sec)
	}
	if len(p.Groups) == 0 {
		return out // no time, order or chart line for a plan with nothing in it
	}
	out = append(out, timeSection(p), orderSection())
	if note, ok := ChartLine(c, p); ok {
		out = append(out, Section{Title: "Chart line (SOAP)", Text: []string{note,
			"Bracketed fields are yours to fill in. A technique taught in several regions is charted in the " +
				"regions the plan treats with it for this condition (Here: in its step); change them to the " +
				"regions you treated."}})
	}
	return out
}

func planScreening(c *techniques.Catalog, p plan.Plan) Section {
	sec := Section{Kind: Warning}
	if len(p.Patient) == 0 {
		sec.Title = "SCREENING: none"
		sec.Groups = []Group{{Kind: Warning, Items: []string{"No patient flags were entered, " +
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
	if n := plannedByOverlay(p); n > 0 {
		sec.Title += fmt.Sprintf(", %d planned only by a school overlay", n)
	}
	var contra, placed []string
	for _, l := range p.LeftOut {
		line := fmt.Sprintf("%s [%s]: %s", l.Technique.Name, l.Technique.ID, reasons(l.Reasons))
		if len(l.Reasons) > 0 && l.Reasons[0].Kind == plan.KindPosition {
			placed = append(placed, line)
		} else {
			contra = append(contra, line)
		}
	}
	if len(contra) > 0 {
		sec.Groups = append(sec.Groups, Group{Title: "Left out: contraindicated (absolute)",
			Kind: Warning, Items: contra})
	}
	if len(placed) > 0 {
		sec.Groups = append(sec.Groups, Group{Title: "Left out: no position this patient can take",
			Kind: Warning, Items: placed})
	}
	if len(byOverlay) > 0 {
		sec.Groups = append(sec.Groups, Group{Title: "Planned only because of a school overlay: " +
			"the sourced entry would be left out", Kind: Warning, Items: byOverlay})
	}
	if len(careful) > 0 {
		sec.Groups = append(sec.Groups, Group{Title: "Caution (relative): adapt or choose another",
			Items: careful})
	}
	sec.Groups = append(sec.Groups, Group{Items: []string{c.ScreeningNotice(p.Patient)}})
	return sec
}

// plannedByOverlay counts the planned techniques that only a school overlay
// lets into the plan.
func plannedByOverlay(p plan.Plan) int {
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
func lymphaticSteps(p plan.Plan) int {
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
func stepLine(s plan.Step, steps []string, showStep bool) string {
	t := s.Technique
	var how string
	switch {
	case s.Assumed && t.Timer.Defined():
		how = fmt.Sprintf("%s has no fixed length, %s assumed", t.Timer.Summary(), plan.Minutes(plan.UntimedAllowance))
	case s.Assumed:
		how = fmt.Sprintf("no fixed timing, %s assumed", plan.Minutes(plan.UntimedAllowance))
	case s.PartlyTimed:
		how = t.Timer.Summary() + " (untimed phases not counted)"
	default:
		how = t.Timer.Summary()
	}
	line := fmt.Sprintf("%s [%s]. %s: %s, plus %s set-up.", t.Name, t.ID, s.Time, how, plan.Minutes(plan.SetupAllowance))
	if len(t.Regions) > 1 && len(s.Regions) > 0 {
		line += " Here: " + techniques.JoinWords(s.Regions) + "."
	}
	if showStep && s.LymphaticStep > 0 {
		line += fmt.Sprintf(" Lymphatic sequence step %d: %s.", s.LymphaticStep, stepName(steps, s.LymphaticStep))
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
			words = append(words, plan.PositionWord(o))
		}
		line += " Also done " + techniques.JoinWords(words) + "."
	}
	return line
}

func timeSection(p plan.Plan) Section {
	planned := p.Time.String()
	if p.Budget > 0 {
		planned += " of a " + plan.Minutes(p.Budget) + " budget"
	}
	moves := fmt.Sprintf("%d changes of position", p.Moves())
	if p.Moves() == 1 {
		moves = "1 change of position"
	}
	return Section{Title: "Time", Fields: []Field{
		{Label: "Planned", Value: planned},
		{Label: "Moves", Value: moves},
		{Label: "Set-up", Value: plan.Minutes(plan.SetupAllowance) + " per technique for positioning and reassessment (a convention of this planner)"},
		{Label: "Untimed", Value: plan.Minutes(plan.UntimedAllowance) + " assumed for a technique without fixed timing (an assumption, not a source)"},
		{Label: "Per application", Value: "one tender point, one barrier or one side; each more takes longer"},
	}}
}

func orderSection() Section {
	sec := Section{Title: "Order: a teaching convention, not evidence", Text: []string{
		"No trial has compared one order of these techniques with another. The lymphatic steps follow the " +
			"sourced lymphatic sequence map; every other rule is a teaching convention or this planner's choice."}}
	for _, r := range plan.Rules() {
		sec.Items = append(sec.Items, fmt.Sprintf("%s (%s): %s", r.Name, r.Basis, r.Statement))
	}
	return sec
}

// ChartLine is the SOAP procedure line for the planned techniques, written by
// ProcedureNote (which marks each caution). It is false when
// nothing is planned.
func ChartLine(c *techniques.Catalog, p plan.Plan) (string, bool) {
	steps := p.Steps()
	if len(steps) == 0 {
		return "", false
	}
	var items []NoteItem
	for _, s := range steps {
		items = append(items, NoteItem{Technique: s.Technique, Regions: s.Regions})
	}
	note, err := ProcedureNote(c, items, p.Patient)
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

// stepName is the name of a step of the lymphatic sequence ("Open the
// thoracic inlet"), or "".
func stepName(steps []string, step int) string {
	if step < 1 || step > len(steps) {
		return ""
	}
	return steps[step-1]
}
