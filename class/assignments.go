package class

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/omt-reference/omt/store"
	"github.com/omt-reference/omt/study"
)

// Assignment is one of the class's assignments and how each student
// stands with it.
type Assignment struct {
	store.Assignment
	// Titles are the titles of its decks, in Decks' order.
	Titles []string
	// Cards is how many cards its decks hold, each counted once.
	Cards int
	// Students are every student of the class, by name, with their
	// progress through it.
	Students []AssignmentProgress
}

// AssignmentProgress is one student's progress through an assignment.
type AssignmentProgress struct {
	Profile, Name string
	study.Assignment
}

// Finished is how many students have finished the assignment.
func (a Assignment) Finished() int {
	n := 0
	for _, s := range a.Students {
		if s.Complete() {
			n++
		}
	}
	return n
}

// Assignments is every assignment of the class, the soonest due first,
// with who has finished it (every card of its decks reviewed at least once)
// and how far the others are.
func (c *Class) Assignments() ([]Assignment, error) {
	stored, err := c.store.Class().Assignments()
	if err != nil || len(stored) == 0 {
		return nil, err
	}
	students, _, err := c.members()
	if err != nil {
		return nil, err
	}
	out := make([]Assignment, 0, len(stored))
	for _, a := range stored {
		cards := study.AssignmentCards(c.refs, a.Decks)
		ids := make([]string, len(cards))
		for i, k := range cards {
			ids[i] = k.ID
		}
		progress, err := c.store.Class().Progress(ids, students)
		if err != nil {
			return nil, err
		}
		row := Assignment{Assignment: a, Cards: len(cards)}
		for _, d := range a.Decks {
			row.Titles = append(row.Titles, c.deckTitle(d))
		}
		for _, p := range students {
			row.Students = append(row.Students, AssignmentProgress{Profile: p, Name: c.Name(p),
				Assignment: study.AssignmentOf(a, len(cards), progress[p])})
		}
		slices.SortStableFunc(row.Students, func(x, y AssignmentProgress) int {
			return strings.Compare(strings.ToLower(x.Name), strings.ToLower(y.Name))
		})
		out = append(out, row)
	}
	return out, nil
}

// deckTitle is a deck's title, or its name for one the catalogue no longer
// has.
func (c *Class) deckTitle(name string) string {
	if d, ok := c.byDeck[name]; ok {
		return d.Title
	}
	return name
}

// Assigner is who makes an assignment: an instructor's key fingerprint and
// name, or the host ("local").
type Assigner struct {
	Profile, Name string
}

// ErrUnknownDeck is wrapped by Assign's error for a deck the catalogue does
// not have.
var ErrUnknownDeck = errors.New("no such deck")

// Assign assigns decks to the class, due by due (EndOfDay of the due date
// for an assignment due on a day), and returns the assignment as kept. Every deck must be one of the catalogue's (by name:
// "region/sacral"); a deck named twice is assigned once. A due date
// before today is refused: an assignment is for what is to come.
func (c *Class) Assign(decks []string, due time.Time, by Assigner) (store.Assignment, error) {
	var names []string
	for _, d := range decks {
		d = strings.TrimSpace(d)
		if _, ok := c.byDeck[d]; !ok {
			return store.Assignment{}, fmt.Errorf("deck %q: %w (omt study decks lists them)", d, ErrUnknownDeck)
		}
		if !slices.Contains(names, d) {
			names = append(names, d)
		}
	}
	if len(names) == 0 {
		return store.Assignment{}, errors.New("an assignment needs at least one deck")
	}
	now := c.now()
	if due.Before(startOfDay(now)) {
		return store.Assignment{}, fmt.Errorf("the due date %s has passed", due.Format("2006-01-02"))
	}
	if by.Profile == "" {
		by.Profile = store.LocalProfile
	}
	if by.Name == "" && by.Profile == store.LocalProfile {
		by.Name = "the host"
	} else if by.Name == "" {
		by.Name = c.Name(by.Profile)
	}
	a := store.Assignment{Decks: names, Due: due, Assigned: now, ByProfile: by.Profile, ByName: by.Name}
	id, err := c.store.Class().Assign(a)
	a.ID = id
	a.Due, a.Assigned = a.Due.UTC().Truncate(time.Millisecond), a.Assigned.UTC().Truncate(time.Millisecond)
	return a, err
}

// EndOfDay is the last moment of t's day, in t's location: an assignment
// due on a day may be finished until midnight.
func EndOfDay(t time.Time) time.Time {
	return startOfDay(t).AddDate(0, 0, 1).Add(-time.Millisecond)
}
