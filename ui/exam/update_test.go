package exam

import (
	"errors"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/omt-reference/omt/exam"
)

// lastSave is the newest block the screen saved.
func (d *driver) lastSave() exam.Block {
	d.t.Helper()
	if len(d.saves) == 0 {
		d.t.Fatal("nothing was saved")
	}
	return d.saves[len(d.saves)-1]
}

func TestKeysAnswerFlagAndMove(t *testing.T) {
	d := newDriver(t, exam.Timed, 80, 24, false)
	s := d.p.Session()
	d.send(press("b"))
	if it := s.Item(0); it.Chosen != 1 || d.lastSave().Items[0].Chosen != 1 {
		t.Errorf("b chose %d and saved %d; want option B saved", it.Chosen, d.lastSave().Items[0].Chosen)
	}
	d.send(press("3")) // timed: an answer may change; the digits name options too
	if it := s.Item(0); it.Chosen != 2 {
		t.Errorf("3 chose %d, want C", it.Chosen)
	}
	d.send(press("e"))
	if s.Item(0).Chosen != 2 || !strings.Contains(d.screen(), "This question has no option E.") {
		t.Errorf("e on a four-option question: chose %d\n%s", s.Item(0).Chosen, d.screen())
	}
	d.send(press("f"))
	if !s.Item(0).Flagged || !d.lastSave().Items[0].Flagged || !strings.Contains(d.screen(), "⚑ Flagged") {
		t.Errorf("f did not flag the question and show it:\n%s", d.screen())
	}
	for _, step := range []struct {
		key  string
		want int
	}{{"n", 1}, {"right", 2}, {"l", 3}, {"p", 2}, {"left", 1}, {"h", 0}, {"h", 0}} {
		d.send(press(step.key))
		if s.Current() != step.want {
			t.Fatalf("%s: at question %d, want %d", step.key, s.Current()+1, step.want+1)
		}
	}
	if got := d.lastSave().Current; got != 0 {
		t.Errorf("the place saved is question %d, want 1", got+1)
	}
	if !strings.Contains(d.screen(), "1 of 6 answered · 1 flagged") {
		t.Errorf("the strip does not count the answer and the flag:\n%s", d.screen())
	}
}

func TestTheListGoesToAQuestion(t *testing.T) {
	d := newDriver(t, exam.Timed, 80, 24, false)
	d.send(keys("g", "right", "right")...)
	if d.p.screen.screen != screenList || !strings.Contains(d.screen(), "▸3") {
		t.Fatalf("the list with the cursor on 3:\n%s", d.screen())
	}
	d.send(press("enter"))
	if d.p.screen.screen != screenQuestion || d.p.Session().Current() != 2 {
		t.Errorf("enter went to %s, question %d", d.p.screen.screen, d.p.Session().Current()+1)
	}
	d.send(press("tab"), press("left"), press("esc"))
	if d.p.screen.screen != screenQuestion || d.p.Session().Current() != 2 {
		t.Errorf("esc from the list moved to question %d", d.p.Session().Current()+1)
	}
}

func TestSubmitAsksFirst(t *testing.T) {
	d := newDriver(t, exam.Timed, 80, 24, false)
	d.send(keys("b", "s")...)
	if !strings.Contains(d.screen(), "Submit the block? 5 of 6 not answered, 0 flagged.") {
		t.Fatalf("s did not ask:\n%s", d.screen())
	}
	d.send(press("n"))
	if d.p.Session().State() != exam.InProgress || d.p.Session().Current() != 0 {
		t.Fatalf("n at the prompt: %s at %d", d.p.Session().State(), d.p.Session().Current())
	}
	d.runFor(90 * time.Second)
	d.send(keys("s", "y")...)
	if b := d.lastSave(); b.State != exam.Submitted || b.Used != 90*time.Second {
		t.Errorf("the save after submitting: %s, used %v", b.State, b.Used)
	}
	screen := d.screen()
	for _, want := range []string{"You submitted the block.", "1 of 6 right (17%)", "Time   1:30 of 9:00", "Lymphatic techniques"} {
		if !strings.Contains(screen, want) {
			t.Errorf("the score does not show %q:\n%s", want, screen)
		}
	}
}

func TestLeavingAsksThenKeepsTheBlockToResume(t *testing.T) {
	d := newDriver(t, exam.Timed, 80, 24, false)
	d.send(keys("a", "q")...)
	if !strings.Contains(d.screen(), "omt exam --resume") {
		t.Fatalf("q did not ask:\n%s", d.screen())
	}
	d.send(press("esc"))
	if d.p.screen.Done() || d.p.Session().State() != exam.InProgress {
		t.Fatal("esc at the prompt left the block")
	}
	d.send(keys("q", "y")...)
	if !d.p.screen.Done() || d.p.Session().State() != exam.Abandoned {
		t.Errorf("y left: done %v, %s", d.p.screen.Done(), d.p.Session().State())
	}
}

func TestCtrlCLeavesTheBlockToResume(t *testing.T) {
	d := newDriver(t, exam.Tutor, 80, 24, false)
	d.send(press("a"))
	d.runFor(20 * time.Second)
	d.send(press("ctrl+c"))
	if !d.quit || !d.p.Interrupted() || d.p.Session().State() != exam.Abandoned || d.p.Session().Used() != 20*time.Second {
		t.Errorf("ctrl+c: quit %v, interrupted %v, %s, used %v", d.quit, d.p.Interrupted(), d.p.Session().State(), d.p.Session().Used())
	}
}

// TestTheClockRunsOut: the header counts down, turns to the warning under
// five minutes, and at the limit the block ends on the score, saved as
// timed out; an answer after that is not taken.
func TestTheClockRunsOut(t *testing.T) {
	d := newDriver(t, exam.Timed, 80, 24, false)
	if !strings.Contains(d.screen(), "Timed · 9:00 left") {
		t.Errorf("the header does not show the time:\n%s", d.screen())
	}
	d.send(press("b"))
	d.runFor(4*time.Minute + 30*time.Second)
	if !strings.Contains(d.screen(), "4:30 left") {
		t.Errorf("4:30 in, the header shows:\n%s", d.screen())
	}
	d.runFor(4*time.Minute + 29*time.Second)
	if d.p.Session().State() != exam.InProgress || !strings.Contains(d.screen(), "0:01 left") {
		t.Fatalf("a second before the end: %s\n%s", d.p.Session().State(), d.screen())
	}
	d.runFor(time.Second)
	if b := d.lastSave(); b.State != exam.TimedOut || b.Used != 9*time.Minute {
		t.Errorf("the save at the end: %s, used %v", b.State, b.Used)
	}
	if !strings.Contains(d.screen(), "Time is up: the block has ended.") {
		t.Errorf("the end screen:\n%s", d.screen())
	}
	d.send(keys("esc", "r", "c")...)
	if d.p.Session().Item(0).Chosen != 1 {
		t.Error("an answer was taken after the time ran out")
	}
}

func TestTutorShowsTheExplanationAfterTheAnswer(t *testing.T) {
	d := newDriver(t, exam.Tutor, 80, 24, false)
	if strings.Contains(d.screen(), "The answer is") || strings.Contains(d.screen(), "left") {
		t.Fatalf("a tutor question before its answer:\n%s", d.screen())
	}
	d.send(press("a"))
	screen := d.screen()
	for _, want := range []string{"Not this one. The answer is B.", "Direct: it engages the restrictive barrier.",
		`From the catalogue's technique "Anterior cervical chain drainage"`} {
		if !strings.Contains(screen, want) {
			t.Errorf("tutor mode after an answer does not show %q:\n%s", want, screen)
		}
	}
	d.send(press("b"))
	if d.p.Session().Item(0).Chosen != 0 || !strings.Contains(d.screen(), "an answer is final") {
		t.Errorf("a tutor answer was changed:\n%s", d.screen())
	}
}

func TestABlockBeingSatIsSavedNowAndThen(t *testing.T) {
	d := newDriver(t, exam.Timed, 80, 24, false)
	d.runFor(14 * time.Second)
	if len(d.saves) != 0 {
		t.Fatalf("%d saves before anything happened", len(d.saves))
	}
	d.runFor(time.Second)
	if len(d.saves) != 1 || d.lastSave().Used != 15*time.Second {
		t.Errorf("after 15 s: %d saves, the last with %v used", len(d.saves), d.lastSave().Used)
	}
	revisions := map[int64]bool{}
	d.runFor(time.Minute)
	for _, b := range d.saves {
		if revisions[b.Revision] {
			t.Errorf("revision %d saved twice", b.Revision)
		}
		revisions[b.Revision] = true
	}
}

func TestTheReviewGoesThroughEveryQuestion(t *testing.T) {
	d := newDriver(t, exam.Timed, 60, 20, false)
	d.send(keys("n", "d", "s", "y", "r")...)
	if !strings.Contains(d.screen(), "Review: question 1 of 6") || !strings.Contains(d.screen(), "Not answered. The answer is B.") {
		t.Fatalf("the review's first question:\n%s", d.screen())
	}
	d.send(press("n"))
	if !strings.Contains(d.screen(), "✓ right") {
		t.Errorf("the second question, answered right:\n%s", d.screen())
	}
	// The vignette's explanation is longer than the screen: it scrolls to
	// its end, and no further.
	for range 40 {
		d.send(press("j"))
	}
	if !strings.Contains(d.screen(), "contacts still keep clear of the site.") || strings.Contains(d.screen(), "more:") {
		t.Errorf("scrolled to the end:\n%s", d.screen())
	}
	d.send(press("k"))
	if !strings.Contains(d.screen(), "more:") {
		t.Errorf("one line up, nothing more below:\n%s", d.screen())
	}
	d.send(press("esc"))
	if d.p.screen.screen != screenScore {
		t.Errorf("esc from the review went to %s", d.p.screen.screen)
	}
	d.send(press("q"))
	if !d.p.screen.Done() {
		t.Error("q on the score did not leave")
	}
}

func TestASaveThatFailsIsShown(t *testing.T) {
	d := newDriver(t, exam.Timed, 80, 24, false)
	d.p.screen.opts.Save = func(exam.Block) (exam.Saved, error) { return exam.Saved{}, errors.New("disk full") }
	d.send(press("a"))
	if !strings.Contains(d.screen(), "Not saved: disk full") {
		t.Errorf("a failed save is not shown:\n%s", d.screen())
	}
	d.p.screen.opts.Save = func(b exam.Block) (exam.Saved, error) { return exam.Saved{Kept: true}, nil }
	d.send(press("f"))
	if strings.Contains(d.screen(), "Not saved") {
		t.Errorf("the failure is still shown after a save worked:\n%s", d.screen())
	}
}

// TestEveryScreenFitsEverySize draws each screen from 20x6 to 200x60: no
// line wider than the terminal, no more lines than it has.
func TestEveryScreenFitsEverySize(t *testing.T) {
	plays := map[string][]string{
		"question": {"b", "f"}, "tutor": {"a"}, "list": {"g"}, "prompt": {"s"},
		"score": {"s", "y"}, "review": {"s", "y", "r", "n"},
	}
	for name, ks := range plays {
		mode := exam.Timed
		if name == "tutor" {
			mode = exam.Tutor
		}
		for _, ascii := range []bool{false, true} {
			d := newDriver(t, mode, 100, 30, ascii)
			d.send(keys(ks...)...)
			for w := 20; w <= 200; w += 17 {
				for h := 6; h <= 60; h += 9 {
					d.send(tea.WindowSizeMsg{Width: w, Height: h})
					assertFits(t, name, d.screen(), w, h)
				}
			}
		}
	}
}

func assertFits(t *testing.T, name, screen string, w, h int) {
	t.Helper()
	lines := strings.Split(screen, "\n")
	if len(lines) > h {
		t.Errorf("%s at %dx%d: %d lines", name, w, h, len(lines))
	}
	for i, l := range lines {
		if lw := ansi.StringWidth(l); lw > w {
			t.Errorf("%s at %dx%d: line %d is %d wide: %q", name, w, h, i+1, lw, l)
		}
	}
}

// TestTheStripOfABigBlockShowsAWindowAroundTheCurrentQuestion: 40 marks
// and their counts do not fit in 40 columns; the counts go first, then the
// strip shows the questions around the current one between ellipses.
func TestTheStripOfABigBlockShowsAWindowAroundTheCurrentQuestion(t *testing.T) {
	b := fixtureBlock(t, exam.Timed)
	for len(b.Items) < 40 {
		b.Items = append(b.Items, b.Items[len(b.Items)%6])
	}
	clock := &fakeClock{now: t0}
	s, err := exam.NewSession(b, clock.read)
	if err != nil {
		t.Fatal(err)
	}
	m := New(s, Options{})
	for _, tc := range []struct {
		width, current        int
		counts, before, after bool
	}{
		{100, 0, true, false, false},
		{60, 0, false, false, false}, // 42 columns of marks fit, the counts do not
		{30, 0, false, false, true},
		{30, 25, false, true, true},
		{30, 39, false, true, false},
	} {
		m.SetSize(tc.width, 20)
		got := ansi.Strip(m.strip(tc.current))
		if w := ansi.StringWidth(got); w > tc.width {
			t.Errorf("width %d: the strip is %d wide: %q", tc.width, w, got)
		}
		if strings.Contains(got, "answered") != tc.counts || strings.HasPrefix(got, "…") != tc.before ||
			strings.Contains(strings.TrimPrefix(got, "…"), "…") != tc.after || !strings.Contains(got, "[○]") {
			t.Errorf("width %d, question %d: %q", tc.width, tc.current+1, got)
		}
	}
}
