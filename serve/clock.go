package serve

import "time"

// clock is the time the server's own timers run on: a session's idle
// timeout, the grace a session asked to end has before its connection is
// closed, and the pace of the refusal log. A Server runs on the wall clock;
// tests drive a clock of their own by hand, so whether a session counts as
// idle never depends on how fast a busy machine runs the test. Network
// deadlines (deadlineConn) are not on it: the kernel keeps those.
type clock interface {
	Now() time.Time
	// AfterFunc calls f in its own goroutine once d has passed.
	AfterFunc(d time.Duration, f func()) timer
}

// timer is a call clock.AfterFunc has scheduled; *time.Timer is one.
type timer interface {
	Stop() bool
	Reset(d time.Duration) bool
}

// wallClock is the real time.
type wallClock struct{}

func (wallClock) Now() time.Time                            { return time.Now() }
func (wallClock) AfterFunc(d time.Duration, f func()) timer { return time.AfterFunc(d, f) }
