package class

import (
	"cmp"
	"slices"

	"github.com/omt-reference/omt/cards"
	"github.com/omt-reference/omt/store"
)

// WeakCard is a card the class lapses on: a first try (the card new or
// due) answered Again.
type WeakCard struct {
	Card cards.Card
	// Students is how many students have tried the card, and Failed how
	// many of them lapsed on it at least once: a card half the class fails
	// is a teaching point, or a bad card.
	Students, Failed int
	// Tries is the class's first tries of it, and Lapses how many of those
	// were answered Again.
	Tries, Lapses int
}

// LapseRate is the share of the card's first tries that lapsed.
func (w WeakCard) LapseRate() float64 { return max(0, share(w.Lapses, w.Tries)) }

// FailedShare is the share of the students who tried the card who failed it.
func (w WeakCard) FailedShare() float64 { return max(0, share(w.Failed, w.Students)) }

// WeakestCards is every card a student of the class has lapsed on, the
// most lapses first (SortCards by ByLapses, descending). The instructors'
// own reviews, and the host's, are left out.
func (c *Class) WeakestCards() ([]WeakCard, error) {
	tallies, err := c.tallies()
	if err != nil {
		return nil, err
	}
	var out []WeakCard
	for _, t := range tallies {
		card, ok := c.Card(t.CardID)
		if !ok || t.Lapses == 0 {
			continue // a card the catalogue no longer makes, or one never failed
		}
		out = append(out, WeakCard{Card: card, Students: t.Students, Failed: t.Failed, Tries: t.Tries, Lapses: t.Lapses})
	}
	SortCards(out, ByLapses, true)
	return out, nil
}

// tallies is every card's sums over the class's students alone.
func (c *Class) tallies() ([]store.CardTally, error) {
	_, others, err := c.members()
	if err != nil {
		return nil, err
	}
	return c.store.Class().CardTallies(others)
}

// WeakDeck is a deck and the class's first tries and lapses on its cards.
type WeakDeck struct {
	Deck cards.Deck
	// Tried is how many of its cards some student has tried, and Failing
	// how many of those half the students who tried them or more failed.
	Tried, Failing int
	// Tries and Lapses are summed over its cards.
	Tries, Lapses int
}

// LapseRate is the share of the deck's first tries that lapsed.
func (w WeakDeck) LapseRate() float64 { return max(0, share(w.Lapses, w.Tries)) }

// MinDeckTries is how many first tries a deck needs before it is ranked:
// fewer say more about chance than about the deck.
const MinDeckTries = 20

// WeakestDecks ranks the decks the class has tried enough (MinDeckTries)
// by the share of first tries that lapsed, the highest first. The decks of
// one technique are left out: their cards are among the weakest cards, and
// a deck of a few cards would crowd out the families, regions and maps.
func (c *Class) WeakestDecks() ([]WeakDeck, error) {
	tallies, err := c.tallies()
	if err != nil {
		return nil, err
	}
	return rankDecks(c, tallies, MinDeckTries, func(t store.CardTally) (tries, lapses int, failing bool) {
		return t.Tries, t.Lapses, t.Students > 0 && 2*t.Failed >= t.Students
	}), nil
}

// rankDecks sums per-card figures (from one student or the class) into
// their decks and ranks the decks with minTries first tries or more by
// lapse rate.
func rankDecks(c *Class, tallies []store.CardTally, minTries int, figures func(store.CardTally) (tries, lapses int, failing bool)) []WeakDeck {
	byDeck := map[string]*WeakDeck{}
	for _, t := range tallies {
		card, ok := c.Card(t.CardID)
		if !ok {
			continue
		}
		tries, lapses, failing := figures(t)
		for _, name := range card.Decks {
			d, ok := c.byDeck[name]
			if !ok || d.Group == cards.GroupTechnique {
				continue
			}
			w := byDeck[name]
			if w == nil {
				w = &WeakDeck{Deck: d}
				byDeck[name] = w
			}
			w.Tried++
			w.Tries += tries
			w.Lapses += lapses
			if failing {
				w.Failing++
			}
		}
	}
	out := make([]WeakDeck, 0, len(byDeck))
	for _, w := range byDeck {
		if w.Tries >= minTries {
			out = append(out, *w)
		}
	}
	slices.SortFunc(out, func(a, b WeakDeck) int {
		return cmp.Or(-cmp.Compare(a.LapseRate(), b.LapseRate()), -cmp.Compare(a.Tries, b.Tries), cmp.Compare(a.Deck.Name, b.Deck.Name))
	})
	return out
}
