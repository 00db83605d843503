package render

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/omt-reference/omt/exam"
)

// unfinishedBlock is a block of two questions, the first answered wrongly
// and the second not yet, left in the given mode and state.
func unfinishedBlock(mode exam.Mode, state exam.State) exam.Block {
	item := func(stem string, chosen int) exam.Item {
		return exam.Item{Question: exam.Question{CardID: "card/" + stem, Topic: "t", TopicTitle: "Topic", Stem: stem,
			Options: []string{"Alpha", "Bravo", "Charlie"}, Answer: 2, Explanation: "EXPLAINED-" + stem}, Chosen: chosen}
	}
	return exam.Block{ID: 7, Mode: mode, State: state, Items: []exam.Item{item("first", 0), item("second", -1)}}
}

// TestAnUnfinishedTimedBlockKeepsItsAnswers: a timed block left with q (or
// killed) can be resumed, so `omt exam show` and `omt exam history` must not
// tell the student which answers are right before the block ends. They did:
// show printed every question's answer and explanation, and history the
// score so far.
func TestAnUnfinishedTimedBlockKeepsItsAnswers(t *testing.T) {
	for _, state := range []exam.State{exam.InProgress, exam.Abandoned} {
		b := unfinishedBlock(exam.Timed, state)
		var show, hist bytes.Buffer
		if err := (Out{W: &show, Width: 80}).ExamBlock(b); err != nil {
			t.Fatal(err)
		}
		if err := (Out{W: &hist, Width: 80}).ExamHistory([]exam.Block{b}); err != nil {
			t.Fatal(err)
		}
		for name, out := range map[string]string{"show": show.String(), "history": hist.String()} {
			for _, secret := range []string{"EXPLAINED", "the answer is", "* C.", "wrong", "right", "0/2", "0 of 2", "weakest"} {
				if strings.Contains(out, secret) {
					t.Errorf("%s of a %s timed block shows %q:\n%s", name, state, secret, out)
				}
			}
			if !strings.Contains(out, "omt exam --resume") {
				t.Errorf("%s of a %s block does not say how to resume it:\n%s", name, state, out)
			}
		}
		js, _ := json.Marshal(NewExamBlockJSON(b, true))
		for _, secret := range []string{"EXPLAINED", `"answer":"C"`, `"wrong":1`} {
			if strings.Contains(string(js), secret) {
				t.Errorf("show --json of a %s timed block shows %s: %s", state, secret, js)
			}
		}
	}
}

// TestAnUnfinishedTutorBlockShowsOnlyWhatWasShown: tutor mode explains each
// answer as it is given, so an unfinished tutor block may show those, and no
// more.
func TestAnUnfinishedTutorBlockShowsOnlyWhatWasShown(t *testing.T) {
	b := unfinishedBlock(exam.Tutor, exam.Abandoned)
	var show bytes.Buffer
	if err := (Out{W: &show, Width: 80}).ExamBlock(b); err != nil {
		t.Fatal(err)
	}
	out := show.String()
	if !strings.Contains(out, "EXPLAINED-first") {
		t.Errorf("the answered question's explanation, shown while sitting, is missing:\n%s", out)
	}
	if strings.Contains(out, "EXPLAINED-second") {
		t.Errorf("the unanswered question's explanation is shown:\n%s", out)
	}
}
