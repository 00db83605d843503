package study

import (
	"encoding/json"
	"time"

	"github.com/omt-reference/omt/fsrs"
	"github.com/omt-reference/omt/store"
)

// Rating is a grade the student gives a card: how well they recalled it.
type Rating = fsrs.Rating

// The four grades, worst first.
const (
	Again = fsrs.Again // forgotten
	Hard  = fsrs.Hard  // recalled, with effort
	Good  = fsrs.Good  // recalled
	Easy  = fsrs.Easy  // recalled at once
)

// Ratings are the four grades in the order Intervals gives their intervals
// and the grade keys 1 to 4 give them: Again, Hard, Good, Easy.
func Ratings() [4]Rating { return [4]Rating{Again, Hard, Good, Easy} }

// Recalled reports whether a grade says the card was remembered: any grade
// but Again.
func Recalled(r Rating) bool { return r > Again }

// RatingForChoice is the grade a multiple-choice answer gives: Good when it
// is the right choice, Again when not. The student is not asked how hard it
// was; the choice says whether they knew.
func RatingForChoice(right bool) Rating {
	if right {
		return Good
	}
	return Again
}

// Intervals is how long each grade would put the item's card away under
// these settings: Again, Hard, Good and Easy, in that order.
func (s Settings) Intervals(it Item, now time.Time) [4]time.Duration {
	var out [4]time.Duration
	for r, c := range s.Scheduler().Preview(it.Card, now) {
		out[r-fsrs.Again] = c.Due.Sub(now)
	}
	return out
}

// Grade schedules the card for the grade under the settings and records the
// review, committed before it returns, so a review the student has given is
// never lost. It returns the card as saved.
//
// The grade applies to the card as the database has it when the review is
// written, not as it was when the item was loaded: another omt window on the
// same database may have graded it since, and that review must keep its
// effect (the log chains: each review's state before is the previous one's
// state after). The item's own card is used only when the database has no
// schedule for the content shown.
func (s Student) Grade(set Settings, it Item, r Rating, now time.Time) (fsrs.Card, error) {
	if s.schedule == nil {
		return fsrs.Card{}, ErrNoDatabase
	}
	sch := set.Scheduler()
	var next fsrs.Card
	_, err := s.schedule.RecordFrom(it.Ref.ID, func(stored store.Schedule, scheduled bool) (store.Review, error) {
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
