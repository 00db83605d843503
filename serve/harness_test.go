package serve

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"errors"
	"io"
	"net"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	gossh "golang.org/x/crypto/ssh"

	"github.com/omt-reference/omt/store"
	"github.com/omt-reference/omt/techniques"
)

// waitFor is how long a test waits for the server to draw something; a
// frame takes milliseconds, but the race detector and a busy machine slow
// it down.
const waitFor = 10 * time.Second

// testServer is a server on a loopback port with its own database.
type testServer struct {
	*Server
	addr  string
	store *store.Store
	key   gossh.PublicKey // the host key, which clients pin
}

// startServer serves on 127.0.0.1 with cfg's limits (and the tests'
// catalogue and store, and a new host key unless cfg has one) until the
// test ends.
func startServer(t *testing.T, cfg Config) *testServer {
	t.Helper()
	c, err := techniques.Load()
	if err != nil {
		t.Fatal(err)
	}
	st, _, err := store.Open(filepath.Join(t.TempDir(), "omt.db"))
	if err != nil {
		t.Fatal(err)
	}
	cfg.Catalog, cfg.Store = c, st
	if cfg.HostKey == nil {
		cfg.HostKey = newSigner(t)
	}
	srv, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()
	t.Cleanup(func() {
		// A hang detector, not a speed limit (see waitFor).
		ctx, cancel := context.WithTimeout(context.Background(), waitFor)
		defer cancel()
		if err := srv.Shutdown(ctx); err != nil {
			t.Errorf("shutdown: %v", err)
		}
		if err := <-served; err != nil {
			t.Errorf("serve: %v", err)
		}
		st.Close()
	})
	return &testServer{Server: srv, addr: ln.Addr().String(), store: st, key: cfg.HostKey.PublicKey()}
}

func newSigner(t testing.TB) gossh.Signer {
	t.Helper()
	_, key, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	s, err := gossh.NewSignerFromKey(key)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// dial signs in with auth, checking the server's host key.
func (ts *testServer) dial(t *testing.T, auth ...gossh.AuthMethod) (*gossh.Client, error) {
	t.Helper()
	c, err := gossh.Dial("tcp", ts.addr, &gossh.ClientConfig{
		User:            "student",
		Auth:            auth,
		HostKeyCallback: gossh.FixedHostKey(ts.key),
		Timeout:         waitFor,
	})
	if err == nil {
		t.Cleanup(func() { c.Close() })
	}
	return c, err
}

// dialKey signs in with a key, and fails the test if it cannot.
func (ts *testServer) dialKey(t *testing.T, key gossh.Signer) *gossh.Client {
	t.Helper()
	c, err := ts.dial(t, gossh.PublicKeys(key))
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// term is a session with a pseudo-terminal, as ssh -t makes, and what the
// server has written to it.
type term struct {
	t    *testing.T
	sess *gossh.Session
	in   io.WriteCloser
	out  *buffer
	errs *buffer
}

// buffer collects a stream and wakes whoever waits on it.
type buffer struct {
	mu      sync.Mutex
	b       bytes.Buffer
	changed chan struct{}
}

func newBuffer() *buffer { return &buffer{changed: make(chan struct{})} }

func (b *buffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.b.Write(p)
	close(b.changed)
	b.changed = make(chan struct{})
	return len(p), nil
}

// snapshot is everything written so far, and a channel closed at the next write.
func (b *buffer) snapshot() (string, <-chan struct{}) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.String(), b.changed
}

// openTerm opens a session with a w x h terminal and starts command ("" is
// the shell request a plain ssh sends).
func openTerm(t *testing.T, c *gossh.Client, command string, w, h int) *term {
	t.Helper()
	sess, err := c.NewSession()
	if err != nil {
		t.Fatal(err)
	}
	tm := &term{t: t, sess: sess, out: newBuffer(), errs: newBuffer()}
	sess.Stdout, sess.Stderr = tm.out, tm.errs
	if tm.in, err = sess.StdinPipe(); err != nil {
		t.Fatal(err)
	}
	if err := sess.RequestPty("xterm-256color", h, w, gossh.TerminalModes{}); err != nil {
		t.Fatal(err)
	}
	if command == "" {
		err = sess.Shell()
	} else {
		err = sess.Start(command)
	}
	if err != nil {
		t.Fatal(err)
	}
	return tm
}

// escapes matches terminal control sequences: CSI, OSC, and two-byte ones.
var escapes = regexp.MustCompile(`\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[P^_][^\x1b]*\x1b\\|\x1b[ -/]*[0-~]`)

// plain is the text of a terminal stream: control sequences become spaces
// (the renderer moves the cursor over blanks) and runs of blanks one space.
func plain(s string) string {
	s = escapes.ReplaceAllString(s, " ")
	return strings.Join(strings.Fields(s), " ")
}

// waitText waits until what the server wrote since mark, read as plain
// text, matches re; it returns the new mark.
func (tm *term) waitText(mark int, re string) int {
	tm.t.Helper()
	pattern := regexp.MustCompile(re)
	deadline := time.After(waitFor)
	for {
		s, changed := tm.out.snapshot()
		if loc := pattern.FindStringIndex(plain(s[mark:])); loc != nil {
			return len(s)
		}
		select {
		case <-changed:
		case <-deadline:
			tm.t.Fatalf("no %q on the screen after %s; the screen said:\n%s", re, waitFor, plain(s[mark:]))
		}
	}
}

// press types keys as a terminal sends them.
func (tm *term) press(keys string) {
	tm.t.Helper()
	if _, err := io.WriteString(tm.in, keys); err != nil {
		tm.t.Fatal(err)
	}
}

// wait waits for the session to end and returns its exit status.
func (tm *term) wait() int {
	tm.t.Helper()
	done := make(chan error, 1)
	go func() { done <- tm.sess.Wait() }()
	select {
	case err := <-done:
		var exit *gossh.ExitError
		switch {
		case err == nil:
			return 0
		case errors.As(err, &exit):
			return exit.ExitStatus()
		}
		tm.t.Fatalf("session ended with %v", err)
	case <-time.After(waitFor):
		tm.t.Fatal("the session did not end")
	}
	return -1
}

// stderr is what the server wrote on the session's standard error.
func (tm *term) stderr() string {
	s, _ := tm.errs.snapshot()
	return s
}

// safeBuffer is a bytes.Buffer two goroutines may use.
type safeBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *safeBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *safeBuffer) bytes() []byte {
	s.mu.Lock()
	defer s.mu.Unlock()
	return bytes.Clone(s.b.Bytes())
}

func passwordAuth() gossh.AuthMethod { return gossh.Password("") }
