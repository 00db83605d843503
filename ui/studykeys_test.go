package ui

import (
	"testing"
	"time"

	"github.com/omt-reference/omt/ui/common"

	tea "charm.land/bubbletea/v2"
)

// TestStudyKeysInEachPhase pins what every key does in every phase of a
// session: the session's own keys (end, close, sources) work on any card,
// a card's keys only in the phase that asks for them, and only leaving
// works once no card is on show.
func TestStudyKeysInEachPhase(t *testing.T) {
	clock := &studyClock{now: time.Date(2026, 11, 30, 9, 0, 0, 0, time.Local)}
	m, _ := startStudy(t, clock, "", 120, 40)
	base := studying(t, m)
	choice, recall := -1, -1
	for i := range base.queue {
		card, _ := base.data.deck.card(base.queue[i].Ref.ID)
		switch {
		case len(card.Choices) > 0 && choice < 0 && i+1 < len(base.queue):
			choice = i
		case len(card.Choices) == 0 && recall < 0 && i+1 < len(base.queue):
			recall = i
		}
	}
	if choice < 0 || recall < 0 {
		t.Fatal("the queue lacks a choice card or a recall card with a card after it")
	}
	type want struct {
		phase   studyPhase
		at      int // -1: the card it started on
		saving  bool
		sources bool
		held    int
		closes  bool
	}
	for _, tc := range []struct {
		name  string
		phase studyPhase
		at    int
		key   string
		saves bool // a grade is saving when the key comes
		want  want
	}{
		{"a choice card ignores reveal", studyFront, choice, "space", false, want{phase: studyFront, at: -1}},
		{"a choice card takes a letter", studyFront, choice, "b", false, want{phase: studyAnswered, at: -1, saving: true}},
		{"a recall card reveals", studyFront, recall, "space", false, want{phase: studyBack, at: -1}},
		{"no grade before the answer", studyFront, recall, "3", false, want{phase: studyFront, at: -1}},
		{"a grade once revealed", studyBack, recall, "3", false, want{phase: studyBack, at: -1, saving: true}},
		{"no reveal once revealed", studyBack, recall, "space", false, want{phase: studyBack, at: -1}},
		{"sources on any card", studyBack, recall, "o", false, want{phase: studyBack, at: -1, sources: true}},
		{"on to the next card", studyAnswered, choice, "enter", false, want{phase: studyFront, at: choice + 1}},
		{"end the session", studyFront, recall, "q", false, want{phase: studyDone, at: -1}},
		{"keys wait for a save", studyAnswered, choice, "space", true, want{phase: studyAnswered, at: -1, saving: true, held: 1}},
		{"the summary closes", studyDone, recall, "esc", false, want{phase: studyDone, at: -1, closes: true}},
		{"the summary takes no card key", studyDone, recall, "space", false, want{phase: studyDone, at: -1}},
		{"loading can be left", studyLoading, recall, "q", false, want{phase: studyLoading, at: -1, closes: true}},
		{"a failure can be left", studyFailed, recall, "esc", false, want{phase: studyFailed, at: -1, closes: true}},
		{"a failure takes no sources key", studyFailed, recall, "o", false, want{phase: studyFailed, at: -1}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			v := *base
			v.phase, v.at, v.saving, v.held, v.sources, v.chosen = tc.phase, tc.at, tc.saves, nil, false, -1
			_, _, eff := v.key(press(tc.key).(tea.KeyPressMsg))
			at := tc.want.at
			if at < 0 {
				at = tc.at
			}
			_, closes := eff.(common.CloseScreen)
			got := want{phase: v.phase, at: v.at, saving: v.saving, sources: v.sources, held: len(v.held), closes: closes}
			if tc.want.at < 0 {
				got.at = -1
				if v.at != at {
					t.Errorf("moved to card %d; want it to stay on %d", v.at, at)
				}
			}
			if got != tc.want {
				t.Errorf("%q in phase %d: %+v; want %+v", tc.key, tc.phase, got, tc.want)
			}
		})
	}
}
