package serve

import (
	"bytes"
	"errors"
	"io"
	"log/slog"
	"net"
	"os"
	"strings"
	"testing"
	"time"

	gossh "golang.org/x/crypto/ssh"
)

// dialFrom signs in with key from the loopback address local (127.0.0.2
// and the like reach 127.0.0.1's listener on Linux), checking the host key.
func (ts *testServer) dialFrom(t *testing.T, local string, key gossh.Signer) (*gossh.Client, error) {
	t.Helper()
	d := net.Dialer{LocalAddr: &net.TCPAddr{IP: net.ParseIP(local)}, Timeout: waitFor}
	conn, err := d.Dial("tcp", ts.addr)
	if err != nil {
		t.Fatalf("dialling from %s: %v", local, err)
	}
	c, chans, reqs, err := gossh.NewClientConn(conn, ts.addr, &gossh.ClientConfig{
		User:            "student",
		Auth:            []gossh.AuthMethod{gossh.PublicKeys(key)},
		HostKeyCallback: gossh.FixedHostKey(ts.key),
		Timeout:         waitFor,
	})
	if err != nil {
		conn.Close()
		return nil, err
	}
	client := gossh.NewClient(c, chans, reqs)
	t.Cleanup(func() { client.Close() })
	return client, nil
}

// silent opens n connections from local that each send an SSH banner and
// nothing more, as a scanner or an attacker holding places does.
func (ts *testServer) silent(t *testing.T, local string, n int) []net.Conn {
	t.Helper()
	var conns []net.Conn
	for range n {
		d := net.Dialer{LocalAddr: &net.TCPAddr{IP: net.ParseIP(local)}, Timeout: waitFor}
		conn, err := d.Dial("tcp", ts.addr)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { conn.Close() })
		_, _ = io.WriteString(conn, "SSH-2.0-silent\r\n")
		conns = append(conns, conn)
	}
	return conns
}

// countGreeted is how many of conns the server greeted with its version;
// it closed the others without a word.
func countGreeted(t *testing.T, conns []net.Conn) int {
	t.Helper()
	greeted := 0
	for _, conn := range conns {
		_ = conn.SetReadDeadline(time.Now().Add(waitFor))
		buf := make([]byte, 7)
		_, err := io.ReadFull(conn, buf)
		switch {
		case err == nil && string(buf) == "SSH-2.0":
			greeted++
		case errors.Is(err, os.ErrDeadlineExceeded):
			t.Fatal("a connection was neither greeted nor closed")
		}
	}
	return greeted
}

// One address that opens connections and never signs in cannot fill the
// server: a student from another address still gets in.
func TestSilentConnectionsFromOneAddressLeaveRoomForOthers(t *testing.T) {
	var logs safeBuffer
	// On a clock that does not move, all the refusals come in the same
	// second, however long a busy machine takes over them.
	ts := startServer(t, Config{MaxSessions: 1, Logger: slog.New(slog.NewTextHandler(&logs, nil)), clock: newFakeClock()}) // room for 18 connections
	if greeted := countGreeted(t, ts.silent(t, "127.0.0.1", 40)); greeted != DefaultMaxUnauthenticated {
		t.Errorf("%d of 40 silent connections from one address were greeted; want %d, the rest closed", greeted, DefaultMaxUnauthenticated)
	}
	// Each was refused, but the log has a line a second at most.
	if lines := strings.Count(string(logs.bytes()), "connection refused"); lines != 1 {
		t.Errorf("%d connections refused in one second logged %d lines; want one", 40-DefaultMaxUnauthenticated, lines)
	}

	c, err := ts.dialFrom(t, "127.0.0.2", newSigner(t))
	if err != nil {
		t.Fatalf("a student from another address, after 40 silent connections from 127.0.0.1: %v", err)
	}
	tm := openTerm(t, c, "", 80, 24)
	tm.waitText(0, disclaimer)
	tm.press("q")
	tm.wait()
}

// Past MaxUnauthenticated from one address, a connection is closed before
// the server says a word; a connection that has signed in no longer counts,
// and one that closes frees its place.
func TestOnlyConnectionsNotSignedInCountAgainstTheirAddress(t *testing.T) {
	ts := startServer(t, Config{MaxUnauthenticated: 2})
	for range 3 { // signed in, and kept open
		if _, err := ts.dialFrom(t, "127.0.0.1", newSigner(t)); err != nil {
			t.Fatalf("signing in: %v", err)
		}
	}
	held := ts.silent(t, "127.0.0.1", 2)
	for _, conn := range held {
		readGreeting(t, conn, true)
	}
	readGreeting(t, ts.silent(t, "127.0.0.1", 1)[0], false)
	if _, err := ts.dialFrom(t, "127.0.0.1", newSigner(t)); err == nil {
		t.Error("a third connection not signed in from one address got in")
	}
	if _, err := ts.dialFrom(t, "127.0.0.3", newSigner(t)); err != nil {
		t.Errorf("a student from another address: %v", err)
	}
	held[0].Close()
	eventually(t, "the closed connection's place freed", func() bool {
		d := net.Dialer{LocalAddr: &net.TCPAddr{IP: net.ParseIP("127.0.0.1")}, Timeout: waitFor}
		conn, err := d.Dial("tcp", ts.addr)
		if err != nil {
			return false
		}
		defer conn.Close()
		_ = conn.SetReadDeadline(time.Now().Add(waitFor))
		buf := make([]byte, 7)
		_, err = io.ReadFull(conn, buf)
		return err == nil && string(buf) == "SSH-2.0"
	})
}

// A connection has KeyExchangeTimeout to exchange keys, and then the rest
// of HandshakeTimeout to sign in: a silent one is closed at the first, a
// student slow to sign in (a passphrase to type) is not.
func TestTheKeyExchangeHasAShorterDeadlineThanSigningIn(t *testing.T) {
	const exchange = 300 * time.Millisecond
	ts := startServer(t, Config{KeyExchangeTimeout: exchange, HandshakeTimeout: time.Hour})
	silent := ts.silent(t, "127.0.0.1", 1)[0]
	_ = silent.SetReadDeadline(time.Now().Add(waitFor))
	if _, err := io.Copy(io.Discard, silent); err != nil {
		t.Errorf("a silent connection: %v; want it closed by the server", err)
	}

	key := newSigner(t)
	slow := gossh.PublicKeysCallback(func() ([]gossh.Signer, error) {
		time.Sleep(4 * exchange) // after the key exchange, before signing in
		return []gossh.Signer{key}, nil
	})
	c, err := gossh.Dial("tcp", ts.addr, &gossh.ClientConfig{
		User: "student", Auth: []gossh.AuthMethod{slow}, HostKeyCallback: gossh.FixedHostKey(ts.key), Timeout: waitFor,
	})
	if err != nil {
		t.Fatalf("a student slow to sign in: %v", err)
	}
	defer c.Close()
	tm := openTerm(t, c, "", 80, 24)
	tm.waitText(0, disclaimer)
}

func TestRefusalsAreLoggedOnceASecondWithACount(t *testing.T) {
	var logs bytes.Buffer
	now := time.Date(2027, 3, 1, 9, 0, 0, 0, time.UTC)
	r := newRefusalLog(slog.New(slog.NewTextHandler(&logs, nil)), func() time.Time { return now })
	remote := tcpAddr("127.0.0.1:4000")
	for range 1000 {
		r.refused("too many open", remote, 18)
	}
	r.refused("too many from one address not signed in", remote, 16)
	now = now.Add(time.Second)
	r.refused("too many open", remote, 18)
	got := logs.String()
	if n := strings.Count(got, "\n"); n != 3 {
		t.Errorf("%d lines; want 3 (each reason once, then once a second later):\n%s", n, got)
	}
	if !strings.Contains(got, "more_refused_since_last_logged=999") {
		t.Errorf("the second line does not count the 999 refusals not logged:\n%s", got)
	}
}
