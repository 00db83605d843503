//go:build unix

package main

import (
	"encoding/json"
	"io"
	"path/filepath"
	"strings"
	"testing"
)

// examEnv is a terminal with its own database, on the test clock's day.
func examEnv(t *testing.T) []string {
	return []string{"TERM=xterm-256color", "OMT_DATABASE=" + filepath.Join(t.TempDir(), "omt.db"),
		"OMT_NOW=2026-11-30T09:00:00Z", "TZ=UTC"}
}

// examBlock is one block as omt exam history and show print it.
type examBlock struct {
	ID          int64  `json:"id"`
	Mode        string `json:"mode"`
	State       string `json:"state"`
	Size        int    `json:"size"`
	UsedSeconds int    `json:"used_seconds"`
	Score       struct {
		Right, Wrong, Omitted, Total int
		ByTopic                      []struct{ Topic string } `json:"by_topic"`
	} `json:"score"`
	Questions []struct {
		Chosen  *string `json:"chosen"`
		Flagged bool    `json:"flagged"`
	} `json:"questions"`
}

// examHistory is what omt exam history --json says of the database.
func examHistory(t *testing.T, env []string) []examBlock {
	t.Helper()
	out, errOut, code := omt(t, env, "exam", "history", "--json")
	if code != 0 {
		t.Fatalf("omt exam history: exit %d, %s", code, errOut)
	}
	var blocks []examBlock
	if err := json.Unmarshal([]byte(out), &blocks); err != nil {
		t.Fatalf("omt exam history --json: %v\n%s", err, out)
	}
	return blocks
}

// examShown is what omt exam show --json says of a block.
func examShown(t *testing.T, env []string, args ...string) examBlock {
	t.Helper()
	out, errOut, code := omt(t, env, append([]string{"exam", "show", "--json"}, args...)...)
	if code != 0 {
		t.Fatalf("omt exam show: exit %d, %s", code, errOut)
	}
	var b examBlock
	if err := json.Unmarshal([]byte(out), &b); err != nil {
		t.Fatalf("omt exam show --json: %v\n%s", err, out)
	}
	return b
}

// TestAWholeBlockTimesOutOnATerminal sits a timed block of three questions
// given 3 seconds, answers one, and lets the clock run out: the score
// screen comes up by itself, and the block is kept as timed out with the
// answer given.
func TestAWholeBlockTimesOutOnATerminal(t *testing.T) {
	if testing.Short() {
		t.Skip("lets a 3 s block run out in real time")
	}
	env := examEnv(t)
	term := startTerminal(t, env, "exam", "--size", "3", "--time", "3s", "--seed", "7")
	term.waitForScreen("Question 1 of 3")
	_, _ = io.WriteString(term.ptmx, "a")
	term.waitForScreen("1 of 3 answered")
	term.waitForScreen("Time is up: the block has ended.")
	_, _ = io.WriteString(term.ptmx, "q")
	if code := term.exit(); code != 0 {
		t.Errorf("q on the score exited %d", code)
	}
	term.assertRestored()
	if out := term.drain(); !strings.Contains(out, "Block 1: ") || !strings.Contains(out, "omt exam show 1") {
		t.Errorf("no summary after the screen closed:\n%q", out[max(0, len(out)-400):])
	}
	blocks := examHistory(t, env)
	if len(blocks) != 1 {
		t.Fatalf("%d blocks kept, want 1", len(blocks))
	}
	b := blocks[0]
	if b.State != "timed-out" || b.Mode != "timed" || b.UsedSeconds != 3 || b.Score.Total != 3 ||
		b.Score.Right+b.Score.Wrong != 1 || b.Score.Omitted != 2 {
		t.Errorf("the block kept: %+v", b)
	}
}

// TestABlockInTutorModeOnATerminal answers two questions in tutor mode,
// each explained as it is answered, submits, and opens the review.
func TestABlockInTutorModeOnATerminal(t *testing.T) {
	env := examEnv(t)
	term := startTerminal(t, env, "exam", "--mode", "tutor", "--size", "2", "--seed", "7")
	term.waitForScreen("Question 1 of 2")
	term.waitForScreen("Tutor")
	_, _ = io.WriteString(term.ptmx, "a")
	term.waitForScreen("From the catalogue's")
	_, _ = io.WriteString(term.ptmx, "n")
	term.waitForScreen("Question 2 of 2")
	_, _ = io.WriteString(term.ptmx, "b")
	term.waitForScreen("2 of 2 answered")
	_, _ = io.WriteString(term.ptmx, "s")
	term.waitForScreen("Submit the block? 0 of 2 not answered")
	_, _ = io.WriteString(term.ptmx, "y")
	term.waitForScreen("You submitted the block.")
	term.waitForScreen("This block leaves your study schedule as it was.")
	_, _ = io.WriteString(term.ptmx, "r")
	term.waitForScreen("Review: question 1 of 2")
	_, _ = io.WriteString(term.ptmx, "q")
	if code := term.exit(); code != 0 {
		t.Errorf("q in the review exited %d", code)
	}
	term.assertRestored()

	b := examShown(t, env)
	if b.State != "submitted" || b.Mode != "tutor" || len(b.Questions) != 2 {
		t.Fatalf("the block kept: %+v", b)
	}
	for i, want := range []string{"A", "B"} {
		if q := b.Questions[i]; q.Chosen == nil || *q.Chosen != want {
			t.Errorf("question %d: chosen %v, want %s", i+1, q.Chosen, want)
		}
	}
	out, _, _ := omt(t, env, "study", "stats", "--json")
	var stats struct {
		Reviews int            `json:"reviews_30_days"`
		Cards   map[string]int `json:"cards_by_state"`
	}
	if err := json.Unmarshal([]byte(out), &stats); err != nil || stats.Reviews != 0 || len(stats.Cards) != 0 {
		t.Errorf("a block without --count-reviews changed the study record (%v):\n%s", err, out)
	}
}

// TestABlockAbandonedWithCtrlCIsResumed leaves a timed block with Ctrl+C on
// its second question, one answer given and flagged; omt exam --resume
// opens it where it was, and it is then submitted as the same block.
func TestABlockAbandonedWithCtrlCIsResumed(t *testing.T) {
	env := examEnv(t)
	term := startTerminal(t, env, "exam", "--size", "3", "--seed", "7")
	term.waitForScreen("Question 1 of 3")
	_, _ = io.WriteString(term.ptmx, "b")
	term.waitForScreen("1 of 3 answered")
	_, _ = io.WriteString(term.ptmx, "f")
	term.waitForScreen("Flagged")
	_, _ = io.WriteString(term.ptmx, "n")
	term.waitForScreen("Question 2 of 3")
	_, _ = io.WriteString(term.ptmx, "\x03")
	if code := term.exit(); code != 130 {
		t.Errorf("Ctrl+C exited %d; want 130", code)
	}
	term.assertRestored()
	if out := term.drain(); !strings.Contains(out, "omt exam --resume") {
		t.Errorf("leaving did not say how to resume:\n%q", out[max(0, len(out)-400):])
	}
	left := examHistory(t, env)
	if len(left) != 1 || left[0].State != "abandoned" || left[0].UsedSeconds >= 270 {
		t.Fatalf("the block left: %+v", left)
	}

	term = startTerminal(t, env, "exam", "--resume")
	term.waitForScreen("Question 2 of 3")
	term.waitForScreen("1 of 3 answered · 1 flagged")
	_, _ = io.WriteString(term.ptmx, "s")
	term.waitForScreen("Submit the block?")
	_, _ = io.WriteString(term.ptmx, "y")
	term.waitForScreen("You submitted the block.")
	_, _ = io.WriteString(term.ptmx, "q")
	if code := term.exit(); code != 0 {
		t.Errorf("q on the score exited %d", code)
	}
	term.assertRestored()

	blocks := examHistory(t, env)
	if len(blocks) != 1 || blocks[0].ID != left[0].ID || blocks[0].State != "submitted" {
		t.Fatalf("after resuming: %+v; want block %d submitted, and no other", blocks, left[0].ID)
	}
	b := examShown(t, env, "1")
	if q := b.Questions[0]; q.Chosen == nil || *q.Chosen != "B" || !q.Flagged {
		t.Errorf("question 1 after resuming: chosen %v, flagged %v; want B, flagged", q.Chosen, q.Flagged)
	}
	if _, errOut, code := omt(t, env, "exam", "--resume"); code != 2 || !strings.Contains(errOut, "terminal") {
		t.Errorf("resuming a finished block from a pipe: exit %d, %s", code, errOut)
	}
}
