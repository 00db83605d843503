// Package classgen writes a whole class's study history into a database,
// quickly, for the benchmarks of the instructor's view (issue 23) and for
// trying it at the size of a school: hundreds of students, millions of
// reviews, each student's practice exams, and when each was last seen.
//
// The history is made up but shaped like a real one: every student works
// through the cards over a term at their own pace and skill, each card has
// a difficulty, so some cards and decks are failed by many students and
// some by few, and a few cards are still new to each student. The same
// Shape always writes the same history.
//
// Everything goes through store.Bulk, in one transaction per batch of
// students, so ten million reviews take minutes, not hours. A review's
// scheduler states are kept small (the state alone, not a full FSRS card):
// the class's figures read only the columns and tallies beside them.
package classgen

import (
	"encoding/json"
	"fmt"
	"hash/fnv"
	"math/rand/v2"
	"time"

	"github.com/omt-reference/omt/store"
	"github.com/omt-reference/omt/study"
)

// Shape is the class to write.
type Shape struct {
	// Students is how many students; each is a profile named Profile(i).
	Students int
	// Reviews is how many reviews in all, shared evenly between students.
	Reviews int
	// Cards are the cards studied.
	Cards []study.CardRef
	// End is the end of the term (the reviews are before it), and Days its
	// length.
	End  time.Time
	Days int
	// Exams is how many finished practice blocks each student has, of
	// ExamSize questions each.
	Exams, ExamSize int
	// Seed makes the history; the same seed writes the same history.
	Seed uint64
	// Batch is how many students are written in one transaction (0: 10).
	Batch int
}

// Term is the class the benchmarks measure (BENCHMARKS.md): students
// sharing reviews over a term of 120 days that ends at end, each with four
// finished practice blocks of 40 questions, over the cards given.
func Term(cards []study.CardRef, students, reviews int, end time.Time) Shape {
	return Shape{Students: students, Reviews: reviews, Cards: cards, End: end, Days: 120,
		Exams: 4, ExamSize: 40, Seed: 23, Batch: 10}
}

// Profile is the profile of student i: shaped like a key's fingerprint, as
// omt serve names its students.
func Profile(i int) string {
	return fmt.Sprintf("SHA256:classgen%035d", i)
}

// Write writes the class into st. Progress, when not nil, is told after
// each batch how many students are written.
func Write(st *store.Store, s Shape, progress func(done int)) error {
	if s.Students <= 0 || len(s.Cards) == 0 || s.Days <= 0 {
		return fmt.Errorf("classgen: a class needs students (%d), cards (%d) and days (%d)", s.Students, len(s.Cards), s.Days)
	}
	batch := s.Batch
	if batch <= 0 {
		batch = 10
	}
	g := newGenerator(s)
	for from := 0; from < s.Students; from += batch {
		err := st.Bulk(func(b *store.Bulk) error {
			for i := from; i < min(from+batch, s.Students); i++ {
				if err := g.student(b, i); err != nil {
					return fmt.Errorf("student %d: %w", i, err)
				}
			}
			return nil
		})
		if err != nil {
			return err
		}
		if progress != nil {
			progress(min(from+batch, s.Students))
		}
	}
	return nil
}

// generator holds what every student shares: the cards' difficulty and the
// states written.
type generator struct {
	shape      Shape
	difficulty []float64 // each card's chance of a lapse, before skill
	states     [4]json.RawMessage
	question   json.RawMessage
}

func newGenerator(s Shape) *generator {
	g := &generator{shape: s, difficulty: make([]float64, len(s.Cards)), question: json.RawMessage(`{"stem":"classgen"}`)}
	for i, c := range s.Cards {
		h := fnv.New64a()
		h.Write([]byte(c.ID))
		// Most cards are easy; one in ten is hard, and one in fifty is
		// failed by most of the class (a bad card, or a teaching point).
		switch x := h.Sum64() % 100; {
		case x < 2:
			g.difficulty[i] = 0.6
		case x < 12:
			g.difficulty[i] = 0.3
		default:
			g.difficulty[i] = 0.05 + float64(x%10)/100
		}
	}
	for state := range g.states {
		g.states[state] = json.RawMessage(fmt.Sprintf(`{"state":%d}`, state))
	}
	return g
}

// student writes student i's reviews, exams and last sight.
func (g *generator) student(b *store.Bulk, i int) error {
	s := g.shape
	rng := rand.New(rand.NewPCG(s.Seed, uint64(i)))
	profile := Profile(i)
	skill := 0.5 + rng.Float64() // below 1 fails more than the card's difficulty, above fewer
	n := s.Reviews / s.Students
	if i < s.Reviews%s.Students {
		n++
	}
	start := s.End.Add(-time.Duration(s.Days) * 24 * time.Hour)
	// A student stops early some way into the term: the last tenth of the
	// class has not studied for a week or more.
	span := time.Duration(s.Days) * 24 * time.Hour
	if i%10 == 9 {
		span -= time.Duration(7+i%20) * 24 * time.Hour
	}
	seen := make([]bool, len(s.Cards))
	due := make([]time.Time, len(s.Cards)) // each card's due time after its last review
	// Each student leaves a few cards new: those past what they reach.
	reach := len(s.Cards) - rng.IntN(max(1, len(s.Cards)/20))
	step := span / time.Duration(max(1, n))
	cycle := step * time.Duration(reach) // a card comes round every reach reviews
	var at time.Time
	for j := range n {
		at = start.Add(step * time.Duration(j))
		k := (j*7919 + i*31) % reach
		state := 2 // Review
		switch {
		case !seen[k]:
			state, seen[k] = 0, true // New
		case rng.IntN(5) == 0:
			state = 1 + 2*rng.IntN(2) // Learning or Relearning
		}
		rating := 3
		if rng.Float64() < g.difficulty[k]/skill {
			rating = 1
		}
		// Due when the card next comes round, give or take half a day: a
		// student who keeps up has a few cards due, one who stopped has
		// every card due.
		due[k] = at.Add(cycle + time.Duration(rng.IntN(24)-12)*time.Hour)
		r := store.Review{CardID: s.Cards[k].ID, ContentHash: s.Cards[k].Hash, At: at, Rating: rating,
			Before: g.states[state], After: g.states[2], Due: due[k]}
		if err := b.Log(profile, r); err != nil {
			return err
		}
	}
	for k, d := range due {
		if d.IsZero() {
			continue
		}
		sc := store.Schedule{CardID: s.Cards[k].ID, ContentHash: s.Cards[k].Hash, State: g.states[2], Due: d}
		if err := b.Schedule(profile, sc); err != nil {
			return err
		}
	}
	for e := range s.Exams {
		if err := g.exam(b, rng, profile, start.Add(span/time.Duration(s.Exams+1)*time.Duration(e+1)), skill); err != nil {
			return err
		}
	}
	if n > 0 {
		return b.Seen(profile, at.Add(time.Hour))
	}
	return nil
}

// exam writes one finished block of student profile, taken at.
func (g *generator) exam(b *store.Bulk, rng *rand.Rand, profile string, at time.Time, skill float64) error {
	s := g.shape
	block := store.ExamBlock{Mode: "timed", State: "submitted", Started: at, Updated: at.Add(time.Hour),
		Finished: at.Add(time.Hour), Limit: time.Hour, Used: 50 * time.Minute, Seed: rng.Uint64(), Revision: 1}
	for range max(1, s.ExamSize) {
		k := rng.IntN(len(s.Cards))
		chosen := 0
		if rng.Float64() < g.difficulty[k]/skill {
			chosen = 1
		}
		topic := ""
		if len(s.Cards[k].Decks) > 0 {
			topic = s.Cards[k].Decks[0]
		}
		block.Items = append(block.Items, store.ExamItem{CardID: s.Cards[k].ID, ContentHash: s.Cards[k].Hash,
			Topic: topic, Question: g.question, Answer: 0, Chosen: chosen})
	}
	_, err := b.Exam(profile, block)
	return err
}
