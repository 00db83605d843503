package render

import (
	"io"
	"time"

	"github.com/omt-reference/omt/plan"
	"github.com/omt-reference/omt/render/sheet"
	"github.com/omt-reference/omt/techniques"
)

// PlanDocument is a plan as scripts read it: `omt plan --json`. Times are in
// whole seconds.
type PlanDocument struct {
	Condition     PlanCondition  `json:"condition"`
	Patient       []string       `json:"patient"`
	Screening     string         `json:"screening"`
	BudgetMinutes *int           `json:"budget_minutes"`
	Time          PlanSpan       `json:"time"`
	Moves         int            `json:"moves"`
	RedFlags      []string       `json:"red_flags"`
	Groups        []PlanGroup    `json:"groups"`
	LeftOut       []PlanLeftOut  `json:"left_out"`
	DidNotFit     []PlanStep     `json:"did_not_fit"`
	Covered       []PlanCovered  `json:"covered_by_region_specific"`
	Allowances    PlanAllowances `json:"allowances"`
	Rules         []plan.Rule    `json:"rules"`
	ChartLine     string         `json:"chart_line"`
	Note          string         `json:"note,omitempty"` // why nothing is planned, when nothing is
}

// PlanCondition names the condition planned for.
type PlanCondition struct {
	ID   string `json:"id"`
	Name string `json:"name"`
}

// PlanSpan is a time range in seconds.
type PlanSpan struct {
	MinSeconds int `json:"min_seconds"`
	MaxSeconds int `json:"max_seconds"`
}

// PlanGroup is one position's techniques.
type PlanGroup struct {
	Position techniques.PatientPosition `json:"position"`
	Time     PlanSpan                   `json:"time"`
	Steps    []PlanStep                 `json:"steps"`
}

// PlanStep is one technique of the plan.
type PlanStep struct {
	ID             string                       `json:"id"`
	Name           string                       `json:"name"`
	Family         string                       `json:"family"`
	Position       techniques.PatientPosition   `json:"position,omitempty"`
	OtherPositions []techniques.PatientPosition `json:"other_positions"`
	Timer          string                       `json:"timer"`
	Application    PlanSpan                     `json:"application"`
	Time           PlanSpan                     `json:"time"`
	AssumedTime    bool                         `json:"assumed_time"`
	PartlyTimed    bool                         `json:"partly_timed"`
	Evidence       techniques.Strength          `json:"evidence"`
	Cautions       []techniques.ScreenReason    `json:"cautions"`
	Tier           string                       `json:"tier"`
	LymphaticStep  int                          `json:"lymphatic_step,omitempty"`
	// AllowedByOverlay is set when a school overlay, not the sources, puts
	// the technique in the plan (see Step.ByOverlay).
	AllowedByOverlay []plan.OverlayReason `json:"allowed_by_overlay,omitempty"`
	Regions          []string             `json:"regions"`
}

// PlanCovered is a general entry left out for region-specific entries of
// its family.
type PlanCovered struct {
	ID   string   `json:"id"`
	Name string   `json:"name"`
	By   []string `json:"by"`
}

// PlanLeftOut is a technique left out, with the absolute contraindications.
type PlanLeftOut struct {
	ID      string                    `json:"id"`
	Name    string                    `json:"name"`
	Reasons []techniques.ScreenReason `json:"reasons"`
}

// PlanAllowances are the planner's time conventions, in seconds.
type PlanAllowances struct {
	SetupSeconds   int `json:"setup_seconds"`
	UntimedSeconds int `json:"untimed_seconds"`
}

// seconds rounds a duration to whole seconds, as the JSON counts time.
func seconds(d time.Duration) int { return int(d.Round(time.Second) / time.Second) }

func docSpan(s plan.Span) PlanSpan { return PlanSpan{seconds(s.Min), seconds(s.Max)} }

func docStep(s plan.Step) PlanStep {
	t := s.Technique
	others := s.Others
	if others == nil {
		others = []techniques.PatientPosition{}
	}
	return PlanStep{ID: t.ID, Name: t.Name, Family: t.Family, Position: s.Position, OtherPositions: others,
		Timer: t.Timer.Summary(), Application: docSpan(s.Application), Time: docSpan(s.Time),
		AssumedTime: s.Assumed, PartlyTimed: s.PartlyTimed, Evidence: s.Evidence, Cautions: s.Cautions,
		Tier: s.Tier, LymphaticStep: s.LymphaticStep, AllowedByOverlay: s.ByOverlay,
		Regions: append([]string{}, s.Regions...)}
}

// PlanJSON is a plan as `omt plan --json` prints it.
func PlanJSON(c *techniques.Catalog, p plan.Plan) PlanDocument {
	d := PlanDocument{
		Condition: PlanCondition{p.Condition.ID, p.Condition.Name},
		Patient:   append([]string{}, p.Patient...),
		Time:      docSpan(p.Time),
		Moves:     p.Moves(),
		RedFlags:  append([]string{}, p.Condition.RedFlags...),
		Groups:    []PlanGroup{}, LeftOut: []PlanLeftOut{}, DidNotFit: []PlanStep{}, Covered: []PlanCovered{},
		Allowances: PlanAllowances{seconds(plan.SetupAllowance), seconds(plan.UntimedAllowance)},
		Rules:      plan.Rules(),
	}
	d.Screening = "No patient flags were entered, so nothing was screened."
	if len(p.Patient) > 0 {
		d.Screening = c.ScreeningNotice(p.Patient)
	}
	if p.Budget > 0 {
		m := int(p.Budget / time.Minute)
		d.BudgetMinutes = &m
	}
	for _, cv := range p.Covered {
		d.Covered = append(d.Covered, PlanCovered{cv.Technique.ID, cv.Technique.Name, cv.By})
	}
	for _, g := range p.Groups {
		dg := PlanGroup{Position: g.Position, Time: docSpan(g.Time), Steps: []PlanStep{}}
		for _, s := range g.Steps {
			dg.Steps = append(dg.Steps, docStep(s))
		}
		d.Groups = append(d.Groups, dg)
	}
	for _, l := range p.LeftOut {
		d.LeftOut = append(d.LeftOut, PlanLeftOut{l.Technique.ID, l.Technique.Name, l.Reasons})
	}
	for _, s := range p.DidNotFit {
		d.DidNotFit = append(d.DidNotFit, docStep(s))
	}
	if note, ok := sheet.ChartLine(c, p); ok {
		d.ChartLine = note
	} else {
		d.Note = p.WhyEmpty()
	}
	return d
}

// Plan prints a visit plan for reading, and the disclaimer.
func (o Out) Plan(c *techniques.Catalog, p plan.Plan) error {
	return o.Document(sheet.PlanTitle(p), sheet.PlanSubtitle(c, p), sheet.Plan(c, p))
}

// PlanMarkdown writes a visit plan as markdown.
func PlanMarkdown(w io.Writer, c *techniques.Catalog, p plan.Plan) error {
	_, err := io.WriteString(w, Markdown(sheet.PlanTitle(p), sheet.PlanSubtitle(c, p), sheet.Plan(c, p)))
	return err
}
