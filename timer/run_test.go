package timer

import (
	"testing"
	"time"

	"github.com/omt-reference/omt/techniques"
)

// fakeClock is the time a test passes in; it moves only when told to.
type fakeClock struct{ now time.Time }

func newClock() *fakeClock {
	return &fakeClock{now: time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)}
}

func (c *fakeClock) advance(d time.Duration) time.Time {
	c.now = c.now.Add(d)
	return c.now
}

func holdSteps(seconds int) []Step {
	return Steps(techniques.Technique{Approach: techniques.Indirect,
		Timer: techniques.Timer{Kind: techniques.TimerHold, HoldSeconds: techniques.Range{seconds, seconds}}})
}

func TestAHoldCountsDownAndEnds(t *testing.T) {
	clock := newClock()
	r := New(holdSteps(90))
	if r.State() != Ready || r.Elapsed() != 0 {
		t.Fatalf("a new run is %v after %v; want ready, nothing elapsed", r.State(), r.Elapsed())
	}
	clock.advance(time.Minute) // setting up the position costs nothing
	if c := r.Start(clock.now); c.Began != 1 {
		t.Fatalf("Start began %d steps; want 1", c.Began)
	}
	r.Tick(clock.advance(89 * time.Second))
	if r.State() != Running || r.Remaining() != time.Second {
		t.Fatalf("after 89 s: %v with %v left; want running with 1s", r.State(), r.Remaining())
	}
	if c := r.Tick(clock.advance(time.Second)); !c.Ended || r.State() != Done {
		t.Fatalf("after 90 s: change %+v, state %v; want the run to end", c, r.State())
	}
	if r.Elapsed() != 90*time.Second || r.Progress() != 1 {
		t.Errorf("done after %v at %.2f; want 90s at 1", r.Elapsed(), r.Progress())
	}
}

func TestPauseKeepsTheRemainingTime(t *testing.T) {
	clock := newClock()
	r := New(holdSteps(90))
	r.Toggle(clock.now) // start
	r.Tick(clock.advance(30 * time.Second))
	r.Toggle(clock.advance(500 * time.Millisecond)) // pause
	if r.State() != Paused {
		t.Fatalf("state %v; want paused", r.State())
	}
	r.Tick(clock.advance(10 * time.Minute))
	if got, want := r.Remaining(), 59500*time.Millisecond; got != want {
		t.Fatalf("after ten minutes paused %v remain; want %v", got, want)
	}
	r.Toggle(clock.now) // resume
	r.Tick(clock.advance(59 * time.Second))
	if r.State() != Running {
		t.Fatalf("ended %v early", r.Remaining())
	}
	r.Tick(clock.advance(time.Second))
	if r.State() != Done || r.Elapsed() != 90*time.Second {
		t.Errorf("state %v after %v; want done after 90s of run time", r.State(), r.Elapsed())
	}
}

func cycleSteps(relax techniques.Range) []Step {
	return Steps(techniques.Technique{Approach: techniques.Direct, Timer: techniques.Timer{Kind: techniques.TimerCycles,
		ContractSeconds: techniques.Range{3, 5}, RelaxSeconds: relax, Repetitions: techniques.Range{3, 5}}})
}

func TestAnUntimedStepWaitsForTheKey(t *testing.T) {
	clock := newClock()
	r := New(cycleSteps(nil))
	r.Start(clock.now)
	r.Tick(clock.advance(3 * time.Second))
	if r.Step().Name != techniques.PhaseRelax || !r.WaitsForKey() {
		t.Fatalf("after the first effort: %q, waits %v; want relax, waiting", r.Step().Name, r.WaitsForKey())
	}
	r.Tick(clock.advance(time.Hour))
	if r.Step().Name != techniques.PhaseRelax || r.InPhase() != time.Hour {
		t.Fatalf("an hour later: %q after %v; want still relax, an hour in", r.Step().Name, r.InPhase())
	}
	if c := r.Next(clock.now); c.Began != 1 || r.Step().Name != techniques.PhaseContract || r.Step().Repetition != 2 {
		t.Fatalf("Next: %+v, now %q %d; want effort 2 to begin", c, r.Step().Name, r.Step().Repetition)
	}
	if c := r.Next(clock.advance(time.Second)); c.Any() || r.Step().Name != techniques.PhaseContract {
		t.Errorf("Next during a countdown changed %+v; the countdown must not be cut short", c)
	}
}

func TestALateTickEndsStepsOnTime(t *testing.T) {
	clock := newClock()
	r := New(cycleSteps(techniques.Range{5, 5}))
	r.Start(clock.now)
	// 3 s contract + 5 s relax + 3 s contract = 11 s: one tick at 12 s is
	// in the second relax, 1 s in, with three new steps begun.
	c := r.Tick(clock.advance(12 * time.Second))
	if c.Began != 3 || r.Index() != 3 || r.InPhase() != time.Second {
		t.Fatalf("change %+v, step %d, %v in; want 3 begun, step 3, 1s in", c, r.Index(), r.InPhase())
	}
	c = r.Tick(clock.advance(time.Hour))
	if !c.Ended || r.Elapsed() != 3*8*time.Second {
		t.Errorf("change %+v after %v; want the run ended at 24s", c, r.Elapsed())
	}
}

func TestABackwardClockIsNoTime(t *testing.T) {
	clock := newClock()
	r := New(holdSteps(90))
	r.Start(clock.now)
	r.Tick(clock.advance(10 * time.Second))
	r.Tick(clock.advance(-time.Hour))
	if r.Remaining() != 80*time.Second {
		t.Fatalf("%v left after the clock went back; want 80s", r.Remaining())
	}
	r.Tick(clock.advance(5 * time.Second))
	if r.Remaining() != 75*time.Second {
		t.Errorf("%v left; want 75s, counted from the new reading", r.Remaining())
	}
}

func TestCancelAndEmptyRuns(t *testing.T) {
	clock := newClock()
	r := New(holdSteps(90))
	r.Start(clock.now)
	r.Cancel(clock.advance(time.Second))
	if r.State() != Cancelled || r.Tick(clock.advance(time.Hour)).Any() {
		t.Errorf("state %v; want cancelled, and no more changes", r.State())
	}
	empty := New(nil)
	if empty.State() != Done || empty.Start(clock.now).Any() || empty.Step().Label != "" {
		t.Errorf("a run without steps is %v; want done at once", empty.State())
	}
}

func TestStateNames(t *testing.T) {
	for s, want := range map[State]string{Ready: "ready", Running: "running", Paused: "paused", Done: "done", Cancelled: "cancelled", 9: "unknown"} {
		if s.String() != want {
			t.Errorf("%d.String() = %q; want %q", int(s), s, want)
		}
	}
}
