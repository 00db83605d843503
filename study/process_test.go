package study

import (
	"bufio"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/omt-reference/omt/fsrs"
	"github.com/omt-reference/omt/store"
)

// The process test runs this test binary again as a second omt study
// window: the child runs TestStudyHelperProcess on the database named by
// studyHelperDB.
const studyHelperDB = "OMT_STUDY_HELPER_DB"

// processDeck is the deck both windows study.
func processDeck() []CardRef { return deckOf(20, "d") }

// TestStudyHelperProcess is not a test: it is the second window of
// TestTwoProcessesGradingOneCardKeepBothReviews, and skips when run any
// other way. It loads Monday's queue, prints "loaded N", waits for a line
// on stdin, then grades every card Hard from the queue as it loaded it and
// prints "graded".
func TestStudyHelperProcess(t *testing.T) {
	path := os.Getenv(studyHelperDB)
	if path == "" {
		t.Skip("the second window of the process test")
	}
	err := func() error {
		s, _, err := store.Open(path)
		if err != nil {
			return err
		}
		defer s.Close()
		st, set := StudentIn(s, ""), DefaultSettings()
		q, err := st.Queue(processDeck(), set, monday)
		if err != nil {
			return err
		}
		fmt.Printf("loaded %d\n", len(q))
		if _, err := bufio.NewReader(os.Stdin).ReadString('\n'); err != nil {
			return err
		}
		for _, it := range q {
			if _, err := st.Grade(set, it, fsrs.Hard, monday.Add(2*time.Minute)); err != nil {
				return err
			}
		}
		fmt.Println("graded")
		return nil
	}()
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	os.Exit(0)
}

// TestTwoProcessesGradingOneCardKeepBothReviews is finding 7 with two real
// processes, as two terminal windows are: both load the same queue, this
// one grades every card Again, then the other grades every card Hard from
// the queue it loaded before. Every second review must be of the card as
// the first left it.
func TestTwoProcessesGradingOneCardKeepBothReviews(t *testing.T) {
	path := filepath.Join(t.TempDir(), "omt.db")
	st := openAt(t, path)
	cmd := exec.Command(os.Args[0], "-test.run=^TestStudyHelperProcess$")
	cmd.Env = append(os.Environ(), studyHelperDB+"="+path)
	stderr := &strings.Builder{}
	cmd.Stderr = stderr
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
	out := bufio.NewScanner(stdout)
	deck := processDeck()
	if !out.Scan() || out.Text() != fmt.Sprintf("loaded %d", len(deck)) {
		t.Fatalf("the second window did not load its queue: %q %s", out.Text(), stderr)
	}

	set := DefaultSettings()
	q, err := st.Queue(deck, set, monday)
	if err != nil {
		t.Fatal(err)
	}
	for _, it := range q {
		if _, err := st.Grade(set, it, fsrs.Again, monday.Add(time.Minute)); err != nil {
			t.Fatal(err)
		}
	}
	fmt.Fprintln(stdin, "go")
	if !out.Scan() || out.Text() != "graded" {
		t.Fatalf("the second window did not grade: %q %s", out.Text(), stderr)
	}
	if err := cmd.Wait(); err != nil {
		t.Fatalf("the second window failed: %v\n%s", err, stderr)
	}

	chained, repeats := chain(t, st)
	t.Logf("%d of %d repeated reviews chained", chained, repeats)
	if repeats != len(deck) || chained != repeats {
		t.Errorf("%d of %d repeated reviews chained (state before = the previous state after); want all of %d",
			chained, repeats, len(deck))
	}
	sch := set.Scheduler()
	want := twice(sch, fsrs.NewCard(monday), fsrs.Again, monday.Add(time.Minute), fsrs.Hard, monday.Add(2*time.Minute))
	for _, ref := range deck {
		s, _, err := st.schedule.Card(ref.ID)
		if got := decodeState(s.State, monday); err != nil || !sameCard(got, want) {
			t.Fatalf("%s is scheduled %s (%v); want Again then Hard, %+v", ref.ID, s.State, err, want)
		}
	}
}
