package cards

import (
	"regexp"
	"slices"
	"strings"
)

// markName is how a "where is it?" card names a mark in its choices and in
// its explanation (see chartPlace): "Mark B", "at mark B". Compiled once;
// a Regexp never changes and is safe for concurrent use.
var markName = regexp.MustCompile(`\b([Mm]ark) ([A-Z])\b`)

// AsShown is a card as shown with its choices in an order (order[i] is the
// choice shown in place i, as study.ShowOrder gives it). Only a card whose
// choices name its chart's marks changes: each mark takes the letter of the
// place its choice is shown in, on the chart, in the choices and in the
// explanation, whose lines for the wrong marks then follow their letters.
// So the list reads Mark A, Mark B ... down its places whatever the order,
// and a point is mark B at one showing and mark D at another: a student
// learns where it is, not its letter. The choices keep their indexes, so
// Answer, a choice's index and the Hash are those of the card as made. Any
// other card, or an order that is not one of the card's choices, gives the
// card as it is; the card given is never changed.
func AsShown(card Card, order []int) Card {
	ch := card.Chart
	if ch == nil || len(ch.Marks) == 0 || !namesItsMarks(card) || !isOrder(order, len(card.Choices)) {
		return card
	}
	letter := make(map[string]string, len(order)) // the mark's label as made -> as shown
	for place, c := range order {
		letter[ch.Marks[c].Label] = string(rune('A' + place))
	}
	shown := card
	chart := *ch
	chart.Marks = slices.Clone(ch.Marks)
	shown.Chart, shown.Choices = &chart, slices.Clone(card.Choices)
	for c := range chart.Marks {
		chart.Marks[c].Label = letter[ch.Marks[c].Label]
		shown.Choices[c] = "Mark " + chart.Marks[c].Label
	}
	shown.Back = markName.ReplaceAllStringFunc(card.Back, func(m string) string {
		word, label, _ := strings.Cut(m, " ")
		if l, ok := letter[label]; ok {
			return word + " " + l
		}
		return m
	})
	shown.Back = marksInOrder(shown.Back)
	return shown
}

// namesItsMarks reports whether a card's choices are its chart's marks, one
// for one, as chartPlace writes them.
func namesItsMarks(card Card) bool {
	if len(card.Choices) != len(card.Chart.Marks) {
		return false
	}
	for i, m := range card.Chart.Marks {
		if card.Choices[i] != "Mark "+m.Label {
			return false
		}
	}
	return true
}

// isOrder reports whether order holds each of 0 to n-1 once.
func isOrder(order []int, n int) bool {
	if len(order) != n {
		return false
	}
	seen := make([]bool, n)
	for _, i := range order {
		if i < 0 || i >= n || seen[i] {
			return false
		}
		seen[i] = true
	}
	return true
}

// marksInOrder sorts the run of lines that explain the wrong marks ("Mark
// A is ..."), at the end of a "where is it?" card's explanation, by letter.
func marksInOrder(back string) string {
	lines := strings.Split(back, "\n")
	from := len(lines)
	for from > 0 && strings.HasPrefix(lines[from-1], "Mark ") {
		from--
	}
	slices.Sort(lines[from:])
	return strings.Join(lines, "\n")
}
