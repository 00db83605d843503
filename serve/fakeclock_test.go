package serve

import (
	"cmp"
	"slices"
	"sync"
	"testing"
	"time"
)

// fakeClock is a clock that moves only when a test advances it. A timer
// that comes due is run by Advance itself, before it returns, so what a
// test checks after Advance is what the server did at that time, however
// slow the machine.
type fakeClock struct {
	mu     sync.Mutex
	now    time.Time
	timers []*fakeTimer // pending, in no order
	set    int          // timers scheduled so far: ties run in that order
}

func newFakeClock() *fakeClock {
	return &fakeClock{now: time.Date(2027, 3, 1, 9, 0, 0, 0, time.UTC)}
}

func (c *fakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *fakeClock) AfterFunc(d time.Duration, f func()) timer {
	c.mu.Lock()
	defer c.mu.Unlock()
	t := &fakeTimer{clock: c, f: f}
	c.schedule(t, d)
	return t
}

// Advance moves the clock on by d and runs, in time order, every timer due
// by then, timers they set included.
func (c *fakeClock) Advance(d time.Duration) {
	c.mu.Lock()
	c.now = c.now.Add(d)
	for {
		slices.SortFunc(c.timers, func(a, b *fakeTimer) int {
			return cmp.Or(a.at.Compare(b.at), cmp.Compare(a.seq, b.seq))
		})
		if len(c.timers) == 0 || c.timers[0].at.After(c.now) {
			break
		}
		t := c.timers[0]
		c.timers = c.timers[1:]
		c.mu.Unlock() // f may set or reset timers
		t.f()
		c.mu.Lock()
	}
	c.mu.Unlock()
}

// schedule puts t at now+d; the caller holds c.mu.
func (c *fakeClock) schedule(t *fakeTimer, d time.Duration) {
	t.at, t.seq = c.now.Add(d), c.set
	c.set++
	c.timers = append(c.timers, t)
}

// unschedule takes t off the pending timers and says whether it was on;
// the caller holds c.mu.
func (c *fakeClock) unschedule(t *fakeTimer) bool {
	for i, p := range c.timers {
		if p == t {
			c.timers = append(c.timers[:i], c.timers[i+1:]...)
			return true
		}
	}
	return false
}

type fakeTimer struct {
	clock *fakeClock
	at    time.Time
	seq   int
	f     func()
}

func (t *fakeTimer) Stop() bool {
	t.clock.mu.Lock()
	defer t.clock.mu.Unlock()
	return t.clock.unschedule(t)
}

func (t *fakeTimer) Reset(d time.Duration) bool {
	t.clock.mu.Lock()
	defer t.clock.mu.Unlock()
	was := t.clock.unschedule(t)
	t.clock.schedule(t, d)
	return was
}

// TestTheFakeClockRunsTimersWhenDue: the idle and shutdown tests rely on it.
func TestTheFakeClockRunsTimersWhenDue(t *testing.T) {
	c := newFakeClock()
	var ran []string
	c.AfterFunc(2*time.Second, func() { ran = append(ran, "two") })
	one := c.AfterFunc(time.Second, func() {
		ran = append(ran, "one")
		c.AfterFunc(0, func() { ran = append(ran, "set by one") })
	})
	stopped := c.AfterFunc(time.Second, func() { ran = append(ran, "stopped") })
	if !stopped.Stop() || stopped.Stop() {
		t.Error("Stop should report a pending timer once")
	}
	c.Advance(time.Second - time.Nanosecond)
	if len(ran) != 0 {
		t.Fatalf("ran %q before anything was due", ran)
	}
	c.Advance(time.Nanosecond)
	if want := []string{"one", "set by one"}; !slices.Equal(ran, want) {
		t.Fatalf("at 1s ran %q; want %q", ran, want)
	}
	if one.Reset(time.Second) {
		t.Error("Reset of a timer that has run reported it pending")
	}
	c.Advance(time.Second)
	if want := []string{"one", "set by one", "two", "one", "set by one"}; !slices.Equal(ran, want) {
		t.Errorf("at 2s ran %q; want %q", ran, want)
	}
}
