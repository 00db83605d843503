// Package plan builds a treatment plan for one visit: the techniques indicated
// for a condition, screened for the patient's flags, grouped by patient
// position and put in order by named rules (Rules), with time estimates from
// each entry's timer, fitted to a time budget. It knows nothing of terminals.
package plan

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/omt-reference/omt/techniques"
)

// Plan is one visit's treatment for one condition.
type Plan struct {
	Condition techniques.Condition
	// Patient are the flag ids screened for; nothing else was checked.
	Patient []string
	// Budget is the time allowed; 0 means none was given.
	Budget time.Duration
	// Groups are the planned techniques, one group per stay in a position.
	Groups []Group
	// LeftOut are the techniques contraindicated for the flags given.
	LeftOut []LeftOut
	// DidNotFit are usable techniques the budget had no room for, in the
	// order they would have been kept.
	DidNotFit []Step
	// Covered are general entries left out because entries of their family
	// taught for one region cover every region they would be charted in.
	Covered []Covered
	// Time is the whole plan, allowances included.
	Time Span
}

// Group is the techniques done without moving the patient.
type Group struct {
	Position techniques.PatientPosition
	Steps    []Step
	Time     Span
}

// Step is one technique of the plan.
type Step struct {
	Technique techniques.Technique
	// Position is where the plan does it; Others are the other positions its
	// entry lists (a posterior tender point may need prone, for example).
	Position techniques.PatientPosition
	Others   []techniques.PatientPosition
	// Allowed are the entry's positions that no flag rules out.
	Allowed []techniques.PatientPosition
	// Application is one application from the entry's timer, without the
	// allowance; Time adds the set-up allowance (and, for an untimed entry,
	// the assumed time).
	Application Span
	Time        Span
	// Assumed says that the entry has no fixed timing and UntimedAllowance was
	// assumed; PartlyTimed that some phases (relaxation, breaths) are not counted.
	Assumed     bool
	PartlyTimed bool
	// Evidence is the strongest grade of the entry's own evidence for the condition.
	Evidence techniques.Strength
	// Cautions are the relative contraindications the flags triggered.
	Cautions []techniques.ScreenReason
	// Tier names the teaching-order tier; LymphaticStep is the step of the
	// lymphatic sequence map (0: not named there).
	Tier          string
	LymphaticStep int
	// ByOverlay says why a school overlay, not the sources, puts the technique
	// in the plan; empty when the sourced entry would be planned too.
	ByOverlay []OverlayReason
	// Regions are the body regions the plan treats with this technique for
	// the condition, which its chart line names.
	Regions []string
}

// Covered is a general entry that region-specific entries of its family
// stand in for.
type Covered struct {
	Technique techniques.Technique
	By        []string // the ids of the region-specific entries
}

// LeftOut is a technique not planned because a flag contraindicates it.
type LeftOut struct {
	Technique techniques.Technique
	Reasons   []techniques.ScreenReason
}

// Span is a time from its lower to its upper bound.
type Span struct {
	Min time.Duration
	Max time.Duration
}

func (s Span) add(o Span) Span { return Span{s.Min + o.Min, s.Max + o.Max} }

// String reads "90 s", "63-75 s", "2.5 min" or "8.5-9 min". Below two
// minutes it counts seconds; above, half minutes, rounding the lower bound
// down and the upper bound up so that the range still holds the time.
func (s Span) String() string {
	lo, hi := seconds(s.Min), seconds(s.Max)
	if hi < 120 {
		if lo == hi {
			return fmt.Sprintf("%d s", hi)
		}
		return fmt.Sprintf("%d-%d s", lo, hi)
	}
	down, up := lo/30, (hi+29)/30 // in half minutes
	if down == up {
		return halfMinutes(up) + " min"
	}
	return halfMinutes(down) + "-" + halfMinutes(up) + " min"
}

// seconds rounds a duration to whole seconds.
func seconds(d time.Duration) int { return int(d.Round(time.Second) / time.Second) }

// halfMinutes writes a count of half minutes: "2", "2.5".
func halfMinutes(n int) string {
	if n%2 == 0 {
		return fmt.Sprint(n / 2)
	}
	return fmt.Sprintf("%d.5", n/2)
}

// Minutes writes a duration: "90 s", "1 min", "2.5 min".
func Minutes(d time.Duration) string {
	if d > 0 && d%time.Minute == 0 {
		return fmt.Sprintf("%d min", d/time.Minute)
	}
	return Span{d, d}.String()
}

// PositionWord spells a position for a reader: lateral is side-lying.
func PositionWord(p techniques.PatientPosition) string {
	if p == techniques.Lateral {
		return "side-lying"
	}
	return string(p)
}

// ConditionError is a condition id the catalogue does not have.
type ConditionError struct{ ID string }

func (e *ConditionError) Error() string { return fmt.Sprintf("no condition %q", e.ID) }

// Build plans one visit for a condition (by id) and a patient's flag ids,
// within a budget (0 for none). No technique contraindicated for the flags is
// ever planned; the screen covers only the flags given.
func Build(c *techniques.Catalog, conditionID string, flags []string, budget time.Duration) (Plan, error) {
	x, ok := c.Condition(conditionID)
	if !ok {
		return Plan{}, &ConditionError{conditionID}
	}
	flags = c.ExpandFlags(flags) // late pregnancy carries pregnancy's limits too
	p := Plan{Condition: x, Patient: flags, Budget: budget,
		Groups: []Group{}, LeftOut: []LeftOut{}, DidNotFit: []Step{}, Covered: []Covered{}}
	seq := readLymphaticSequence(c)
	limits := limitsFor(flags)
	avoid := AvoidedPositions(c, flags)
	focus := focusRegions(c, x)
	var usable []Step
	for _, t := range c.TechniquesFor(x.ID) {
		s := c.Screen(t, flags)
		if s.Status == techniques.StatusContraindicated {
			var why []techniques.ScreenReason
			for _, r := range s.Reasons {
				if r.Kind == "absolute" {
					why = append(why, r)
				}
			}
			p.LeftOut = append(p.LeftOut, LeftOut{Technique: t, Reasons: why})
			continue
		}
		st := newStep(t, x.ID, s, seq)
		st.Allowed = allowedPositions(t, limits)
		if len(t.Positions) > 0 && len(st.Allowed) == 0 {
			p.LeftOut = append(p.LeftOut, LeftOut{Technique: t, Reasons: positionReasons(c, t, limits)})
			continue
		}
		st.ByOverlay = overlayReasons(c, t, limits)
		st.Allowed = preferPositions(st.Allowed, avoid)
		st.Regions = chartRegions(t, focus)
		usable = append(usable, st)
	}
	usable, p.Covered = regionSpecificFirst(usable)
	kept, left := fit(usable, budget, seq)
	narrowGeneralRegions(kept)
	p.DidNotFit = append(p.DidNotFit, left...)
	p.Groups = arrange(kept, seq)
	for _, g := range p.Groups {
		p.Time = p.Time.add(g.Time)
	}
	return p, nil
}

// positionReasons say why a technique has no position left for the patient.
func positionReasons(c *techniques.Catalog, t techniques.Technique, limits []PositionLimit) []techniques.ScreenReason {
	var out []techniques.ScreenReason
	for _, l := range limits {
		if slices.Contains(t.Positions, l.Position) {
			name := l.Flag
			if f, ok := c.Flag(l.Flag); ok {
				name = f.Name
			}
			out = append(out, techniques.ScreenReason{Flag: l.Flag, Name: name, Kind: KindPosition,
				Note: fmt.Sprintf("Done only %s, and %s.", PositionWord(l.Position), l.Reason) + overlaidPositions(t)})
		}
	}
	return out
}

// KindPosition marks a reason for leaving a technique out that is a position
// the patient's flags rule out, not a contraindication of the technique.
const KindPosition = "position"

// newStep times a technique and records what orders it.
func newStep(t techniques.Technique, conditionID string, s techniques.Screening, seq lymphaticSequence) Step {
	st := Step{Technique: t, Evidence: evidenceFor(t, conditionID), Cautions: s.Reasons,
		Tier: Tiers()[tierOf(t.Family)].Name, LymphaticStep: seq.step[t.ID]}
	if st.Cautions == nil {
		st.Cautions = []techniques.ScreenReason{}
	}
	lo, hi := t.Timer.Estimate()
	st.Application = Span{lo, hi}
	switch {
	case !t.Timer.Defined() || hi == 0:
		st.Assumed = true
		st.Time = Span{UntimedAllowance, UntimedAllowance}
	default:
		st.PartlyTimed = t.Timer.Untimed()
		st.Time = st.Application
	}
	st.Time = st.Time.add(Span{SetupAllowance, SetupAllowance})
	return st
}

// priorityLess is the budget-priority rule: evidence for the condition,
// then no caution before a caution, then teaching order.
func priorityLess(a, b Step) int {
	if d := gradeRank(a.Evidence) - gradeRank(b.Evidence); d != 0 {
		return d
	}
	if ca, cb := len(a.Cautions) > 0, len(b.Cautions) > 0; ca != cb {
		if ca {
			return 1
		}
		return -1
	}
	return teachingLess(a, b)
}

// teachingLess is the teaching-order rule for two techniques: tier, then
// lymphatic step, then name.
func teachingLess(a, b Step) int {
	if d := tierOf(a.Technique.Family) - tierOf(b.Technique.Family); d != 0 {
		return d
	}
	if d := a.LymphaticStep - b.LymphaticStep; d != 0 {
		return d
	}
	return strings.Compare(a.Technique.Name, b.Technique.Name)
}

// fit keeps techniques in priority order while they fit the budget, judged
// by the upper bound of each time so that the plan fits even when every
// technique runs as long as its sources allow. A pump comes with the
// thoracic inlet release when the condition has one (outlet-before-pumps):
// if the two do not fit together, the pump is left out.
func fit(steps []Step, budget time.Duration, seq lymphaticSequence) (kept, left []Step) {
	byPriority := slices.Clone(steps)
	slices.SortStableFunc(byPriority, priorityLess)
	taken := map[string]bool{}
	var used time.Duration
	for _, s := range byPriority {
		if taken[s.Technique.ID] {
			continue
		}
		group := []Step{s}
		if seq.isPump(s.Technique.ID) {
			for _, o := range byPriority {
				if seq.step[o.Technique.ID] == 1 && !taken[o.Technique.ID] {
					group = append([]Step{o}, group...)
				}
			}
		}
		var need time.Duration
		for _, g := range group {
			need += g.Time.Max
		}
		if budget > 0 && used+need > budget {
			left = append(left, s)
			continue
		}
		used += need
		for _, g := range group {
			taken[g.Technique.ID] = true
			kept = append(kept, g)
		}
	}
	return kept, left
}

// arrange places the kept techniques in positions and puts them in order:
// fewest positions, position order and teaching order, then the lymphatic
// sequence across the plan, then pumps last; consecutive techniques in one
// position make a group.
func arrange(steps []Step, seq lymphaticSequence) []Group {
	options := make([][]techniques.PatientPosition, len(steps))
	for i, s := range steps {
		options[i] = s.Allowed
	}
	for i, p := range choosePositions(options) {
		steps[i].Position = p
		steps[i].Others = slices.DeleteFunc(slices.Clone(steps[i].Allowed),
			func(q techniques.PatientPosition) bool { return q == p })
	}
	slices.SortStableFunc(steps, func(a, b Step) int {
		if d := positionRank(a.Position) - positionRank(b.Position); d != 0 {
			return d
		}
		return teachingLess(a, b)
	})
	steps = keepLymphaticOrder(steps)
	steps = pumpsLast(steps, seq)
	var groups []Group
	for _, s := range steps {
		if n := len(groups); n > 0 && groups[n-1].Position == s.Position {
			groups[n-1].Steps = append(groups[n-1].Steps, s)
			groups[n-1].Time = groups[n-1].Time.add(s.Time)
			continue
		}
		groups = append(groups, Group{Position: s.Position, Steps: []Step{s}, Time: s.Time})
	}
	if groups == nil {
		groups = []Group{}
	}
	return groups
}

// keepLymphaticOrder is the lymphatic-sequence rule: the techniques the map
// names are put in the map's order within the places they already hold, so
// that everything else stays where the position and teaching order put it.
func keepLymphaticOrder(steps []Step) []Step {
	var slots []int
	var named []Step
	for i, s := range steps {
		if s.LymphaticStep > 0 {
			slots = append(slots, i)
			named = append(named, s)
		}
	}
	slices.SortStableFunc(named, func(a, b Step) int { return a.LymphaticStep - b.LymphaticStep })
	for i, at := range slots {
		steps[at] = named[i]
	}
	return steps
}

// pumpsLast is the pumps-last rule: the pumps move to the end, in the order
// they had.
func pumpsLast(steps []Step, seq lymphaticSequence) []Step {
	var rest, pumps []Step
	for _, s := range steps {
		if seq.isPump(s.Technique.ID) {
			pumps = append(pumps, s)
		} else {
			rest = append(rest, s)
		}
	}
	return append(rest, pumps...)
}

// Steps are the planned techniques in order, across groups.
func (p Plan) Steps() []Step {
	var out []Step
	for _, g := range p.Groups {
		out = append(out, g.Steps...)
	}
	return out
}

// Moves counts the changes of position between groups.
func (p Plan) Moves() int { return max(0, len(p.Groups)-1) }

// WhyEmpty says why a plan holds no technique: every one contraindicated,
// none that fits the budget, or none the catalogue lists.
func (p Plan) WhyEmpty() string {
	x := p.Condition
	switch {
	case len(p.LeftOut) > 0 && len(p.DidNotFit) == 0:
		return fmt.Sprintf("Every technique the catalogue lists for %s is contraindicated for the flags entered.", x.Name)
	case len(p.DidNotFit) > 0:
		shortest := slices.MinFunc(p.DidNotFit, func(a, b Step) int { return int(a.Time.Max - b.Time.Max) })
		return fmt.Sprintf("Nothing fits in %s: the shortest technique, %s, takes %s.", Minutes(p.Budget),
			shortest.Technique.Name, shortest.Time)
	case x.TechniquesNote != "":
		return "Nothing to plan. " + x.TechniquesNote
	}
	return fmt.Sprintf("The catalogue lists no technique for %s.", x.Name)
}
