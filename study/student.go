package study

import (
	"encoding/json"
	"errors"
	"iter"
	"time"

	"github.com/omt-reference/omt/fsrs"
	"github.com/omt-reference/omt/store"
)

// Student is one student's study record in the store: their schedule, their
// review log and their settings. It is a small value, cheap to make for each
// question asked.
type Student struct {
	schedule *store.Study    // nil: no database yet
	personal *store.Personal // where the settings are kept
	class    *store.Class    // the class's assignments
	profile  string
}

// StudentIn is the record of profile in s: "" is the local user, a key's
// fingerprint a student of omt serve. A nil s is a student with no database
// yet, whose record reads as empty and takes no writes (ErrNoDatabase): a
// command that only reads never has to create one.
func StudentIn(s *store.Store, profile string) Student {
	if s == nil {
		return Student{}
	}
	if profile == "" {
		profile = store.LocalProfile
	}
	return Student{schedule: s.Study(profile), personal: s.Personal(profile), class: s.Class(), profile: profile}
}

// ErrNoDatabase is what a write to a Student with no database returns.
var ErrNoDatabase = errors.New("study: there is no database to write to")

// schedules is every scheduled card; none without a database.
func (s Student) schedules() iter.Seq2[store.Schedule, error] {
	if s.schedule == nil {
		return func(func(store.Schedule, error) bool) {}
	}
	return s.schedule.Schedules()
}

// reviews is the review log as f filters it; empty without a database.
func (s Student) reviews(f store.LogFilter) iter.Seq2[store.Review, error] {
	if s.schedule == nil {
		return func(func(store.Review, error) bool) {}
	}
	return s.schedule.Log(f)
}

// Add puts cards in the schedule as new and due now, so that today's session
// shows them whatever the day's allowance of new cards: "study this
// technique". A card already scheduled keeps its schedule. It reports how
// many were added.
func (s Student) Add(refs []CardRef, now time.Time) (added int, err error) {
	if s.schedule == nil {
		return 0, ErrNoDatabase
	}
	add := make([]store.Schedule, 0, len(refs))
	for _, r := range refs {
		state, err := newState(now)
		if err != nil {
			return 0, err
		}
		add = append(add, store.Schedule{CardID: r.ID, ContentHash: r.Hash, State: state, Due: now})
	}
	return s.schedule.Add(add...)
}

// newToday counts the cards shown for the first time today.
func (s Student) newToday(now time.Time) (int, error) {
	n := 0
	// The log keeps milliseconds: Until is exclusive, so a review made at now
	// is counted only with a millisecond to spare.
	for r, err := range s.reviews(store.LogFilter{Since: startOfDay(now), Until: now.Add(time.Millisecond)}) {
		if err != nil {
			return n, err
		}
		var before fsrs.Card
		if json.Unmarshal(r.Before, &before) == nil && before.State == fsrs.New {
			n++
		}
	}
	return n, nil
}
