package overlay

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/omt-reference/omt/techniques"
)

// An overlay that changes a timer (Lab B holds 120 s) leaves the entry's own
// words as the sources wrote them ("held 90 seconds", "(90 s)", "Hold for 90
// seconds"), and the entry then contradicts itself. omt cannot rewrite a
// school's prose for it, so it names those fields: omt overlay check warns
// of each, the entry's overlay section says so, and omt overlay new puts the
// fields that state the timer's values beside the timer in its template.

// proseFields are the fields of a technique that describe how it is done in
// words, as YAML paths: where a timer's seconds can be stated. Evidence
// (what a study did) and contraindications (which an overlay may not
// reword) are left out.
func proseFields() []string {
	return []string{"summary", "activating_forces", "diagnosis", "position.patient", "position.operator",
		"monitoring", "barrier", "steps", "timing", "repetitions", "endpoint", "aftercare"}
}

// timerSeconds are a timer's values in seconds, by YAML path.
func timerSeconds(t techniques.Timer) map[string]techniques.Range {
	return map[string]techniques.Range{"timer.hold_seconds": t.HoldSeconds, "timer.contract_seconds": t.ContractSeconds,
		"timer.relax_seconds": t.RelaxSeconds, "timer.seconds": t.Seconds}
}

// secondsOf matches where a text states n seconds in words: "90 seconds",
// "90 s", "90-second", "60-90 seconds", "90 to 120 sec". A number with
// another unit ("90 degrees") or none is not a statement of time.
func secondsOf(n int) *regexp.Regexp {
	return regexp.MustCompile(`(?i)\b(?:\d+\s*(?:-|–|to)\s*)?` + strconv.Itoa(n) +
		`(?:\s*(?:-|–|to)\s*\d+)?(?:\s|-)?(?:seconds?|secs?|s)\b`)
}

// statedSeconds finds where text states n seconds in words (see secondsOf).
func statedSeconds(text string, n int) []string { return secondsOf(n).FindAllString(text, -1) }

// proseText is a prose field's text, its items joined by new lines.
func proseText(t *techniques.Technique, path string) string {
	switch v := fieldAt(t, path).Interface().(type) {
	case string:
		return v
	case []string:
		return strings.Join(v, "\n")
	}
	return ""
}

// staleStatements lists the fields of merged that still state, in words, a
// value in seconds of base's timer that the overlay changed, with a warning
// for each; fields the overlay rewrote (changed) are the school's own words.
func staleStatements(file string, base, merged techniques.Technique, changed []string) ([]string, []techniques.Problem) {
	type oldValue struct {
		path string
		n    int
		now  techniques.Range
		re   *regexp.Regexp
	}
	var olds []oldValue
	before, after := timerSeconds(base.Timer), timerSeconds(merged.Timer)
	for _, path := range []string{"timer.hold_seconds", "timer.contract_seconds", "timer.relax_seconds", "timer.seconds"} {
		was, now := before[path], after[path]
		if len(was) == 0 || slices.Equal(was, now) {
			continue
		}
		for _, n := range []int{was.Min(), was.Max()} {
			if n != now.Min() && n != now.Max() && !slices.ContainsFunc(olds, func(o oldValue) bool { return o.n == n }) {
				olds = append(olds, oldValue{path, n, now, secondsOf(n)})
			}
		}
	}
	var fields []string
	var warnings []techniques.Problem
	for _, field := range proseFields() {
		if slices.ContainsFunc(changed, func(c string) bool { return c == field || strings.HasPrefix(field, c+".") }) {
			continue
		}
		text := proseText(&merged, field)
		for _, o := range olds {
			says := o.re.FindAllString(text, -1)
			if len(says) == 0 {
				continue
			}
			now := "none"
			if len(o.now) > 0 {
				now = o.now.String() + " s"
			}
			fields = append(fields, field)
			warnings = append(warnings, techniques.Problem{File: file, Field: field, Message: fmt.Sprintf(
				"still says %s, the sourced %d s, but this overlay sets %s to %s: add %s to the overlay in your school's words",
				quoteAll(says), o.n, o.path, now, field)})
			break
		}
	}
	return fields, warnings
}

func quoteAll(ss []string) string {
	q := make([]string, len(ss))
	for i, s := range ss {
		q[i] = strconv.Quote(s)
	}
	return strings.Join(q, ", ")
}

// timerStatements lists the top-level fields of t that state one of its
// timer's values in seconds in words: the fields a school that changes the
// timer must change with it.
func timerStatements(t techniques.Technique) []string {
	var values []*regexp.Regexp
	for _, r := range timerSeconds(t.Timer) {
		if len(r) > 0 {
			values = append(values, secondsOf(r.Min()), secondsOf(r.Max()))
		}
	}
	var out []string
	for _, field := range proseFields() {
		text := proseText(&t, field)
		top, _, _ := strings.Cut(field, ".")
		if !slices.Contains(out, top) && slices.ContainsFunc(values, func(re *regexp.Regexp) bool { return re.MatchString(text) }) {
			out = append(out, top)
		}
	}
	return out
}

// overlaidHolds gives each tender point whose technique a school overlay
// changed the hold of that school's hold beside the sourced one. The rows
// are copied when one changes: the built-in catalogue's stay as they were.
func overlaidHolds(rows []techniques.TenderPoint, overlaid map[string]techniques.Technique) []techniques.TenderPoint {
	var out []techniques.TenderPoint
	for i, p := range rows {
		t, ok := overlaid[p.Technique]
		hold := t.Timer.HoldSeconds
		if !ok || t.LocalTechnique || !t.IsLocal("timer.hold_seconds") || t.Timer.Kind != techniques.TimerHold || len(hold) == 0 ||
			hold.Min() == p.HoldSeconds && hold.Max() == p.HoldSeconds {
			continue
		}
		if out == nil {
			out = slices.Clone(rows)
		}
		out[i].OverlayHoldSeconds, out[i].OverlayFile = slices.Clone(hold), t.OverlayFile
	}
	if out == nil {
		return rows
	}
	return out
}
