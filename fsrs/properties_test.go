package fsrs

import (
	"math"
	"math/rand/v2"
	"testing"
	"time"
)

// history is a reproducible random review history: each step picks a
// rating and a review time around the card's due time.
type history struct {
	rng *rand.Rand
	now time.Time
}

func newHistory(seed uint64) *history {
	return &history{rng: rand.New(rand.NewPCG(seed, 0x5eed)), now: utc(2025, 1, 6, 9, 0)}
}

// next returns the next rating and review time for card: mostly on time,
// sometimes late by days or early by hours.
func (h *history) next(card Card) (Rating, time.Time) {
	rating := []Rating{Again, Hard, Good, Good, Good, Easy}[h.rng.IntN(6)]
	at := card.Due
	switch h.rng.IntN(4) {
	case 0:
		at = at.Add(time.Duration(h.rng.IntN(60*24)) * time.Hour)
	case 1:
		at = at.Add(-time.Duration(h.rng.IntN(12)) * time.Hour)
	}
	if at.Before(h.now) {
		at = h.now
	}
	h.now = at
	return rating, at
}

// walk reviews a new card n times under s, calling check before each review.
func walk(s Scheduler, seed uint64, n int, check func(before Card, now time.Time, preview map[Rating]Card)) {
	h := newHistory(seed)
	card := NewCard(h.now)
	for range n {
		rating, now := h.next(card)
		check(card, now, s.Preview(card, now))
		card, _ = s.Review(card, rating, now)
	}
}

// schedulers are the settings the properties are checked under.
func schedulers() map[string]Scheduler {
	out := map[string]Scheduler{}
	for _, fuzzing := range []bool{false, true} {
		for _, maximum := range []int{7, 100, 36500} {
			for _, retention := range []float64{0.70, 0.90, 0.99} {
				s := DefaultScheduler()
				s.EnableFuzzing, s.MaximumInterval, s.DesiredRetention = fuzzing, maximum, retention
				name := "fuzz off"
				if fuzzing {
					name = "fuzz on"
				}
				out[name+"/max "+itoa(maximum)+"/retention "+ftoa(retention)] = s
			}
		}
	}
	return out
}

func itoa(i int) string     { return jsNumber(float64(i)) }
func ftoa(f float64) string { return jsNumber(f) }

func TestIntervalsNeverExceedTheMaximum(t *testing.T) {
	for name, s := range schedulers() {
		t.Run(name, func(t *testing.T) {
			limit := time.Duration(s.MaximumInterval) * 24 * time.Hour
			for seed := range uint64(20) {
				walk(s, seed, 40, func(_ Card, now time.Time, preview map[Rating]Card) {
					for g, c := range preview {
						if c.ScheduledDays > s.MaximumInterval || c.Due.Sub(now) > limit {
							t.Fatalf("seed %d, %v: %d days, due in %v; maximum %d days", seed, g, c.ScheduledDays, c.Due.Sub(now), s.MaximumInterval)
						}
					}
				})
			}
		})
	}
}

func TestAgainOnAReviewCardIsALapse(t *testing.T) {
	for _, relearning := range [][]time.Duration{minutes(10), minutes(5, 20), nil} {
		s := DefaultScheduler()
		s.RelearningSteps = relearning
		checked := 0
		walk(s, 7, 200, func(before Card, now time.Time, preview map[Rating]Card) {
			if before.State != Review {
				return
			}
			checked++
			again := preview[Again]
			if again.Lapses != before.Lapses+1 {
				t.Fatalf("lapses %d after %d", again.Lapses, before.Lapses)
			}
			if len(relearning) == 0 {
				if again.State != Review || again.ScheduledDays < 1 {
					t.Fatalf("no relearning steps: %v in %d days, want Review", again.State, again.ScheduledDays)
				}
				return
			}
			if again.State != Relearning || again.Step != 0 || again.Due.Sub(now) != relearning[0] {
				t.Fatalf("%v step %d due in %v, want Relearning step 0 due in %v", again.State, again.Step, again.Due.Sub(now), relearning[0])
			}
			if again.Stability >= before.Stability {
				t.Fatalf("a lapse raised stability from %v to %v", before.Stability, again.Stability)
			}
			for _, g := range []Rating{Hard, Good, Easy} {
				if preview[g].Lapses != before.Lapses {
					t.Fatalf("%v counted a lapse", g)
				}
			}
		})
		if checked < 20 {
			t.Fatalf("only %d Review cards met; the property is barely tested", checked)
		}
	}
}

func TestEasyGoodHardOrderForReviewCards(t *testing.T) {
	for name, s := range schedulers() {
		t.Run(name, func(t *testing.T) {
			for seed := range uint64(20) {
				walk(s, seed, 40, func(before Card, now time.Time, p map[Rating]Card) {
					if before.State != Review {
						return
					}
					hard, good, easy := p[Hard].ScheduledDays, p[Good].ScheduledDays, p[Easy].ScheduledDays
					if !(hard <= good && good <= easy) {
						t.Fatalf("seed %d: Hard %d, Good %d, Easy %d days", seed, hard, good, easy)
					}
					// Strictly in order below the cap.
					if easy < s.MaximumInterval && !(hard < good && good < easy) {
						t.Fatalf("seed %d: Hard %d, Good %d, Easy %d days below the cap %d", seed, hard, good, easy, s.MaximumInterval)
					}
				})
			}
		})
	}
}

func TestFuzzStaysInTheReferenceRanges(t *testing.T) {
	s := DefaultScheduler() // fuzz on
	m := newModel(s.Parameters, s.DesiredRetention)
	moved, checked := 0, 0
	for seed := range uint64(60) {
		walk(s, seed, 30, func(before Card, now time.Time, p map[Rating]Card) {
			if before.State == New {
				// A new card's Easy graduates with no ordering applied:
				// its days are the model's, fuzzed within the range.
				raw := m.interval(p[Easy].Stability, s.MaximumInterval)
				lo, hi := fuzzBounds(raw, 0, s.MaximumInterval)
				if raw < 3 {
					lo, hi = raw, raw
				}
				if got := p[Easy].ScheduledDays; got < lo || got > hi {
					t.Fatalf("Easy on a new card: %d days, model %d, range [%d, %d]", got, raw, lo, hi)
				}
			}
			if before.State != Review {
				return
			}
			elapsed := max(0, utcDayDiff(before.LastReview, now))
			good := p[Good]
			raw := m.interval(good.Stability, s.MaximumInterval)
			if raw < 3 {
				return
			}
			lo, hi := fuzzBounds(raw, elapsed, s.MaximumInterval)
			got := good.ScheduledDays
			bumped := got == p[Hard].ScheduledDays+1 // the ordering may push Good one past Hard
			if (got < lo || got > hi) && !bumped {
				t.Fatalf("Good: %d days, model %d, fuzz range [%d, %d]", got, raw, lo, hi)
			}
			checked++
			if got != raw {
				moved++
			}
		})
	}
	if checked < 100 || moved < checked/3 {
		t.Fatalf("fuzz moved %d of %d Good intervals; it does not seem to be applied", moved, checked)
	}
}

func TestRetrievabilityAtDueIsTheDesiredRetention(t *testing.T) {
	for _, retention := range []float64{0.70, 0.80, 0.90, 0.95, 0.99} {
		s := DefaultScheduler()
		s.EnableFuzzing, s.DesiredRetention = false, retention
		m := newModel(s.Parameters, retention)
		checked := 0
		walk(s, 3, 300, func(_ Card, now time.Time, p map[Rating]Card) {
			for _, c := range p {
				exactDays := c.Stability * m.intervalModifier
				if c.State != Review || c.ScheduledDays != int(jsRound(exactDays)) || exactDays < 1 || c.ScheduledDays >= s.MaximumInterval {
					continue // in a step, or moved by the ordering or a bound
				}
				checked++
				got := s.Retrievability(c, c.Due)
				// Whole days shift recall by at most half a day's forgetting.
				slack := math.Max(math.Abs(m.forgettingCurve(exactDays+0.5, c.Stability)-retention),
					math.Abs(m.forgettingCurve(math.Max(exactDays-0.5, 0), c.Stability)-retention))
				if math.Abs(got-retention) > slack+1e-6 {
					t.Fatalf("retention %v: R at due = %v (S %v, %d days)", retention, got, c.Stability, c.ScheduledDays)
				}
				if exactDays >= 30 && math.Abs(got-retention) > 0.003 {
					t.Fatalf("retention %v: R at due = %v for a %d-day interval", retention, got, c.ScheduledDays)
				}
			}
		})
		if checked < 50 { // at 99% most intervals are a day or two, often bounded
			t.Fatalf("retention %v: only %d review intervals checked", retention, checked)
		}
	}
}

func TestPreviewIsWhatReviewDoes(t *testing.T) {
	s := DefaultScheduler()
	s.FuzzSeed = "omt"
	walk(s, 11, 200, func(before Card, now time.Time, p map[Rating]Card) {
		for g := Again; g <= Easy; g++ {
			got, log := s.Review(before, g, now)
			if got != p[g] || log.After != got || log.Before != before || log.Rating != g {
				t.Fatalf("%v: Review gave %+v, Preview %+v", g, got, p[g])
			}
		}
	})
}

func TestFuzzSeedChangesTheFuzzOnly(t *testing.T) {
	plain, salted := DefaultScheduler(), DefaultScheduler()
	salted.FuzzSeed = "another student"
	differs := false
	walk(plain, 5, 60, func(before Card, now time.Time, p map[Rating]Card) {
		q := salted.Preview(before, now)
		for g := Again; g <= Easy; g++ {
			if p[g].Stability != q[g].Stability || p[g].Difficulty != q[g].Difficulty || p[g].State != q[g].State {
				t.Fatalf("FuzzSeed changed the memory state of %v", g)
			}
			differs = differs || p[g].Due != q[g].Due
		}
	})
	if !differs {
		t.Error("FuzzSeed never changed a due time")
	}
}
