package study

import (
	"slices"
	"time"

	"github.com/omt-reference/omt/store"
)

// Assignment is one of the class's assignments (decks to study by a due
// date, set by an instructor: see the class package) as one student stands
// with it.
type Assignment struct {
	// ID is the assignment's number.
	ID int64
	// Decks are the names of the decks assigned.
	Decks []string
	// Due is when they are to be done by; Assigned when they were set.
	Due, Assigned time.Time
	// By names who assigned them.
	By string
	// Cards is how many cards the decks hold (a card in two of them counts
	// once), and Done how many of those the student has reviewed at least
	// once, however the review went.
	Cards, Done int
	// Finished is when the last of the cards was first reviewed; zero until
	// every card has been.
	Finished time.Time
}

// Complete reports whether every card of the assignment has been reviewed.
func (a Assignment) Complete() bool { return !a.Finished.IsZero() }

// Late reports whether the assignment was finished after its due date, or
// is not finished and its due date has passed at now.
func (a Assignment) Late(now time.Time) bool {
	if a.Complete() {
		return a.Finished.After(a.Due)
	}
	return now.After(a.Due)
}

// Share is how much of the assignment is done, from 0 to 1; an assignment
// whose decks hold no card (the catalogue no longer makes them) is done.
func (a Assignment) Share() float64 {
	if a.Cards == 0 {
		return 1
	}
	return float64(a.Done) / float64(a.Cards)
}

// AssignmentCards is the cards of decks among all, each once, in all's
// order.
func AssignmentCards(all []CardRef, decks []string) []CardRef {
	var out []CardRef
	for _, c := range all {
		if slices.ContainsFunc(decks, c.InDeck) {
			out = append(out, c)
		}
	}
	return out
}

// AssignmentOf is a stored assignment as a student stands with it: cards
// are the cards of its decks (AssignmentCards), and progress is how far the
// student has gone through them (store.Class.Progress). It is the one
// place a student's progress through an assignment is worked out, for the
// student's own screens and for the class's.
func AssignmentOf(a store.Assignment, cards int, progress store.Progress) Assignment {
	out := Assignment{ID: a.ID, Decks: a.Decks, Due: a.Due, Assigned: a.Assigned, By: a.ByName,
		Cards: cards, Done: min(progress.Done, cards)}
	if out.Done == cards {
		out.Finished = progress.Last
		if cards == 0 {
			out.Finished = a.Assigned
		}
	}
	return out
}

// Assignments is the class's assignments, the soonest due first, each with
// how far the student has gone through its cards among all (the cards the
// catalogue makes). It is what the student's screens show of them: the
// deck picker lists them at the top, and the header names the next one due.
// Without a database there are none.
func (s Student) Assignments(all []CardRef) ([]Assignment, error) {
	if s.class == nil {
		return nil, nil
	}
	stored, err := s.class.Assignments()
	if err != nil || len(stored) == 0 {
		return nil, err
	}
	out := make([]Assignment, 0, len(stored))
	for _, a := range stored {
		cards := AssignmentCards(all, a.Decks)
		ids := make([]string, len(cards))
		for i, c := range cards {
			ids[i] = c.ID
		}
		progress, err := s.class.Progress(ids, []string{s.profile})
		if err != nil {
			return nil, err
		}
		out = append(out, AssignmentOf(a, len(cards), progress[s.profile]))
	}
	return out, nil
}

// assignedFirst orders a deck's cards for choosing new ones: the cards of
// the class's assignments first, the soonest due first and each
// assignment's cards interleaved, then the rest, interleaved. An assigned
// deck's new cards so come before others, within the same daily allowance.
func (s Student) assignedFirst(deck []CardRef) ([]CardRef, error) {
	mixed := interleaved(deck)
	if s.class == nil {
		return mixed, nil
	}
	assignments, err := s.class.Assignments()
	if err != nil || len(assignments) == 0 {
		return mixed, err
	}
	out := make([]CardRef, 0, len(mixed))
	placed := make(map[string]bool, len(mixed))
	for _, a := range assignments { // soonest due first
		for _, c := range mixed {
			if !placed[c.ID] && slices.ContainsFunc(a.Decks, c.InDeck) {
				placed[c.ID] = true
				out = append(out, c)
			}
		}
	}
	for _, c := range mixed {
		if !placed[c.ID] {
			out = append(out, c)
		}
	}
	return out, nil
}
