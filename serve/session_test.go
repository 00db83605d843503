package serve

import (
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	gossh "golang.org/x/crypto/ssh"
	"golang.org/x/crypto/ssh/agent"

	"github.com/omt-reference/omt/store"
)

// disclaimer ends every frame of the browser.
const disclaimer = `Not a guide to self-treatment`

func TestABrowserAtTheClientsSizeThatResizesAndQuits(t *testing.T) {
	ts := startServer(t, Config{})
	tm := openTerm(t, ts.dialKey(t, newSigner(t)), "", 100, 30)
	m := tm.waitText(0, disclaimer)

	// Below 40x12 the browser says how big the terminal is: the size it
	// draws for is the client's.
	if err := tm.sess.WindowChange(11, 36); err != nil {
		t.Fatal(err)
	}
	m = tm.waitText(m, `this one is 36\s*[×x]\s*11`)
	if err := tm.sess.WindowChange(11, 38); err != nil {
		t.Fatal(err)
	}
	m = tm.waitText(m, `this one is 38\s*[×x]\s*11`)
	if err := tm.sess.WindowChange(30, 120); err != nil {
		t.Fatal(err)
	}
	tm.waitText(m, disclaimer)

	tm.press("q")
	if code := tm.wait(); code != 0 {
		t.Fatalf("q ended the session with status %d; want 0", code)
	}
	if got := tm.stderr(); got != "" {
		t.Errorf("a session the student quit said on stderr: %q", got)
	}
}

// reviews counts the reviews a profile has recorded.
func reviews(t *testing.T, st *store.Store, profile string) int {
	t.Helper()
	n := 0
	for _, err := range st.Study(profile).Log(store.LogFilter{}) {
		if err != nil {
			t.Fatal(err)
		}
		n++
	}
	return n
}

// eventually polls cond until it holds or the wait runs out.
func eventually(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(waitFor)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("%s: not after %s", what, waitFor)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

func TestEachKeyIsItsOwnStudent(t *testing.T) {
	ts := startServer(t, Config{})
	alice, bob := newSigner(t), newSigner(t)
	alicePrint, bobPrint := Fingerprint(alice.PublicKey()), Fingerprint(bob.PublicKey())

	// Alice bookmarks the first technique, then studies a card.
	a := openTerm(t, ts.dialKey(t, alice), "", 100, 30)
	m := a.waitText(0, disclaimer)
	a.press("b")
	a.waitText(m, `Bookmarked`)
	a.press("q")
	a.wait()
	s := openTerm(t, ts.dialKey(t, alice), "study", 100, 30)
	s.waitText(0, `Card 1 of \d+`)
	s.press(" ")
	s.press("1") // a recall card: shown, then graded Again; a choice card: answered with a)
	eventually(t, "alice's grade in the database", func() bool { return reviews(t, ts.store, alicePrint) == 1 })
	s.press("q")

	// Bob sees none of it, on screen or in the database.
	b := openTerm(t, ts.dialKey(t, bob), "", 100, 30)
	m = b.waitText(0, disclaimer)
	b.press("B")
	b.waitText(m, `Nothing yet: press b on a technique`)
	if marks, err := ts.store.Personal(bobPrint).Bookmarks(); err != nil || len(marks) != 0 {
		t.Errorf("bob's bookmarks: %v, %v; want none", marks, err)
	}
	if n := reviews(t, ts.store, bobPrint); n != 0 {
		t.Errorf("bob has %d reviews; want none", n)
	}
	if marks, err := ts.store.Personal(alicePrint).Bookmarks(); err != nil || len(marks) != 1 {
		t.Errorf("alice's bookmarks: %v, %v; want one", marks, err)
	}
	if n := reviews(t, ts.store, store.LocalProfile); n != 0 {
		t.Errorf("the local profile has %d reviews; a student's went to the wrong place", n)
	}
}

func TestOnlyOmtRuns(t *testing.T) {
	ts := startServer(t, Config{})
	c := ts.dialKey(t, newSigner(t))

	for _, command := range []string{"ls", "study now", "sh -c id", "omt serve"} {
		tm := openTerm(t, c, command, 80, 24)
		if code := tm.wait(); code != 1 {
			t.Errorf("exec %q: status %d; want 1", command, code)
		}
		if !strings.Contains(tm.stderr(), "omt serve runs omt only") {
			t.Errorf("exec %q: stderr %q does not say why", command, tm.stderr())
		}
		if out, _ := tm.out.snapshot(); out != "" {
			t.Errorf("exec %q drew %q", command, out)
		}
	}

	sess, err := c.NewSession()
	if err != nil {
		t.Fatal(err)
	}
	out, _ := sess.CombinedOutput("study") // no pty: ssh without -t
	if !strings.Contains(string(out), "omt needs a terminal") {
		t.Errorf("a session without a terminal got %q", out)
	}

	sess, err = c.NewSession()
	if err != nil {
		t.Fatal(err)
	}
	if err := sess.RequestSubsystem("sftp"); err == nil {
		t.Error("the sftp subsystem was accepted")
	}
	if ok, err := sess.SendRequest("x11-req", true, gossh.Marshal(struct {
		Single           bool
		Protocol, Cookie string
		Screen           uint32
	}{false, "MIT-MAGIC-COOKIE-1", "00", 0})); ok || err != nil {
		t.Errorf("X11 forwarding: accepted %v, %v", ok, err)
	}
	if err := agent.RequestAgentForwarding(sess); err == nil {
		t.Error("agent forwarding was accepted")
	}
	if ok, err := sess.SendRequest("env", true, gossh.Marshal(struct{ Name, Value string }{"LANG", "C.UTF-8"})); !ok || err != nil {
		t.Errorf("an environment variable was refused: %v, %v", ok, err)
	}
	sess.Close()

	if conn, err := c.Dial("tcp", ts.addr); err == nil {
		conn.Close()
		t.Error("local port forwarding (direct-tcpip) was accepted")
	}
	if l, err := c.Listen("tcp", "127.0.0.1:0"); err == nil {
		l.Close()
		t.Error("remote port forwarding (tcpip-forward) was accepted")
	}

	// One browser at a time on a connection.
	first := openTerm(t, c, "", 80, 24)
	first.waitText(0, disclaimer)
	second := openTerm(t, c, "", 80, 24)
	if code := second.wait(); code != 1 || !strings.Contains(second.stderr(), "one session at a time") {
		t.Errorf("a second browser on one connection: status %d, told %q", code, second.stderr())
	}
	first.press("q")
	first.wait()
}

func TestTheSessionOverTheLimitIsToldAndClosed(t *testing.T) {
	ts := startServer(t, Config{MaxSessions: 2})
	var open []*term
	for range 2 {
		tm := openTerm(t, ts.dialKey(t, newSigner(t)), "", 80, 24)
		tm.waitText(0, disclaimer)
		open = append(open, tm)
	}
	over := openTerm(t, ts.dialKey(t, newSigner(t)), "", 80, 24)
	if code := over.wait(); code != 1 {
		t.Errorf("the session over the limit ended with status %d; want 1", code)
	}
	if !strings.Contains(over.stderr(), "omt serve is full: 2 sessions") {
		t.Errorf("the session over the limit was told %q", over.stderr())
	}
	open[0].press("q")
	open[0].wait()
	eventually(t, "the place freed", func() bool { return ts.Sessions() == 1 })
	again := openTerm(t, ts.dialKey(t, newSigner(t)), "", 80, 24)
	again.waitText(0, disclaimer)
}

// TestAnIdleSessionIsClosedAndAnActiveOneIsNot runs the server on a clock
// the test moves by hand: a key is counted at the time the test says, so the
// session that types is never taken for idle however slowly a busy machine
// carries its keys, and the quiet one is closed at the timeout, not before.
func TestAnIdleSessionIsClosedAndAnActiveOneIsNot(t *testing.T) {
	const idle = 400 * time.Millisecond
	clock := newFakeClock()
	taken := make(chan struct{}, 16)
	ts := startServer(t, Config{IdleTimeout: idle, clock: clock, seen: func(msg tea.Msg) {
		if _, ok := msg.(tea.KeyPressMsg); ok {
			taken <- struct{}{}
		}
	}})
	quietKey, busyKey := newSigner(t), newSigner(t)
	quiet := openTerm(t, ts.dialKey(t, quietKey), "", 80, 24)
	busy := openTerm(t, ts.dialKey(t, busyKey), "", 80, 24)
	quiet.waitText(0, disclaimer)
	busy.waitText(0, disclaimer)
	quietSession, busySession := ts.sessionOf(t, quietKey), ts.sessionOf(t, busyKey)
	// typeKey presses j in the busy session and waits for its browser to
	// take the key: the read that brought it has been counted by then.
	typeKey := func() {
		t.Helper()
		busy.press("j")
		select {
		case <-taken:
		case <-time.After(waitFor):
			t.Fatalf("the browser did not take a key in %s", waitFor)
		}
	}
	// The clock runs a timer that comes due inside Advance, so each check
	// after it sees what the server did at that time.
	check := func(when string, quietWant, busyWant endReason) {
		t.Helper()
		name := func(r endReason) string {
			if r == endNone {
				return "open"
			}
			return "ended: " + r.String()
		}
		if got := quietSession.reason(); got != quietWant {
			t.Fatalf("%s, the quiet session is %s; want %s", when, name(got), name(quietWant))
		}
		if got := busySession.reason(); got != busyWant {
			t.Fatalf("%s, the typing session is %s; want %s", when, name(got), name(busyWant))
		}
	}
	const goodbye = "closed this session after 400ms with no key pressed. Your progress is saved."

	clock.Advance(idle / 2)
	check("half-way to the idle timeout", endNone, endNone)
	typeKey()
	clock.Advance(idle/2 - time.Nanosecond)
	check("just before the idle timeout", endNone, endNone)
	clock.Advance(time.Nanosecond)
	check("at the idle timeout", endIdle, endNone)
	quiet.wait()
	if !strings.Contains(quiet.stderr(), goodbye) {
		t.Errorf("the idle session was told %q", quiet.stderr())
	}
	eventually(t, "the idle session's place freed", func() bool { return ts.Sessions() == 1 })

	// Typing on, it stays open; once it stops, it too is closed.
	for range 4 {
		typeKey()
		clock.Advance(idle / 2)
	}
	check("typing on", endIdle, endNone)
	clock.Advance(idle/2 - time.Nanosecond)
	check("just before its own idle timeout", endIdle, endNone)
	clock.Advance(idle / 2)
	check("once it stopped typing", endIdle, endIdle)
	busy.wait()
	if !strings.Contains(busy.stderr(), goodbye) {
		t.Errorf("the session that stopped typing was told %q", busy.stderr())
	}
}

// sessionOf is the open session of key's student.
func (ts *testServer) sessionOf(t *testing.T, key gossh.Signer) *session {
	t.Helper()
	ts.mu.Lock()
	defer ts.mu.Unlock()
	for st := range ts.sessions {
		if st.profile == Fingerprint(key.PublicKey()) {
			return st
		}
	}
	t.Fatal("no session open for the key")
	return nil
}

// reason is why the server ended the session, endNone while it has not.
func (st *session) reason() endReason {
	st.mu.Lock()
	defer st.mu.Unlock()
	return st.ended
}
