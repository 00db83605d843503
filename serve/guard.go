package serve

import (
	"context"
	"io"
	"net"
	"sync"
	"time"
)

// deadlineConn puts a deadline on every read and every write of a
// connection, so that a client that stalls cannot hold a goroutine, a
// socket and a browser for ever:
//
//   - a client that sends nothing at all (not a key, not a keepalive) for
//     read is gone: its half-open connection is closed;
//   - a client that stops reading what the server writes blocks the write;
//     after write the connection is closed.
//
// A deadline set from outside (the SSH library's handshake timeout) caps
// both, and so does the key exchange's until it ends (keyExchanged).
type deadlineConn struct {
	net.Conn
	read, write time.Duration
	release     func() // once, at Close: the connection no longer counts

	mu          sync.Mutex
	outer       time.Time // the caller's deadline, zero for none
	keyExchange time.Time // when the key exchange must have ended; zero once it has
	once        sync.Once
}

func (c *deadlineConn) Read(p []byte) (int, error) {
	if err := c.Conn.SetReadDeadline(c.deadline(c.read)); err != nil {
		return 0, err
	}
	return c.Conn.Read(p)
}

func (c *deadlineConn) Write(p []byte) (int, error) {
	if err := c.Conn.SetWriteDeadline(c.deadline(c.write)); err != nil {
		return 0, err
	}
	return c.Conn.Write(p)
}

// SetDeadline is the SSH library's: it bounds the handshake, then clears.
func (c *deadlineConn) SetDeadline(t time.Time) error {
	c.mu.Lock()
	c.outer = t
	c.mu.Unlock()
	return c.Conn.SetDeadline(t)
}

func (c *deadlineConn) Close() error {
	c.once.Do(c.release)
	return c.Conn.Close()
}

// keyExchanged lifts the key exchange's deadline, for the reads and writes
// under way too: the SSH library reads ahead, and the read it began as the
// exchange ended must not be cut off at the exchange's deadline.
func (c *deadlineConn) keyExchanged() {
	c.mu.Lock()
	c.keyExchange = time.Time{}
	c.mu.Unlock()
	_ = c.Conn.SetReadDeadline(c.deadline(c.read))
	_ = c.Conn.SetWriteDeadline(c.deadline(c.write))
}

// deadline is now+d, or the outer or the key exchange's deadline if one
// comes first.
func (c *deadlineConn) deadline(d time.Duration) time.Time {
	c.mu.Lock()
	caps := [2]time.Time{c.outer, c.keyExchange}
	c.mu.Unlock()
	var t time.Time
	if d > 0 {
		t = time.Now().Add(d)
	}
	for _, limit := range caps {
		if !limit.IsZero() && (t.IsZero() || limit.Before(t)) {
			t = limit
		}
	}
	return t
}

// input is what a session's browser reads: the client's keystrokes, at a
// capped rate. Reading faster than the cap waits (nothing typed is lost,
// it arrives later), so one client pasting megabytes or replaying keys in a
// loop costs the server a bounded share of a core. Each read is the
// client's activity, which the idle timeout watches.
type input struct {
	r       io.Reader
	ctx     context.Context
	limit   limiter // nil: no cap
	touched func()
}

// limiter is what input asks of its cap, a *rate.Limiter: how much it may
// read at once, and to wait until n more bytes are allowed.
type limiter interface {
	Burst() int
	WaitN(ctx context.Context, n int) error
}

func (in *input) Read(p []byte) (int, error) {
	if in.limit != nil && len(p) > in.limit.Burst() {
		p = p[:in.limit.Burst()]
	}
	n, err := in.r.Read(p)
	if n > 0 {
		in.touched()
		if in.limit != nil {
			if werr := in.limit.WaitN(in.ctx, n); werr != nil && err == nil {
				err = io.EOF // the session is over
			}
		}
	}
	return n, err
}
