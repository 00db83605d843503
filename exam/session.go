package exam

import (
	"errors"
	"fmt"
	"time"
)

// The errors of a Session's actions.
var (
	// ErrFinished: the block has ended (submitted, or its time ran out).
	ErrFinished = errors.New("the block has ended")
	// ErrFinal: in tutor mode an answer cannot be changed once given,
	// since its explanation has been shown.
	ErrFinal = errors.New("in tutor mode an answer is final once its explanation is shown")
)

// Session is a block being sat: the state machine a screen drives. Every
// action reads the clock it was given, and a timed block whose time has run
// out ends, as TimedOut, on the first action or Tick after that moment, with
// the time used set to its limit and its end to the moment the time ran
// out, however late that is noticed.
//
// A Session is not safe for use by several goroutines; a screen owns it.
type Session struct {
	b     Block
	clock func() time.Time
	// since is when this sitting's running time began: while the block is
	// in progress, the time used is b.Used plus the time since.
	since time.Time
}

// NewSession sits a block on a clock: a new one from Build, or one left
// unfinished (in progress when its omt was killed, or abandoned), which
// goes on with the time it had left; time away from it does not count. A
// block whose time was already used up ends as timed out at once. A
// finished block opens as it is, for its review.
func NewSession(b Block, clock func() time.Time) (*Session, error) {
	if len(b.Items) == 0 {
		return nil, errors.New("a block with no questions cannot be sat")
	}
	if b.Current < 0 || b.Current >= len(b.Items) {
		b.Current = 0
	}
	s := &Session{b: b.Clone(), clock: clock, since: clock()}
	if b.State.Resumable() {
		s.b.State = InProgress
		s.expire(s.since)
	}
	return s, nil
}

// usedAt is the time used at now: what was used before this sitting and,
// while the block is in progress, the time since it began (never less than
// nothing, should the clock step back), at most the limit.
func (s *Session) usedAt(now time.Time) time.Duration {
	used := s.b.Used
	if s.b.State == InProgress {
		used += max(0, now.Sub(s.since))
	}
	if s.b.Limit > 0 {
		used = min(used, s.b.Limit)
	}
	return used
}

// expire ends a timed block whose time has run out at now, and reports
// whether it did so now.
func (s *Session) expire(now time.Time) bool {
	if s.b.State != InProgress || s.b.Limit == 0 || s.usedAt(now) < s.b.Limit {
		return false
	}
	s.b.Finished = s.since.Add(max(0, s.b.Limit-s.b.Used))
	s.b.Used, s.b.State = s.b.Limit, TimedOut
	return true
}

// act reads the clock for an action that changes an answer: the block may
// have timed out, and then the action is refused.
func (s *Session) act() (time.Time, error) {
	now := s.clock()
	s.expire(now)
	if s.b.State != InProgress {
		return now, ErrFinished
	}
	return now, nil
}

// Tick lets the session see the clock: it reports whether the block timed
// out now. A screen calls it each second.
func (s *Session) Tick() bool { return s.expire(s.clock()) }

// Block is the block as it stands now, a copy the caller may keep.
func (s *Session) Block() Block {
	b := s.b.Clone()
	b.Used = s.usedAt(s.clock())
	return b
}

// Snapshot is the block to save now: Block with the next revision and the
// time of the save.
func (s *Session) Snapshot() Block {
	now := s.clock()
	s.expire(now)
	s.b.Revision++
	b := s.b.Clone()
	b.Used, b.Updated = s.usedAt(now), now
	return b
}

// State is where the block stands. A timed block whose time has run out
// is still in progress until Tick or an action sees it.
func (s *Session) State() State { return s.b.State }

// Mode is the block's mode.
func (s *Session) Mode() Mode { return s.b.Mode }

// Len is the number of questions.
func (s *Session) Len() int { return len(s.b.Items) }

// Current is the position of the question on screen.
func (s *Session) Current() int { return s.b.Current }

// Item is question i and its answer.
func (s *Session) Item(i int) Item { return s.b.Items[i] }

// Used is the time spent in the block.
func (s *Session) Used() time.Duration { return s.usedAt(s.clock()) }

// Left is the time a timed block has left; ok is false for a block with no
// limit.
func (s *Session) Left() (left time.Duration, ok bool) {
	if s.b.Limit == 0 {
		return 0, false
	}
	return s.b.Limit - s.Used(), true
}

// Revealed reports whether question i's answer and explanation may be
// shown: once the block has ended, or in tutor mode once it is answered.
func (s *Session) Revealed(i int) bool {
	return s.b.State.Finished() || (s.b.Mode == Tutor && s.b.Items[i].Answered())
}

// Counts are how many questions are answered and how many flagged.
func (s *Session) Counts() (answered, flagged int) {
	for _, it := range s.b.Items {
		if it.Answered() {
			answered++
		}
		if it.Flagged {
			flagged++
		}
	}
	return answered, flagged
}

// Score is the block's score so far (see Block.Score).
func (s *Session) Score() Score { return s.b.Score() }

// Answer chooses an option of the current question. In timed mode it may be
// changed until the block ends; in tutor mode it is final.
func (s *Session) Answer(option int) error {
	if _, err := s.act(); err != nil {
		return err
	}
	it := &s.b.Items[s.b.Current]
	switch {
	case option < 0 || option >= len(it.Options):
		return fmt.Errorf("question %d has no option %s", s.b.Current+1, Letter(option))
	case s.b.Mode == Tutor && it.Answered():
		return ErrFinal
	}
	it.Chosen = option
	return nil
}

// ToggleFlag marks the current question for review, or clears the mark.
func (s *Session) ToggleFlag() error {
	if _, err := s.act(); err != nil {
		return err
	}
	s.b.Items[s.b.Current].Flagged = !s.b.Items[s.b.Current].Flagged
	return nil
}

// Next moves to the next question and reports whether there was one. Moving
// is allowed after the end too, for the review.
func (s *Session) Next() bool { return s.Jump(s.b.Current+1) == nil }

// Previous moves to the previous question and reports whether there was
// one.
func (s *Session) Previous() bool { return s.Jump(s.b.Current-1) == nil }

// Jump moves to question i (from 0).
func (s *Session) Jump(i int) error {
	s.Tick()
	if i < 0 || i >= len(s.b.Items) {
		return fmt.Errorf("there is no question %d of %d", i+1, len(s.b.Items))
	}
	s.b.Current = i
	return nil
}

// Submit hands the block in: it ends, and can be scored.
func (s *Session) Submit() error {
	now, err := s.act()
	if err != nil {
		return err
	}
	s.b.Used, s.since = s.usedAt(now), now
	s.b.State, s.b.Finished = Submitted, now
	return nil
}

// Abandon leaves the block unfinished, its time stopped; NewSession takes
// it up again. A block that has ended stays as it is.
func (s *Session) Abandon() {
	now := s.clock()
	if s.expire(now) || s.b.State != InProgress {
		return
	}
	s.b.Used, s.since = s.usedAt(now), now
	s.b.State = Abandoned
}
