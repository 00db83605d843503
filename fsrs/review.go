package fsrs

import (
	"fmt"
	"math"
	"time"
)

// Review grades card with rating at now and returns the card rescheduled,
// always with a due time after now, and the log of the review. It panics if
// the Scheduler fails Validate or the rating is not Again to Easy: both are
// mistakes in the calling program, to be caught before a student's answer
// reaches here.
//
// A card whose memory state cannot be used (NaN or infinite values, or a
// non-positive stability or difficulty, as a corrupted store might hand
// back) is learnt again from New rather than dropped; usable values outside
// the model's range are clamped into it, as fsrs-rs does.
func (s Scheduler) Review(card Card, rating Rating, now time.Time) (Card, ReviewLog) {
	s.mustBeValid()
	if !rating.Valid() {
		panic(fmt.Sprintf("fsrs: Review given %v, not a rating from Again to Easy", rating))
	}
	outcomes, elapsed := s.outcomes(card, now)
	after := outcomes[rating-Again]
	return after, ReviewLog{Rating: rating, Reviewed: now, ElapsedDays: elapsed, Before: card, After: after}
}

// Preview returns, for each rating, the card Review would return, so that a
// screen can show the next interval of every answer before the student
// chooses. Preview(c, now)[r] equals the card of Review(c, r, now), fuzz
// included. It panics on an invalid Scheduler, as Review does.
func (s Scheduler) Preview(card Card, now time.Time) map[Rating]Card {
	s.mustBeValid()
	outcomes, _ := s.outcomes(card, now)
	return map[Rating]Card{
		Again: outcomes[0],
		Hard:  outcomes[1],
		Good:  outcomes[2],
		Easy:  outcomes[3],
	}
}

// Retrievability is the modelled probability, from 0 to 1, that the
// student recalls card at now; 0 for a card never reviewed. As in ts-fsrs
// get_retrievability, time counts in whole 24-hour days since the last
// review. It panics on an invalid Scheduler, as Review does.
func (s Scheduler) Retrievability(card Card, now time.Time) float64 {
	s.mustBeValid()
	st := card.Stability
	if card.State == New || card.LastReview.IsZero() || !(st > 0) || math.IsInf(st, 0) {
		return 0
	}
	m := newModel(s.Parameters, s.DesiredRetention)
	days := floorDiv(now.UnixMilli()-card.LastReview.UnixMilli(), 24*60*60*1000)
	return m.forgettingCurve(float64(max(days, 0)), roundTo(clamp(st, stabilityMin, stabilityMax), 8))
}

// review is one review in progress: the reference's BasicScheduler
// (ts-fsrs impl/basic_scheduler.ts, abstract_scheduler.ts), which applies
// learning steps and same-day stability.
type review struct {
	s       Scheduler
	m       model
	now     time.Time
	elapsed int // UTC calendar days since the last review, never negative
	// before is the card as given, made usable; current is before with
	// this review counted, the base of every outcome.
	before, current Card
	fuzzFactor      float64
}

// outcomes computes the card each rating would give, in the order Again,
// Hard, Good, Easy, and the elapsed days the model used.
func (s Scheduler) outcomes(card Card, now time.Time) ([4]Card, int) {
	r := review{s: s, m: newModel(s.Parameters, s.DesiredRetention), now: now}
	r.before = usable(card)
	if r.before.State != New && !r.before.LastReview.IsZero() {
		r.elapsed = max(0, utcDayDiff(r.before.LastReview, now))
	}
	r.current = r.before
	r.current.LastReview = now
	r.current.Reps++
	if s.EnableFuzzing {
		seed := fuzzSeed(s.FuzzSeed, now, r.current.Reps, r.memory())
		r.fuzzFactor = newAlea(seed).next()
	}
	var out [4]Card
	switch r.before.State {
	case Review:
		out = r.fromReview()
	default: // New, Learning, Relearning
		for g := Again; g <= Easy; g++ {
			next := r.withMemory(g)
			r.applySteps(&next, g)
			out[g-Again] = next
		}
	}
	return out, r.elapsed
}

func (r review) memory() memory {
	return memory{stability: r.before.Stability, difficulty: r.before.Difficulty}
}

// withMemory is the current card with its memory updated for grade g.
func (r review) withMemory(g Rating) Card {
	next := r.current
	mem := r.m.next(r.memory(), r.elapsed, g)
	next.Stability, next.Difficulty = mem.stability, mem.difficulty
	return next
}

// fromReview schedules a card in the Review state. Again is a lapse: it
// counts one and sends the card to the relearning steps, if any. Hard, Good
// and Easy get day intervals forced into order, Hard <= Good < Easy.
func (r review) fromReview() [4]Card {
	again, hard, good, easy := r.withMemory(Again), r.withMemory(Hard), r.withMemory(Good), r.withMemory(Easy)
	r.applySteps(&again, Again)
	again.Lapses++

	hardDays := r.interval(hard.Stability)
	goodDays := r.interval(good.Stability)
	hardDays = min(hardDays, goodDays)
	goodDays = max(goodDays, hardDays+1)
	easyDays := max(r.interval(easy.Stability), goodDays+1)
	// The reference stops here, which at the cap schedules Good and Easy
	// one and two days past MaximumInterval. Capping again keeps the
	// promise that no interval exceeds it, as Anki does; the order then
	// holds with equality.
	maximum := r.s.MaximumInterval
	r.graduate(&hard, min(hardDays, maximum))
	r.graduate(&good, min(goodDays, maximum))
	r.graduate(&easy, min(easyDays, maximum))
	return [4]Card{again, hard, good, easy}
}

// applySteps is ts-fsrs applyLearningSteps: a step keeps the card in
// (re)learning; no step (the steps are used up, or the rating has none)
// sends it to Review. ts-fsrs also moves a card to Review, step and all, on
// a delay of a day or more; Validate keeps every delay under a day, so that
// branch cannot be reached here and the guard only routes it to Review.
func (r review) applySteps(next *Card, g Rating) {
	minutes, nextStep, ok := r.step(g)
	if ok && minutes > 0 && minutes < 1440 {
		next.Step = nextStep
		next.ScheduledDays = 0
		next.State = r.learningState()
		next.Due = r.now.Add(time.Duration(minutes) * time.Minute)
		return
	}
	r.graduate(next, r.interval(next.Stability))
}

// learningState is the state a card stays in while it has steps left.
func (r review) learningState() State {
	if r.before.State == New {
		return Learning
	}
	if r.before.State == Review {
		return Relearning
	}
	return r.before.State
}

// step is ts-fsrs BasicLearningStepsStrategy: the delay in whole minutes
// and the next step index for grade g from the card's current step, or
// ok=false where the steps give no delay. Again goes back to the first
// step; Hard repeats the current one, with a delay of 1.5 times the first
// step, or the mean of the first two when there are two or more; Good moves
// to the next step; Easy never has a step. A Review card's Again starts the
// relearning steps.
func (r review) step(g Rating) (minutes, nextStep int, ok bool) {
	state, cur := r.before.State, r.before.Step
	steps := r.s.LearningSteps
	if state == Relearning || state == Review {
		steps = r.s.RelearningSteps
	}
	n := len(steps)
	if n == 0 || cur >= n {
		return 0, 0, false
	}
	minutesOf := func(i int) float64 { return steps[i].Minutes() }
	if state == Review {
		if g == Again {
			return int(minutesOf(cur)), 0, true
		}
		return 0, 0, false
	}
	switch g {
	case Again:
		return int(minutesOf(0)), 0, true
	case Hard:
		if n == 1 {
			return int(jsRound(minutesOf(0) * 1.5)), cur, true
		}
		return int(jsRound((minutesOf(0) + minutesOf(1)) / 2)), cur, true
	case Good:
		if cur+1 < n {
			return int(jsRound(minutesOf(cur + 1))), cur + 1, true
		}
	}
	return 0, 0, false
}

// interval is ts-fsrs next_interval: the model's interval for stability,
// fuzzed when fuzzing is on.
func (r review) interval(stability float64) int {
	days := r.m.interval(stability, r.s.MaximumInterval)
	if r.s.EnableFuzzing {
		days = fuzz(days, r.elapsed, r.s.MaximumInterval, r.fuzzFactor)
	}
	return days
}

// graduate puts the card in Review, due in days.
func (r review) graduate(next *Card, days int) {
	next.State = Review
	next.Step = 0
	next.ScheduledDays = days
	next.Due = r.now.Add(time.Duration(days) * 24 * time.Hour)
}

// usable returns the card with anything the model cannot use repaired; see
// Review.
func usable(c Card) Card {
	if !c.State.Valid() {
		c.State, c.Step = New, 0
	}
	c.Step = max(c.Step, 0)
	s, d := c.Stability, c.Difficulty
	switch {
	case s == 0 && d == 0:
		// A new card's memory; also accepted in other states, where the
		// reference starts the memory afresh.
	case math.IsNaN(s) || math.IsNaN(d) || math.IsInf(s, 0) || math.IsInf(d, 0) || s <= 0 || d <= 0:
		c.Stability, c.Difficulty = 0, 0
		if c.State != New {
			c.State, c.Step = New, 0
		}
	default:
		c.Stability = clamp(s, stabilityMin, stabilityMax)
		c.Difficulty = clamp(d, difficultyMin, difficultyMax)
	}
	return c
}

// utcDayDiff is ts-fsrs dateDiffInDays: the number of UTC midnights from
// from to to, negative if to is earlier.
func utcDayDiff(from, to time.Time) int {
	const day = 24 * 60 * 60
	return int(floorDiv(to.Unix(), day) - floorDiv(from.Unix(), day))
}

func floorDiv(a, b int64) int64 {
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q
}
