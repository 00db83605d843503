package main

import (
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"time"
)

// Keys as a terminal sends them.
const (
	keyEnter    = "\r"
	keyEsc      = "\x1b"
	keyDown     = "\x1b[B"
	keyPageDown = "\x1b[6~"
	keySpace    = " "
)

// browseKeys is a student looking something up: low back pain from the
// condition picker, a search for "muscle" typed a letter at a time, the
// third entry opened and read down a page, and back to the list.
func browseKeys() []string {
	keys := []string{"c"}
	keys = append(keys, letters("low")...)
	keys = append(keys, keyEnter, "/")
	keys = append(keys, letters("muscle")...)
	return append(keys, keyEnter, keyDown, keyDown, keyEnter, keyPageDown, keyEsc)
}

func letters(s string) []string {
	out := make([]string, 0, len(s))
	for _, r := range s {
		out = append(out, string(r))
	}
	return out
}

// pace is how long a student pauses before a key, on average, by what
// they are doing; each pause is drawn from half to one and a half times it.
type pace struct {
	typing   time.Duration // between the letters of a word
	browsing time.Duration // before moving, opening, going back, grading
	reading  time.Duration // reading a card before answering it
}

// student is a client with a pace and somewhere to record each key's
// frame latency.
type student struct {
	*client
	pace   pace
	rng    *rand.Rand
	wait   time.Duration // how long a key may wait for its frame
	record func(key string, d time.Duration)
}

// pause sleeps around mean.
func (s *student) pause(mean time.Duration) {
	if mean > 0 {
		time.Sleep(mean/2 + time.Duration(s.rng.Int64N(int64(mean))))
	}
}

// press pauses around mean, presses k and records how long until the
// frame that answers it.
func (s *student) press(k string, mean time.Duration) error {
	s.pause(mean)
	d, err := s.client.press(k, s.wait)
	if err != nil {
		return fmt.Errorf("key %q: %w", k, err)
	}
	s.record(k, d)
	return nil
}

// run is the session's script: browse, then study cards (each read, then
// answered as its kind asks: a recall card shown and graded good, a choice
// card answered and passed on), then end the study session and quit.
func (s *student) run(cards int) error {
	for _, k := range browseKeys() {
		mean := s.pace.browsing
		if len(k) == 1 && k[0] >= 'a' && k[0] <= 'z' && k != "c" {
			mean = s.pace.typing
		}
		if err := s.press(k, mean); err != nil {
			return err
		}
	}
	for _, k := range []string{"s", keyEnter} { // the deck picker; everything due today
		if err := s.press(k, s.pace.browsing); err != nil {
			return err
		}
	}
	for i := 0; i < cards; i++ {
		state, err := s.waitState(s.wait, stateFront, stateChoice)
		if err != nil {
			return fmt.Errorf("card %d: %w", i+1, err)
		}
		reveal, after, next := keySpace, stateBack, "3"
		if state == stateChoice {
			reveal, after, next = "1", stateAnswered, keySpace
		}
		if err := s.press(reveal, s.pace.reading); err != nil {
			return err
		}
		if _, err := s.waitState(s.wait, after); err != nil {
			return fmt.Errorf("card %d: %w", i+1, err)
		}
		if err := s.press(next, s.pace.browsing); err != nil {
			return err
		}
	}
	for _, k := range []string{keyEsc, keyEsc} { // end the session, close the summary
		if err := s.press(k, s.pace.browsing); err != nil {
			return err
		}
	}
	s.pause(s.pace.browsing)
	_, err := s.client.press("q", s.wait)
	if errors.Is(err, errNoFrame) || errors.Is(err, io.EOF) {
		err = nil // quitting may end the output before another frame
	}
	return err
}
