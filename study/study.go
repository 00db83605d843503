// Package study runs spaced-repetition practice over the cards generated
// from the catalogue. It keeps each card's schedule in the store, asks FSRS
// for the next interval, brings back as new a card whose fact changed, and
// answers what the study screens and commands ask: what is due, what each
// grade would schedule, how the last month went.
//
// It knows cards only by their reference (id, content hash, decks), so it
// works the same for any card source, and it never reads the clock: every
// call takes the time.
package study

import (
	"encoding/json"
	"fmt"
	"strconv"
	"time"

	"github.com/omt-reference/omt/fsrs"
	"github.com/omt-reference/omt/store"
)

// CardRef is what the schedule needs of a card.
type CardRef struct {
	ID    string
	Hash  string   // changes when the fact the card shows changes
	Decks []string // the decks it belongs to
}

// Settings are the student's choices, kept in the store.
type Settings struct {
	Retention float64 // the desired probability of recall when a card comes due
	NewPerDay int     // how many cards a day are shown for the first time
}

// The settings' keys in the store, and their defaults.
const (
	RetentionKey     = "study.retention"
	NewPerDayKey     = "study.new_per_day"
	DefaultRetention = 0.90
	DefaultNewPerDay = 20
)

// DefaultSettings are FSRS's default retention and twenty new cards a day.
func DefaultSettings() Settings {
	return Settings{Retention: DefaultRetention, NewPerDay: DefaultNewPerDay}
}

// ReadSettings reads the settings, defaults for those never set. A value that
// does not read or is out of range is an error that names it.
func ReadSettings(p *store.Personal) (Settings, error) {
	s := DefaultSettings()
	if v, ok, err := p.Setting(RetentionKey); err != nil {
		return s, err
	} else if ok {
		r, err := strconv.ParseFloat(v, 64)
		if err != nil {
			return s, fmt.Errorf("setting %s: %q is not a number", RetentionKey, v)
		}
		s.Retention = r
	}
	if v, ok, err := p.Setting(NewPerDayKey); err != nil {
		return s, err
	} else if ok {
		n, err := strconv.Atoi(v)
		if err != nil {
			return s, fmt.Errorf("setting %s: %q is not a whole number", NewPerDayKey, v)
		}
		s.NewPerDay = n
	}
	return s, s.Validate()
}

// Validate says what is wrong with settings out of range.
func (s Settings) Validate() error {
	if s.NewPerDay < 0 || s.NewPerDay > 1000 {
		return fmt.Errorf("new cards a day must be 0 to 1000, not %d", s.NewPerDay)
	}
	if err := s.Scheduler().Validate(); err != nil {
		return fmt.Errorf("retention %.2f: %w", s.Retention, err)
	}
	return nil
}

// Scheduler is FSRS with its published defaults and this retention.
func (s Settings) Scheduler() fsrs.Scheduler {
	sch := fsrs.DefaultScheduler()
	sch.DesiredRetention = s.Retention
	return sch
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

// Intervals is how long each grade would put a card away: Again, Hard,
// Good and Easy, in that order.
func Intervals(sch fsrs.Scheduler, it Item, now time.Time) [4]time.Duration {
	var out [4]time.Duration
	for r, c := range sch.Preview(it.Card, now) {
		out[r-fsrs.Again] = c.Due.Sub(now)
	}
	return out
}

// Grade schedules the card for the grade and records the review, committed
// before it returns, so a review the student has given is never lost. It
// returns the card as saved.
//
// The grade applies to the card as the database has it when the review is
// written, not as it was when the item was loaded: another omt window on the
// same database may have graded it since, and that review must keep its
// effect (the log chains: each review's state before is the previous one's
// state after). The item's own card is used only when the database has no
// schedule for the content shown.
func Grade(st *store.Study, sch fsrs.Scheduler, it Item, r fsrs.Rating, now time.Time) (fsrs.Card, error) {
	var next fsrs.Card
	_, err := st.RecordFrom(it.Ref.ID, func(stored store.Schedule, scheduled bool) (store.Review, error) {
		card := it.Card
		if scheduled && stored.ContentHash == it.Ref.Hash {
			card = decodeState(stored.State, now)
		}
		// The other window's grade may have been committed with a clock
		// reading a moment later than this one's; this review is then dated
		// with it, never before it, so that the log's order is the order
		// the reviews were applied in.
		at := now
		if card.LastReview.After(at) {
			at = card.LastReview
		}
		var log fsrs.ReviewLog
		next, log = sch.Review(card, r, at)
		before, err := json.Marshal(log.Before)
		if err != nil {
			return store.Review{}, err
		}
		after, err := json.Marshal(next)
		if err != nil {
			return store.Review{}, err
		}
		var elapsed time.Duration
		if !card.LastReview.IsZero() {
			elapsed = at.Sub(card.LastReview)
		}
		return store.Review{CardID: it.Ref.ID, ContentHash: it.Ref.Hash, At: at, Rating: int(r),
			Elapsed: elapsed, Before: before, After: after, Due: next.Due}, nil
	})
	return next, err
}

// startOfDay is midnight, local time, of the day of now: "today" as the
// student lives it.
func startOfDay(now time.Time) time.Time {
	y, m, d := now.Local().Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.Local)
}

// NewToday counts the cards shown for the first time today.
func NewToday(st *store.Study, now time.Time) (int, error) {
	n := 0
	// The log keeps milliseconds: Until is exclusive, so a review made at now
	// is counted only with a millisecond to spare.
	for r, err := range st.Log(store.LogFilter{Since: startOfDay(now), Until: now.Add(time.Millisecond)}) {
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
