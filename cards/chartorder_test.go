package cards_test

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/omt-reference/omt/cards"
)

// permutations are every order of 0 to n-1.
func permutations(n int) [][]int {
	if n == 0 {
		return [][]int{{}}
	}
	var out [][]int
	for _, p := range permutations(n - 1) {
		for at := 0; at <= len(p); at++ {
			out = append(out, slices.Insert(slices.Clone(p), at, n-1))
		}
	}
	return out
}

// TestAMarksCardIsRelabelledAtEachShowing: a "where is it?" card's choices
// name its chart's marks. Shown in another order, the list must still read
// Mark A, Mark B ... down the places, so the marks take the letters of the
// places their choices are shown in, on the chart and in the explanation:
// the same point is mark B at one showing and mark D at the next, and a
// student learns where it is, not its letter.
func TestAMarksCardIsRelabelledAtEachShowing(t *testing.T) {
	_, all := shipped(t)
	checked := 0
	for _, card := range all {
		if card.Chart == nil || len(card.Chart.Marks) == 0 {
			continue
		}
		checked++
		before := card.Back
		for _, order := range permutations(len(card.Choices)) {
			shown := cards.AsShown(card, order)
			for place, c := range order {
				letter := string(rune('A' + place))
				if shown.Choices[c] != "Mark "+letter || shown.Chart.Marks[c].Label != letter ||
					shown.Chart.Marks[c].Point != card.Chart.Marks[c].Point {
					t.Fatalf("%s in order %v: choice %d in place %d reads %q on mark %+v; want Mark %s on %s",
						card.ID, order, c, place, shown.Choices[c], shown.Chart.Marks[c], letter, card.Chart.Marks[c].Point)
				}
				// The explanation's line for this mark says what it said, of the new letter.
				old := "Mark " + card.Chart.Marks[c].Label + " is "
				for _, line := range strings.Split(card.Back, "\n") {
					if rest, ok := strings.CutPrefix(line, old); ok && !strings.Contains(shown.Back, "\nMark "+letter+" is "+rest) {
						t.Fatalf("%s in order %v: the back does not say mark %s is %q:\n%s", card.ID, order, letter, rest, shown.Back)
					}
				}
			}
			key := "Mark " + string(rune('A'+slices.Index(order, card.Answer)))
			if shown.Answer != card.Answer || !strings.HasPrefix(shown.Back, key+"\n\n") ||
				!strings.Contains(shown.Back, " is at mark "+key[len("Mark "):]+":") {
				t.Fatalf("%s in order %v: the answer is %d and the back\n%s\nwant %s", card.ID, order, shown.Answer, shown.Back, key)
			}
			lines := strings.Split(shown.Back, "\n")
			if wrong := lines[3:]; !slices.IsSorted(wrong) {
				t.Fatalf("%s in order %v: the wrong marks are not explained in the order of their letters:\n%s", card.ID, order, shown.Back)
			}
		}
		if card.Back != before {
			t.Fatalf("%s: AsShown changed the card it was given", card.ID)
		}
		if shown := cards.AsShown(card, []int{0, 1, 2, 3}); !reflect.DeepEqual(shown, card) {
			t.Errorf("%s in its own order is not the card as made:\n%+v\n%+v", card.ID, shown, card)
		}
	}
	if checked < 50 {
		t.Errorf("only %d cards with marks: the check checked too little", checked)
	}
}

// TestAsShownLeavesOtherCardsAlone: a card whose choices are not its
// chart's marks is shown as it is, whatever the order; so is any card given
// an order that is not one of its choices.
func TestAsShownLeavesOtherCardsAlone(t *testing.T) {
	_, all := shipped(t)
	for _, card := range all {
		marks := card.Chart != nil && len(card.Chart.Marks) > 0
		for _, order := range [][]int{{3, 2, 1, 0}, {0, 0, 1, 2}, {1, 2}, nil} {
			if marks && len(order) == 4 && order[0] != order[1] {
				continue
			}
			if shown := cards.AsShown(card, order); !reflect.DeepEqual(shown, card) {
				t.Fatalf("%s in order %v is shown changed", card.ID, order)
			}
		}
	}
}
