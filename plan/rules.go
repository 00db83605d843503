package plan

import (
	"slices"
	"time"

	"github.com/omt-reference/omt/techniques"
)

// The time a plan allows besides the technique itself. Both are this
// planner's conventions, stated in every plan, not figures from a source.
const (
	// SetupAllowance is added to every technique for positioning, finding
	// the dysfunction again and reassessing afterwards.
	SetupAllowance = time.Minute
	// UntimedAllowance is assumed for one application of a technique whose
	// sources give no fixed timing (or only untimed phases, such as breath
	// cycles), so that it can be planned at all. The plan marks it as assumed.
	UntimedAllowance = 3 * time.Minute
)

// Basis says what a rule rests on.
type Basis string

// The bases of the rules.
const (
	// Sourced rules take their order from sourced catalogue data.
	Sourced Basis = "sourced"
	// Convention rules are teaching conventions or this planner's choices:
	// no trial compared one order with another.
	Convention Basis = "convention"
)

// Rule is one named rule that shapes a plan, as the plan states it.
type Rule struct {
	Name      string `json:"name"`
	Statement string `json:"statement"`
	Basis     Basis  `json:"basis"`
}

// The names of the rules.
const (
	RuleFewestPositions  = "fewest-positions"
	RulePositionOrder    = "position-order"
	RuleTeachingOrder    = "teaching-order"
	RuleLymphaticOrder   = "lymphatic-sequence"
	RulePumpsLast        = "pumps-last"
	RuleOutletFirst      = "outlet-before-pumps"
	RulePositionLimits   = "position-limits"
	RuleRegionSpecific   = "region-specific-first"
	RuleBudgetPriority   = "budget-priority"
	RuleTimeAllowance    = "time-allowance"
	LymphaticSequenceMap = "lymphatic-sequence" // the map the lymphatic order comes from
)

// Rules are the rules every plan follows, in the order they are applied.
func Rules() []Rule {
	return []Rule{
		{RuleFewestPositions, "Each technique is placed in one of the patient positions its entry lists. " +
			"The plan uses the fewest positions that cover every technique (among equal sets, the one that " +
			"keeps most techniques in their usual, first-listed position); a technique keeps its usual " +
			"position whenever the plan uses it anyway.", Convention},
		{RulePositionLimits, "A position that a flag rules out is not used: with pregnancy, no prone position " +
			"(the cautions of the paraspinal soft tissue, innominate and sacral muscle energy entries). A " +
			"technique done only in such a position is left out with that reason. A position a flag asks to keep " +
			"short is used only for a technique done in no other position, with that flag's caution: from 20 weeks " +
			"of pregnancy, supine (aortocaval compression).", Sourced},
		{RuleRegionSpecific, "A family's general entry (such as the muscle energy principles) is left out when " +
			"entries of its family taught for one region cover every region the condition is treated in; " +
			"otherwise it is charted only in the regions they leave.", Convention},
		{RulePositionOrder, "Positions go standing, seated, supine, side-lying, prone: from upright to lying, " +
			"then one roll in one direction, so that each change is a single move.", Convention},
		{RuleTeachingOrder, "Within a position: soft tissue, myofascial and diaphragm releases first (the soft " +
			"tissue entries say it prepares the area for other techniques), then indirect and balancing " +
			"techniques, then articulatory and muscle energy, then lymphatic drainage, and thrust (HVLA) last.",
			Convention},
		{RuleLymphaticOrder, "Techniques named by the lymphatic sequence map keep its order across the whole " +
			"plan (thoracic inlet, thoracoabdominal diaphragm, pelvic diaphragm, rib cage, pumps), even when the " +
			"patient must move for it (omt maps lymphatic-sequence).", Sourced},
		{RulePumpsLast, "Lymphatic pumps come after every other technique: they push lymph toward the centre, " +
			"so the outlets are opened first (the map's last step).", Sourced},
		{RuleOutletFirst, "With a budget, a pump is kept only together with the thoracic inlet release when the " +
			"condition lists one: the map opens the outlet first so that the fluid moved has somewhere to drain.",
			Sourced},
		{RuleBudgetPriority, "With a time budget, techniques are kept by their own evidence for this condition " +
			"(high, moderate, low, very low, no trial found), then those without a caution, then teaching order; " +
			"one that does not fit is left for another visit and the next that fits is still taken.", Convention},
		{RuleTimeAllowance, "Times are for one application (one tender point, one barrier, one side), from the " +
			"entry's timer, plus 1 min per technique for set-up and reassessment; a technique without fixed " +
			"timing is assumed to take 3 min.", Convention},
	}
}

// PositionLimit is a patient position that a flag keeps a plan out of.
type PositionLimit struct {
	Flag     string
	Position techniques.PatientPosition
	Reason   string
	// Entries are catalogue entries whose cautions for the flag say so.
	Entries []string
}

// PositionLimits are the position-limits rule as data.
func PositionLimits() []PositionLimit {
	return []PositionLimit{{Flag: "pregnancy", Position: techniques.Prone,
		Reason:  "lying prone is impractical later in pregnancy",
		Entries: []string{"soft-tissue-paraspinal", "muscle-energy-innominate", "muscle-energy-sacrum"}}}
}

// limitsFor are the position limits that apply to a patient's flags.
func limitsFor(flags []string) []PositionLimit {
	var out []PositionLimit
	for _, l := range PositionLimits() {
		if slices.Contains(flags, l.Flag) {
			out = append(out, l)
		}
	}
	return out
}

// allowedPositions are a technique's positions, in its order, less those
// the limits rule out.
func allowedPositions(t techniques.Technique, limits []PositionLimit) []techniques.PatientPosition {
	return slices.DeleteFunc(slices.Clone(t.Positions), func(p techniques.PatientPosition) bool {
		return slices.ContainsFunc(limits, func(l PositionLimit) bool { return l.Position == p })
	})
}

// positionSequence is the position-order rule as data.
func positionSequence() []techniques.PatientPosition {
	return []techniques.PatientPosition{techniques.Standing, techniques.Seated, techniques.Supine,
		techniques.Lateral, techniques.Prone}
}

// positionRank is a position's place in the position order; an unknown
// position goes last.
func positionRank(p techniques.PatientPosition) int {
	if i := slices.Index(positionSequence(), p); i >= 0 {
		return i
	}
	return len(positionSequence())
}

// Tier is one step of the teaching order: the families treated at that point
// of a position's techniques.
type Tier struct {
	Name     string
	Families []string
}

// Tiers are the teaching-order rule as data, first to last. Every family of
// the catalogue belongs to exactly one tier (a test checks it), so that a new
// family cannot be ordered by accident.
func Tiers() []Tier {
	return []Tier{
		{"soft tissue first", []string{"soft-tissue", "myofascial-release", "trigger-point", "chapman-reflexes",
			"visceral", "diaphragm"}},
		{"indirect and balancing", []string{"counterstrain", "facilitated-positional-release",
			"balanced-ligamentous-tension", "ligamentous-articular-strain", "functional", "still", "cranial",
			"facilitated-oscillatory-release"}},
		{"articulatory and muscle energy", []string{"articulatory", "muscle-energy"}},
		{"lymphatic drainage", []string{"lymphatic"}},
		{"thrust last", []string{"hvla"}},
	}
}

// tierOf is the index of a family's tier; an unknown family goes just before
// thrust, never after it.
func tierOf(family string) int {
	tiers := Tiers()
	for i, t := range tiers {
		if slices.Contains(t.Families, family) {
			return i
		}
	}
	return len(tiers) - 1
}

// lymphaticSequence maps each technique the lymphatic sequence map names to
// its step (1 for the first row) and reports which are pumps (the last row).
type lymphaticSequence struct {
	step  map[string]int
	names []string // the rows' names, step 1 first
	last  int
}

func readLymphaticSequence(c *techniques.Catalog) lymphaticSequence {
	seq := lymphaticSequence{step: map[string]int{}}
	for _, t := range c.Maps.Tables {
		if t.ID != LymphaticSequenceMap {
			continue
		}
		for i, r := range t.Rows {
			seq.names = append(seq.names, r.Name)
			for _, id := range r.Techniques {
				if _, dup := seq.step[id]; !dup {
					seq.step[id] = i + 1
				}
			}
		}
		seq.last = len(t.Rows)
	}
	return seq
}

// LymphaticStepNames are the names of the lymphatic sequence map's rows,
// step 1 first: what a step's LymphaticStep counts.
func LymphaticStepNames(c *techniques.Catalog) []string { return readLymphaticSequence(c).names }

// isPump reports whether a technique is one of the map's last step.
func (s lymphaticSequence) isPump(id string) bool {
	return s.last > 0 && s.step[id] == s.last
}

// gradeRank orders evidence grades, strongest first.
func gradeRank(s techniques.Strength) int {
	if i := slices.Index([]techniques.Strength{techniques.High, techniques.Moderate, techniques.Low,
		techniques.VeryLow, techniques.None}, s); i >= 0 {
		return i
	}
	return 4
}

// evidenceFor is the strongest grade of a technique's own evidence for a
// condition, or None when it has none for that condition.
func evidenceFor(t techniques.Technique, conditionID string) techniques.Strength {
	best := techniques.None
	for _, e := range t.Evidence {
		if e.Condition == conditionID && gradeRank(e.Strength) < gradeRank(best) {
			best = e.Strength
		}
	}
	return best
}

// choosePositions is the fewest-positions rule: the smallest set of
// positions that covers every technique, preferring the set in which most
// techniques keep their usual position, then the set earliest in the
// position order. It returns the position of each technique.
func choosePositions(options [][]techniques.PatientPosition) []techniques.PatientPosition {
	seq := positionSequence()
	best, bestSize, bestUsual := -1, len(seq)+1, -1
	for set := 1; set < 1<<len(seq); set++ {
		in := func(p techniques.PatientPosition) bool {
			i := slices.Index(seq, p)
			return i >= 0 && set&(1<<i) != 0
		}
		size, usual, covers := bitCount(set), 0, true
		for _, ps := range options {
			if len(ps) == 0 {
				continue
			}
			if in(ps[0]) {
				usual++
			}
			if !slices.ContainsFunc(ps, in) {
				covers = false
				break
			}
		}
		if covers && (size < bestSize || size == bestSize && usual > bestUsual) {
			best, bestSize, bestUsual = set, size, usual
		}
	}
	out := make([]techniques.PatientPosition, len(options))
	for i, ps := range options {
		for _, p := range ps { // the usual position first, then the others in the entry's order
			if j := slices.Index(seq, p); j >= 0 && best >= 0 && best&(1<<j) != 0 {
				out[i] = p
				break
			}
		}
		if out[i] == "" && len(ps) > 0 {
			out[i] = ps[0]
		}
	}
	return out
}

func bitCount(n int) int {
	count := 0
	for ; n > 0; n &= n - 1 {
		count++
	}
	return count
}
