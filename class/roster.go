package class

import (
	"time"

	"github.com/omt-reference/omt/store"
)

// Student is one row of the roster: a student's study figures.
type Student struct {
	// Profile is the student's key fingerprint; Name is its comment in the
	// keys file, else the fingerprint.
	Profile, Name string
	// Seen is when the student was last seen (last review, or last
	// connection to omt serve); zero for a student never seen.
	Seen time.Time
	// Reviews is how many reviews the student made in the last seven days,
	// Tries how many of them were first tries, and Right how many of those
	// were right (see Retention).
	Reviews, Tries, Right int
	// AllReviews, AllTries and AllRight are the same since the first review.
	AllReviews, AllTries, AllRight int
	// Due is how many of the student's cards are due now, and Overdue how
	// many of those were due before today. A card the catalogue no longer
	// makes is not counted, once someone has reviewed it.
	Due, Overdue int
	// Exams is how many practice blocks the student finished, ExamMean
	// their mean score and ExamLast the newest one's, from 0 to 1.
	Exams              int
	ExamMean, ExamLast float64
}

// Retention is the share of the week's first tries answered right: a
// review of a card that was new or due (not a re-try of the learning
// steps), answered Hard or better. It is -1 when there was no first try.
func (s Student) Retention() float64 { return share(s.Right, s.Tries) }

// AllRetention is Retention since the first review.
func (s Student) AllRetention() float64 { return share(s.AllRight, s.AllTries) }

func share(n, of int) float64 {
	if of == 0 {
		return -1
	}
	return float64(n) / float64(of)
}

// Roster is every student of the class with their figures, by name. A
// student of the keys file who has never connected is on it, never seen.
func (c *Class) Roster() ([]Student, error) {
	students, _, err := c.members()
	if err != nil {
		return nil, err
	}
	return c.figures(students)
}

// figures reads the roster rows of profiles, by name.
func (c *Class) figures(profiles []string) ([]Student, error) {
	now := c.now()
	reviewed, err := c.store.Class().Reviewed()
	if err != nil {
		return nil, err
	}
	var retired []string
	for _, id := range reviewed {
		if _, ok := c.byCard[id]; !ok {
			retired = append(retired, id)
		}
	}
	if !c.store.ReadOnly() {
		// Kept in the database, the retired cards cost nothing to leave
		// out of the counts; a store opened to read leaves them out card
		// by card.
		if err := c.store.Class().Retire(retired); err != nil {
			return nil, err
		}
		retired = nil
	}
	figures, err := c.store.Class().Figures(profiles, store.FigureWindow{
		Since: now.Add(-Week), Now: now, OverdueBefore: startOfDay(now), Retired: retired})
	if err != nil {
		return nil, err
	}
	out := make([]Student, 0, len(profiles))
	for _, p := range profiles {
		f := figures[p]
		out = append(out, Student{Profile: p, Name: c.Name(p), Seen: f.Seen,
			Reviews: f.Reviews, Tries: f.Tries, Right: f.Right,
			AllReviews: f.AllReviews, AllTries: f.AllTries, AllRight: f.AllRight,
			Due: f.Due, Overdue: f.Overdue, Exams: f.Exams, ExamMean: f.ExamMean, ExamLast: f.ExamLast})
	}
	SortStudents(out, ByName, false)
	return out, nil
}
