package class

import (
	"errors"
	"fmt"
	"time"

	"github.com/omt-reference/omt/cards"
	"github.com/omt-reference/omt/store"
	"github.com/omt-reference/omt/study"
)

// ErrNotAStudent is what Student returns for a profile that is not one of
// the class's students: an instructor sees students, and only them.
var ErrNotAStudent = errors.New("class: not a student of this class")

// TrendWeeks is how many weeks a student's trend goes back.
const TrendWeeks = 8

// MinTopicTries is how many first tries one student needs on a deck
// before it is ranked among their weakest topics.
const MinTopicTries = 5

// StudentDetail is one student drilled into.
type StudentDetail struct {
	Student
	// Decks are the decks the student has tried a card of, in the
	// catalogue's order, with their progress.
	Decks []DeckProgress
	// Weeks are the student's last TrendWeeks weeks, the oldest first.
	Weeks []WeekFigures
	// Weakest are the student's weakest topics: their decks with
	// MinTopicTries first tries or more, by lapse rate, the highest first.
	Weakest []WeakDeck
	// Assignments are the class's assignments as the student stands with
	// them, the soonest due first.
	Assignments []study.Assignment
}

// DeckProgress is a student's progress through one deck.
type DeckProgress struct {
	Deck cards.Deck
	// Tried is how many of its cards the student has reviewed at least once.
	Tried int
	// Tries and Lapses are the student's first tries of its cards and the
	// lapses among them.
	Tries, Lapses int
	// Due is how many of its cards are due now.
	Due int
}

// LapseRate is the share of the first tries that lapsed.
func (d DeckProgress) LapseRate() float64 { return max(0, share(d.Lapses, d.Tries)) }

// WeekFigures is a student's reviews in one week of seven days.
type WeekFigures struct {
	Start                 time.Time
	Reviews, Tries, Right int
}

// Retention is the share of the week's first tries answered right; -1 for
// a week without one.
func (w WeekFigures) Retention() float64 { return share(w.Right, w.Tries) }

// Student is one student of the class drilled into: their figures, their
// decks, their trend by week, their weakest topics and their assignments.
// It reads study figures only, as the roster does.
func (c *Class) Student(profile string) (StudentDetail, error) {
	if !c.isStudent(profile) {
		return StudentDetail{}, fmt.Errorf("%s: %w", profile, ErrNotAStudent)
	}
	rows, err := c.figures([]string{profile})
	if err != nil {
		return StudentDetail{}, err
	}
	d := StudentDetail{Student: rows[0]}
	now := c.now()
	weeks, err := c.store.Class().Weeks(profile, now, TrendWeeks)
	if err != nil {
		return d, err
	}
	for _, w := range weeks {
		d.Weeks = append(d.Weeks, WeekFigures{Start: w.Start.In(now.Location()), Reviews: w.Reviews, Tries: w.Tries, Right: w.Right})
	}
	tried, err := c.store.Class().StudentCards(profile)
	if err != nil {
		return d, err
	}
	tallies := make([]store.CardTally, len(tried))
	for i, t := range tried {
		tallies[i] = store.CardTally{CardID: t.CardID, Students: 1, Failed: min(1, t.Lapses), Tries: t.Tries, Lapses: t.Lapses}
	}
	d.Weakest = rankDecks(c, tallies, MinTopicTries, func(t store.CardTally) (int, int, bool) {
		return t.Tries, t.Lapses, t.Failed > 0
	})
	student := study.StudentIn(c.store, profile)
	counts, err := student.Count(c.refs, now)
	if err != nil {
		return d, err
	}
	d.Decks = c.deckProgress(tallies, counts)
	d.Assignments, err = student.Assignments(c.refs)
	return d, err
}

// deckProgress sums one student's card tallies into the decks they have
// tried, with each deck's cards due now.
func (c *Class) deckProgress(tallies []store.CardTally, counts study.Tally) []DeckProgress {
	byDeck := map[string]*DeckProgress{}
	for _, t := range tallies {
		card, ok := c.Card(t.CardID)
		if !ok {
			continue
		}
		for _, name := range card.Decks {
			p := byDeck[name]
			if p == nil {
				p = &DeckProgress{Deck: c.byDeck[name], Due: counts.ByDeck[name].Due}
				byDeck[name] = p
			}
			p.Tried++
			p.Tries += t.Tries
			p.Lapses += t.Lapses
		}
	}
	var out []DeckProgress
	for _, d := range c.decks { // the catalogue's order
		if p := byDeck[d.Name]; p != nil && d.Group != cards.GroupTechnique {
			out = append(out, *p)
		}
	}
	return out
}
