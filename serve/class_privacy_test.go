package serve

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	gossh "golang.org/x/crypto/ssh"

	"github.com/omt-reference/omt/store"
)

// classSecrets are what must never reach a student's session: the class
// view's own words, and another student's name, key and note.
func classSecrets(c *classroom) []string {
	return []string{"2 Weakest cards", "1 Roster", "b.okafor", c.profile(c.ben), benNote}
}

const benNote = "ben's-private-note-5e2"

// seeBen gives Ben a review and a note, for others not to see.
func seeBen(t *testing.T, c *classroom) {
	t.Helper()
	c.studyCards(t, c.ben, 1, "")
	if err := c.store.Personal(c.profile(c.ben)).SetNote("rib-raising", benNote, time.Now()); err != nil {
		t.Fatal(err)
	}
}

// refusedClass runs a session with command on client, its terminal and
// environment set by setup, and checks it is refused without drawing
// anything of the class.
func refusedClass(t *testing.T, c *classroom, client *gossh.Client, who, command string, setup func(*gossh.Session) error) {
	t.Helper()
	sess, err := client.NewSession()
	if err != nil {
		t.Fatal(err)
	}
	defer sess.Close()
	out, errs := newBuffer(), newBuffer()
	sess.Stdout, sess.Stderr = out, errs
	if err := setup(sess); err != nil {
		t.Fatalf("%s %q: setting up: %v", who, command, err)
	}
	done := make(chan error, 1)
	go func() { done <- sess.Run(command) }()
	select {
	case err = <-done:
	case <-time.After(waitFor):
		t.Fatalf("%s %q: the session did not end", who, command)
	}
	if exit, ok := err.(*gossh.ExitError); !ok || exit.ExitStatus() != 1 {
		t.Errorf("%s %q: ended with %v; want status 1", who, command, err)
	}
	o, _ := out.snapshot()
	e, _ := errs.snapshot()
	for _, secret := range classSecrets(c) {
		if strings.Contains(plain(o), secret) || strings.Contains(e, secret) {
			t.Errorf("%s %q: the session showed %q:\n%s\n%s", who, command, secret, plain(o), e)
		}
	}
}

// TestNoStudentReachesTheClassView: no student, no anonymous session, and
// no key whose instructor's line does not let it in now, can open the class
// view, whatever command, environment or terminal it asks for; each is
// told why, and nothing of the class is drawn.
func TestNoStudentReachesTheClassView(t *testing.T) {
	c := startClassroom(t, Config{Anonymous: true})
	seeBen(t, c)
	// Two keys that are students, and whose instructor's lines do not let
	// them in: one expired, one from another address.
	expired, elsewhere := newSigner(t), newSigner(t)
	writeFile(t, c.cfg.AuthorizedKeys, authorizedLine(c.ana.PublicKey(), "ana.lima")+authorizedLine(c.ben.PublicKey(), "b.okafor")+
		authorizedLine(expired.PublicKey(), "x.expired")+authorizedLine(elsewhere.PublicKey(), "e.elsewhere"))
	writeFile(t, c.cfg.Instructors, authorizedLine(c.teacher.PublicKey(), "dr.osei")+
		`expiry-time="20200101" `+authorizedLine(expired.PublicKey(), "x.expired")+
		`from="10.9.9.9" `+authorizedLine(elsewhere.PublicKey(), "e.elsewhere"))
	anonymous, err := c.dial(t, gossh.Password("dr.osei"))
	if err != nil {
		t.Fatal(err)
	}
	clients := map[string]*gossh.Client{
		"a student": c.dialKey(t, c.ana), "anonymous": anonymous,
		"an expired instructor": c.dialKey(t, expired), "an instructor from elsewhere": c.dialKey(t, elsewhere),
	}
	pty := func(term string, w, h int) func(*gossh.Session) error {
		return func(s *gossh.Session) error { return s.RequestPty(term, h, w, gossh.TerminalModes{}) }
	}
	env := func(pairs ...string) func(*gossh.Session) error {
		return func(s *gossh.Session) error {
			for i := 0; i < len(pairs); i += 2 {
				_ = s.Setenv(pairs[i], pairs[i+1]) // the server may refuse some: so much the better
			}
			return s.RequestPty("xterm-256color", 24, 80, gossh.TerminalModes{})
		}
	}
	commands := []string{"class", "class ", " class", "CLASS", "Class", "class\x00", "class\n", "class roster",
		"class --instructor", "study class", "omt class", "./class", "'class'", "class;study", "class && study",
		strings.Repeat("class ", 100)}
	setups := map[string]func(*gossh.Session) error{
		"a terminal":           pty("xterm-256color", 80, 24),
		"no terminal":          func(*gossh.Session) error { return nil },
		"a terminal named so":  pty("class", 80, 24),
		"a huge terminal":      pty("xterm", 1<<31, 1<<31),
		"an instructor's name": env("USER", "dr.osei", "LOGNAME", "dr.osei"),
		"omt's variables":      env("OMT_INSTRUCTOR", "1", "OMT_MODE", "class", "OMT_DATABASE", "/tmp/other.db", "SSH_ORIGINAL_COMMAND", "class"),
	}
	for who, client := range clients {
		for _, command := range commands {
			for name, setup := range setups {
				if command != "class" && name != "a terminal" {
					continue // every command once, and "class" with everything sent
				}
				t.Run(fmt.Sprintf("%s/%q/%s", who, command, name), func(t *testing.T) {
					refusedClass(t, c, client, who, command, setup)
				})
			}
		}
		sess, err := client.NewSession()
		if err != nil {
			t.Fatal(err)
		}
		if err := sess.RequestSubsystem("class"); err == nil {
			t.Errorf("%s: a class subsystem was granted", who)
		}
		sess.Close()
	}
	// The instructor, and only the instructor, gets the class view.
	tm := openTerm(t, c.dialKey(t, c.teacher), "class", 100, 30)
	tm.waitScreen(100, 30, `1 Roster`)
}

// TestStudentsTypingNeverReachTheClass: whatever a student types in the
// browser (a long run of every key, control keys and escape sequences
// among them), nothing of the class view and nothing of another student
// reaches their screen.
func TestStudentsTypingNeverReachTheClass(t *testing.T) {
	taken := make(chan tea.Msg, 1<<16)
	c := startClassroom(t, Config{seen: func(msg tea.Msg) {
		select {
		case taken <- msg:
		default:
		}
	}})
	seeBen(t, c)
	tm := openTerm(t, c.dialKey(t, c.ana), "", 100, 30)
	tm.waitText(0, disclaimer)
	for len(taken) > 0 {
		<-taken
	}
	// Every printable key, and the named keys a terminal sends. The other
	// control characters (Ctrl+A, Ctrl+L...) are left out: mixed into this
	// run they stop the browser taking keys, always at the same one, a
	// fault apart from the class that is reported apart.
	keys := []string{"\t", "\x1b", "\r", "\x7f", "\x1b[A", "\x1b[B", "\x1b[C", "\x1b[D", "\x1b[Z", "\x1b[1;2A", "\x1bOP",
		"\x1b[15~", "\x1b[5~", "\x1b[6~"}
	for r := ' '; r <= '~'; r++ {
		if r != 'q' { // which would end the browser, and the test with it
			keys = append(keys, string(r))
		}
	}
	rng := rand.New(rand.NewPCG(23, 23))
	var typed strings.Builder
	for typed.Len() < 6*1024 { // within the input cap's burst
		k := keys[rng.IntN(len(keys))]
		typed.WriteString(k)
		if k == "\x1b" {
			// A lone Esc is followed by a key no escape sequence starts
			// with, so that the bytes stay keys: an Esc followed by "[8;0;0t"
			// is a terminal's report that Bubble Tea reads as a window size.
			typed.WriteString(string(rune('a' + rng.IntN(8))))
		}
	}
	// F12 last: once the browser has taken it, it has taken every key.
	tm.press(typed.String() + "\x1b[24~")
	deadline := time.After(waitFor)
	var last []string
	for done := false; !done; {
		select {
		case msg := <-taken:
			last = append(last, fmt.Sprintf("%T %v", msg, msg))
			k, ok := msg.(tea.KeyPressMsg)
			done = ok && k.Code == tea.KeyF12
		case <-deadline:
			out, _ := tm.out.snapshot()
			t.Fatalf("the browser did not take every key; %d messages, the last %q; screen %q", len(last), last[max(0, len(last)-10):], plain(out[max(0, len(out)-3000):]))
		}
	}
	tm.press("\x03")
	tm.wait()
	out, _ := tm.out.snapshot()
	screen := plain(out)
	for _, secret := range classSecrets(c) {
		if strings.Contains(screen, secret) {
			t.Errorf("a student's typing showed %q", secret)
		}
	}
	if n := reviews(t, c.store, c.profile(c.ben)); n != 1 {
		t.Errorf("Ben has %d reviews after Ana typed; want his 1", n)
	}
}

// TestInstructorsSeeFiguresNotNotes: the class view of a student shows their
// study figures, and never their notes.
func TestInstructorsSeeFiguresNotNotes(t *testing.T) {
	c := startClassroom(t, Config{})
	seeBen(t, c)
	if err := c.store.Personal(c.profile(c.ben)).SetBookmark("counterstrain-lumbar", true, time.Now()); err != nil {
		t.Fatal(err)
	}
	if err := c.store.Personal(c.profile(c.ben)).Visit(store.VisitTechnique, "hvla-cervical", time.Now()); err != nil {
		t.Fatal(err)
	}
	const w, h = 120, 60
	tm := openTerm(t, c.dialKey(t, c.teacher), "class", w, h)
	tm.waitScreen(w, h, `b\.okafor`)
	tm.press("j") // Ben, after Ana
	tm.press("\r")
	tm.waitScreen(w, h, `SHA256:\S+ Last seen .* 1 reviews this week`)
	out, _ := tm.out.snapshot()
	for _, private := range []string{benNote, "counterstrain-lumbar", "hvla-cervical", "HVLA, cervical"} {
		if strings.Contains(screenOf(out, w, h), private) || strings.Contains(plain(out), private) {
			t.Errorf("the instructor saw %q of Ben's own data", private)
		}
	}
}
