package study

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/omt-reference/omt/fsrs"
	"github.com/omt-reference/omt/store"
)

// The size the targets of issue 11 are set at: 100,000 reviews in the log,
// 25 for each of 4,000 cards (more than the catalogue makes).
const (
	benchCards   = 4_000
	benchReviews = 100_000
)

// seeded is a store holding benchReviews real FSRS reviews over benchCards
// cards, graded in turn over months, and the time after the last of them.
func seeded(b *testing.B) (Student, []CardRef, time.Time) {
	b.Helper()
	st := openStudy(b)
	deck := deckOf(benchCards, "all")
	sch := DefaultSettings().Scheduler()
	start := time.Date(2026, 1, 1, 8, 0, 0, 0, time.UTC)
	cards := make([]fsrs.Card, benchCards)
	for i := range cards {
		cards[i] = fsrs.NewCard(start)
	}
	var batch []store.Review
	now := start
	for i := range benchReviews {
		k := i % benchCards
		now = now.Add(2 * time.Minute)
		r := fsrs.Rating(1 + (i*7)%4)
		next, log := sch.Review(cards[k], r, now)
		before, _ := json.Marshal(log.Before)
		after, _ := json.Marshal(next)
		batch = append(batch, store.Review{CardID: deck[k].ID, ContentHash: deck[k].Hash, At: now, Rating: int(r),
			Before: before, After: after, Due: next.Due})
		cards[k] = next
	}
	if err := st.schedule.RecordAll(batch); err != nil {
		b.Fatal(err)
	}
	return st, deck, now.Add(24 * time.Hour)
}

// BenchmarkQueue is the start of a session over every card: the changed
// cards found, the due ones chosen and ordered, today's new ones counted.
func BenchmarkQueue(b *testing.B) {
	st, deck, now := seeded(b)
	set := DefaultSettings()
	for b.Loop() {
		if _, err := st.Queue(deck, set, now); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkNextCard is choosing the next card to show mid-session: the most
// overdue card, read and decoded.
func BenchmarkNextCard(b *testing.B) {
	st, _, now := seeded(b)
	for b.Loop() {
		due, err := st.schedule.Due(now, 1)
		if err != nil || len(due) != 1 {
			b.Fatal(due, err)
		}
		_ = decodeState(due[0].State, now)
	}
}

// BenchmarkGrade is grading a card: FSRS's review and the committed write.
func BenchmarkGrade(b *testing.B) {
	st, deck, now := seeded(b)
	set := DefaultSettings()
	q, err := st.Queue(deck, set, now)
	if err != nil || len(q) == 0 {
		b.Fatal(len(q), err)
	}
	i := 0
	for b.Loop() {
		it := q[i%len(q)]
		i++
		now = now.Add(time.Second)
		if _, err := st.Grade(set, it, fsrs.Good, now); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkStats is the stats screen over a log of 100,000 reviews.
func BenchmarkStats(b *testing.B) {
	st, deck, now := seeded(b)
	for b.Loop() {
		if _, err := st.Stats(deck, now); err != nil {
			b.Fatal(err)
		}
	}
}
