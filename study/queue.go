package study

import (
	"cmp"
	"hash/fnv"
	"slices"
	"time"

	"github.com/omt-reference/omt/fsrs"
	"github.com/omt-reference/omt/store"
)

// Queue is the cards of a deck to show now: those due, most overdue first,
// then as many new ones as today's allowance leaves: those of the class's
// assignments first, the soonest due first, then the rest (see
// assignedFirst). A suspended card is never among them. Before choosing, it
// brings back as new every card of the deck whose fact changed since it was
// scheduled (its past reviews stay in the log).
func (s Student) Queue(deck []CardRef, set Settings, now time.Time) ([]Item, error) {
	deck, err := s.unsuspended(deck)
	if err != nil {
		return nil, err
	}
	refs := make(map[string]CardRef, len(deck))
	hashes := make(map[string]string, len(deck))
	for _, c := range deck {
		refs[c.ID] = c
		hashes[c.ID] = c.Hash
	}
	if err := s.resetChanged(hashes, now); err != nil {
		return nil, err
	}
	var due []Item
	scheduled := make(map[string]bool, len(deck))
	for sc, err := range s.schedules() {
		if err != nil {
			return nil, err
		}
		ref, ok := refs[sc.CardID]
		if !ok {
			continue // another deck's card, or one the catalogue no longer makes
		}
		scheduled[sc.CardID] = true
		if sc.Due.After(now) {
			continue
		}
		due = append(due, Item{Ref: ref, Card: decodeState(sc.State, now), Updated: sc.Updated})
	}
	slices.SortStableFunc(due, func(a, b Item) int { return a.Card.Due.Compare(b.Card.Due) })
	allowance, err := s.newAllowance(set, now)
	if err != nil {
		return nil, err
	}
	order, err := s.assignedFirst(deck)
	if err != nil {
		return nil, err
	}
	for _, c := range order {
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

// unsuspended is the cards of deck that are not suspended, in order.
func (s Student) unsuspended(deck []CardRef) ([]CardRef, error) {
	suspended, err := s.Suspended()
	if err != nil || len(suspended) == 0 {
		return deck, err
	}
	out := make([]CardRef, 0, len(deck))
	for _, c := range deck {
		if _, ok := suspended[c.ID]; !ok {
			out = append(out, c)
		}
	}
	return out, nil
}

// learnAhead is how far ahead a session looks, once its queue is done, for
// cards still in their learning steps, as Anki's learn-ahead limit does: a
// card failed a few minutes ago comes back in the same sitting.
const learnAhead = 20 * time.Minute

// LearnAhead is what a session shows once its queue is done: the deck's
// cards still in their learning steps that come due within the learn-ahead
// limit (twenty minutes), most overdue first. It offers no new card: the
// day's new ones were the queue's. None means the session is over.
func (s Student) LearnAhead(deck []CardRef, set Settings, now time.Time) ([]Item, error) {
	items, err := s.Queue(deck, set, now.Add(learnAhead))
	if err != nil {
		return nil, err
	}
	var learning []Item
	for _, it := range items {
		if !it.New {
			learning = append(learning, it)
		}
	}
	return learning, nil
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
func (s Student) newAllowance(set Settings, now time.Time) (int, error) {
	shown, err := s.newToday(now)
	return max(0, set.NewPerDay-shown), err
}

// resetChanged starts afresh every scheduled card whose content hash is no
// longer the one it was scheduled with.
func (s Student) resetChanged(hashes map[string]string, now time.Time) error {
	if s.schedule == nil {
		return nil // nothing is scheduled, so nothing changed
	}
	changed, err := s.schedule.Changed(hashes)
	if err != nil {
		return err
	}
	for _, id := range changed {
		state, err := newState(now)
		if err != nil {
			return err
		}
		if err := s.schedule.Reset(store.Schedule{CardID: id, ContentHash: hashes[id], State: state, Due: now}); err != nil {
			return err
		}
	}
	return nil
}
