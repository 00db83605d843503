package serve

import (
	"bytes"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/vt"
	gossh "golang.org/x/crypto/ssh"

	"github.com/omt-reference/omt/cards"
	"github.com/omt-reference/omt/study"
)

// classroom is a server with a class: two students in the authorized keys
// file, an instructor in the instructors' file only.
type classroom struct {
	*testServer
	ana, ben, teacher gossh.Signer
	logs              *safeBuffer
}

func (c *classroom) profile(s gossh.Signer) string { return Fingerprint(s.PublicKey()) }

func startClassroom(t *testing.T, cfg Config) *classroom {
	t.Helper()
	c := &classroom{ana: newSigner(t), ben: newSigner(t), teacher: newSigner(t), logs: &safeBuffer{}}
	dir := t.TempDir()
	keys, instructors := filepath.Join(dir, "class_keys"), filepath.Join(dir, "instructors")
	writeFile(t, keys, authorizedLine(c.ana.PublicKey(), "ana.lima")+authorizedLine(c.ben.PublicKey(), "b.okafor"))
	writeFile(t, instructors, authorizedLine(c.teacher.PublicKey(), "dr.osei"))
	cfg.AuthorizedKeys, cfg.Instructors = keys, instructors
	cfg.Logger = slog.New(slog.NewTextHandler(c.logs, nil))
	c.testServer = startServer(t, cfg)
	return c
}

func writeFile(t *testing.T, path, text string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
}

// catalogueRefs is every card the server's catalogue makes, as the study
// package takes them.
func (ts *testServer) catalogueRefs() ([]cards.Card, []study.CardRef) {
	all, _ := ts.classCards()
	refs := make([]study.CardRef, len(all))
	for i, k := range all {
		refs[i] = study.CardRef{ID: k.ID, Hash: k.Hash, Decks: k.Decks}
	}
	return all, refs
}

// studyCards studies the first n cards of the student's queue in `ssh -t
// host study`, answering each right (a choice by its answer, a recall card
// shown and graded Good), and checks that each card shown is from inDeck
// when it is given.
func (ts *testServer) studyCards(t *testing.T, key gossh.Signer, n int, inDeck string) {
	t.Helper()
	all, refs := ts.catalogueRefs()
	profile := Fingerprint(key.PublicKey())
	queue, err := study.StudentIn(ts.store, profile).Queue(refs, study.DefaultSettings(), time.Now())
	if err != nil {
		t.Fatal(err)
	}
	before := reviews(t, ts.store, profile)
	tm := openTerm(t, ts.dialKey(t, key), "study", 120, 40)
	m := 0
	for i, it := range queue[:n] {
		if inDeck != "" && !it.Ref.InDeck(inDeck) {
			t.Fatalf("card %d of the queue, %s, is not of %s", i+1, it.Ref.ID, inDeck)
		}
		m = tm.waitText(m, fmt.Sprintf(`(?:^|\s)%d of \d+\s`, i+1)) // the renderer redraws only what changed: "Card" stays
		card, _ := cards.Find(all, it.Ref.ID)
		if len(card.Choices) > 0 {
			tm.press(fmt.Sprint(card.Answer + 1))
		} else {
			tm.press(" ")
			tm.press("3")
		}
		eventually(t, fmt.Sprintf("review %d in the database", i+1), func() bool { return reviews(t, ts.store, profile) == before+i+1 })
		if len(card.Choices) > 0 {
			tm.press(" ")
		}
	}
	// Ctrl+C ends the program, and the session with it. (Closing the
	// session alone leaves the server's program running, sent empty
	// window sizes by wish as fast as it can take them, about 20,000 a
	// second, until the connection ends: a fault apart from the class.)
	tm.press("\x03")
	tm.wait()
}

// screenOf is the screen a w x h terminal shows after out: the renderer
// sends only the cells that change, so what a screen says is read from an
// emulator, not from the bytes.
func screenOf(out string, w, h int) string {
	e := vt.NewEmulator(w, h)
	done := make(chan struct{})
	go func() { // the emulator answers the program's queries; drain them
		defer close(done)
		buf := make([]byte, 256)
		for {
			if _, err := e.Read(buf); err != nil {
				return
			}
		}
	}()
	_, _ = e.Write([]byte(out))
	s := e.String()
	if pw, ok := e.InputPipe().(*io.PipeWriter); ok {
		_ = pw.Close()
	}
	<-done
	return s
}

// waitScreen waits until the w x h screen, read as plain text, matches re.
func (tm *term) waitScreen(w, h int, re string) {
	tm.t.Helper()
	pattern := regexp.MustCompile(re)
	deadline := time.After(waitFor)
	for {
		out, changed := tm.out.snapshot()
		screen := screenOf(out, w, h)
		if pattern.MatchString(strings.Join(strings.Fields(screen), " ")) {
			return
		}
		select {
		case <-changed:
		case <-deadline:
			tm.t.Fatalf("no %q on the screen after %s; it shows:\n%s", re, waitFor, screen)
		}
	}
}

// TestAClassFromStudyToGradebook is issue 23 end to end over SSH: two
// students study, the instructor sees both with the right counts, assigns
// a deck, a student's next session starts with it and finishes it, and the
// instructor sees it done; a student who asks for the class view is told no.
func TestAClassFromStudyToGradebook(t *testing.T) {
	c := startClassroom(t, Config{})
	c.studyCards(t, c.ana, 3, "")
	c.studyCards(t, c.ben, 2, "")

	const w, h = 120, 40
	view := openTerm(t, c.dialKey(t, c.teacher), "class", w, h)
	row := func(name string, reviews int) string {
		return fmt.Sprintf(`%s (?:now|\d+m ago) %d \d+%%`, regexp.QuoteMeta(name), reviews)
	}
	view.waitScreen(w, h, row("ana.lima", 3)+`.*`+row("b.okafor", 2))

	view.press("4")
	view.press("a")
	view.press("tenets")
	view.press("\r")
	view.waitScreen(w, h, `Due \(YYYY-MM-DD\)`)
	view.press("\r")
	view.waitScreen(w, h, `Assigned map/tenets, due`)
	all, _ := c.catalogueRefs()
	tenets := len(cards.InDeck(all, "map/tenets"))

	// Ana's next session starts with the assigned deck, and she finishes it.
	c.studyCards(t, c.ana, tenets, "map/tenets")
	_, refs := c.catalogueRefs()
	mine, err := study.StudentIn(c.store, c.profile(c.ana)).Assignments(refs)
	if err != nil || len(mine) != 1 || !mine[0].Complete() {
		t.Fatalf("Ana's assignments after studying the deck: %+v, %v; want it complete", mine, err)
	}

	view.press("r")
	view.waitScreen(w, h, `The tenets of osteopathic medicine \w{3} \w{3} \d+ dr\.osei 1 of 2`)
	view.press("\r")
	view.waitScreen(w, h, fmt.Sprintf(`ana\.lima %d/%d \S+ \w{3} \w{3} \d+ b\.okafor 0/%d not yet`, tenets, tenets, tenets))

	// Ben asks for the class view, and is told no.
	refused := openTerm(t, c.dialKey(t, c.ben), "class", 80, 24)
	if code := refused.wait(); code != 1 {
		t.Errorf("a student's ssh host class ended with %d; want 1", code)
	}
	if !strings.Contains(refused.stderr(), "for the class's instructors only") {
		t.Errorf("the student was told %q", refused.stderr())
	}
	if out, _ := refused.out.snapshot(); strings.Contains(plain(out), "Roster") {
		t.Errorf("the student saw the class view: %q", plain(out))
	}
	refusal := regexp.MustCompile(`msg="session refused" .*student="b\.okafor ` + regexp.QuoteMeta(c.profile(c.ben)) + `" reason=".*instructors only`)
	if !refusal.Match(c.logs.bytes()) {
		t.Errorf("the refusal is not logged with the student's name:\n%s", c.logs.bytes())
	}
}

// TestAnInstructorMayAlsoStudy: the instructor's key, in the instructors'
// file only, opens the browser and studies as a student of its own, and is
// not on the roster.
func TestAnInstructorMayAlsoStudy(t *testing.T) {
	c := startClassroom(t, Config{})
	c.studyCards(t, c.teacher, 1, "")
	cl, err := c.Class()
	if err != nil {
		t.Fatal(err)
	}
	roster, err := cl.Roster()
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range roster {
		if s.Profile == c.profile(c.teacher) {
			t.Errorf("the instructor is on the roster: %+v", s)
		}
	}
	if len(roster) != 2 {
		t.Errorf("roster %+v; want the two students of the keys file", roster)
	}
	if !bytes.Contains(c.logs.bytes(), []byte(`student="dr.osei `+c.profile(c.teacher))) {
		t.Errorf("the instructor's session is not logged by name:\n%s", c.logs.bytes())
	}
}
