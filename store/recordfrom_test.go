package store

import (
	"bytes"
	"database/sql"
	"errors"
	"strings"
	"testing"
)

// TestRecordFromSeesTheStoredSchedule: the review function gets the card as
// the database has it at the moment of writing, including a write made by
// another store on the same file after this one last read the card.
func TestRecordFromSeesTheStoredSchedule(t *testing.T) {
	s, path := openTemp(t)
	st := s.Study("")
	got, err := st.RecordFrom("c1", func(stored Schedule, scheduled bool) (Review, error) {
		if scheduled {
			t.Errorf("a card never scheduled came as scheduled: %+v", stored)
		}
		return review("c1", 0), nil
	})
	if err != nil || got.ID == 0 || got.CardID != "c1" {
		t.Fatalf("RecordFrom = %+v, %v", got, err)
	}

	other, _, err := Open(path) // a second window
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	second := review("c1", 5)
	if _, err := other.Study("").Record(second); err != nil {
		t.Fatal(err)
	}
	third := review("c1", 9)
	_, err = st.RecordFrom("c1", func(stored Schedule, scheduled bool) (Review, error) {
		if !scheduled || !bytes.Equal(stored.State, second.After) || !stored.Due.Equal(second.Due) {
			t.Errorf("RecordFrom handed %+v (scheduled %v); want the other window's state %s", stored, scheduled, second.After)
		}
		third.Before = stored.State
		return third, nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if c, _, _ := st.Card("c1"); !bytes.Equal(c.State, third.After) {
		t.Errorf("the schedule after RecordFrom is %s, want %s", c.State, third.After)
	}
}

// TestRecordFromRecordsNothingOnFailure: an error from the review function,
// a review of another card, an invalid review, or a panic, each leave the
// card and the log as they were, and the write lock free.
func TestRecordFromRecordsNothingOnFailure(t *testing.T) {
	s, path := openTemp(t)
	st := s.Study("")
	if _, err := st.Record(review("c1", 0)); err != nil {
		t.Fatal(err)
	}
	want, _, _ := st.Card("c1")
	refuse := errors.New("refused")
	for name, fn := range map[string]func(Schedule, bool) (Review, error){
		"an error":     func(Schedule, bool) (Review, error) { return Review{}, refuse },
		"another card": func(Schedule, bool) (Review, error) { return review("c2", 3), nil },
		"no rating": func(Schedule, bool) (Review, error) {
			r := review("c1", 3)
			r.Rating = 0
			return r, nil
		},
		"a panic": func(Schedule, bool) (Review, error) { panic("the scheduler was invalid") },
	} {
		func() {
			defer func() { recover() }()
			if _, err := st.RecordFrom("c1", fn); err == nil {
				t.Errorf("%s: RecordFrom succeeded", name)
			}
		}()
		if got, _, _ := st.Card("c1"); !bytes.Equal(got.State, want.State) {
			t.Errorf("%s: the card changed to %s", name, got.State)
		}
	}
	n := 0
	for _, err := range st.Log(LogFilter{}) {
		if err != nil {
			t.Fatal(err)
		}
		n++
	}
	if n != 1 {
		t.Errorf("%d reviews in the log after failed RecordFroms; want the 1 recorded before", n)
	}
	// The lock is free: a connection that does not wait at all for a lock
	// (no busy timeout) can write.
	db, err := sql.Open("sqlite", strings.Replace(dsn(path, ""), "_busy_timeout=5000", "_busy_timeout=0", 1))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.Exec(`INSERT INTO setting (profile, key, value) VALUES ('local', 'k', 'v')`); err != nil {
		t.Errorf("a write after the failures: %v; a failed RecordFrom left the write lock held", err)
	}
}
