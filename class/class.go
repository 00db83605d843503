// Package class is the instructor's view of a class (issue 23): the
// roster, the class's weakest decks and cards, one student drilled into,
// the assignments and who finished them, and the gradebook. It is the
// domain only: the screen (ui/classview), omt class and omt serve ask, and
// draw or print what it answers.
//
// Who is in the class. The students are the keys of the authorized keys
// file when omt serve has one, else every profile the database has seen.
// An instructor (a key of the instructors' file) is not a student, unless
// their key is also in the authorized keys file; the host's own profile
// ("local") never is. A student is named by their key's comment in the
// keys file, else by the key's fingerprint: nothing else names them.
//
// What an instructor sees. Study figures only: reviews, first tries and
// lapses, cards due, practice exam scores, assignments done, when last
// seen. Never a student's notes, bookmarks, history or settings: the
// package reads none of them.
//
// Every figure is a SQL aggregate over sums the store keeps beside the log
// (store.Class), so the roster and the weakest cards of 500 students and
// ten million reviews take milliseconds (BENCHMARKS.md). The clock is
// injected; the package never reads the time itself.
package class

import (
	"errors"
	"slices"
	"strings"
	"time"

	"github.com/omt-reference/omt/cards"
	"github.com/omt-reference/omt/safetext"
	"github.com/omt-reference/omt/store"
	"github.com/omt-reference/omt/study"
)

// People is what the keys files say: each key's name (its comment, "" for
// none) by the key's fingerprint.
type People struct {
	// Students are the keys of the authorized keys file; nil when omt serve
	// lets any key in, and every profile seen is a student.
	Students map[string]string
	// Instructors are the keys of the instructors' file.
	Instructors map[string]string
}

// Instructor reports whether profile is an instructor, and their name.
func (p People) Instructor(profile string) (name string, ok bool) {
	name, ok = p.Instructors[profile]
	return name, ok
}

// Options set up a Class.
type Options struct {
	// Store is the database omt serve keeps the class in.
	Store *store.Store
	// Cards are the cards the catalogue makes, and Decks its decks (cards.Decks).
	Cards []cards.Card
	Decks []cards.Deck
	// People names the students and the instructors.
	People People
	// Now is the clock.
	Now func() time.Time
}

// Class answers the instructor's questions about the class in a database.
// It is safe for use by many goroutines.
type Class struct {
	store  *store.Store
	cards  []cards.Card
	refs   []study.CardRef
	decks  []cards.Deck
	byDeck map[string]cards.Deck
	byCard map[string]int // card id -> index in cards
	people People
	now    func() time.Time
}

// New is the class in o.Store.
func New(o Options) (*Class, error) {
	if o.Store == nil || o.Now == nil {
		return nil, errors.New("class: a store and a clock are required")
	}
	c := &Class{store: o.Store, cards: o.Cards, decks: o.Decks, people: o.People, now: o.Now,
		byDeck: make(map[string]cards.Deck, len(o.Decks)), byCard: make(map[string]int, len(o.Cards)),
		refs: make([]study.CardRef, len(o.Cards))}
	for _, d := range o.Decks {
		c.byDeck[d.Name] = d
	}
	for i, k := range o.Cards {
		c.byCard[k.ID] = i
		c.refs[i] = study.CardRef{ID: k.ID, Hash: k.Hash, Decks: k.Decks}
	}
	return c, nil
}

// Deck is the deck named, and whether the catalogue has it.
func (c *Class) Deck(name string) (cards.Deck, bool) {
	d, ok := c.byDeck[name]
	return d, ok
}

// Decks is every deck of the catalogue, in cards.Decks' order.
func (c *Class) Decks() []cards.Deck { return c.decks }

// Card is the card with id, and whether the catalogue still makes it.
func (c *Class) Card(id string) (cards.Card, bool) {
	i, ok := c.byCard[id]
	if !ok {
		return cards.Card{}, false
	}
	return c.cards[i], true
}

// isStudent reports whether profile is one of the class's students (see
// the package's doc).
func (c *Class) isStudent(profile string) bool {
	if profile == store.LocalProfile || profile == "" {
		return false
	}
	if c.people.Students != nil {
		_, ok := c.people.Students[profile]
		return ok
	}
	_, instructor := c.people.Instructors[profile]
	return !instructor
}

// members are the class's students and the profiles of the database that
// are not students (instructors, the host's own, keys no longer in the
// file), whose reviews the class's figures leave out.
func (c *Class) members() (students, others []string, err error) {
	seen, err := c.store.Class().Members()
	if err != nil {
		return nil, nil, err
	}
	in := map[string]bool{}
	for _, m := range seen {
		if c.isStudent(m.Profile) {
			students = append(students, m.Profile)
			in[m.Profile] = true
		} else {
			others = append(others, m.Profile)
		}
	}
	for p := range c.people.Students {
		if !in[p] && c.isStudent(p) {
			students = append(students, p)
		}
	}
	slices.Sort(students)
	return students, others, nil
}

// Name is how the class names profile: its comment in the authorized keys
// file (or, for an instructor, the instructors' file), else the key's
// fingerprint. A character a terminal would act on is written out
// (safetext), since the name is drawn and printed.
func (c *Class) Name(profile string) string {
	if n := strings.TrimSpace(c.people.Students[profile]); n != "" {
		return safetext.Visible(n)
	}
	if n := strings.TrimSpace(c.people.Instructors[profile]); n != "" {
		return safetext.Visible(n)
	}
	return safetext.Visible(profile)
}

// startOfDay is midnight of now's day, in now's location: a card due before
// it is overdue.
func startOfDay(now time.Time) time.Time {
	y, m, d := now.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, now.Location())
}

// Week is the roster's window: the last seven days, to the hour.
const Week = 7 * 24 * time.Hour
