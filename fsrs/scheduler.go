package fsrs

import (
	"errors"
	"fmt"
	"time"
)

// Parameters are the 21 weights w[0]..w[20] of the FSRS-6 memory model.
type Parameters [21]float64

// DefaultParameters returns the FSRS-6 default weights published by
// open-spaced-repetition (identical in fsrs-rs 6.6.1 DEFAULT_PARAMETERS,
// ts-fsrs 5.4.1 default_w and py-fsrs 6.3.1 DEFAULT_PARAMETERS). w[20] is the
// decay of the forgetting curve, 0.1542 by default.
func DefaultParameters() Parameters {
	return Parameters{
		0.212, 1.2931, 2.3065, 8.2956, // initial stability for Again, Hard, Good, Easy
		6.4133, 0.8334, // initial difficulty
		3.0194, 0.001, // difficulty change and mean reversion
		1.8722, 0.1666, 0.796, // stability after recall
		1.4835, 0.0614, 0.2629, 1.6483, // stability after a lapse
		0.6014, 1.8729, // Hard penalty, Easy bonus
		0.5425, 0.0912, 0.0658, // same-day (short-term) stability
		0.1542, // decay
	}
}

// parameterBounds are the closed ranges each weight must lie in: py-fsrs
// 6.3.1 LOWER/UPPER_BOUNDS_PARAMETERS, which are ts-fsrs's CLAMP_PARAMETERS
// save that ts-fsrs raises w[19]'s floor to 0.01 (py-fsrs keeps 0 so that
// converted FSRS-5 weights, whose w[19] is 0, stay valid). A function, not a
// package variable, so nothing can change it.
func parameterBounds() (lower, upper Parameters) {
	const sMin, initSMax = stabilityMin, 100.0
	lower = Parameters{sMin, sMin, sMin, sMin, 1, 0.001, 0.001, 0.001, 0, 0, 0.001,
		0.001, 0.001, 0.001, 0, 0, 1, 0, 0, 0, 0.1}
	upper = Parameters{initSMax, initSMax, initSMax, initSMax, 10, 4, 4, 0.75, 4.5, 0.8, 3.5,
		5, 0.25, 0.9, 4, 1, 6, 2, 2, 0.8, 0.8}
	return lower, upper
}

// Limits on the settings a student may choose.
const (
	// MinDesiredRetention and MaxDesiredRetention bound DesiredRetention.
	MinDesiredRetention = 0.70
	MaxDesiredRetention = 0.99
	// MaxMaximumInterval is the longest interval, in days, the reference
	// allows (about a hundred years).
	MaxMaximumInterval = 36500
)

// Scheduler holds the settings of the FSRS scheduler. It is a value with no
// hidden state: copies are independent and one Scheduler may be used from
// several goroutines. Start from DefaultScheduler; after changing a field,
// call Validate, because Review, Preview and Retrievability panic on an
// invalid Scheduler.
type Scheduler struct {
	// Parameters are the model's weights; DefaultParameters unless the
	// student's own have been fitted.
	Parameters Parameters
	// DesiredRetention is the probability of recall the schedule aims for
	// when a card falls due, in [0.70, 0.99]; 0.90 by default.
	DesiredRetention float64
	// LearningSteps are the delays between the first reviews of a new
	// card, before it graduates to Review; 1m and 10m by default. Each is a
	// whole number of minutes, at least one minute and under a day (under
	// 16 hours if there is only one). Empty means a new card goes straight
	// to Review.
	LearningSteps []time.Duration
	// RelearningSteps are the delays after a lapse; 10m by default, with the
	// same rules as LearningSteps.
	RelearningSteps []time.Duration
	// MaximumInterval caps every interval, in days; 36500 by default.
	MaximumInterval int
	// EnableFuzzing spreads review intervals of three days or more over a
	// small range, so cards learnt together do not stay bunched together.
	EnableFuzzing bool
	// FuzzSeed is mixed into the seed of the fuzz. The fuzz is already a
	// pure function of the card and the review time; empty reproduces
	// ts-fsrs's fuzz exactly.
	FuzzSeed string
}

// DefaultScheduler returns the reference defaults: the FSRS-6 weights, 90%
// desired retention, learning steps 1m and 10m, a relearning step of 10m, a
// maximum interval of 36500 days, and fuzzing on (as in py-fsrs and Anki;
// ts-fsrs leaves it off by default).
func DefaultScheduler() Scheduler {
	return Scheduler{
		Parameters:       DefaultParameters(),
		DesiredRetention: 0.90,
		LearningSteps:    []time.Duration{time.Minute, 10 * time.Minute},
		RelearningSteps:  []time.Duration{10 * time.Minute},
		MaximumInterval:  MaxMaximumInterval,
		EnableFuzzing:    true,
	}
}

// Validate reports every setting that is out of range, or nil.
func (s Scheduler) Validate() error {
	var errs []error
	lower, upper := parameterBounds()
	for i, w := range s.Parameters {
		if !(w >= lower[i] && w <= upper[i]) { // written so that NaN fails
			errs = append(errs, fmt.Errorf("parameter w[%d] = %v is outside [%v, %v]", i, w, lower[i], upper[i]))
		}
	}
	if !(s.DesiredRetention >= MinDesiredRetention && s.DesiredRetention <= MaxDesiredRetention) {
		errs = append(errs, fmt.Errorf("desired retention %v is outside [%v, %v]",
			s.DesiredRetention, MinDesiredRetention, MaxDesiredRetention))
	}
	if s.MaximumInterval < 1 || s.MaximumInterval > MaxMaximumInterval {
		errs = append(errs, fmt.Errorf("maximum interval %d days is outside [1, %d]", s.MaximumInterval, MaxMaximumInterval))
	}
	errs = append(errs, validateSteps("learning", s.LearningSteps)...)
	errs = append(errs, validateSteps("relearning", s.RelearningSteps)...)
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("fsrs: invalid scheduler: %w", err)
	}
	return nil
}

// validateSteps keeps steps to what the reference can express and keeps
// within a day: it counts steps in whole minutes, and a delay of a day or
// more would move a card to Review while still in its steps. Hard on a lone
// step waits 1.5 times it, so a lone step must be under 16 hours.
func validateSteps(kind string, steps []time.Duration) []error {
	var errs []error
	for i, step := range steps {
		if step < time.Minute || step >= 24*time.Hour || step%time.Minute != 0 {
			errs = append(errs, fmt.Errorf("%s step %d (%v) is not a whole number of minutes from 1m to under 24h", kind, i+1, step))
		}
	}
	if len(steps) == 1 && steps[0] >= 16*time.Hour && steps[0] < 24*time.Hour {
		errs = append(errs, fmt.Errorf("a lone %s step (%v) must be under 16h, so that Hard's 1.5 times it stays under a day", kind, steps[0]))
	}
	return errs
}

// mustBeValid is the guard at the top of Review and Preview.
func (s Scheduler) mustBeValid() {
	if err := s.Validate(); err != nil {
		panic(err.Error())
	}
}
