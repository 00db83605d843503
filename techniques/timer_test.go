package techniques

import (
	"reflect"
	"strings"
	"testing"
	"testing/fstest"
	"time"
)

func TestTimerPhasesAndEstimate(t *testing.T) {
	untimed := func(name string, n int) []Phase {
		out := make([]Phase, n)
		for i := range out {
			out[i] = Phase{Name: name, Repetition: i + 1, Of: n}
		}
		return out
	}
	tests := []struct {
		name       string
		timer      Timer
		phases     []Phase
		min, max   time.Duration
		hasUntimed bool
	}{
		{"no fixed timing", Timer{}, nil, 0, 0, false},
		{"counterstrain hold", Timer{Kind: TimerHold, HoldSeconds: Range{90, 90}},
			[]Phase{{PhaseHold, 90, 1, 1}}, 90 * time.Second, 90 * time.Second, false},
		{"repeated short hold runs the fewest holds at the shortest time", Timer{Kind: TimerHold, HoldSeconds: Range{3, 5}, Repetitions: Range{1, 3}},
			[]Phase{{PhaseHold, 3, 1, 1}}, 3 * time.Second, 15 * time.Second, false},
		{"hold repeated twice", Timer{Kind: TimerHold, HoldSeconds: Range{60, 60}, Repetitions: Range{2, 2}},
			[]Phase{{PhaseHold, 60, 1, 2}, {PhaseHold, 60, 2, 2}}, 2 * time.Minute, 2 * time.Minute, false},
		{"muscle energy without a relaxation time", Timer{Kind: TimerCycles, ContractSeconds: Range{3, 5}, Repetitions: Range{3, 5}},
			[]Phase{
				{PhaseContract, 3, 1, 3}, {PhaseRelax, 0, 1, 3},
				{PhaseContract, 3, 2, 3}, {PhaseRelax, 0, 2, 3},
				{PhaseContract, 3, 3, 3}, {PhaseRelax, 0, 3, 3},
			}, 9 * time.Second, 25 * time.Second, true},
		{"muscle energy with a timed relaxation", Timer{Kind: TimerCycles, ContractSeconds: Range{3, 5}, RelaxSeconds: Range{5, 5}, Repetitions: Range{3, 5}},
			[]Phase{
				{PhaseContract, 3, 1, 3}, {PhaseRelax, 5, 1, 3},
				{PhaseContract, 3, 2, 3}, {PhaseRelax, 5, 2, 3},
				{PhaseContract, 3, 3, 3}, {PhaseRelax, 5, 3, 3},
			}, 24 * time.Second, 50 * time.Second, false},
		{"breath cycles are counted, not timed", Timer{Kind: TimerBreaths, Repetitions: Range{3, 5}},
			untimed(PhaseBreath, 3), 0, 0, true},
		{"pump for a set time", Timer{Kind: TimerRhythm, Seconds: Range{30, 120}},
			[]Phase{{PhaseRhythm, 30, 1, 1}}, 30 * time.Second, 2 * time.Minute, false},
		{"rhythm counted in strokes", Timer{Kind: TimerRhythm, Repetitions: Range{7, 7}, RatePerMinute: Range{20, 30}},
			untimed(PhaseStroke, 7), 0, 0, true},
		{"release guide", Timer{Kind: TimerRelease, Seconds: Range{20, 60}, Until: "the tissue softens"},
			[]Phase{{PhaseRelease, 20, 1, 1}}, 20 * time.Second, time.Minute, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.timer.Phases(); !reflect.DeepEqual(got, tt.phases) {
				t.Errorf("Phases() = %+v\nwant %+v", got, tt.phases)
			}
			lo, hi := tt.timer.Estimate()
			if lo != tt.min || hi != tt.max {
				t.Errorf("Estimate() = %v, %v; want %v, %v", lo, hi, tt.min, tt.max)
			}
			if got := tt.timer.Untimed(); got != tt.hasUntimed {
				t.Errorf("Untimed() = %v; want %v", got, tt.hasUntimed)
			}
			if tt.timer.Defined() != (tt.timer.Kind != "") {
				t.Errorf("Defined() = %v for kind %q", tt.timer.Defined(), tt.timer.Kind)
			}
		})
	}
}

func TestTimerSummary(t *testing.T) {
	tests := []struct {
		timer Timer
		want  string
	}{
		{Timer{}, "no fixed timing in the sources"},
		{Timer{Kind: TimerHold, HoldSeconds: Range{90, 90}}, "hold 90 s"},
		{Timer{Kind: TimerHold, HoldSeconds: Range{3, 5}, Repetitions: Range{1, 3}}, "hold 3-5 s, 1-3 times"},
		{Timer{Kind: TimerCycles, ContractSeconds: Range{3, 5}, Repetitions: Range{3, 5}}, "contract 3-5 s, relax, re-engage; 3-5 cycles"},
		{Timer{Kind: TimerCycles, ContractSeconds: Range{3, 5}, RelaxSeconds: Range{5, 5}, Repetitions: Range{3, 5}}, "contract 3-5 s, relax 5 s, re-engage; 3-5 cycles"},
		{Timer{Kind: TimerBreaths, Repetitions: Range{3, 5}}, "3-5 breath cycles"},
		{Timer{Kind: TimerRhythm, Seconds: Range{30, 120}}, "rhythm for 30 s-2 min"},
		{Timer{Kind: TimerRhythm, Repetitions: Range{7, 7}, RatePerMinute: Range{20, 30}}, "7 strokes at 20-30 a minute"},
		{Timer{Kind: TimerRelease, Seconds: Range{20, 60}, Until: "the tissue softens."}, "hold until the tissue softens (guide 20-60 s)"},
		{Timer{Kind: TimerRelease, Seconds: Range{90, 600}, Until: "the still point passes"}, "hold until the still point passes (guide 90 s-10 min)"},
	}
	for _, tt := range tests {
		if got := tt.timer.Summary(); got != tt.want {
			t.Errorf("%+v: Summary() = %q; want %q", tt.timer, got, tt.want)
		}
	}
}

// TestBrokenTimersAreRejected proves that a mistake in a timer or in the
// positions is caught and named by file and field, as every other field is.
func TestBrokenTimersAreRejected(t *testing.T) {
	const file = "techniques/counterstrain-lumbar.yaml"
	const hold = "timer:\n  kind: hold\n  hold_seconds: [90, 90]\n"
	timer := func(body string) func(string) string {
		return func(s string) string { return strings.Replace(s, hold, "timer:\n"+body, 1) }
	}
	tests := []struct {
		name, want string
		edit       func(string) string
	}{
		{"bad kind", `field timer.kind: "pause" is not one of hold, cycles, breaths, rhythm, release`,
			timer("  kind: pause\n  hold_seconds: [90, 90]\n")},
		{"no kind", "field timer.kind: is required when timer.hold_seconds is set",
			timer("  hold_seconds: [90, 90]\n")},
		{"min above max", "field timer.hold_seconds: [90 60]: min is greater than max",
			timer("  kind: hold\n  hold_seconds: [90, 60]\n")},
		{"one number", "field timer.hold_seconds: must be [min, max], two numbers (write [90, 90] for a fixed value)",
			timer("  kind: hold\n  hold_seconds: [90]\n")},
		{"zero", "field timer.hold_seconds: [0 90]: both bounds must be greater than 0",
			timer("  kind: hold\n  hold_seconds: [0, 90]\n")},
		{"minutes where seconds belong", "field timer.seconds: [2 5] is outside 10-1200 s (durations are in seconds",
			timer("  kind: release\n  seconds: [2, 5]\n  until: the tissue softens\n")},
		{"an effort too long to be seconds", "field timer.contract_seconds: [3 300] is outside 1-60 s",
			timer("  kind: cycles\n  contract_seconds: [3, 300]\n  repetitions: [3, 5]\n")},
		{"field of another kind", "field timer.contract_seconds: is not used by a hold timer (it uses hold_seconds, repetitions)",
			timer("  kind: hold\n  hold_seconds: [90, 90]\n  contract_seconds: [3, 5]\n")},
		{"missing required field", "field timer.repetitions: is required for a cycles timer",
			timer("  kind: cycles\n  contract_seconds: [3, 5]\n")},
		{"release without its endpoint", "field timer.until: is required for a release timer",
			timer("  kind: release\n  seconds: [20, 60]\n")},
		{"rhythm with both length and count", "field timer.seconds: a rhythm timer needs either seconds",
			timer("  kind: rhythm\n  seconds: [30, 120]\n  repetitions: [5, 5]\n")},
		{"unknown timer field", `unknown field "minutes"`,
			timer("  kind: rhythm\n  minutes: [1, 2]\n")},
		{"not a number", "field hold_seconds: line",
			timer("  kind: hold\n  hold_seconds: [ninety, 90]\n")},
		{"a number, not a range", "field hold_seconds: line",
			timer("  kind: hold\n  hold_seconds: 90\n")},
		{"unknown position", `field positions[0]: "pron" is not one of supine, prone, lateral, seated, standing`,
			func(s string) string { return strings.Replace(s, "positions: [prone]", "positions: [pron]", 1) }},
		{"position twice", `field positions[1]: "prone" is listed twice`,
			func(s string) string { return strings.Replace(s, "positions: [prone]", "positions: [prone, prone]", 1) }},
		{"no positions", "field positions: must list at least one patient position",
			func(s string) string { return drop(s, "positions:") }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := fixture(t)
			before := string(fsys[file].Data)
			after := tt.edit(before)
			if after == before {
				t.Fatal("the edit did not apply to the fixture")
			}
			fsys[file] = &fstest.MapFile{Data: []byte(after)}
			_, err := LoadFS(fsys)
			if err == nil {
				t.Fatal("broken data was accepted")
			}
			if msg := err.Error(); !strings.Contains(msg, file) || !strings.Contains(msg, tt.want) {
				t.Errorf("error does not name %q and %q:\n%s", file, tt.want, msg)
			}
		})
	}
}
