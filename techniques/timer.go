package techniques

import (
	"fmt"
	"strings"
	"time"
)

// PatientPosition is one of the positions a patient is treated in. The
// vocabulary is closed so that a session planner can group techniques by it.
type PatientPosition string

// The patient positions. Lateral is side-lying (lateral recumbent).
const (
	Supine   PatientPosition = "supine"
	Prone    PatientPosition = "prone"
	Seated   PatientPosition = "seated"
	Lateral  PatientPosition = "lateral"
	Standing PatientPosition = "standing"
)

// PatientPositions returns the vocabulary of patient positions, in the order a
// plan walks through them.
func PatientPositions() []PatientPosition {
	return []PatientPosition{Supine, Prone, Lateral, Seated, Standing}
}

// TimerKind says what shape a technique's dose has, which decides the fields
// its Timer uses. The set is closed: a timer runs only what it understands.
type TimerKind string

// The kinds of timer.
const (
	// TimerHold is a position held for HoldSeconds (a counterstrain position
	// of ease, a facilitated positional release), Repetitions times if given.
	TimerHold TimerKind = "hold"
	// TimerCycles is muscle energy: an isometric effort of ContractSeconds,
	// then relaxation (RelaxSeconds, or until the patient has let go), then the
	// new barrier is engaged; Repetitions times.
	TimerCycles TimerKind = "cycles"
	// TimerBreaths is a cycle paced by the patient's breathing (respiratory
	// assisted muscle energy): Repetitions breath cycles, none of them timed.
	TimerBreaths TimerKind = "breaths"
	// TimerRhythm is a rhythmic technique (a pump, an articulatory or
	// oscillating technique) kept up for Seconds, or for Repetitions strokes,
	// at RatePerMinute if the sources give one.
	TimerRhythm TimerKind = "rhythm"
	// TimerRelease is a hold kept until the tissue releases: Seconds is only a
	// guide from the sources, and Until says in words what ends it.
	TimerRelease TimerKind = "release"
)

// TimerKinds returns the kinds of timer.
func TimerKinds() []TimerKind {
	return []TimerKind{TimerHold, TimerCycles, TimerBreaths, TimerRhythm, TimerRelease}
}

// Range is a sourced [min, max] pair; min equals max for a fixed value. A
// duration is always in seconds, so that one unit runs through the timer, the
// planner and the validator; a source's "2 min" is written 120.
type Range []int

// Min is the lower bound, or 0 for an empty range.
func (r Range) Min() int {
	if len(r) == 0 {
		return 0
	}
	return r[0]
}

// Max is the upper bound, or 0 for an empty range.
func (r Range) Max() int {
	if len(r) < 2 {
		return r.Min()
	}
	return r[1]
}

// String reads "90" for a fixed value and "3-5" for a range.
func (r Range) String() string {
	if r.Min() == r.Max() {
		return fmt.Sprint(r.Min())
	}
	return fmt.Sprintf("%d-%d", r.Min(), r.Max())
}

// Timer is the machine-readable dose of one application of a technique (one
// tender point, one barrier, one side), taken from the entry's own sourced
// timing text. The zero Timer means the sources give no fixed timing, and a
// timer must say so rather than invent one. Which fields a kind uses is
// listed on its TimerKind; the validator rejects the others.
type Timer struct {
	Kind            TimerKind `yaml:"kind" json:"kind"`
	HoldSeconds     Range     `yaml:"hold_seconds,omitempty" json:"hold_seconds,omitempty"`         // hold
	ContractSeconds Range     `yaml:"contract_seconds,omitempty" json:"contract_seconds,omitempty"` // cycles
	RelaxSeconds    Range     `yaml:"relax_seconds,omitempty" json:"relax_seconds,omitempty"`       // cycles; empty: until relaxed
	// Repetitions counts holds (hold, default 1), efforts (cycles), breath
	// cycles (breaths) or strokes (rhythm, instead of Seconds).
	Repetitions   Range `yaml:"repetitions,omitempty" json:"repetitions,omitempty"`
	RatePerMinute Range `yaml:"rate_per_minute,omitempty" json:"rate_per_minute,omitempty"` // rhythm, optional
	// Seconds is how long a rhythm is kept up, or the guide for a release.
	Seconds Range `yaml:"seconds,omitempty" json:"seconds,omitempty"`
	// Until is what ends a release, in words ("the tissues soften").
	Until string `yaml:"until,omitempty" json:"until,omitempty"`
}

// Defined reports whether the sources give a fixed timing at all.
func (t Timer) Defined() bool { return t.Kind != "" }

// Phase is one step of a guided timer.
type Phase struct {
	Name string // one of the Phase* names
	// Seconds is how long the phase lasts; 0 means it has no fixed length and
	// ends when the operator says so (the patient has relaxed, a breath is done).
	Seconds int
	// Repetition counts from 1 up to Of.
	Repetition, Of int
}

// The names of the phases a timer runs through.
const (
	PhaseHold     = "hold"
	PhaseContract = "contract"
	PhaseRelax    = "relax and re-engage"
	PhaseBreath   = "breath cycle"
	PhaseRhythm   = "rhythm"
	PhaseStroke   = "stroke"
	PhaseRelease  = "hold until release"
)

// Phases lays out one application as a guided timer would run it. Every
// duration and count is the lower bound of its range: the least the sources
// call for, which the operator extends by feel, and never a figure between the
// bounds that no source gives. Estimate reports both bounds. A zero Timer has
// no phases.
func (t Timer) Phases() []Phase {
	reps := max(t.Repetitions.Min(), 1)
	var out []Phase
	add := func(name string, seconds, rep int) {
		out = append(out, Phase{Name: name, Seconds: seconds, Repetition: rep, Of: reps})
	}
	switch t.Kind {
	case TimerHold:
		for i := 1; i <= reps; i++ {
			add(PhaseHold, t.HoldSeconds.Min(), i)
		}
	case TimerCycles:
		for i := 1; i <= reps; i++ {
			add(PhaseContract, t.ContractSeconds.Min(), i)
			add(PhaseRelax, t.RelaxSeconds.Min(), i)
		}
	case TimerBreaths:
		for i := 1; i <= reps; i++ {
			add(PhaseBreath, 0, i)
		}
	case TimerRhythm:
		if len(t.Seconds) > 0 {
			reps = 1
			add(PhaseRhythm, t.Seconds.Min(), 1)
			break
		}
		for i := 1; i <= reps; i++ {
			add(PhaseStroke, 0, i)
		}
	case TimerRelease:
		reps = 1
		add(PhaseRelease, t.Seconds.Min(), 1)
	}
	return out
}

// Estimate is how long one application takes, from the lower bounds (min) and
// the upper bounds (max) of every range. Phases without a fixed length count
// as nothing, so for a timer with Untimed phases it is an underestimate.
func (t Timer) Estimate() (min, max time.Duration) {
	seconds := func(pick func(Range) int) int {
		reps := pick(t.Repetitions)
		if reps == 0 {
			reps = 1
		}
		switch t.Kind {
		case TimerHold:
			return reps * pick(t.HoldSeconds)
		case TimerCycles:
			return reps * (pick(t.ContractSeconds) + pick(t.RelaxSeconds))
		case TimerRhythm, TimerRelease:
			return pick(t.Seconds)
		}
		return 0
	}
	return time.Duration(seconds(Range.Min)) * time.Second, time.Duration(seconds(Range.Max)) * time.Second
}

// Untimed reports whether some phase has no fixed length, so that Estimate
// leaves part of the application out.
func (t Timer) Untimed() bool {
	for _, p := range t.Phases() {
		if p.Seconds == 0 {
			return true
		}
	}
	return false
}

// Summary describes the timer in a short line for the technique sheet.
func (t Timer) Summary() string {
	times := func(r Range, what string) string {
		if r.Max() <= 1 {
			return ""
		}
		return fmt.Sprintf(", %s %s", r, what)
	}
	var s string
	switch t.Kind {
	case "":
		return "no fixed timing in the sources"
	case TimerHold:
		s = fmt.Sprintf("hold %s s", t.HoldSeconds) + times(t.Repetitions, "times")
	case TimerCycles:
		relax := "relax"
		if len(t.RelaxSeconds) > 0 {
			relax = fmt.Sprintf("relax %s s", t.RelaxSeconds)
		}
		s = fmt.Sprintf("contract %s s, %s, re-engage; %s cycles", t.ContractSeconds, relax, t.Repetitions)
	case TimerBreaths:
		s = fmt.Sprintf("%s breath cycles", t.Repetitions)
	case TimerRhythm:
		if len(t.Seconds) > 0 {
			s = "rhythm for " + durationText(t.Seconds)
		} else {
			s = fmt.Sprintf("%s strokes", t.Repetitions)
		}
		if len(t.RatePerMinute) > 0 {
			s += fmt.Sprintf(" at %s a minute", t.RatePerMinute)
		}
	case TimerRelease:
		s = fmt.Sprintf("hold until %s (guide %s)", strings.TrimSuffix(t.Until, "."), durationText(t.Seconds))
	default:
		return string(t.Kind)
	}
	return s
}

// durationText writes a range of seconds as a person would say it: "30 s-2 min".
func durationText(r Range) string {
	one := func(s int) string {
		if s >= 120 && s%60 == 0 {
			return fmt.Sprintf("%d min", s/60)
		}
		return fmt.Sprintf("%d s", s)
	}
	if r.Min() == r.Max() {
		return one(r.Min())
	}
	if r.Min() < 120 && r.Max() < 120 {
		return fmt.Sprintf("%s s", r)
	}
	return one(r.Min()) + "-" + one(r.Max())
}
