package techniques

import (
	"fmt"
	"strings"
)

// rangeRule is what one Range field of a Timer may hold. The caps are not
// doses: they catch a number in the wrong unit (minutes written where seconds
// belong) or a typo, and each is far above anything the sources give.
type rangeRule struct {
	field    string
	value    func(Timer) Range
	min, max int    // allowed bounds
	unit     string // "s" for durations
}

func timerRules() []rangeRule {
	return []rangeRule{
		{"hold_seconds", func(t Timer) Range { return t.HoldSeconds }, 1, 300, "s"},
		{"contract_seconds", func(t Timer) Range { return t.ContractSeconds }, 1, 60, "s"},
		{"relax_seconds", func(t Timer) Range { return t.RelaxSeconds }, 1, 60, "s"},
		{"repetitions", func(t Timer) Range { return t.Repetitions }, 1, 20, ""},
		{"rate_per_minute", func(t Timer) Range { return t.RatePerMinute }, 1, 240, ""},
		// A bout under 10 s is more likely minutes written as seconds.
		{"seconds", func(t Timer) Range { return t.Seconds }, 10, 1200, "s"},
	}
}

// timerFields says which fields each kind uses, required and optional.
func timerFields(k TimerKind) (required, optional []string) {
	switch k {
	case TimerHold:
		return []string{"hold_seconds"}, []string{"repetitions"}
	case TimerCycles:
		return []string{"contract_seconds", "repetitions"}, []string{"relax_seconds"}
	case TimerBreaths:
		return []string{"repetitions"}, nil
	case TimerRhythm:
		return nil, []string{"seconds", "repetitions", "rate_per_minute"}
	case TimerRelease:
		return []string{"seconds", "until"}, nil
	}
	return nil, nil
}

// validateTimer checks a technique's timer: a known kind, only the fields that
// kind uses, and ranges of two positive numbers in order and within reason.
func validateTimer(ch checker, t Timer) {
	set := map[string]bool{"until": strings.TrimSpace(t.Until) != ""}
	for _, r := range timerRules() {
		set[r.field] = r.value(t) != nil
	}
	if !t.Defined() {
		for _, r := range append(timerRules(), rangeRule{field: "until"}) {
			if set[r.field] {
				ch.addf("timer.kind", "is required when timer.%s is set (one of %s)", r.field, kindList())
				return
			}
		}
		return
	}
	ch.oneOf("timer.kind", string(t.Kind), strings.Split(kindList(), ", ")...)
	required, optional := timerFields(t.Kind)
	if required == nil && optional == nil {
		return // unknown kind, reported above
	}
	uses := map[string]bool{}
	for _, f := range required {
		uses[f] = true
		if !set[f] {
			ch.addf("timer."+f, "is required for a %s timer", t.Kind)
		}
	}
	for _, f := range optional {
		uses[f] = true
	}
	for _, r := range append(timerRules(), rangeRule{field: "until"}) {
		if set[r.field] && !uses[r.field] {
			ch.addf("timer."+r.field, "is not used by a %s timer (it uses %s)", t.Kind, strings.Join(append(required, optional...), ", "))
		}
	}
	if t.Kind == TimerRhythm && set["seconds"] == set["repetitions"] {
		ch.addf("timer.seconds", "a rhythm timer needs either seconds (how long) or repetitions (how many strokes), not both or neither")
	}
	for _, r := range timerRules() {
		if set[r.field] && uses[r.field] {
			checkRange(ch, "timer."+r.field, r.value(t), r)
		}
	}
}

func checkRange(ch checker, field string, v Range, rule rangeRule) {
	if len(v) != 2 {
		ch.addf(field, "must be [min, max], two numbers (write [%d, %d] for a fixed value)", v.Min(), v.Min())
		return
	}
	if v[0] <= 0 || v[1] <= 0 {
		ch.addf(field, "%v: both bounds must be greater than 0", []int(v))
		return
	}
	if v[0] > v[1] {
		ch.addf(field, "%v: min is greater than max", []int(v))
		return
	}
	if v[0] < rule.min || v[1] > rule.max {
		unit := ""
		if rule.unit != "" {
			unit = " " + rule.unit + " (durations are in seconds: write 2 min as 120)"
		}
		ch.addf(field, "%v is outside %d-%d%s", []int(v), rule.min, rule.max, unit)
	}
}

func kindList() string {
	names := make([]string, 0, len(TimerKinds()))
	for _, k := range TimerKinds() {
		names = append(names, string(k))
	}
	return strings.Join(names, ", ")
}

// validatePositions checks that a technique names its patient positions from
// the closed vocabulary, each once.
func validatePositions(ch checker, positions []PatientPosition) {
	if len(positions) == 0 {
		ch.addf("positions", "must list at least one patient position (one of %s)", positionList())
	}
	seen := map[PatientPosition]bool{}
	for i, p := range positions {
		field := fmt.Sprintf("positions[%d]", i)
		ch.oneOf(field, string(p), strings.Split(positionList(), ", ")...)
		if seen[p] {
			ch.addf(field, "%q is listed twice", p)
		}
		seen[p] = true
	}
}

func positionList() string {
	names := make([]string, 0, len(PatientPositions()))
	for _, p := range PatientPositions() {
		names = append(names, string(p))
	}
	return strings.Join(names, ", ")
}
