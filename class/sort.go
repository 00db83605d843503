package class

import (
	"cmp"
	"slices"
	"strings"
)

// StudentOrder is a column the roster can be sorted by.
type StudentOrder int

// The roster's orders.
const (
	ByName StudentOrder = iota
	BySeen
	ByReviews
	ByRetention
	ByDue
	ByOverdue
	ByExam
	studentOrders
)

// StudentOrders is every order of the roster, in its columns' order.
func StudentOrders() []StudentOrder {
	out := make([]StudentOrder, studentOrders)
	for i := range out {
		out[i] = StudentOrder(i)
	}
	return out
}

func (o StudentOrder) String() string {
	switch o {
	case BySeen:
		return "last seen"
	case ByReviews:
		return "reviews"
	case ByRetention:
		return "retention"
	case ByDue:
		return "due"
	case ByOverdue:
		return "overdue"
	case ByExam:
		return "exam"
	}
	return "name"
}

// SortStudents sorts the roster by a column, ascending or descending; ties
// go by name either way, so that the order is always the same.
func SortStudents(s []Student, by StudentOrder, desc bool) {
	slices.SortStableFunc(s, func(a, b Student) int {
		d := compareStudents(a, b, by)
		if desc {
			d = -d
		}
		return cmp.Or(d, strings.Compare(strings.ToLower(a.Name), strings.ToLower(b.Name)), strings.Compare(a.Profile, b.Profile))
	})
}

func compareStudents(a, b Student, by StudentOrder) int {
	switch by {
	case BySeen:
		return a.Seen.Compare(b.Seen)
	case ByReviews:
		return cmp.Compare(a.Reviews, b.Reviews)
	case ByRetention:
		return cmp.Compare(a.Retention(), b.Retention())
	case ByDue:
		return cmp.Compare(a.Due, b.Due)
	case ByOverdue:
		return cmp.Compare(a.Overdue, b.Overdue)
	case ByExam:
		return cmp.Compare(examOrder(a), examOrder(b))
	}
	return strings.Compare(strings.ToLower(a.Name), strings.ToLower(b.Name))
}

// examOrder puts a student with no exam below any score.
func examOrder(s Student) float64 {
	if s.Exams == 0 {
		return -1
	}
	return s.ExamMean
}

// CardOrder is a column the weakest cards can be sorted by.
type CardOrder int

// The weakest cards' orders.
const (
	ByLapses CardOrder = iota
	ByFailed
	ByLapseRate
	ByCard
	cardOrders
)

// CardOrders is every order of the weakest cards.
func CardOrders() []CardOrder {
	out := make([]CardOrder, cardOrders)
	for i := range out {
		out[i] = CardOrder(i)
	}
	return out
}

func (o CardOrder) String() string {
	switch o {
	case ByFailed:
		return "students failed"
	case ByLapseRate:
		return "lapse rate"
	case ByCard:
		return "card"
	}
	return "lapses"
}

// SortCards sorts weak cards by a column, ascending or descending; ties go
// by lapses, the students who failed, then the card's id.
func SortCards(w []WeakCard, by CardOrder, desc bool) {
	slices.SortStableFunc(w, func(a, b WeakCard) int {
		var d int
		switch by {
		case ByFailed:
			d = cmp.Compare(a.Failed, b.Failed)
		case ByLapseRate:
			d = cmp.Compare(a.LapseRate(), b.LapseRate())
		case ByCard:
			d = strings.Compare(a.Card.ID, b.Card.ID)
		default:
			d = cmp.Compare(a.Lapses, b.Lapses)
		}
		if desc {
			d = -d
		}
		return cmp.Or(d, -cmp.Compare(a.Lapses, b.Lapses), -cmp.Compare(a.Failed, b.Failed), strings.Compare(a.Card.ID, b.Card.ID))
	})
}

// DeckOrder is a column the weakest decks can be sorted by.
type DeckOrder int

// The weakest decks' orders.
const (
	ByDeckLapseRate DeckOrder = iota
	ByDeckTries
	ByDeckName
	deckOrders
)

// DeckOrders is every order of the weakest decks.
func DeckOrders() []DeckOrder {
	out := make([]DeckOrder, deckOrders)
	for i := range out {
		out[i] = DeckOrder(i)
	}
	return out
}

func (o DeckOrder) String() string {
	switch o {
	case ByDeckTries:
		return "tries"
	case ByDeckName:
		return "deck"
	}
	return "lapse rate"
}

// SortDecks sorts weak decks by a column, ascending or descending; ties go
// by lapse rate, highest first, then by name.
func SortDecks(w []WeakDeck, by DeckOrder, desc bool) {
	slices.SortStableFunc(w, func(a, b WeakDeck) int {
		var d int
		switch by {
		case ByDeckTries:
			d = cmp.Compare(a.Tries, b.Tries)
		case ByDeckName:
			d = strings.Compare(a.Deck.Name, b.Deck.Name)
		default:
			d = cmp.Compare(a.LapseRate(), b.LapseRate())
		}
		if desc {
			d = -d
		}
		return cmp.Or(d, -cmp.Compare(a.LapseRate(), b.LapseRate()), strings.Compare(a.Deck.Name, b.Deck.Name))
	})
}
