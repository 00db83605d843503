package serve

import (
	"io"
	"net"
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

// One address that opens connections and never signs in cannot fill the
// server: a student from another address still gets in.
func TestSilentConnectionsFromOneAddressLeaveRoomForOthers(t *testing.T) {
	ts := startServer(t, Config{MaxSessions: 1}) // room for 18 connections
	ts.silent(t, "127.0.0.1", 40)

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
