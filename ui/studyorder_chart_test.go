package ui

import (
	"slices"
	"strings"
	"testing"
)

// TestAMarksCardKeepsItsLettersInOrder: a "where is it?" card's options
// name the chart's marks. Shuffled, they must not read "a. Mark C": the
// marks take the letters of the places they are shown in, so the list reads
// Mark A to Mark D down, the letter on the chart is the letter to press, and
// the point asked about carries another letter at another showing.
func TestAMarksCardKeepsItsLettersInOrder(t *testing.T) {
	m := chartSession(t, 80, 24)
	m, card := showCard(t, m, "chart/tender-points/al3/place")
	v := studying(t, m)
	order := slices.Clone(v.shown[card.ID])
	if slices.Equal(order, []int{0, 1, 2, 3}) {
		t.Fatalf("the test's shuffle left the options in the order they were made")
	}
	s := screen(m)
	for i, want := range []string{"a. Mark A", "b. Mark B", "c. Mark C", "d. Mark D"} {
		if !strings.Contains(s, want) {
			t.Errorf("place %d does not read %q:\n%s", i, want, s)
		}
	}
	answerPlace := place(v, card.Answer)
	m = run(t, m, press(string(rune('a'+answerPlace))))
	s = screen(m)
	if letter := string(rune('A' + answerPlace)); !strings.Contains(s, "Right.") || !strings.Contains(s, "AL3 is at mark "+letter) {
		t.Errorf("the answer is mark %s as shown; pressing %c:\n%s", letter, 'a'+answerPlace, s)
	}
	letters := map[string]bool{}
	for range 6 {
		m, _ = showCard(t, m, card.ID)
		letters[string(rune('A'+place(studying(t, m), card.Answer)))] = true
	}
	if len(letters) < 2 {
		t.Errorf("AL3 was mark %v at every showing", letters)
	}
}
