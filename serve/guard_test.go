package serve

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"sync"
	"testing"
	"time"
)

// TestInputOverTheCapWaitsAndLosesNothing: every byte read is first waited
// for at the cap, in reads no larger than its burst (a rate.Limiter refuses
// a wait for more), and every byte arrives. The waiting itself is the
// limiter's; counting what it was asked makes the test exact on any machine.
func TestInputOverTheCapWaitsAndLosesNothing(t *testing.T) {
	typed := bytes.Repeat([]byte("jk"), 1050) // 2,100 bytes
	touched := 0
	counted := &countingLimiter{burst: 100}
	in := &input{
		r:       bytes.NewReader(typed),
		ctx:     context.Background(),
		limit:   counted,
		touched: func() { touched++ },
	}
	got, err := io.ReadAll(in)
	if err != nil {
		t.Fatal(err)
	}
	if counted.waited != len(typed) {
		t.Errorf("the cap was asked for %d of %d bytes read", counted.waited, len(typed))
	}
	if counted.waits < len(typed)/counted.burst {
		t.Errorf("%d waits for %d bytes with a burst of %d", counted.waits, len(typed), counted.burst)
	}
	if !bytes.Equal(got, typed) {
		t.Error("bytes were lost or changed on the way")
	}
	if touched == 0 {
		t.Error("reading did not count as activity")
	}
}

// countingLimiter grants every wait at once and counts what it was asked,
// refusing as rate.Limiter does a wait for more than its burst.
type countingLimiter struct {
	burst         int
	waited, waits int
}

func (l *countingLimiter) Burst() int { return l.burst }

func (l *countingLimiter) WaitN(_ context.Context, n int) error {
	if n > l.burst {
		return fmt.Errorf("rate: Wait(n=%d) exceeds limiter's burst %d", n, l.burst)
	}
	l.waited += n
	l.waits++
	return nil
}

// TestTheDefaultCapIsTheConfiguredOne: the cap a session reads through.
func TestTheDefaultCapIsTheConfiguredOne(t *testing.T) {
	l := (&Server{cfg: Config{InputRate: 300, InputBurst: 40}}).newLimiter()
	if l.Limit() != 300 || l.Burst() != 40 {
		t.Errorf("a session's cap is %v a second with a burst of %d; want 300 and 40", l.Limit(), l.Burst())
	}
}

func TestAStalledClientHitsTheDeadlines(t *testing.T) {
	const limit = 50 * time.Millisecond
	server, client := net.Pipe()
	defer client.Close()
	released := 0
	set := &deadlineRecorder{Conn: server}
	c := &deadlineConn{Conn: set, read: limit, write: limit, release: func() { released++ }}

	// A deadline is the only thing between a stalled client and a goroutine
	// blocked for ever, so each call is watched for a hang; the deadline set
	// is checked against the time around the call, never against how long
	// the call took.
	before := time.Now()
	err := returnsWithin(t, "a write nobody reads", func() error { _, err := c.Write([]byte("a frame nobody reads")); return err })
	if !errors.Is(err, os.ErrDeadlineExceeded) {
		t.Errorf("a write nobody reads: %v; want the deadline", err)
	}
	if d, at := set.last("write"); d.Before(before.Add(limit)) || d.After(at.Add(limit)) {
		t.Errorf("the write's deadline was %s after the write began; want %s", d.Sub(before), limit)
	}
	before = time.Now()
	err = returnsWithin(t, "a read from a silent client", func() error { _, err := c.Read(make([]byte, 1)); return err })
	if !errors.Is(err, os.ErrDeadlineExceeded) {
		t.Errorf("a read from a silent client: %v; want the deadline", err)
	}
	if d, at := set.last("read"); d.Before(before.Add(limit)) || d.After(at.Add(limit)) {
		t.Errorf("the read's deadline was %s after the read began; want %s", d.Sub(before), limit)
	}

	// The handshake's deadline caps both.
	past := time.Now().Add(-time.Second)
	if err := c.SetDeadline(past); err != nil {
		t.Fatal(err)
	}
	c.read = time.Hour
	err = returnsWithin(t, "a read past the handshake's deadline", func() error { _, err := c.Read(make([]byte, 1)); return err })
	if !errors.Is(err, os.ErrDeadlineExceeded) {
		t.Errorf("past the handshake's deadline: %v", err)
	}
	if d, _ := set.last("read"); !d.Equal(past) {
		t.Errorf("the read's deadline was %s; want the handshake's", d)
	}
	c.Close()
	c.Close()
	if released != 1 {
		t.Errorf("released %d times; want once", released)
	}
}

// deadlineRecorder is a connection that notes the last deadline set on it
// for reads and for writes, and when it was set.
type deadlineRecorder struct {
	net.Conn
	mu       sync.Mutex
	deadline map[string]time.Time
	setAt    map[string]time.Time
}

func (r *deadlineRecorder) note(which string, t time.Time) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.deadline == nil {
		r.deadline, r.setAt = map[string]time.Time{}, map[string]time.Time{}
	}
	r.deadline[which], r.setAt[which] = t, time.Now()
}

// last is the last deadline set for "read" or "write", and when it was set.
func (r *deadlineRecorder) last(which string) (deadline, at time.Time) {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.deadline[which], r.setAt[which]
}

func (r *deadlineRecorder) SetReadDeadline(t time.Time) error {
	r.note("read", t)
	return r.Conn.SetReadDeadline(t)
}

func (r *deadlineRecorder) SetWriteDeadline(t time.Time) error {
	r.note("write", t)
	return r.Conn.SetWriteDeadline(t)
}

func (r *deadlineRecorder) SetDeadline(t time.Time) error {
	r.note("read", t)
	r.note("write", t)
	return r.Conn.SetDeadline(t)
}

// returnsWithin runs f and returns its error, failing the test if f is
// still blocked after waitFor: a hang detector, not a measure of speed.
func returnsWithin(t *testing.T, what string, f func() error) error {
	t.Helper()
	done := make(chan error, 1)
	go func() { done <- f() }()
	select {
	case err := <-done:
		return err
	case <-time.After(waitFor):
		t.Fatalf("%s: still blocked after %s", what, waitFor)
		return nil
	}
}

func TestConnectionsOverTheCapAreClosedAtOnce(t *testing.T) {
	// Every connection from one address: the cap per address is lifted.
	ts := startServer(t, Config{MaxSessions: 1, MaxUnauthenticated: 1000})
	var held []net.Conn
	for range ts.maxConns() {
		conn, err := net.Dial("tcp", ts.addr)
		if err != nil {
			t.Fatal(err)
		}
		defer conn.Close()
		held = append(held, conn)
	}
	// The server greets each it keeps with its version.
	for _, conn := range held {
		readGreeting(t, conn, true)
	}
	over, err := net.Dial("tcp", ts.addr)
	if err != nil {
		t.Fatal(err)
	}
	defer over.Close()
	readGreeting(t, over, false)
}

// readGreeting reads the server's first line: an SSH version, or (want
// false) the connection closed instead.
func readGreeting(t *testing.T, conn net.Conn, want bool) {
	t.Helper()
	_ = conn.SetReadDeadline(time.Now().Add(waitFor))
	buf := make([]byte, 7)
	_, err := io.ReadFull(conn, buf)
	switch {
	case want && (err != nil || string(buf) != "SSH-2.0"):
		t.Fatalf("no greeting: %q, %v", buf, err)
	case !want && err == nil:
		t.Fatalf("the connection over the cap was greeted: %q", buf)
	case !want && errors.Is(err, os.ErrDeadlineExceeded):
		t.Fatal("the connection over the cap was held open")
	}
}

func TestTheKeyExchangeDeadlineCapsReadsUntilItEnds(t *testing.T) {
	server, client := net.Pipe()
	defer client.Close()
	c := &deadlineConn{Conn: server, read: time.Hour, write: time.Hour, keyExchange: time.Now().Add(50 * time.Millisecond), release: func() {}}
	if _, err := c.Read(make([]byte, 1)); !errors.Is(err, os.ErrDeadlineExceeded) {
		t.Fatalf("a read past the key exchange's deadline: %v; want the deadline", err)
	}

	// The exchange ends while a read waits: that read is not cut off at the
	// exchange's deadline either.
	c.keyExchange = time.Now().Add(50 * time.Millisecond)
	read := make(chan error, 1)
	go func() {
		_, err := c.Read(make([]byte, 1))
		read <- err
	}()
	time.Sleep(10 * time.Millisecond) // most likely, the read is waiting now
	c.keyExchanged()
	time.Sleep(100 * time.Millisecond) // past the exchange's deadline
	_ = client.SetWriteDeadline(time.Now().Add(waitFor))
	_, _ = client.Write([]byte{'x'}) // nobody reads it if the read was cut off
	if err := <-read; err != nil {
		t.Errorf("a read under way when the key exchange ended: %v", err)
	}
}
