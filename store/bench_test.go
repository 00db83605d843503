package store

import (
	"database/sql"
	"fmt"
	"path/filepath"
	"testing"
	"time"
)

// The size the targets of issue 11 are set at: 100,000 reviews in the log.
// 4,000 cards is more than the catalogue generates today, so each has 25
// reviews.
const (
	benchReviews = 100_000
	benchCards   = 4_000
)

// seedReviews writes n reviews spread over cards cards in one transaction (a
// real student takes months to write them one by one). Card k is reviewed
// every cards minutes, and its last review makes it due k minutes after the
// last one, so some cards are due and some are not at any time around then.
func seedReviews(st *Study, n, cards int) error {
	return st.db.write(func(tx *sql.Tx) error {
		for i := range n {
			r := review(fmt.Sprintf("card-%05d", i%cards), i)
			r.Due = t0.Add(time.Duration(n+i%cards) * time.Minute)
			if _, err := record(tx, st.profile, r); err != nil {
				return err
			}
		}
		return nil
	})
}

// seededStore is a store in b.TempDir() holding benchReviews reviews, with
// the time at which half of the cards are due.
func seededStore(b *testing.B) (*Store, string, time.Time) {
	b.Helper()
	s, path := openTemp(b)
	if err := seedReviews(s.Study(""), benchReviews, benchCards); err != nil {
		b.Fatal(err)
	}
	return s, path, t0.Add(time.Duration(benchReviews+benchCards/2) * time.Minute)
}

// BenchmarkNextDueCard is the choice of the next card to show.
func BenchmarkNextDueCard(b *testing.B) {
	s, _, now := seededStore(b)
	st := s.Study("")
	for b.Loop() {
		due, err := st.Due(now, 1)
		if err != nil || len(due) != 1 {
			b.Fatal(due, err)
		}
	}
}

// BenchmarkCountDue is the count shown in the browser's header.
func BenchmarkCountDue(b *testing.B) {
	s, _, now := seededStore(b)
	st := s.Study("")
	for b.Loop() {
		if n, err := st.CountDue(now); err != nil || n == 0 {
			b.Fatal(n, err)
		}
	}
}

// BenchmarkRecordReview is grading a card: one committed, synced transaction.
func BenchmarkRecordReview(b *testing.B) {
	s, _, now := seededStore(b)
	st := s.Study("")
	i := 0
	for b.Loop() {
		r := review(fmt.Sprintf("card-%05d", i%benchCards), benchReviews+i)
		r.At = now
		if _, err := st.Record(r); err != nil {
			b.Fatal(err)
		}
		i++
	}
}

// BenchmarkGradeCard is what the study screen does per card: choose it, read
// its schedule and record the review.
func BenchmarkGradeCard(b *testing.B) {
	s, _, now := seededStore(b)
	st := s.Study("")
	i := 0
	for b.Loop() {
		due, err := st.Due(now, 1)
		if err != nil || len(due) != 1 {
			b.Fatal(due, err)
		}
		card, _, err := st.Card(due[0].CardID)
		if err != nil {
			b.Fatal(err)
		}
		r := review(card.CardID, benchReviews+i)
		r.Due = now // still due, behind the others: the queue never runs dry
		if _, err := st.Record(r); err != nil {
			b.Fatal(err)
		}
		i++
	}
}

// BenchmarkOpen is opening the database with 100,000 reviews, integrity
// check included, and closing it.
func BenchmarkOpen(b *testing.B) {
	s, path, _ := seededStore(b)
	s.Close()
	for b.Loop() {
		s, _, err := Open(path)
		if err != nil {
			b.Fatal(err)
		}
		s.Close()
	}
}

// BenchmarkOpenReadOnly is a reading command's open of the database with
// 100,000 reviews, integrity check included, and its close.
func BenchmarkOpenReadOnly(b *testing.B) {
	s, path, _ := seededStore(b)
	s.Close()
	for b.Loop() {
		s, _, err := OpenReadOnly(path)
		if err != nil || s == nil {
			b.Fatal(s, err)
		}
		s.Close()
	}
}

// BenchmarkOpenNew is creating a new database: the first run of omt.
func BenchmarkOpenNew(b *testing.B) {
	dir := b.TempDir()
	i := 0
	for b.Loop() {
		s, _, err := Open(filepath.Join(dir, fmt.Sprintf("%d.db", i)))
		if err != nil {
			b.Fatal(err)
		}
		s.Close()
		i++
	}
}
