package fsrs

import (
	"testing"
	"time"
)

// Learning and relearning steps, from ts-fsrs
// packages/fsrs/__tests__/strategies/learning-steps.test.ts and
// fixed/prevent-skipping.test.ts at commit
// cdec8d2f8340f8e62ced596c1da02e20e70073f0, and the py-fsrs
// tests/test_basic.py cases (commit 3abe686e9c058d3f3c00bbeb92e68b71211b2b31)
// whose expectations ts-fsrs shares.

func minutes(ms ...int) []time.Duration {
	steps := make([]time.Duration, len(ms))
	for i, m := range ms {
		steps[i] = time.Duration(m) * time.Minute
	}
	return steps
}

// outcome is what one rating does from one step: the delay in minutes and
// the next step, or graduation to Review (minutes 0).
type outcome struct{ minutes, step int }

func TestStepTables(t *testing.T) {
	// BasicLearningStepsStrategy's tables; Easy never has a step, and a
	// rating missing from a table graduates the card.
	graduates := outcome{}
	for _, c := range []struct {
		name     string
		learning []int
		re       []int
		state    State
		step     int
		want     [4]outcome // Again, Hard, Good, Easy
	}{
		{"[1m 10m] new", []int{1, 10}, []int{10}, New, 0, [4]outcome{{1, 0}, {6, 0}, {10, 1}, graduates}},
		{"[1m 10m] learning 0", []int{1, 10}, []int{10}, Learning, 0, [4]outcome{{1, 0}, {6, 0}, {10, 1}, graduates}},
		{"[1m 10m] learning 1", []int{1, 10}, []int{10}, Learning, 1, [4]outcome{{1, 0}, {6, 1}, graduates, graduates}},
		{"[1m] new", []int{1}, []int{10}, New, 0, [4]outcome{{1, 0}, {2, 0}, graduates, graduates}},
		{"[1m] learning 1", []int{1}, []int{10}, Learning, 1, [4]outcome{graduates, graduates, graduates, graduates}},
		{"re [10m] review", []int{1, 10}, []int{10}, Review, 0, [4]outcome{{10, 0}, graduates, graduates, graduates}},
		{"re [10m] relearning 0", []int{1, 10}, []int{10}, Relearning, 0, [4]outcome{{10, 0}, {15, 0}, graduates, graduates}},
		{"re [10m] relearning 1", []int{1, 10}, []int{10}, Relearning, 1, [4]outcome{graduates, graduates, graduates, graduates}},
		{"re [10m 20m] review", []int{1, 10}, []int{10, 20}, Review, 0, [4]outcome{{10, 0}, graduates, graduates, graduates}},
		{"re [10m 20m] relearning 0", []int{1, 10}, []int{10, 20}, Relearning, 0, [4]outcome{{10, 0}, {15, 0}, {20, 1}, graduates}},
		{"re [10m 20m] relearning 1", []int{1, 10}, []int{10, 20}, Relearning, 1, [4]outcome{{10, 0}, {15, 1}, graduates, graduates}},
		{"re [10m 20m] relearning 2", []int{1, 10}, []int{10, 20}, Relearning, 2, [4]outcome{graduates, graduates, graduates, graduates}},
	} {
		t.Run(c.name, func(t *testing.T) {
			s := vectorScheduler(t)
			s.LearningSteps, s.RelearningSteps = minutes(c.learning...), minutes(c.re...)
			now := utc(2022, 12, 29, 12, 30)
			card := Card{State: c.state, Step: c.step, Due: now}
			if c.state != New {
				card.Stability, card.Difficulty, card.LastReview = 3, 5, now.Add(-time.Hour)
			}
			preview := s.Preview(card, now)
			for g := Again; g <= Easy; g++ {
				got := preview[g]
				want := c.want[g-1]
				if want == graduates {
					if got.State != Review || got.ScheduledDays < 1 || got.Step != 0 {
						t.Errorf("%v: %v step %d, %d days; want graduation to Review", g, got.State, got.Step, got.ScheduledDays)
					}
					continue
				}
				wantState := c.state
				if c.state == New {
					wantState = Learning
				} else if c.state == Review {
					wantState = Relearning
				}
				if delay := got.Due.Sub(now); delay != time.Duration(want.minutes)*time.Minute || got.Step != want.step ||
					got.State != wantState || got.ScheduledDays != 0 {
					t.Errorf("%v: %v step %d due in %v; want %v step %d due in %dm",
						g, got.State, got.Step, delay, wantState, want.step, want.minutes)
				}
			}
		})
	}
}

func TestFirstLearningStepEasyGraduatesAtInitialStability(t *testing.T) {
	// learning-steps.test.ts "First learning step": Easy is due in
	// floor(w[3]) = 8 UTC calendar days.
	s := vectorScheduler(t)
	now := utc(2022, 12, 29, 12, 30)
	easy := s.Preview(NewCard(now), now)[Easy]
	if days := utcDayDiff(now, easy.Due); days != 8 || easy.Step != 0 {
		t.Errorf("Easy due in %d days at step %d, want 8 at step 0", days, easy.Step)
	}
}

func TestNoStepIsSkipped(t *testing.T) {
	// prevent-skipping.test.ts (ts-fsrs issue 311): Good moves exactly one
	// step at a time, through six learning and three relearning steps.
	s := vectorScheduler(t)
	s.LearningSteps = minutes(1, 10, 30, 60, 360, 720)
	s.RelearningSteps = minutes(10, 60, 360)
	start := utc(2024, 8, 15, 0, 0)

	card, _ := s.Review(NewCard(start), Again, start)
	walk := func(wantDelays []int, state State) {
		t.Helper()
		for i, wantMinutes := range wantDelays {
			prevDue := card.Due
			card, _ = s.Review(card, Good, card.Due)
			if card.Step != i+1 || card.State != state || card.Due.Sub(prevDue) != time.Duration(wantMinutes)*time.Minute {
				t.Fatalf("Good %d: %v step %d due after %v; want %v step %d after %dm",
					i+1, card.State, card.Step, card.Due.Sub(prevDue), state, i+1, wantMinutes)
			}
		}
		card, _ = s.Review(card, Good, card.Due)
		if card.State != Review || card.Step != 0 {
			t.Fatalf("the last Good left the card %v at step %d, want Review at 0", card.State, card.Step)
		}
	}
	walk([]int{10, 30, 60, 360, 720}, Learning)

	card, _ = s.Review(NewCard(start), Easy, start)
	card, _ = s.Review(card, Again, card.Due)
	if card.State != Relearning || card.Step != 0 || card.Lapses != 1 {
		t.Fatalf("a lapse left %v step %d with %d lapses, want Relearning step 0 with 1", card.State, card.Step, card.Lapses)
	}
	walk([]int{60, 360}, Relearning)
}

func TestRelearningAfterLapse(t *testing.T) {
	// py-fsrs test_review_state and test_relearning: Good, Good, Good, then
	// Again is a lapse due in 10 minutes, a second Again stays there (and is
	// no new lapse), and Good graduates back to Review a day or more out.
	s := vectorScheduler(t)
	card := NewCard(utc(2022, 11, 29, 12, 30))
	for range 3 {
		card, _ = s.Review(card, Good, card.Due)
	}
	for i := range 2 {
		prevDue := card.Due
		card, _ = s.Review(card, Again, card.Due)
		if card.State != Relearning || card.Step != 0 || card.Due.Sub(prevDue) != 10*time.Minute || card.Lapses != 1 {
			t.Fatalf("Again %d: %v step %d due in %v, %d lapses; want Relearning step 0 in 10m, 1 lapse",
				i+1, card.State, card.Step, card.Due.Sub(prevDue), card.Lapses)
		}
	}
	prevDue := card.Due
	card, _ = s.Review(card, Good, card.Due)
	if card.State != Review || card.Due.Sub(prevDue) < 24*time.Hour {
		t.Errorf("Good after relearning: %v due in %v, want Review a day or more out", card.State, card.Due.Sub(prevDue))
	}
}

func TestWithoutSteps(t *testing.T) {
	// py-fsrs test_no_learning_steps and test_no_relearning_steps: with no
	// steps every answer goes straight to Review, at least a day out, and a
	// lapse is still counted.
	s := vectorScheduler(t)
	s.LearningSteps, s.RelearningSteps = nil, nil
	now := utc(2022, 11, 29, 12, 30)
	card, _ := s.Review(NewCard(now), Again, now)
	if card.State != Review || card.ScheduledDays < 1 {
		t.Fatalf("Again on a new card: %v in %d days, want Review in a day or more", card.State, card.ScheduledDays)
	}
	card, _ = s.Review(card, Again, card.Due)
	if card.State != Review || card.ScheduledDays < 1 || card.Lapses != 1 {
		t.Errorf("Again on a Review card: %v in %d days with %d lapses, want Review, a day or more, 1 lapse",
			card.State, card.ScheduledDays, card.Lapses)
	}
}

func TestLongTermStabilityWhileRelearning(t *testing.T) {
	// py-fsrs test_long_term_stability_learning_state: a relearning card
	// reviewed a day after it was due uses the long-term formulas and
	// graduates on Good.
	s := DefaultScheduler()
	card := NewCard(utc(2022, 11, 29, 12, 30))
	card, _ = s.Review(card, Easy, card.Due)
	card, _ = s.Review(card, Again, card.Due)
	relearning := card
	card, log := s.Review(card, Good, card.Due.AddDate(0, 0, 1))
	if log.ElapsedDays < 1 || card.State != Review {
		t.Fatalf("elapsed %d, %v; want at least a day and Review", log.ElapsedDays, card.State)
	}
	m := newModel(s.Parameters, s.DesiredRetention)
	want := m.next(memory{relearning.Stability, relearning.Difficulty}, log.ElapsedDays, Good)
	if card.Stability != want.stability {
		t.Errorf("stability %v, want the long-term %v", card.Stability, want.stability)
	}
}
