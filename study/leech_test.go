package study

import (
	"slices"
	"testing"
	"time"

	"github.com/omt-reference/omt/fsrs"
)

func TestLeechFiresAtEightThenEveryFour(t *testing.T) {
	var fired []int
	for lapses := 1; lapses <= 20; lapses++ {
		if LeechFired(fsrs.Card{Lapses: lapses - 1}, fsrs.Card{Lapses: lapses}) {
			fired = append(fired, lapses)
		}
	}
	if !slices.Equal(fired, []int{8, 12, 16, 20}) {
		t.Errorf("a leech is announced at lapses %v; want 8, 12, 16, 20 (Anki: the threshold, then every half of it)", fired)
	}
	if LeechFired(fsrs.Card{Lapses: 8}, fsrs.Card{Lapses: 8}) {
		t.Error("a review that did not lapse announced a leech")
	}
	if IsLeech(fsrs.Card{Lapses: 7}) || !IsLeech(fsrs.Card{Lapses: 8}) {
		t.Error("a leech is a card lapsed eight times or more")
	}
}

// lapse grades a card through the schedule until it has lapsed n times:
// Good until it is in review, then Again, each when it is due. It returns
// the time of the last review.
func lapse(t *testing.T, st Student, set Settings, ref CardRef, n int, now time.Time) time.Time {
	t.Helper()
	for lapses := 0; lapses < n; {
		q, err := st.Queue([]CardRef{ref}, set, now)
		if err != nil || len(q) != 1 {
			t.Fatalf("queue at %v: %d items, %v", now, len(q), err)
		}
		rating := Good
		if q[0].Card.State == fsrs.Review {
			rating = Again
		}
		card, err := st.Grade(set, q[0], rating, now)
		if err != nil {
			t.Fatal(err)
		}
		lapses = card.Lapses
		now = card.Due
	}
	return now
}

// TestLeechesAreMarkedAndSuspendedCardsNeverQueued: a card forgotten eight
// times is listed as a leech in the statistics, and not suspended (Anki's
// default is to mark it); suspended, it is in no queue and no count, though
// due, and unsuspended it comes back.
func TestLeechesAreMarkedAndSuspendedCardsNeverQueued(t *testing.T) {
	st, set := openStudy(t), DefaultSettings()
	deck := deckOf(3, "glossary")
	now := lapse(t, st, set, deck[0], LeechLapses, monday)
	rep, err := st.Stats(deck, now)
	if err != nil || len(rep.Leeches) != 1 || rep.Leeches[0] != (Leech{Card: deck[0].ID, Lapses: LeechLapses}) || rep.Suspended != 0 {
		t.Fatalf("stats after eight lapses: leeches %+v, %d suspended, %v; want card-000 with 8 lapses, not suspended", rep.Leeches, rep.Suspended, err)
	}
	q, _ := st.Queue(deck, set, now)
	if len(q) == 0 || q[0].Ref.ID != deck[0].ID {
		t.Fatalf("the leech is not due at %v: %d queued", now, len(q))
	}

	if n, err := st.Suspend([]string{deck[0].ID, deck[1].ID}, now); err != nil || n != 2 {
		t.Fatalf("Suspend = %d, %v", n, err)
	}
	q, _ = st.Queue(deck, set, now.Add(24*time.Hour))
	for _, it := range q {
		if it.Ref.ID != deck[2].ID {
			t.Errorf("the suspended card %s is queued", it.Ref.ID)
		}
	}
	tally, _ := st.Count(deck, now)
	if tally.All.Due != 0 || tally.All.New != 1 || tally.ByDeck["glossary"].New != 1 {
		t.Errorf("counts with two cards suspended: %+v, %+v; want nothing due and one new", tally.All, tally.ByDeck["glossary"])
	}
	listed, err := st.SuspendedCards(deck, now)
	if err != nil || len(listed) != 2 || listed[0] != (SuspendedCard{Card: deck[0].ID, Suspended: now.UTC(), Lapses: LeechLapses}) || listed[1].Card != deck[1].ID {
		t.Errorf("SuspendedCards = %+v, %v; want card-000 (8 lapses), then card-001", listed, err)
	}
	rep, _ = st.Stats(deck, now)
	if rep.Suspended != 2 || !rep.Leeches[0].Suspended || rep.DueToday != 0 {
		t.Errorf("stats: %d suspended, leeches %+v, %d due today; want 2, the leech suspended, none due", rep.Suspended, rep.Leeches, rep.DueToday)
	}

	if n, err := st.Unsuspend([]string{deck[0].ID}); err != nil || n != 1 {
		t.Fatalf("Unsuspend = %d, %v", n, err)
	}
	if q, _ := st.Queue(deck, set, now); len(q) == 0 || q[0].Ref.ID != deck[0].ID {
		t.Errorf("the unsuspended leech does not come back: %d queued", len(q))
	}
}

func TestSuspendWithoutADatabase(t *testing.T) {
	var st Student
	if _, err := st.Suspend([]string{"c"}, monday); err != ErrNoDatabase {
		t.Errorf("Suspend without a database: %v", err)
	}
	if got, err := st.Suspended(); err != nil || len(got) != 0 {
		t.Errorf("Suspended without a database: %v, %v", got, err)
	}
	if rep, err := st.Stats(deckOf(2, "d"), monday); err != nil || rep.Leeches == nil || rep.Suspended != 0 {
		t.Errorf("stats without a database: %+v, %v", rep, err)
	}
}
