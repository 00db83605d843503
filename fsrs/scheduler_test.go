package fsrs

import (
	"encoding/json"
	"math"
	"strings"
	"testing"
	"time"
)

func TestDefaultScheduler(t *testing.T) {
	s := DefaultScheduler()
	if err := s.Validate(); err != nil {
		t.Fatal(err)
	}
	// The published FSRS-6 defaults (fsrs-rs DEFAULT_PARAMETERS, ts-fsrs
	// default_w, py-fsrs DEFAULT_PARAMETERS).
	want := Parameters{0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
		1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542}
	if s.Parameters != want || s.DesiredRetention != 0.9 || s.MaximumInterval != 36500 || !s.EnableFuzzing ||
		!equalDurations(s.LearningSteps, minutes(1, 10)) || !equalDurations(s.RelearningSteps, minutes(10)) {
		t.Errorf("DefaultScheduler() = %+v", s)
	}
}

func TestValidateNamesEveryProblem(t *testing.T) {
	for _, c := range []struct {
		name   string
		change func(*Scheduler)
		want   string
	}{
		{"retention too low", func(s *Scheduler) { s.DesiredRetention = 0.69 }, "desired retention 0.69"},
		{"retention too high", func(s *Scheduler) { s.DesiredRetention = 1 }, "desired retention 1"},
		{"retention NaN", func(s *Scheduler) { s.DesiredRetention = math.NaN() }, "desired retention NaN"},
		{"retention unset", func(s *Scheduler) { s.DesiredRetention = 0 }, "desired retention 0"},
		{"maximum zero", func(s *Scheduler) { s.MaximumInterval = 0 }, "maximum interval 0"},
		{"maximum too long", func(s *Scheduler) { s.MaximumInterval = 36501 }, "maximum interval 36501"},
		{"step under a minute", func(s *Scheduler) { s.LearningSteps = []time.Duration{30 * time.Second} }, "learning step 1 (30s)"},
		{"step not whole minutes", func(s *Scheduler) { s.RelearningSteps = []time.Duration{90 * time.Second} }, "relearning step 1 (1m30s)"},
		{"step of a day", func(s *Scheduler) { s.LearningSteps = minutes(1, 1440) }, "learning step 2 (24h0m0s)"},
		{"lone step of 16h", func(s *Scheduler) { s.RelearningSteps = minutes(960) }, "lone relearning step (16h0m0s)"},
		{"weight too high", func(s *Scheduler) { s.Parameters[6] = 100 }, "w[6] = 100"},
		{"weight NaN", func(s *Scheduler) { s.Parameters[20] = math.NaN() }, "w[20] = NaN"},
		{"weight too low", func(s *Scheduler) { s.Parameters[0] = 0 }, "w[0] = 0"},
	} {
		t.Run(c.name, func(t *testing.T) {
			s := DefaultScheduler()
			c.change(&s)
			err := s.Validate()
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Errorf("Validate() = %v, want an error naming %q", err, c.want)
			}
		})
	}
	// Edges that are allowed.
	s := DefaultScheduler()
	s.DesiredRetention, s.MaximumInterval = 0.70, 1
	s.LearningSteps, s.RelearningSteps = minutes(959), minutes(1, 1439)
	if err := s.Validate(); err != nil {
		t.Errorf("edge values refused: %v", err)
	}
	s.DesiredRetention = 0.99
	if err := s.Validate(); err != nil {
		t.Errorf("retention 0.99 refused: %v", err)
	}
}

func TestMisusePanicsWithAReason(t *testing.T) {
	now := utc(2025, 1, 1, 0, 0)
	bad := DefaultScheduler()
	bad.DesiredRetention = 0.5
	for _, c := range []struct {
		name, want string
		call       func()
	}{
		{"invalid scheduler", "desired retention", func() { bad.Review(NewCard(now), Good, now) }},
		{"invalid scheduler in Preview", "desired retention", func() { bad.Preview(NewCard(now), now) }},
		{"rating 0", "Rating(0)", func() { DefaultScheduler().Review(NewCard(now), 0, now) }},
		{"rating 5", "Rating(5)", func() { DefaultScheduler().Review(NewCard(now), 5, now) }},
	} {
		t.Run(c.name, func(t *testing.T) {
			defer func() {
				r := recover()
				if msg, _ := r.(string); !strings.Contains(msg, c.want) {
					t.Errorf("panic %v, want one naming %q", r, c.want)
				}
			}()
			c.call()
		})
	}
}

func TestUnusableCardsAreRelearntNotLost(t *testing.T) {
	s := DefaultScheduler()
	now := utc(2025, 1, 1, 12, 0)
	last := now.AddDate(0, 0, -3)
	for _, c := range []struct {
		name string
		card Card
		want State // state after Good
	}{
		{"NaN stability", Card{State: Review, Stability: math.NaN(), Difficulty: 5, Due: now, LastReview: last, Reps: 4}, Learning},
		{"infinite difficulty", Card{State: Review, Stability: 10, Difficulty: math.Inf(1), Due: now, LastReview: last}, Learning},
		{"negative stability", Card{State: Relearning, Stability: -1, Difficulty: 5, Due: now, LastReview: last}, Learning},
		{"unknown state", Card{State: 9, Stability: 10, Difficulty: 5, Due: now, LastReview: last}, Learning},
		{"negative step", Card{State: Learning, Step: -3, Stability: 2, Difficulty: 5, Due: now, LastReview: last}, Learning}, // read as step 0
		{"zero memory in Review", Card{State: Review, Due: now, LastReview: last}, Review},
		{"review in the future", Card{State: Review, Stability: 10, Difficulty: 5, Due: now, LastReview: now.AddDate(0, 0, 2)}, Review},
	} {
		t.Run(c.name, func(t *testing.T) {
			got, log := s.Review(c.card, Good, now)
			if got.State != c.want || !got.Due.After(now) || got.Reps != c.card.Reps+1 ||
				got.Difficulty < 1 || got.Difficulty > 10 || !(got.Stability >= stabilityMin) {
				t.Errorf("Good gave %+v; want %v, due after now, reps counted, a usable memory", got, c.want)
			}
			if !sameBits(log.Before, c.card) {
				t.Errorf("the log changed the card before review: %+v", log.Before)
			}
		})
	}
	// Usable values outside the model's range are clamped, not reset.
	got, _ := s.Review(Card{State: Review, Stability: 1e9, Difficulty: 11, Due: now, LastReview: last}, Good, now)
	if got.State != Review || got.Difficulty > 10 || got.Stability > stabilityMax {
		t.Errorf("out-of-range memory gave %+v", got)
	}
}

func TestCardAndLogSurviveJSON(t *testing.T) {
	s := DefaultScheduler()
	now := time.Date(2025, 3, 4, 5, 6, 7, 890, time.UTC)
	card, _ := s.Review(NewCard(now), Good, now)
	card, log := s.Review(card, Good, card.Due)
	for name, v := range map[string]any{"card": card, "log": log} {
		raw, err := json.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		switch v := v.(type) {
		case Card:
			var back Card
			if err := json.Unmarshal(raw, &back); err != nil || back != v {
				t.Errorf("%s: %s came back as %+v (%v)", name, raw, back, err)
			}
		case ReviewLog:
			var back ReviewLog
			if err := json.Unmarshal(raw, &back); err != nil || back != v {
				t.Errorf("%s: %s came back as %+v (%v)", name, raw, back, err)
			}
		}
	}
	// A new card has no last review, and says so by leaving it out.
	raw, _ := json.Marshal(NewCard(now))
	if strings.Contains(string(raw), "last_review") {
		t.Errorf("a new card's JSON has a last review: %s", raw)
	}
}

func TestStringsName(t *testing.T) {
	if New.String() != "New" || Relearning.String() != "Relearning" || State(7).String() != "State(7)" ||
		Again.String() != "Again" || Easy.String() != "Easy" || Rating(0).String() != "Rating(0)" {
		t.Error("State or Rating String is wrong")
	}
	if Rating(0).Valid() || !Good.Valid() || State(-1).Valid() || !Review.Valid() {
		t.Error("State or Rating Valid is wrong")
	}
}

// sameBits is == for cards that may hold NaN, which never equals itself.
func sameBits(a, b Card) bool {
	bits := func(c Card) Card {
		c.Stability = float64(math.Float64bits(c.Stability))
		c.Difficulty = float64(math.Float64bits(c.Difficulty))
		return c
	}
	return bits(a) == bits(b)
}

func equalDurations(a, b []time.Duration) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
