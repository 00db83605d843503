package class

import (
	"encoding/json"
	"fmt"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/omt-reference/omt/cards"
	"github.com/omt-reference/omt/store"
	"github.com/omt-reference/omt/techniques"
)

// now is the tests' clock: a Wednesday morning.
var now = time.Date(2026, 12, 9, 10, 0, 0, 0, time.UTC)

// The class of the tests: three students in the keys file (Cy has never
// connected), an instructor who also studies, a key no longer in the keys
// file, and the host's own profile.
const (
	ana      = "SHA256:ana-key"
	ben      = "SHA256:ben-key"
	cy       = "SHA256:cy-key"
	teacher  = "SHA256:teacher-key"
	stranger = "SHA256:stranger-key"
)

func classPeople() People {
	return People{
		Students:    map[string]string{ana: "ana.lima", ben: "b.okafor", cy: "c.ng"},
		Instructors: map[string]string{teacher: "dr.osei"},
	}
}

// catalogue is the shipped catalogue's cards and decks, made once.
var catalogue = sync.OnceValues(func() ([]cards.Card, []cards.Deck) {
	c, err := techniques.Load()
	if err != nil {
		panic(err)
	}
	all := cards.Generate(c)
	return all, cards.Decks(c, all)
})

// fixture is a class in a database of its own.
type fixture struct {
	t     *testing.T
	store *store.Store
	class *Class
}

func newFixture(t *testing.T, people People) *fixture {
	t.Helper()
	st, _, err := store.Open(filepath.Join(t.TempDir(), "omt.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	all, decks := catalogue()
	c, err := New(Options{Store: st, Cards: all, Decks: decks, People: people, Now: func() time.Time { return now }})
	if err != nil {
		t.Fatal(err)
	}
	return &fixture{t: t, store: st, class: c}
}

// deck is the catalogue's cards of a deck, in its order.
func deck(name string) []cards.Card {
	all, _ := catalogue()
	return cards.InDeck(all, name)
}

// review records profile's review of card at, by a card in state (0 New,
// 1 Learning, 2 Review) before it, graded rating, due after it at due.
func (f *fixture) review(profile string, card cards.Card, at time.Time, state, rating int, due time.Time) {
	f.t.Helper()
	r := store.Review{CardID: card.ID, ContentHash: card.Hash, At: at, Rating: rating,
		Before: json.RawMessage(fmt.Sprintf(`{"state":%d}`, state)), After: json.RawMessage(`{"state":2}`), Due: due}
	if _, err := f.store.Study(profile).Record(r); err != nil {
		f.t.Fatal(err)
	}
}

// exam keeps a finished block of n questions for profile, right of them
// answered right.
func (f *fixture) exam(profile string, n, right int, finished time.Time) {
	f.t.Helper()
	b := store.ExamBlock{Mode: "timed", State: "submitted", Started: finished.Add(-time.Hour), Updated: finished,
		Finished: finished, Revision: 1}
	for i := range n {
		chosen := 0
		if i >= right {
			chosen = 1
		}
		b.Items = append(b.Items, store.ExamItem{CardID: fmt.Sprintf("q%d", i), ContentHash: "h", Topic: "glossary",
			Question: json.RawMessage(`{}`), Answer: 0, Chosen: chosen})
	}
	if _, err := f.store.Exams(profile).Create(b); err != nil {
		f.t.Fatal(err)
	}
}

func days(n float64) time.Duration { return time.Duration(n * 24 * float64(time.Hour)) }
