// Package study owns every rule of spaced-repetition practice over the cards
// generated from the catalogue: a student's settings and what they fall back
// to, which cards a session shows (due ones, then the day's allowance of new
// ones, those of the class's assignments first, then learning cards due
// within minutes, never a suspended one), a student's assignments and
// progress through them, in what order a card's options are shown, what a
// grade does, which cards are leeches (eight lapses, marked as Anki marks
// them), what counts as due today and tomorrow, and the statistics and
// exports of the review log. It keeps each card's schedule in the store,
// asks FSRS for the next interval, and brings back as new a card whose fact
// changed.
//
// The front ends ask; they do not compute. The browser and the command line
// reach a student's record through a Student (StudentIn) and never touch the
// store's study tables or FSRS themselves. A Student with no database yet
// reads as empty: nothing scheduled, nothing reviewed, the default settings.
//
// It knows cards only by their reference (id, content hash, decks), so it
// works the same for any card source (the cards package generates them), and
// it never reads the clock: every call takes the time. It draws nothing:
// what a screen or a command prints of its answers is theirs.
package study

import (
	"encoding/json"
	"slices"
	"time"

	"github.com/omt-reference/omt/fsrs"
)

// CardRef is what the schedule needs of a card.
type CardRef struct {
	ID    string
	Hash  string   // changes when the fact the card shows changes
	Decks []string // the decks it belongs to
}

// InDeck reports whether the card belongs to the named deck; every card
// belongs to "", everything due.
func (r CardRef) InDeck(name string) bool {
	return name == "" || slices.Contains(r.Decks, name)
}

// InDeck is the cards of the named deck among all, in their order; "" is
// every card.
func InDeck(all []CardRef, name string) []CardRef {
	if name == "" {
		return all
	}
	var out []CardRef
	for _, r := range all {
		if r.InDeck(name) {
			out = append(out, r)
		}
	}
	return out
}

// Item is a card to show now: its reference, its memory state, and whether
// it is new, or back as new because its fact changed.
type Item struct {
	Ref     CardRef
	Card    fsrs.Card
	New     bool
	Updated bool
}

// decodeState reads a stored card state; one that does not read starts the
// card afresh rather than dropping it from the schedule.
func decodeState(raw json.RawMessage, now time.Time) fsrs.Card {
	var c fsrs.Card
	if err := json.Unmarshal(raw, &c); err != nil || c.Due.IsZero() {
		return fsrs.NewCard(now)
	}
	return c
}

// newState is a new card's state as the store keeps it.
func newState(now time.Time) (json.RawMessage, error) {
	return json.Marshal(fsrs.NewCard(now))
}

// startOfDay is midnight, local time, of the day of now: "today" as the
// student lives it.
func startOfDay(now time.Time) time.Time {
	y, m, d := now.Local().Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.Local)
}

// endOfTomorrow is the last second of the day after now's, local time.
func endOfTomorrow(now time.Time) time.Time {
	y, m, d := now.Local().Date()
	return time.Date(y, m, d+2, 0, 0, 0, 0, time.Local).Add(-time.Second)
}
