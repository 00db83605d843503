package techniques

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// TestTimersAgreeWithTheProse checks, one subtest per technique, that the
// structured timer and positions say what the entry's sourced text says: every
// number in the timer is written in its timing, repetitions or steps, and the
// positions are exactly those the patient position names. A timer that drifts
// from the text it was taken from would time a dose no source gives.
func TestTimersAgreeWithTheProse(t *testing.T) {
	c, problems := Check(Files())
	for i, tech := range c.Techniques {
		t.Run(tech.ID, func(t *testing.T) {
			for _, p := range problems {
				if p.File == c.techniqueFiles[i] && (strings.HasPrefix(p.Field, "timer") || strings.HasPrefix(p.Field, "positions")) {
					t.Error(p.String())
				}
			}
			checkPositionsAgree(t, tech)
			if !tech.Timer.Defined() {
				return
			}
			prose := tech.Timing + " " + tech.Repetitions + " " + strings.Join(tech.Steps, " ")
			written := numbersWritten(prose)
			for _, r := range timerRules() {
				v := r.value(tech.Timer)
				for _, n := range slices.Compact(slices.Clone(v)) {
					if !written[n] {
						t.Errorf("timer.%s %v: %d is not written in the timing, repetitions or steps", r.field, []int(v), n)
					}
				}
			}
			if tech.Timer.Kind == TimerHold && !numbersWritten(tech.Timing)[tech.Timer.HoldSeconds.Min()] {
				t.Errorf("timing %q does not give the %d s hold", tech.Timing, tech.Timer.HoldSeconds.Min())
			}
			if len(tech.Timer.Phases()) == 0 {
				t.Error("a defined timer has no phases")
			}
		})
	}
}

// TestCounterstrainHoldsNinetySeconds guards the figure students are examined
// on: every counterstrain entry times a 90-second hold.
func TestCounterstrainHoldsNinetySeconds(t *testing.T) {
	for _, tech := range mustLoad(t).Techniques {
		if tech.Family != "counterstrain" {
			continue
		}
		if tech.Timer.Kind != TimerHold || tech.Timer.HoldSeconds.Min() != 90 {
			t.Errorf("%s: timer %+v; want a 90 s hold", tech.ID, tech.Timer)
		}
	}
}

// positionWords are how the entries write each position in position.patient.
var positionWords = map[PatientPosition]*regexp.Regexp{
	Supine:   regexp.MustCompile(`(?i)\bsupine\b`),
	Prone:    regexp.MustCompile(`(?i)\bprone\b`),
	Seated:   regexp.MustCompile(`(?i)\bseated\b|\bsitting\b`),
	Lateral:  regexp.MustCompile(`(?i)side-lying|lateral recumbent|lying on the side`),
	Standing: regexp.MustCompile(`(?i)\bstanding\b`),
}

func checkPositionsAgree(t *testing.T, tech Technique) {
	t.Helper()
	for _, p := range PatientPositions() {
		named := positionWords[p].MatchString(tech.Position.Patient)
		listed := slices.Contains(tech.Positions, p)
		switch {
		case named && !listed:
			t.Errorf("position.patient names %s but positions %v leaves it out", p, tech.Positions)
		case listed && !named:
			t.Errorf("positions lists %s but position.patient %q does not name it", p, tech.Position.Patient)
		}
	}
}

var (
	digits      = regexp.MustCompile(`\d+`)
	minuteSpans = regexp.MustCompile(`(\d+(?:\s*(?:-|–|to|or)\s*\d+)*)\s*min`)
	numberWords = map[string]int{"once": 1, "one": 1, "twice": 2, "two": 2, "three": 3, "four": 4,
		"five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
)

// numbersWritten returns the whole numbers a text gives, in figures or words,
// with minutes also counted in seconds ("1-2 minutes" gives 1, 2, 60 and 120).
func numbersWritten(text string) map[int]bool {
	out := map[int]bool{}
	for _, d := range digits.FindAllString(text, -1) {
		n, _ := strconv.Atoi(d)
		out[n] = true
	}
	for _, span := range minuteSpans.FindAllStringSubmatch(text, -1) {
		for _, d := range digits.FindAllString(span[1], -1) {
			n, _ := strconv.Atoi(d)
			out[n*60] = true
		}
	}
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return r < 'a' || r > 'z' }) {
		if n, ok := numberWords[w]; ok {
			out[n] = true
		}
	}
	return out
}

func TestNumbersWritten(t *testing.T) {
	got := numbersWritten("Hold 20-60 s; as little as 15 seconds or as long as 1-2 minutes, once or three times; 30 s to 2 min.")
	for _, n := range []int{20, 60, 15, 1, 2, 120, 3, 30} {
		if !got[n] {
			t.Errorf("%d not found", n)
		}
	}
	for _, n := range []int{90, 5, 180} {
		if got[n] {
			t.Errorf("%d found but not written", n)
		}
	}
}
