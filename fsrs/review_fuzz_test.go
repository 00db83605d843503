package fsrs

import (
	"math"
	"testing"
	"time"
)

// FuzzReview drives a card, possibly a damaged one, through random ratings
// at random times, including times before the last review (a clock set
// back), under varied settings. Whatever the input: no panic; the card is
// due after every review; its memory is finite, with stability in the
// model's range and difficulty in [1, 10]; intervals respect the maximum;
// and Preview agrees with Review.
func FuzzReview(f *testing.F) {
	f.Add(uint8(0), int64(0), 0.0, 0.0, int8(New), int8(0), []byte{3, 0, 0, 3, 0, 0, 1, 1, 5, 4, 2, 200})
	f.Add(uint8(0xff), int64(-86400*400), 10.0, 5.0, int8(Review), int8(0), []byte{1, 3, 9, 1, 3, 9, 2, 2, 1})
	f.Add(uint8(0x5a), int64(86400*9000), math.NaN(), 5.0, int8(Review), int8(2), []byte{4, 1, 255, 4, 1, 255})
	f.Add(uint8(0x13), int64(3600), 1e300, -7.0, int8(99), int8(-5), []byte{2, 4, 17, 3, 4, 200, 1, 0, 0})
	f.Fuzz(func(t *testing.T, settings uint8, startSeconds int64, stability, difficulty float64, state, step int8, ops []byte) {
		s := fuzzScheduler(settings)
		// Keep the clock within ±100 years of 2025: UnixMilli, which seeds
		// the fuzz, is only defined within about ±292 million years.
		base := utc(2025, 1, 1, 0, 0)
		now := base.Add(time.Duration(startSeconds%(100*365*86400)) * time.Second)
		last := now.Add(-36 * time.Hour)
		card := Card{State: State(state), Step: int(step), Stability: stability, Difficulty: difficulty,
			Due: now, LastReview: last, Reps: 3}
		if card.State == New {
			card.LastReview = time.Time{}
		}
		limit := time.Duration(s.MaximumInterval) * 24 * time.Hour

		for len(ops) >= 3 {
			rating := Again + Rating(ops[0]%4)
			now = advance(now, card, ops[1], ops[2])
			ops = ops[3:]

			r := s.Retrievability(card, now)
			if math.IsNaN(r) || r < 0 || r > 1 {
				t.Fatalf("retrievability %v of %+v at %v", r, card, now)
			}
			preview := s.Preview(card, now)
			before := card
			var log ReviewLog
			card, log = s.Review(card, rating, now)

			if !sameBits(card, preview[rating]) {
				t.Fatalf("Review gave %+v, Preview %+v", card, preview[rating])
			}
			if !card.Due.After(now) || card.Due.Sub(now) > limit {
				t.Fatalf("due %v for a review at %v (maximum %d days): %+v", card.Due, now, s.MaximumInterval, card)
			}
			if !card.State.Valid() || card.State == New || card.Step < 0 || card.ScheduledDays > s.MaximumInterval {
				t.Fatalf("bad schedule after %v: %+v", rating, card)
			}
			if !(card.Stability >= stabilityMin && card.Stability <= stabilityMax) ||
				!(card.Difficulty >= difficultyMin && card.Difficulty <= difficultyMax) {
				t.Fatalf("memory out of range after %v from %+v: %+v", rating, before, card)
			}
			if card.Reps != before.Reps+1 || card.Lapses < before.Lapses || log.ElapsedDays < 0 || !card.LastReview.Equal(now) {
				t.Fatalf("counts or log wrong after %v from %+v: %+v, elapsed %d", rating, before, card, log.ElapsedDays)
			}
		}
	})
}

// fuzzScheduler chooses valid settings from one byte.
func fuzzScheduler(b uint8) Scheduler {
	s := DefaultScheduler()
	s.EnableFuzzing = b&1 == 1
	s.DesiredRetention = []float64{0.70, 0.80, 0.90, 0.99}[b>>1&3]
	s.MaximumInterval = []int{1, 3, 365, 36500}[b>>3&3]
	s.LearningSteps = [][]time.Duration{nil, minutes(1), minutes(1, 10), minutes(1000, 1439)}[b>>5&3]
	if b&0x80 != 0 {
		s.RelearningSteps = minutes(5, 10, 20)
	} else {
		s.RelearningSteps = minutes(959) // the longest lone step: Hard waits 1439m
	}
	return s
}

// advance moves the clock for the next review: to the due time, minutes or
// days after it, or hours before now (a clock set back).
func advance(now time.Time, card Card, kind, amount byte) time.Time {
	switch kind % 4 {
	case 0:
		return card.Due
	case 1:
		return card.Due.Add(time.Duration(amount) * time.Minute)
	case 2:
		return card.Due.Add(time.Duration(amount) * 24 * time.Hour)
	default:
		return now.Add(-time.Duration(amount) * time.Hour)
	}
}
