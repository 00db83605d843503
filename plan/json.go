package plan

import (
	"time"

	"github.com/omt-reference/omt/techniques"
)

// Document is a plan as scripts read it: `omt plan --json`. Times are in
// whole seconds.
type Document struct {
	Condition     DocCondition  `json:"condition"`
	Patient       []string      `json:"patient"`
	Screening     string        `json:"screening"`
	BudgetMinutes *int          `json:"budget_minutes"`
	Time          DocSpan       `json:"time"`
	Moves         int           `json:"moves"`
	RedFlags      []string      `json:"red_flags"`
	Groups        []DocGroup    `json:"groups"`
	LeftOut       []DocLeftOut  `json:"left_out"`
	DidNotFit     []DocStep     `json:"did_not_fit"`
	Covered       []DocCovered  `json:"covered_by_region_specific"`
	Allowances    DocAllowances `json:"allowances"`
	Rules         []Rule        `json:"rules"`
	ChartLine     string        `json:"chart_line"`
	Note          string        `json:"note,omitempty"` // why nothing is planned, when nothing is
}

// DocCondition names the condition planned for.
type DocCondition struct {
	ID   string `json:"id"`
	Name string `json:"name"`
}

// DocSpan is a time range in seconds.
type DocSpan struct {
	MinSeconds int `json:"min_seconds"`
	MaxSeconds int `json:"max_seconds"`
}

// DocGroup is one position's techniques.
type DocGroup struct {
	Position techniques.PatientPosition `json:"position"`
	Time     DocSpan                    `json:"time"`
	Steps    []DocStep                  `json:"steps"`
}

// DocStep is one technique of the plan.
type DocStep struct {
	ID             string                       `json:"id"`
	Name           string                       `json:"name"`
	Family         string                       `json:"family"`
	Position       techniques.PatientPosition   `json:"position,omitempty"`
	OtherPositions []techniques.PatientPosition `json:"other_positions"`
	Timer          string                       `json:"timer"`
	Application    DocSpan                      `json:"application"`
	Time           DocSpan                      `json:"time"`
	AssumedTime    bool                         `json:"assumed_time"`
	PartlyTimed    bool                         `json:"partly_timed"`
	Evidence       techniques.Strength          `json:"evidence"`
	Cautions       []techniques.ScreenReason    `json:"cautions"`
	Tier           string                       `json:"tier"`
	LymphaticStep  int                          `json:"lymphatic_step,omitempty"`
	// AllowedByOverlay is set when a school overlay, not the sources, puts
	// the technique in the plan (see Step.ByOverlay).
	AllowedByOverlay []OverlayReason `json:"allowed_by_overlay,omitempty"`
	Regions          []string        `json:"regions"`
}

// DocCovered is a general entry left out for region-specific entries of
// its family.
type DocCovered struct {
	ID   string   `json:"id"`
	Name string   `json:"name"`
	By   []string `json:"by"`
}

// DocLeftOut is a technique left out, with the absolute contraindications.
type DocLeftOut struct {
	ID      string                    `json:"id"`
	Name    string                    `json:"name"`
	Reasons []techniques.ScreenReason `json:"reasons"`
}

// DocAllowances are the planner's time conventions, in seconds.
type DocAllowances struct {
	SetupSeconds   int `json:"setup_seconds"`
	UntimedSeconds int `json:"untimed_seconds"`
}

func seconds(d time.Duration) int { return int(d.Round(time.Second) / time.Second) }

func docSpan(s Span) DocSpan { return DocSpan{seconds(s.Min), seconds(s.Max)} }

func docStep(s Step) DocStep {
	t := s.Technique
	others := s.Others
	if others == nil {
		others = []techniques.PatientPosition{}
	}
	return DocStep{ID: t.ID, Name: t.Name, Family: t.Family, Position: s.Position, OtherPositions: others,
		Timer: t.Timer.Summary(), Application: docSpan(s.Application), Time: docSpan(s.Time),
		AssumedTime: s.Assumed, PartlyTimed: s.PartlyTimed, Evidence: s.Evidence, Cautions: s.Cautions,
		Tier: s.Tier, LymphaticStep: s.LymphaticStep, AllowedByOverlay: s.ByOverlay,
		Regions: append([]string{}, s.Regions...)}
}

// Document is the plan for JSON.
func (p Plan) Document(c *techniques.Catalog) Document {
	d := Document{
		Condition: DocCondition{p.Condition.ID, p.Condition.Name},
		Patient:   append([]string{}, p.Patient...),
		Time:      docSpan(p.Time),
		Moves:     p.Moves(),
		RedFlags:  append([]string{}, p.Condition.RedFlags...),
		Groups:    []DocGroup{}, LeftOut: []DocLeftOut{}, DidNotFit: []DocStep{}, Covered: []DocCovered{},
		Allowances: DocAllowances{seconds(SetupAllowance), seconds(UntimedAllowance)},
		Rules:      Rules(),
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
		d.Covered = append(d.Covered, DocCovered{cv.Technique.ID, cv.Technique.Name, cv.By})
	}
	for _, g := range p.Groups {
		dg := DocGroup{Position: g.Position, Time: docSpan(g.Time), Steps: []DocStep{}}
		for _, s := range g.Steps {
			dg.Steps = append(dg.Steps, docStep(s))
		}
		d.Groups = append(d.Groups, dg)
	}
	for _, l := range p.LeftOut {
		d.LeftOut = append(d.LeftOut, DocLeftOut{l.Technique.ID, l.Technique.Name, l.Reasons})
	}
	for _, s := range p.DidNotFit {
		d.DidNotFit = append(d.DidNotFit, docStep(s))
	}
	if note, ok := p.ChartLine(c); ok {
		d.ChartLine = note
	} else {
		d.Note = p.whyEmpty()
	}
	return d
}
