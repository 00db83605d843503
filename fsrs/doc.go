// Package fsrs schedules flashcard reviews with FSRS-6, the Free Spaced
// Repetition Scheduler, in its current version.
//
// FSRS models each card's memory by its stability S (the days until recall
// falls to 90%) and difficulty D (1 to 10). After every review it updates
// both from the grade (Again, Hard, Good, Easy) and the time since the last
// review, and schedules the next review for when the modelled probability
// of recall, (1 + factor*t/S)^-w20, will have fallen to the desired
// retention. New and forgotten cards first go through short learning steps
// measured in minutes.
//
// Sources. The algorithm is described on the open-spaced-repetition wiki,
// "The Algorithm":
// https://github.com/open-spaced-repetition/fsrs4anki/wiki/The-Algorithm.
// This package follows the reference implementation ts-fsrs 5.4.1 ("using
// FSRS-6.0"), https://github.com/open-spaced-repetition/ts-fsrs, commit
// cdec8d2f8340f8e62ced596c1da02e20e70073f0, with short-term scheduling on
// (its BasicScheduler, the default): the formulas, the rounding to 8
// decimals, the learning steps, the fuzz and its Alea random generator, and
// the default weights. The same-day stability formula was checked against
// fsrs-rs 6.6.1 (https://github.com/open-spaced-repetition/fsrs-rs, commit
// 0cbb9d3c8fbd7cbe4903f25d6e4c7ed01a65edf9), the implementation inside Anki.
// py-fsrs 6.3.1 (https://github.com/open-spaced-repetition/py-fsrs, commit
// 3abe686e9c058d3f3c00bbeb92e68b71211b2b31) publishes the same default
// weights and the same worked examples, but differs in details where this
// package does as ts-fsrs (and, for the same-day formula, fsrs-rs) does:
// py-fsrs lets same-day Hard lower stability, waits at a later step's own
// length on Hard instead of the mean of the first two steps, keeps learning
// delays to the second instead of the minute, counts days as 24-hour
// periods instead of UTC calendar days, rounds the fuzzed interval instead
// of flooring it and does not keep it past the days already elapsed, and
// does not force Hard <= Good < Easy.
//
// Where this package departs from ts-fsrs:
//   - Hard, Good and Easy intervals of a Review card are capped at
//     MaximumInterval after being put in order; ts-fsrs can schedule Good
//     and Easy one and two days beyond it.
//   - Out-of-range weights, retention and steps are refused by Validate
//     (as py-fsrs does) instead of being clamped silently. Steps must be
//     whole minutes under a day, and a lone step under 16 hours: ts-fsrs
//     also takes delays of a day or more, which move a card to Review while
//     it still holds a step.
//   - A stored card whose memory state is unusable is relearnt from New
//     instead of raising an error, so no card ever leaves the schedule.
//   - Scheduler.FuzzSeed, when set, is mixed into the reference's fuzz seed.
//   - The weights are used as given. With two or more relearning steps,
//     ts-fsrs lowers w[17] and w[18] of weights passed to it explicitly
//     (clipParameters), but not its own defaults, and py-fsrs never does;
//     with the default weights this package matches both.
//
// The package keeps no state and never reads the clock: every function
// takes the time as an argument, and the fuzz is a pure function of the
// card, the review time and FuzzSeed, so tests and Preview are exact.
package fsrs
