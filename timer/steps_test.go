package timer

import (
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/omt-reference/omt/techniques"
)

// expectSteps says what a technique's timer must run through, from its kind
// and its own numbers: the lower bound of every range, as Phases promises.
func expectSteps(t *testing.T, tech techniques.Technique, steps []Step) {
	t.Helper()
	tm := tech.Timer
	reps := max(tm.Repetitions.Min(), 1)
	want := func(i int, name string, d time.Duration, rep int) {
		t.Helper()
		if i >= len(steps) {
			t.Fatalf("only %d steps; want a %q at %d", len(steps), name, i)
		}
		s := steps[i]
		if s.Name != name || s.Duration != d || s.Repetition != rep || s.Of != reps {
			t.Errorf("step %d is %q %v %d of %d; want %q %v %d of %d", i, s.Name, s.Duration, s.Repetition, s.Of, name, d, rep, reps)
		}
	}
	secs := func(r techniques.Range) time.Duration { return time.Duration(r.Min()) * time.Second }
	n := 0
	switch tm.Kind {
	case techniques.TimerHold:
		for i := 1; i <= reps; i++ {
			want(n, techniques.PhaseHold, secs(tm.HoldSeconds), i)
			n++
		}
	case techniques.TimerCycles:
		for i := 1; i <= reps; i++ {
			want(n, techniques.PhaseContract, secs(tm.ContractSeconds), i)
			want(n+1, techniques.PhaseRelax, secs(tm.RelaxSeconds), i)
			n += 2
		}
	case techniques.TimerBreaths:
		for i := 1; i <= reps; i++ {
			want(n, techniques.PhaseBreath, 0, i)
			n++
		}
	case techniques.TimerRhythm:
		reps = 1
		want(n, techniques.PhaseRhythm, secs(tm.Seconds), 1)
		n++
	case techniques.TimerRelease:
		reps = 1
		want(n, techniques.PhaseRelease, 0, 1) // the figure is a guide, not a countdown
		if got := steps[0].Guide; got.Min() != tm.Seconds.Min() || got.Max() != tm.Seconds.Max() {
			t.Errorf("guide %v; want the entry's %v", got, tm.Seconds)
		}
		n++
	default:
		t.Fatalf("kind %q has no expectation here; add one", tm.Kind)
	}
	if len(steps) != n {
		t.Errorf("%d steps; want %d", len(steps), n)
	}
}

// TestEveryShippedTimerRuns runs the timer of every technique that has one
// to the end with a fake clock: its steps are those of its kind, every step
// says what to do, a countdown ends on time by itself, and a step without
// one waits for the key however long it is left.
func TestEveryShippedTimerRuns(t *testing.T) {
	c, err := techniques.Load()
	if err != nil {
		t.Fatal(err)
	}
	kinds := map[techniques.TimerKind]bool{}
	for _, tech := range c.Techniques {
		if !tech.Timer.Defined() {
			if len(Steps(tech)) != 0 {
				t.Errorf("%s has no timer but %d steps", tech.ID, len(Steps(tech)))
			}
			continue
		}
		kinds[tech.Timer.Kind] = true
		t.Run(tech.ID, func(t *testing.T) {
			steps := Steps(tech)
			expectSteps(t, tech, steps)
			clock := newClock()
			r := New(steps)
			r.Start(clock.now)
			var want time.Duration
			for i, s := range steps {
				if r.Index() != i || r.State() != Running {
					t.Fatalf("at step %d: run is at %d, %v", i, r.Index(), r.State())
				}
				if s.Label == "" || !s.Timed() && s.Until == "" {
					t.Errorf("step %d (%s) has label %q and until %q: the operator must be told what to do and what ends it", i, s.Name, s.Label, s.Until)
				}
				if s.Counted != "" && s.Of > 1 && !strings.HasSuffix(s.Count(), " of "+strconv.Itoa(s.Of)) {
					t.Errorf("step %d counts %q", i, s.Count())
				}
				if s.Timed() {
					r.Tick(clock.advance(s.Duration - time.Millisecond))
					if r.Index() != i || r.Remaining() != time.Millisecond {
						t.Fatalf("step %d ended early: at %d with %v left", i, r.Index(), r.Remaining())
					}
					if c := r.Tick(clock.advance(time.Millisecond)); !c.Any() {
						t.Fatalf("step %d did not end after its %v", i, s.Duration)
					}
					want += s.Duration
					continue
				}
				r.Tick(clock.advance(20 * time.Minute))
				if r.Index() != i || !r.WaitsForKey() {
					t.Fatalf("untimed step %d moved on by itself", i)
				}
				r.Next(clock.now)
				want += 20 * time.Minute
			}
			if r.State() != Done || r.Elapsed() != want {
				t.Errorf("ended %v after %v; want done after %v", r.State(), r.Elapsed(), want)
			}
		})
	}
	for _, k := range techniques.TimerKinds() {
		if !kinds[k] {
			t.Errorf("no shipped technique has a %s timer; this test no longer covers that kind", k)
		}
	}
}

// TestStepsSayWhatToDo pins the instructions and counts the screen shows.
func TestStepsSayWhatToDo(t *testing.T) {
	indirectHold := Steps(techniques.Technique{Approach: techniques.Indirect, Timer: techniques.Timer{Kind: techniques.TimerHold,
		HoldSeconds: techniques.Range{90, 90}}})
	directHold := Steps(techniques.Technique{Approach: techniques.Direct, Timer: techniques.Timer{Kind: techniques.TimerHold,
		HoldSeconds: techniques.Range{3, 5}, Repetitions: techniques.Range{2, 3}}})
	cycles := cycleSteps(nil)
	pump := Steps(techniques.Technique{Family: "lymphatic", Timer: techniques.Timer{Kind: techniques.TimerRhythm, Seconds: techniques.Range{30, 120}}})
	strokes := Steps(techniques.Technique{Family: "articulatory", Timer: techniques.Timer{Kind: techniques.TimerRhythm, Repetitions: techniques.Range{10, 20}}})
	for _, tc := range []struct {
		step         Step
		label, count string
		timed        bool
	}{
		{indirectHold[0], "Hold the position of ease", "", true},
		{directHold[1], "Hold the position", "hold 2 of 2", true},
		{cycles[2], "Contract", "effort 2 of 3", true},
		{cycles[3], "Relax and re-engage the new barrier", "effort 2 of 3", false},
		{pump[0], "Pump", "", true},
		{strokes[9], "Stroke", "stroke 10 of 10", false},
	} {
		if tc.step.Label != tc.label || tc.step.Count() != tc.count || tc.step.Timed() != tc.timed {
			t.Errorf("step %q: label %q, count %q, timed %v; want %q, %q, %v", tc.step.Name, tc.step.Label, tc.step.Count(),
				tc.step.Timed(), tc.label, tc.count, tc.timed)
		}
	}
}

func TestNoTimingAndRanged(t *testing.T) {
	for timing, want := range map[string]string{
		"A single thrust.":           "No fixed timing: a single thrust.",
		"No standard duration.":      "No fixed timing: no standard duration.",
		"HVLA thrusts are not held.": "No fixed timing: HVLA thrusts are not held.",
		"CV4 varies.":                "No fixed timing: CV4 varies.",
	} {
		if got := NoTiming(techniques.Technique{Timing: timing}); got != want {
			t.Errorf("NoTiming(%q) = %q; want %q", timing, got, want)
		}
	}
	fixed := techniques.Timer{Kind: techniques.TimerHold, HoldSeconds: techniques.Range{90, 90}}
	ranged := techniques.Timer{Kind: techniques.TimerCycles, ContractSeconds: techniques.Range{3, 3}, Repetitions: techniques.Range{3, 5}}
	if Ranged(fixed) || !Ranged(ranged) {
		t.Errorf("Ranged: fixed %v, ranged %v", Ranged(fixed), Ranged(ranged))
	}
}
