package fsrs

import (
	"fmt"
	"time"
)

// State is where a card stands in the schedule. The values are those of the
// reference implementations (ts-fsrs, py-fsrs), so stored cards stay readable
// by them.
type State int

// The states of a card.
const (
	// New: never reviewed.
	New State = iota
	// Learning: reviewed, still going through the learning steps.
	Learning
	// Review: graduated; scheduled in whole days by the memory model.
	Review
	// Relearning: forgotten after graduating, going through the relearning steps.
	Relearning
)

// String is the state's name, "New" to "Relearning".
func (s State) String() string {
	switch s {
	case New:
		return "New"
	case Learning:
		return "Learning"
	case Review:
		return "Review"
	case Relearning:
		return "Relearning"
	}
	return fmt.Sprintf("State(%d)", int(s))
}

// Valid reports whether s is one of the four states.
func (s State) Valid() bool { return s >= New && s <= Relearning }

// Rating is the grade a student gives their own recall.
type Rating int

// The four ratings, numbered as in the reference implementations and Anki.
const (
	// Again: forgot.
	Again Rating = iota + 1
	// Hard: recalled with serious difficulty.
	Hard
	// Good: recalled after some thought.
	Good
	// Easy: recalled at once.
	Easy
)

// String is the rating's name, "Again" to "Easy".
func (r Rating) String() string {
	switch r {
	case Again:
		return "Again"
	case Hard:
		return "Hard"
	case Good:
		return "Good"
	case Easy:
		return "Easy"
	}
	return fmt.Sprintf("Rating(%d)", int(r))
}

// Valid reports whether r is one of the four ratings. Review panics on any
// other value, so check ratings that come from outside the program.
func (r Rating) Valid() bool { return r >= Again && r <= Easy }

// Card is one card's schedule and memory state: a plain value the caller
// stores and hands back to Review. The zero Card is not ready to use: make new
// cards with NewCard, which sets the due time.
type Card struct {
	State State `json:"state"`
	// Step is the index of the current learning or relearning step; 0 in
	// the New and Review states.
	Step int `json:"step"`
	// Stability is the number of days after which recall falls to 90%;
	// 0 for a new card.
	Stability float64 `json:"stability"`
	// Difficulty is in [1, 10]; 0 for a new card.
	Difficulty float64 `json:"difficulty"`
	// Due is when the card should next be shown.
	Due time.Time `json:"due"`
	// LastReview is when the card was last graded; zero for a new card.
	LastReview time.Time `json:"last_review,omitzero"`
	// ScheduledDays is the interval, in whole days, the last review set;
	// 0 while the card is in a learning or relearning step.
	ScheduledDays int `json:"scheduled_days"`
	// Reps counts the reviews, Lapses the times a Review card was forgotten.
	Reps   int `json:"reps"`
	Lapses int `json:"lapses"`
}

// NewCard returns a card never reviewed, due at now.
func NewCard(now time.Time) Card {
	return Card{State: New, Due: now}
}

// ReviewLog records one review: what the student answered, when, and the
// card before and after, which is what an optimiser or an export needs.
type ReviewLog struct {
	Rating   Rating    `json:"rating"`
	Reviewed time.Time `json:"reviewed"`
	// ElapsedDays is the number of UTC calendar days since the previous
	// review (0 for a new card or a review the same day), the delay the
	// memory model used.
	ElapsedDays int  `json:"elapsed_days"`
	Before      Card `json:"before"`
	After       Card `json:"after"`
}
