package study

import (
	"cmp"
	"encoding/json"
	"hash/fnv"
	"slices"
	"time"

	"github.com/omt-reference/omt/fsrs"
	"github.com/omt-reference/omt/store"
)

// Queue is the cards of a deck to show now: those due, most overdue first,
// then as many new ones as today's allowance leaves, in the deck's order.
// Before choosing, it brings back as new every card of the deck whose fact
// changed since it was scheduled (its past reviews stay in the log).
func Queue(st *store.Study, deck []CardRef, set Settings, now time.Time) ([]Item, error) {
	refs := make(map[string]CardRef, len(deck))
	hashes := make(map[string]string, len(deck))
	for _, c := range deck {
		refs[c.ID] = c
		hashes[c.ID] = c.Hash
	}
	if err := resetChanged(st, hashes, now); err != nil {
		return nil, err
	}
	var due []Item
	scheduled := make(map[string]bool, len(deck))
	for s, err := range st.Schedules() {
		if err != nil {
			return nil, err
		}
		ref, ok := refs[s.CardID]
		if !ok {
			continue // another deck's card, or one the catalogue no longer makes
		}
		scheduled[s.CardID] = true
		if s.Due.After(now) {
			continue
		}
		due = append(due, Item{Ref: ref, Card: decodeState(s.State, now), Updated: s.Updated})
	}
	slices.SortStableFunc(due, func(a, b Item) int { return a.Card.Due.Compare(b.Card.Due) })
	allowance, err := newAllowance(st, set, now)
	if err != nil {
		return nil, err
	}
	for _, c := range interleaved(deck) {
		if allowance == 0 {
			break
		}
		if !scheduled[c.ID] {
			due = append(due, Item{Ref: c, Card: fsrs.NewCard(now), New: true})
			allowance--
		}
	}
	return due, nil
}

// interleaved orders new cards by a hash of their ids: mixed across entries
// and kinds (interleaved practice, not twenty cards on one technique), yet
// the same order every day, so tomorrow's new cards follow today's.
func interleaved(deck []CardRef) []CardRef {
	out := slices.Clone(deck)
	key := func(id string) uint64 {
		h := fnv.New64a()
		h.Write([]byte(id))
		return h.Sum64()
	}
	slices.SortStableFunc(out, func(a, b CardRef) int { return cmp.Compare(key(a.ID), key(b.ID)) })
	return out
}

// newAllowance is how many new cards may still be shown today.
func newAllowance(st *store.Study, set Settings, now time.Time) (int, error) {
	shown, err := NewToday(st, now)
	return max(0, set.NewPerDay-shown), err
}

// resetChanged starts afresh every scheduled card whose content hash is no
// longer the one it was scheduled with.
func resetChanged(st *store.Study, hashes map[string]string, now time.Time) error {
	changed, err := st.Changed(hashes)
	if err != nil {
		return err
	}
	for _, id := range changed {
		state, err := json.Marshal(fsrs.NewCard(now))
		if err != nil {
			return err
		}
		if err := st.Reset(store.Schedule{CardID: id, ContentHash: hashes[id], State: state, Due: now}); err != nil {
			return err
		}
	}
	return nil
}

// Counts are what the browser's header says of the student's work today.
type Counts struct {
	Due int // scheduled cards due now
	New int // new cards today's allowance still shows
}

// Total is every card a session would show now.
func (c Counts) Total() int { return c.Due + c.New }

// Count is how many cards are due now across every card given, and how many
// new ones today's allowance still leaves.
func Count(st *store.Study, all []CardRef, set Settings, now time.Time) (Counts, error) {
	known := make(map[string]bool, len(all))
	for _, c := range all {
		known[c.ID] = true
	}
	var n Counts
	scheduled := 0
	for s, err := range st.Schedules() {
		if err != nil {
			return n, err
		}
		if !known[s.CardID] {
			continue
		}
		scheduled++
		if !s.Due.After(now) {
			n.Due++
		}
	}
	allowance, err := newAllowance(st, set, now)
	n.New = min(allowance, len(all)-scheduled)
	return n, err
}

// CountDecks is Count for every deck at once, in one pass over the schedule:
// the deck picker shows each deck's due and new cards. A deck's new count is
// capped by the day's allowance, which all decks share.
func CountDecks(st *store.Study, all []CardRef, set Settings, now time.Time) (map[string]Counts, error) {
	decksOf := make(map[string][]string, len(all))
	unseen := map[string]int{}
	for _, c := range all {
		decksOf[c.ID] = c.Decks
		for _, d := range c.Decks {
			unseen[d]++
		}
	}
	out := make(map[string]Counts, len(unseen))
	for s, err := range st.Schedules() {
		if err != nil {
			return out, err
		}
		for _, d := range decksOf[s.CardID] {
			unseen[d]--
			if !s.Due.After(now) {
				n := out[d]
				n.Due++
				out[d] = n
			}
		}
	}
	allowance, err := newAllowance(st, set, now)
	for d, left := range unseen {
		n := out[d]
		n.New = min(allowance, left)
		out[d] = n
	}
	return out, err
}
