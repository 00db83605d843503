// Package timer runs a technique's guided timer: the phases of its
// techniques.Timer as a state machine driven by times the caller passes in.
// It never reads the clock itself, so a test can run a 90-second hold in
// microseconds, and it knows nothing of terminals.
package timer

import (
	"fmt"
	"strings"
	"time"
	"unicode"

	"github.com/omt-reference/omt/techniques"
)

// Step is one phase of a guided timer as the operator is told it: what to
// do, how long for, and what ends it when no figure does.
type Step struct {
	techniques.Phase
	// Label says what to do now, as an instruction: "Contract",
	// "Relax and re-engage the new barrier".
	Label string
	// Counted names one repetition ("effort", "hold", "breath cycle") for a
	// count such as "effort 2 of 3"; "" when the phase is not counted.
	Counted string
	// Duration is the countdown; 0 means the phase ends when the operator
	// presses a key (see Until).
	Duration time.Duration
	// Until says in words what ends a phase that has no countdown.
	Until string
	// Guide is the sources' range of seconds for a phase that ends on a key
	// but has a usual length (a release); empty otherwise.
	Guide techniques.Range
}

// Timed reports whether the phase counts down and ends by itself.
func (s Step) Timed() bool { return s.Duration > 0 }

// Steps lays out a technique's timer as the operator runs it: the phases of
// Timer.Phases with their instructions. A technique without a timer has no
// steps; the caller says "no fixed timing" and shows the entry's own timing
// text rather than invent a figure.
//
// A release is the one phase with a figure that does not count down: its
// seconds are only a guide, and the tissue, not the clock, ends it.
func Steps(t techniques.Technique) []Step {
	var out []Step
	for _, p := range t.Timer.Phases() {
		s := Step{Phase: p, Duration: time.Duration(p.Seconds) * time.Second}
		switch p.Name {
		case techniques.PhaseHold:
			s.Label, s.Counted = "Hold the position", "hold"
			if t.Approach == techniques.Indirect {
				s.Label = "Hold the position of ease"
			}
		case techniques.PhaseContract:
			s.Label, s.Counted = "Contract", "effort"
		case techniques.PhaseRelax:
			s.Label, s.Counted = "Relax and re-engage the new barrier", "effort"
			s.Until = "the patient has fully relaxed and you have taken up the slack to the new barrier"
		case techniques.PhaseBreath:
			s.Label, s.Counted = "Breath cycle", "breath cycle"
			s.Until = "one full breath cycle is done"
		case techniques.PhaseRhythm:
			s.Label = "Keep up the rhythm"
			if t.Family == "lymphatic" {
				s.Label = "Pump"
			}
		case techniques.PhaseStroke:
			s.Label, s.Counted = "Stroke", "stroke"
			s.Until = "the stroke is done"
		case techniques.PhaseRelease:
			s.Label = "Hold until the release"
			s.Until = t.Timer.Until
			s.Guide = t.Timer.Seconds
			s.Duration = 0
		default:
			s.Label = p.Name
		}
		out = append(out, s)
	}
	return out
}

// Count is the repetition count of a step as the operator reads it, "effort 2
// of 3", or "" for a phase that is done once and not counted.
func (s Step) Count() string {
	if s.Counted == "" || s.Of <= 1 && s.Counted == "hold" {
		return ""
	}
	return fmt.Sprintf("%s %d of %d", s.Counted, s.Repetition, s.Of)
}

// NoTiming is what a timer says for a technique whose sources fix no
// timing: that, in the entry's own words, and never a figure.
func NoTiming(t techniques.Technique) string {
	return "No fixed timing: " + lowerFirst(t.Timing)
}

// Ranged reports whether any of a timer's ranges has two different bounds,
// so that running it at the lower bounds is worth saying.
func Ranged(t techniques.Timer) bool {
	for _, r := range []techniques.Range{t.HoldSeconds, t.ContractSeconds, t.RelaxSeconds, t.Repetitions, t.RatePerMinute, t.Seconds} {
		if r.Min() != r.Max() {
			return true
		}
	}
	return false
}

// lowerFirst lowers the first letter of a sentence that follows a colon,
// unless its first word is an abbreviation (HVLA, CV4).
func lowerFirst(s string) string {
	word, _, _ := strings.Cut(s, " ")
	for i, r := range word {
		if i > 0 && (unicode.IsUpper(r) || unicode.IsDigit(r)) {
			return s
		}
	}
	r := []rune(s)
	if len(r) > 0 {
		r[0] = unicode.ToLower(r[0])
	}
	return string(r)
}
