package ui

import (
	"slices"
	"strings"
	"testing"
	"time"
)

// TestStudyShufflesTheOptionsAtEachShowing: a card's options are shown in
// the order the shuffle gives, lettered by their place; a card answered
// wrongly comes back in the session in another order, and the letter of the
// answer's new place is the right answer.
func TestStudyShufflesTheOptionsAtEachShowing(t *testing.T) {
	clock := &studyClock{now: time.Date(2026, 11, 30, 9, 0, 0, 0, time.Local)}
	m, _ := startStudy(t, clock, "glossary", 120, 40)
	v := studying(t, m)
	for card, _, _ := v.current(); len(card.Choices) == 0; card, _, _ = v.current() {
		m = answer(t, m)
		v = studying(t, m)
	}
	card, _, _ := v.current()
	first := slices.Clone(v.shown[card.ID])
	if slices.Equal(first, []int{0, 1, 2, 3}) {
		t.Fatalf("the options are shown in the order they were made, %v; the test's shuffle should move them", first)
	}
	for i, c := range first {
		if line := string(rune('1'+i)) + ") " + string(rune('a'+i)) + ". " + card.Choices[c]; !strings.Contains(screen(m), line) {
			t.Fatalf("place %d does not show %q:\n%s", i, line, screen(m))
		}
	}
	wrong := 0
	if v.choiceAt(wrong) == card.Answer {
		wrong = 1
	}
	right := v.correct
	m = run(t, m, press(string(rune('a'+wrong))))
	if v = studying(t, m); v.chosen != first[wrong] || v.correct != right {
		t.Fatalf("the letter of place %d chose %d (%d right); want the choice shown there, %d, and wrong", wrong, v.chosen, v.correct, first[wrong])
	}
	m = run(t, m, press("space"))
	for i := 0; ; i++ {
		v = studying(t, m)
		if c, _, _ := v.current(); c.ID == card.ID {
			break
		}
		if i > 60 || v.phase == studyDone {
			t.Fatalf("the card answered wrongly never came back (phase %d)", v.phase)
		}
		clock.now = clock.now.Add(2 * time.Minute)
		m = answer(t, m)
	}
	again := v.shown[card.ID]
	if slices.Equal(again, first) {
		t.Errorf("the card came back in the order it was missed in, %v", first)
	}
	right = v.correct
	m = run(t, m, press(string(rune('a'+place(v, card.Answer)))))
	if v = studying(t, m); v.chosen != card.Answer || v.correct != right+1 {
		t.Errorf("the letter of the answer's new place chose %d (%d right, was %d); want the answer %d", v.chosen, v.correct, right, card.Answer)
	}
}
