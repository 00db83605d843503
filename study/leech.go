package study

import (
	"time"

	"github.com/omt-reference/omt/fsrs"
)

// LeechLapses is how many lapses make a card a leech, as Anki counts them:
// a lapse is a card in review that was forgotten (graded Again), and Anki's
// default threshold is eight. A leech is marked, not suspended: Anki's
// default action has been to tag it only since 2.1.28, and the student
// chooses whether to suspend it (Suspend).
const LeechLapses = 8

// IsLeech reports whether a card has lapsed LeechLapses times or more. The
// mark lasts as long as the card's memory state: a card whose fact changed
// starts again as new, with no lapses (the catalogue changed what it asks).
func IsLeech(c fsrs.Card) bool { return c.Lapses >= LeechLapses }

// LeechFired reports whether a review that took a card from before to after
// should tell the student it is a leech: when it lapses for the eighth time,
// and again every four lapses after (12, 16, ...), as Anki warns at half the
// threshold.
func LeechFired(before, after fsrs.Card) bool {
	return after.Lapses > before.Lapses && after.Lapses >= LeechLapses && (after.Lapses-LeechLapses)%(LeechLapses/2) == 0
}

// Leech is a leech in the statistics.
type Leech struct {
	Card      string `json:"card"`
	Lapses    int    `json:"lapses"`
	Suspended bool   `json:"suspended"`
}

// Suspend keeps cards out of every session and count until Unsuspend; their
// schedule and their reviews stay as they are. It reports how many were not
// suspended already.
func (s Student) Suspend(ids []string, now time.Time) (int, error) {
	if s.schedule == nil {
		return 0, ErrNoDatabase
	}
	return s.schedule.Suspend(now, ids...)
}

// Unsuspend brings suspended cards back to study, and reports how many were
// suspended.
func (s Student) Unsuspend(ids []string) (int, error) {
	if s.schedule == nil {
		return 0, ErrNoDatabase
	}
	return s.schedule.Unsuspend(ids...)
}

// Suspended is the student's suspended cards, each with when it was
// suspended; none without a database.
func (s Student) Suspended() (map[string]time.Time, error) {
	if s.schedule == nil {
		return map[string]time.Time{}, nil
	}
	return s.schedule.Suspended()
}

// SuspendedCard is a suspended card as listed: when it was suspended, and
// its lapses.
type SuspendedCard struct {
	Card      string    `json:"card"`
	Suspended time.Time `json:"suspended"`
	Lapses    int       `json:"lapses"`
}

// SuspendedCards lists the suspended cards among all, in their order.
func (s Student) SuspendedCards(all []CardRef, now time.Time) ([]SuspendedCard, error) {
	suspended, err := s.Suspended()
	if err != nil || len(suspended) == 0 {
		return []SuspendedCard{}, err
	}
	lapses := map[string]int{}
	for sc, err := range s.schedules() {
		if err != nil {
			return nil, err
		}
		if _, ok := suspended[sc.CardID]; ok {
			lapses[sc.CardID] = decodeState(sc.State, now).Lapses
		}
	}
	out := []SuspendedCard{}
	for _, c := range all {
		if at, ok := suspended[c.ID]; ok {
			out = append(out, SuspendedCard{Card: c.ID, Suspended: at.UTC(), Lapses: lapses[c.ID]})
		}
	}
	return out, nil
}
