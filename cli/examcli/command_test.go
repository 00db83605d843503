package examcli

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/spf13/cobra"

	"github.com/omt-reference/omt/cards"
	"github.com/omt-reference/omt/exam"
	"github.com/omt-reference/omt/store"
	"github.com/omt-reference/omt/techniques"
	"github.com/omt-reference/omt/techniques/techniquestest"
)

var t0 = time.Date(2026, 11, 30, 9, 0, 0, 0, time.UTC)

type usageErr struct{ string }

func (e usageErr) Error() string { return e.string }

var errInterrupted = errors.New("interrupted")

// harness runs the exam commands over a database in a temporary directory,
// with a fake terminal: the screen gets a script of messages and the
// program ends when the script does.
type harness struct {
	t        *testing.T
	path     string
	out, err bytes.Buffer
	script   []tea.Msg
	runs     int
}

func newHarness(t *testing.T) *harness {
	return &harness{t: t, path: filepath.Join(t.TempDir(), "omt.db")}
}

func (h *harness) env() Env {
	return Env{
		Out: &h.out, Err: &h.err, Interactive: true, Width: 80,
		Load: func() (*techniques.Catalog, error) { return techniquestest.Shipped(h.t), nil },
		ResolveDeck: func(c *techniques.Catalog, all []cards.Card, q string) (string, string, error) {
			for _, d := range cards.Decks(c, all) {
				if d.Name == q {
					return d.Name, d.Title, nil
				}
			}
			return "", "", fmt.Errorf("no deck %q", q)
		},
		WithStore: func(write bool, do func(*store.Store, func() time.Time) error) error {
			open := store.OpenReadOnly
			if write {
				open = store.Open
			}
			s, _, err := open(h.path)
			if err != nil {
				return err
			}
			if s != nil {
				defer s.Close()
			}
			return do(s, func() time.Time { return t0 })
		},
		RunFullScreen: h.run,
		Usage:         func(msg string) error { return usageErr{msg} },
		NotFound:      errors.New,
		Interrupted:   errInterrupted,
		WriteJSON: func(w io.Writer, v any) error {
			return json.NewEncoder(w).Encode(v)
		},
	}
}

// run plays the script on the program, running the saves it asks for, as
// the terminal would.
func (h *harness) run(_ *cobra.Command, m tea.Model, _ bool) (tea.Model, error) {
	h.runs++
	m, _ = m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	for _, msg := range h.script {
		var cmd tea.Cmd
		m, cmd = m.Update(msg)
		if cmd != nil {
			_ = cmd() // a save (or a tick, which the script does not wait for)
		}
	}
	return m, nil
}

// exec runs omt exam with args.
func (h *harness) exec(args ...string) error {
	h.out.Reset()
	h.err.Reset()
	cmd := Command(h.env())
	cmd.SetArgs(args)
	cmd.SilenceErrors, cmd.SilenceUsage = true, true
	cmd.SetOut(&h.out)
	return cmd.Execute()
}

func (h *harness) blocks() []exam.Block {
	h.t.Helper()
	s, _, err := store.Open(h.path)
	if err != nil {
		h.t.Fatal(err)
	}
	defer s.Close()
	bs, err := exam.KeeperIn(s, "").History()
	if err != nil {
		h.t.Fatal(err)
	}
	return bs
}

func press(k string) tea.Msg {
	if k == "ctrl+c" {
		return tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl}
	}
	return tea.KeyPressMsg{Code: []rune(k)[0], Text: k}
}

func keys(ks ...string) []tea.Msg {
	var out []tea.Msg
	for _, k := range ks {
		out = append(out, press(k))
	}
	return out
}

func TestFlagsThatCannotBeRunAreRefusedBeforeAnything(t *testing.T) {
	for _, args := range [][]string{
		{"--size", "0"}, {"--mode", "untimed"}, {"--time", "500ms"}, {"--mode", "tutor", "--time", "5m"},
		{"--resume", "--size", "5"}, {"--resume=1", "--count-reviews"},
	} {
		h := newHarness(t)
		var usage usageErr
		if err := h.exec(args...); !errors.As(err, &usage) {
			t.Errorf("%v: %v, want a usage error", args, err)
		}
		if h.runs != 0 || len(h.blocks()) != 0 {
			t.Errorf("%v: the screen ran %d times and %d blocks were kept", args, h.runs, len(h.blocks()))
		}
	}
	h := newHarness(t)
	env := h.env()
	env.Interactive = false
	cmd := Command(env)
	cmd.SetArgs(nil)
	cmd.SilenceErrors, cmd.SilenceUsage = true, true
	if err := cmd.Execute(); err == nil || !strings.Contains(err.Error(), "needs") && !strings.Contains(err.Error(), "terminal") {
		t.Errorf("omt exam from a pipe: %v", err)
	}
}

// TestABlockLeftWithQIsKeptToResume: q, y on the screen leaves the block
// abandoned with its answer; the command says how to resume it.
func TestABlockLeftWithQIsKeptToResume(t *testing.T) {
	h := newHarness(t)
	h.script = keys("b", "f", "q", "y")
	if err := h.exec("--size", "5", "--seed", "3", "--deck", "family/counterstrain"); err != nil {
		t.Fatal(err)
	}
	bs := h.blocks()
	if len(bs) != 1 || bs[0].State != exam.Abandoned || bs[0].Items[0].Chosen != 1 || !bs[0].Items[0].Flagged {
		t.Fatalf("the block kept: %+v", bs)
	}
	if b := bs[0]; len(b.Items) != 5 || b.Seed != 3 || !slices.Equal(b.Decks, []string{"family/counterstrain"}) || b.Limit != 5*exam.Pace {
		t.Errorf("the block built: %d questions, seed %d, decks %v, limit %v", len(b.Items), b.Seed, b.Decks, b.Limit)
	}
	if !strings.Contains(h.err.String(), "omt: block 1 is kept unfinished (1 of 5 answered, 7:30 left); omt exam --resume") {
		t.Errorf("what the command said: %q", h.err.String())
	}

	h.script = keys("n", "a", "s", "y", "q") // resumed on question 1: answer 2, submit
	if err := h.exec("--resume"); err != nil {
		t.Fatal(err)
	}
	bs = h.blocks()
	if len(bs) != 1 || bs[0].State != exam.Submitted || bs[0].Items[1].Chosen != 0 || bs[0].Items[0].Chosen != 1 {
		t.Errorf("after resuming: %+v", bs)
	}
	if !strings.Contains(h.out.String(), "Block 1: ") {
		t.Errorf("no summary: %q", h.out.String())
	}
	var usage usageErr
	if err := h.exec("--resume=1"); !errors.As(err, &usage) || !strings.Contains(err.Error(), "has ended") {
		t.Errorf("resuming a finished block: %v", err)
	}
	if err := h.exec("--resume"); err == nil || !strings.Contains(err.Error(), "no unfinished block") {
		t.Errorf("resuming with none unfinished: %v", err)
	}
	if err := h.exec("--resume=9"); err == nil || !strings.Contains(err.Error(), "no block 9") {
		t.Errorf("resuming a block that is not there: %v", err)
	}
}

func TestCtrlCIsAnInterruptAndKeepsTheBlock(t *testing.T) {
	h := newHarness(t)
	h.script = keys("a", "ctrl+c")
	if err := h.exec("--size", "2"); !errors.Is(err, errInterrupted) {
		t.Errorf("Ctrl+C: %v, want the interrupt", err)
	}
	if bs := h.blocks(); len(bs) != 1 || bs[0].State != exam.Abandoned || !bs[0].Items[0].Answered() {
		t.Errorf("the block after Ctrl+C: %+v", bs)
	}
}

// TestCountReviewsRecordsTheAnswersOnce: --count-reviews records each answer
// as a review when the block ends, once, though the screen and the command
// both save the ended block.
func TestCountReviewsRecordsTheAnswersOnce(t *testing.T) {
	h := newHarness(t)
	h.script = keys("a", "n", "b", "n", "s", "y", "q")
	if err := h.exec("--size", "3", "--count-reviews"); err != nil {
		t.Fatal(err)
	}
	s, _, _ := store.Open(h.path)
	defer s.Close()
	n := 0
	for r, err := range s.Study("").Log(store.LogFilter{}) {
		if err != nil {
			t.Fatal(err)
		}
		if !r.At.Equal(t0) {
			t.Errorf("review of %s at %v, want the block's end %v", r.CardID, r.At, t0)
		}
		n++
	}
	if n != 2 {
		t.Errorf("%d reviews recorded, want the 2 answers", n)
	}
}

func TestHistoryAndShow(t *testing.T) {
	h := newHarness(t)
	if err := h.exec("history"); err != nil || h.out.String() != "No practice exams yet: omt exam starts one.\n" {
		t.Errorf("history of nothing: %v, %q", err, h.out.String())
	}
	if err := h.exec("show"); err == nil || !strings.Contains(err.Error(), "no finished block") {
		t.Errorf("show of nothing: %v", err)
	}
	h.script = keys("a", "f", "n", "n", "c", "s", "y", "q")
	if err := h.exec("--size", "4", "--mode", "tutor", "--seed", "11"); err != nil {
		t.Fatal(err)
	}
	if err := h.exec("history"); err != nil {
		t.Fatal(err)
	}
	text := h.out.String()
	for _, want := range []string{"BLOCK  STARTED", "tutor", "submitted", "weakest:"} {
		if !strings.Contains(text, want) {
			t.Errorf("history does not say %q:\n%s", want, text)
		}
	}
	if err := h.exec("history", "--json"); err != nil {
		t.Fatal(err)
	}
	var list []blockJSON
	if err := json.Unmarshal(h.out.Bytes(), &list); err != nil || len(list) != 1 {
		t.Fatalf("history --json: %v\n%s", err, h.out.String())
	}
	if b := list[0]; b.Mode != exam.Tutor || b.Size != 4 || b.Score.Total != 4 || len(b.Score.ByTopic) == 0 || b.Finished == nil || b.Questions != nil {
		t.Errorf("history --json: %+v", b)
	}
	if err := h.exec("show", "1", "--json"); err != nil {
		t.Fatal(err)
	}
	var shown blockJSON
	if err := json.Unmarshal(h.out.Bytes(), &shown); err != nil || len(shown.Questions) != 4 {
		t.Fatalf("show --json: %v\n%s", err, h.out.String())
	}
	if q := shown.Questions[0]; q.Chosen == nil || *q.Chosen != "A" || !q.Flagged || q.Explanation == "" || q.Stem == "" {
		t.Errorf("question 1: %+v", q)
	}
	if q := shown.Questions[1]; q.Chosen != nil {
		t.Errorf("question 2 was not answered, yet shows %q", *q.Chosen)
	}
	if err := h.exec("show"); err != nil {
		t.Fatal(err)
	}
	text = h.out.String()
	for _, want := range []string{"Block 1: tutor, 4 questions, submitted", "Score: ", "By topic, weakest first",
		"1. ", "(flagged)", "2. not answered; the answer is ", "From the catalogue's"} {
		if !strings.Contains(text, want) {
			t.Errorf("show does not say %q:\n%s", want, text)
		}
	}
	if err := h.exec("show", "nine"); err == nil {
		t.Error("show nine was taken as a block")
	}
}
