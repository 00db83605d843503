package timer

import (
	"time"
)

// State is where a run is.
type State int

// The states of a run. A run starts Ready, so that the operator can set up
// the position before the first countdown, and ends Done or Cancelled.
const (
	Ready State = iota
	Running
	Paused
	Done
	Cancelled
)

// String names the state in lower case, for messages and tests.
func (s State) String() string {
	switch s {
	case Ready:
		return "ready"
	case Running:
		return "running"
	case Paused:
		return "paused"
	case Done:
		return "done"
	case Cancelled:
		return "cancelled"
	}
	return "unknown"
}

// Run is one guided run through the steps of a timer. Every method that can
// change it takes the time now; the run never reads the clock, and time
// passes for it only while it is Running. A clock that goes backwards (a
// changed system time) counts as no time passing, never as negative time.
type Run struct {
	steps   []Step
	index   int
	state   State
	inPhase time.Duration // run time spent in the current step
	total   time.Duration // run time since Start, pauses left out
	mark    time.Time     // when the run time was last brought up to date
}

// New prepares a run through steps; it waits in Ready for Start. A run with
// no steps is Done at once.
func New(steps []Step) *Run {
	r := &Run{steps: steps}
	if len(steps) == 0 {
		r.state = Done
	}
	return r
}

// Change is what one call moved: how many new steps began, and whether the
// run ended. A screen rings its bell when either is set.
type Change struct {
	Began int  // steps that began, the first one included when the run starts
	Ended bool // the last step has finished
}

// Any reports whether anything changed that the operator should be told of.
func (c Change) Any() bool { return c.Began > 0 || c.Ended }

func (c Change) add(o Change) Change {
	return Change{Began: c.Began + o.Began, Ended: c.Ended || o.Ended}
}

// Start begins the first step at now. It does nothing unless the run is Ready.
func (r *Run) Start(now time.Time) Change {
	if r.state != Ready {
		return Change{}
	}
	r.state, r.mark = Running, now
	return Change{Began: 1}
}

// Tick brings the run up to now: a timed step whose time is up ends and the
// next begins, its start taken from the exact moment the last one ended, so
// that a late tick does not stretch the run.
func (r *Run) Tick(now time.Time) Change {
	if r.state != Running {
		return Change{}
	}
	if d := now.Sub(r.mark); d > 0 {
		r.inPhase += d
		r.total += d
	}
	r.mark = now
	var c Change
	for r.state == Running && r.Step().Timed() && r.inPhase >= r.Step().Duration {
		c = c.add(r.next(r.inPhase - r.Step().Duration))
	}
	return c
}

// next ends the current step; over is how far past its end the run already is.
func (r *Run) next(over time.Duration) Change {
	if r.index == len(r.steps)-1 {
		r.state = Done
		if r.Step().Timed() {
			r.inPhase = r.Step().Duration
		}
		r.total -= over // the run ended on time, not at the late tick
		return Change{Ended: true}
	}
	r.index++
	r.inPhase = over
	return Change{Began: 1}
}

// Pause stops the run's time at now; Resume starts it again.
func (r *Run) Pause(now time.Time) Change {
	c := r.Tick(now)
	if r.state == Running {
		r.state = Paused
	}
	return c
}

// Resume restarts the run's time at now, after a Pause.
func (r *Run) Resume(now time.Time) {
	if r.state == Paused {
		r.state, r.mark = Running, now
	}
}

// Toggle starts a Ready run, pauses a Running one and resumes a Paused one.
func (r *Run) Toggle(now time.Time) Change {
	switch r.state {
	case Ready:
		return r.Start(now)
	case Running:
		return r.Pause(now)
	case Paused:
		r.Resume(now)
	}
	return Change{}
}

// Next ends a step that waits for the operator (see WaitsForKey) at now, or
// starts a Ready run. It does nothing to a step that counts down: the sources'
// figure is the least dose, and skipping it would cut it short.
func (r *Run) Next(now time.Time) Change {
	if r.state == Ready {
		return r.Start(now)
	}
	c := r.Tick(now)
	if r.state == Running && !r.Step().Timed() {
		c = c.add(r.next(0))
	}
	return c
}

// Cancel stops the run for good.
func (r *Run) Cancel(now time.Time) {
	if r.state == Running {
		r.Tick(now)
	}
	if r.state != Done {
		r.state = Cancelled
	}
}

// State is where the run is.
func (r *Run) State() State { return r.state }

// Steps are the steps the run goes through.
func (r *Run) Steps() []Step { return r.steps }

// Index is the position of the current step in Steps.
func (r *Run) Index() int { return r.index }

// Step is the current step (the last one once the run is Done), or the zero
// Step for a run without steps.
func (r *Run) Step() Step {
	if len(r.steps) == 0 {
		return Step{}
	}
	return r.steps[r.index]
}

// Upcoming is the step after the current one, if there is one.
func (r *Run) Upcoming() (Step, bool) {
	if r.index+1 >= len(r.steps) || r.state == Done || r.state == Cancelled {
		return Step{}, false
	}
	return r.steps[r.index+1], true
}

// WaitsForKey reports whether the current step ends only when the operator
// says so (it has no countdown) and the run is in it now.
func (r *Run) WaitsForKey() bool {
	return (r.state == Running || r.state == Paused) && !r.Step().Timed()
}

// InPhase is how long the current step has run, pauses left out.
func (r *Run) InPhase() time.Duration { return r.inPhase }

// Elapsed is how long the run has run since Start, pauses left out.
func (r *Run) Elapsed() time.Duration { return r.total }

// Remaining is what is left of a timed step's countdown, or 0 for a step
// without one.
func (r *Run) Remaining() time.Duration {
	if !r.Step().Timed() {
		return 0
	}
	return max(0, r.Step().Duration-r.inPhase)
}

// Progress is how far through the current step the run is, from 0 to 1: of
// the countdown for a timed step, of the upper bound of the guide for a
// release, and 0 for a step with neither.
func (r *Run) Progress() float64 {
	s := r.Step()
	var whole time.Duration
	switch {
	case s.Timed():
		whole = s.Duration
	case s.Guide.Max() > 0:
		whole = time.Duration(s.Guide.Max()) * time.Second
	default:
		return 0
	}
	return min(1, float64(r.inPhase)/float64(whole))
}
