package ui

import (
	"fmt"
	"math/rand/v2"
	"sync"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/omt-reference/omt/cards"
	"github.com/omt-reference/omt/store"
	"github.com/omt-reference/omt/study"
	"github.com/omt-reference/omt/techniques"
)

// UserData is where the browser finds the user's own data: the study
// schedule and review log, in the local database. Its functions do I/O, so
// the browser calls them only from commands, never in Update.
type UserData struct {
	// Open opens the database, once: later calls return the same store. The
	// caller closes it when the program ends.
	Open func() (*store.Store, store.Notice, error)
	// Exists reports whether the database was ever created, so that merely
	// browsing never creates one.
	Exists func() bool
	// Now is the clock; tests and the OMT_NOW seam set it.
	Now func() time.Time
	// Shuffle orders a card's n options at a showing (a permutation of 0 to
	// n-1); nil is a random order. Tests set it to fix the order.
	Shuffle func(n int) []int
	// Profile is whose data this is: "" (the local user) on a desktop, a
	// key's fingerprint for a student of omt serve.
	Profile string

	// deck is the study cards, generated once for every browser that
	// shares this UserData (New or ShareCards sets it).
	deck *deck
}

// ShareCards makes the copies of u taken after it share one set of study
// cards, generated once on first use: a server gives each student a copy
// with their own Profile, and the cards are made once for all of them.
func (u *UserData) ShareCards() {
	if u.deck == nil {
		u.deck = &deck{}
	}
}

// deck is every study card the catalogue makes, generated once per run
// (off the UI goroutine) and shared by the study screens.
type deck struct {
	once  sync.Once
	cards []cards.Card
	refs  []study.CardRef
	byID  map[string]int
	decks []cards.Deck
}

func (d *deck) load(c *techniques.Catalog) *deck {
	d.once.Do(func() {
		d.cards = cards.Generate(c)
		d.refs = make([]study.CardRef, len(d.cards))
		d.byID = make(map[string]int, len(d.cards))
		for i, k := range d.cards {
			d.refs[i] = study.CardRef{ID: k.ID, Hash: k.Hash, Decks: k.Decks}
			d.byID[k.ID] = i
		}
		d.decks = cards.Decks(c, d.cards)
	})
	return d
}

// card is the card with an id.
func (d *deck) card(id string) (cards.Card, bool) {
	i, ok := d.byID[id]
	if !ok {
		return cards.Card{}, false
	}
	return d.cards[i], true
}

// userData is the UserData the screens share by pointer.
type userData struct {
	UserData
}

func (u *userData) now() time.Time {
	if u.Now != nil {
		return u.Now()
	}
	return time.Now()
}

func (u *userData) shuffle(n int) []int {
	if u.Shuffle != nil {
		return u.Shuffle(n)
	}
	return rand.Perm(n)
}

// student is the profile's study record, opening the database if need be.
func (u *userData) student() (study.Student, store.Notice, error) {
	s, notice, err := u.Open()
	if err != nil {
		return study.Student{}, notice, err
	}
	return study.StudentIn(s, u.Profile), notice, nil
}

// dueCountMsg carries the count of cards to study now, for the header.
type dueCountMsg struct {
	counts study.Counts
	notice string
}

// countDue counts what is due, if the database exists; it is the browser's
// first touch of the user's data, and says if a broken database was moved
// aside.
func (u *userData) countDue(c *techniques.Catalog) tea.Cmd {
	if u == nil || u.Open == nil || (u.Exists != nil && !u.Exists()) {
		return nil
	}
	return func() tea.Msg {
		st, notice, err := u.student()
		if err != nil {
			return dueCountMsg{notice: "Study progress could not be read: " + err.Error()}
		}
		n, err := st.Count(u.deck.load(c).refs, u.now())
		msg := dueCountMsg{counts: n.All, notice: notice.String()}
		if err != nil {
			msg.notice = "Study progress could not be counted: " + err.Error()
		}
		return msg
	}
}

// studyAddedMsg says what adding a technique's cards to today's study did.
type studyAddedMsg struct{ text string }

// addToStudy adds a technique's cards to today's study (see
// study.Student.Add), and says what it did.
func (u *userData) addToStudy(c *techniques.Catalog, t techniques.Technique) tea.Cmd {
	return func() tea.Msg {
		st, _, err := u.student()
		if err != nil {
			return studyAddedMsg{"Study progress could not be opened: " + err.Error()}
		}
		refs := study.InDeck(u.deck.load(c).refs, cards.TechniqueDeck(t.ID))
		n, err := st.Add(refs, u.now())
		switch {
		case err != nil:
			return studyAddedMsg{"The cards could not be added: " + err.Error()}
		case len(refs) == 0:
			return studyAddedMsg{"The catalogue makes no study cards for " + t.Name + "."}
		case n == 0:
			return studyAddedMsg{fmt.Sprintf("All %d cards of %s are already in your study.", len(refs), t.Name)}
		}
		return studyAddedMsg{fmt.Sprintf("Added %d cards of %s to today's study: press s to start.", n, t.Name)}
	}
}
