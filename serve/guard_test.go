package serve

import (
	"bytes"
	"context"
	"errors"
	"io"
	"net"
	"os"
	"testing"
	"time"

	"golang.org/x/time/rate"
)

func TestInputOverTheCapWaitsAndLosesNothing(t *testing.T) {
	typed := bytes.Repeat([]byte("jk"), 1050) // 2,100 bytes
	touched := 0
	in := &input{
		r:       bytes.NewReader(typed),
		ctx:     context.Background(),
		limit:   rate.NewLimiter(10_000, 100),
		touched: func() { touched++ },
	}
	start := time.Now()
	got, err := io.ReadAll(in)
	if err != nil {
		t.Fatal(err)
	}
	// The first 100 bytes are the burst; 2,000 more at 10,000 a second.
	if took := time.Since(start); took < 150*time.Millisecond {
		t.Errorf("2,100 bytes at 10,000 a second took %s", took)
	}
	if !bytes.Equal(got, typed) {
		t.Error("bytes were lost or changed on the way")
	}
	if touched == 0 {
		t.Error("reading did not count as activity")
	}
}

func TestAStalledClientHitsTheDeadlines(t *testing.T) {
	server, client := net.Pipe()
	defer client.Close()
	released := 0
	c := &deadlineConn{Conn: server, read: 50 * time.Millisecond, write: 50 * time.Millisecond, release: func() { released++ }}

	start := time.Now()
	if _, err := c.Write([]byte("a frame nobody reads")); !errors.Is(err, os.ErrDeadlineExceeded) {
		t.Errorf("a write nobody reads: %v; want the deadline", err)
	}
	if _, err := c.Read(make([]byte, 1)); !errors.Is(err, os.ErrDeadlineExceeded) {
		t.Errorf("a read from a silent client: %v; want the deadline", err)
	}
	if took := time.Since(start); took > 2*time.Second {
		t.Errorf("the deadlines took %s", took)
	}

	// The handshake's deadline caps both.
	if err := c.SetDeadline(time.Now().Add(-time.Second)); err != nil {
		t.Fatal(err)
	}
	c.read = time.Hour
	if _, err := c.Read(make([]byte, 1)); !errors.Is(err, os.ErrDeadlineExceeded) {
		t.Errorf("past the handshake's deadline: %v", err)
	}
	c.Close()
	c.Close()
	if released != 1 {
		t.Errorf("released %d times; want once", released)
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
