package study

import "time"

// Counts are what there is to study of a set of cards.
type Counts struct {
	Due int // scheduled cards due now
	New int // new cards today's allowance still shows
}

// Total is every card a session would show now.
func (c Counts) Total() int { return c.Due + c.New }

// Tally is what there is to study as of a moment: over every card given, and
// for each deck they belong to. A deck's new count is capped by the day's
// allowance, which all decks share.
type Tally struct {
	All    Counts
	ByDeck map[string]Counts
}

// Count is what there is to study now among the cards given: the scheduled
// ones due, and the new ones today's allowance leaves, over all and per
// deck, under the student's settings. Settings that do not read count as
// the defaults: a count is shown in passing (the browser's header, the deck
// lists), and it is a session, which schedules by them, that stops on them.
//
// This is the one place the browser's header, its deck picker, the session's
// summary and `omt study decks` get their numbers from.
func (s Student) Count(all []CardRef, now time.Time) (Tally, error) {
	return s.count(all, s.settingsOrDefaults(), now)
}

// Tomorrow is what tomorrow holds among the cards given, for the end of a
// session: the cards due by the end of tomorrow, and tomorrow's allowance of
// new ones.
func (s Student) Tomorrow(all []CardRef, now time.Time) (Counts, error) {
	t, err := s.Count(all, endOfTomorrow(now))
	return t.All, err
}

// count is Count under the settings given, in one pass over the schedule.
// Suspended cards are not counted: no session shows them.
func (s Student) count(all []CardRef, set Settings, now time.Time) (Tally, error) {
	all, err := s.unsuspended(all)
	if err != nil {
		return Tally{}, err
	}
	decksOf := make(map[string][]string, len(all))
	unseen := map[string]int{}
	for _, c := range all {
		decksOf[c.ID] = c.Decks
		for _, d := range c.Decks {
			unseen[d]++
		}
	}
	t := Tally{ByDeck: make(map[string]Counts, len(unseen))}
	scheduled := 0
	for sc, err := range s.schedules() {
		if err != nil {
			return t, err
		}
		decks, known := decksOf[sc.CardID]
		if !known {
			continue // a card the catalogue no longer makes
		}
		scheduled++
		due := !sc.Due.After(now)
		if due {
			t.All.Due++
		}
		for _, d := range decks {
			unseen[d]--
			if due {
				n := t.ByDeck[d]
				n.Due++
				t.ByDeck[d] = n
			}
		}
	}
	allowance, err := s.newAllowance(set, now)
	t.All.New = min(allowance, len(all)-scheduled)
	for d, left := range unseen {
		n := t.ByDeck[d]
		n.New = min(allowance, left)
		t.ByDeck[d] = n
	}
	return t, err
}
