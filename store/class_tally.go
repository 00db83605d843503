package store

import (
	"database/sql"
	"fmt"
	"time"
)

// CardTally is one card's reviews summed over a set of profiles (see
// classMigration for what counts as a first try and a lapse).
type CardTally struct {
	CardID string
	// Students is how many of the profiles have reviewed the card, and
	// Failed how many of them have lapsed on it at least once.
	Students, Failed int
	// Tries is their first tries of it, and Lapses how many of those were
	// answered Again.
	Tries, Lapses int
}

// CardTallies sums each card's first tries and lapses over every profile
// but those excluded (the instructors, the host's own), in card id order.
// It reads the class's sums, a row a card, and takes away what the
// excluded profiles add to them: its cost grows with the cards and the
// profiles excluded, not with the log or the class.
func (c *Class) CardTallies(exclude []string) ([]CardTally, error) {
	list, err := jsonList(exclude)
	if err != nil {
		return nil, err
	}
	rows, err := c.db.Query(`SELECT c.card_id,
			c.students - ifnull(x.students, 0), c.failed - ifnull(x.failed, 0),
			c.tries - ifnull(x.tries, 0), c.lapses - ifnull(x.lapses, 0)
		FROM card_class c LEFT JOIN (
			SELECT card_id, count(*) AS students, sum(lapses > 0) AS failed,
				sum(tries) AS tries, sum(lapses) AS lapses
			FROM card_tally WHERE profile IN (SELECT value FROM json_each(?))
			GROUP BY card_id) x ON x.card_id = c.card_id
		WHERE c.students - ifnull(x.students, 0) > 0
		ORDER BY c.card_id`, list)
	if err != nil {
		return nil, fmt.Errorf("the class's cards: %w", err)
	}
	return collect(rows, func(row scanner) (CardTally, error) {
		var t CardTally
		err := row.Scan(&t.CardID, &t.Students, &t.Failed, &t.Tries, &t.Lapses)
		return t, err
	})
}

// StudentCard is one profile's reviews of one card.
type StudentCard struct {
	CardID                 string
	Reviews, Tries, Lapses int
	// First and Last are the times of its first and last review.
	First, Last time.Time
}

// StudentCards is every card profile has reviewed, in card id order.
func (c *Class) StudentCards(profile string) ([]StudentCard, error) {
	rows, err := c.db.Query(`SELECT card_id, reviews, tries, lapses, first_ms, last_ms
		FROM card_tally WHERE profile = ? ORDER BY card_id`, profileOrLocal(profile))
	if err != nil {
		return nil, fmt.Errorf("the cards of %s: %w", profile, err)
	}
	return collect(rows, func(row scanner) (StudentCard, error) {
		var s StudentCard
		var first, last int64
		err := row.Scan(&s.CardID, &s.Reviews, &s.Tries, &s.Lapses, &first, &last)
		s.First, s.Last = fromMillis(first), fromMillis(last)
		return s, err
	})
}

// Progress is how far a profile has gone through a set of cards.
type Progress struct {
	// Done is how many of the cards it has reviewed at least once.
	Done int
	// Last is when the last of those was first reviewed: the time the set
	// was finished, once Done is all of it.
	Last time.Time
}

// fewProfiles is how many profiles Progress looks up card by card; for
// more, it reads each card's rows of the whole class, which costs less
// than a lookup a card a profile.
const fewProfiles = 16

// Progress is, for each profile given, how many of the cards it has
// reviewed at least once, and when the last of them was first reviewed. A
// profile that has reviewed none is in the map with zero Progress. It reads
// the tallies of the cards given: for a few profiles their own, for more a
// range of the class's rows a card.
func (c *Class) Progress(cardIDs, profiles []string) (map[string]Progress, error) {
	out := make(map[string]Progress, len(profiles))
	for _, p := range profiles {
		out[p] = Progress{}
	}
	cards, err := jsonList(cardIDs)
	if err != nil {
		return nil, err
	}
	query, args := `SELECT profile, count(*), max(first_ms) FROM card_tally
		WHERE card_id IN (SELECT value FROM json_each(?))`, []any{cards}
	if len(profiles) <= fewProfiles {
		// A student's own progress: a row a card, not the class's rows.
		list, err := jsonList(profiles)
		if err != nil {
			return nil, err
		}
		query, args = query+` AND profile IN (SELECT value FROM json_each(?))`, append(args, list)
	}
	err = c.eachRow(func(rows *sql.Rows) error {
		var profile string
		var p Progress
		var last int64
		if err := rows.Scan(&profile, &p.Done, &last); err != nil {
			return err
		}
		if _, ok := out[profile]; ok {
			p.Last = fromMillis(last)
			out[profile] = p
		}
		return nil
	}, query+` GROUP BY profile`, args...)
	if err != nil {
		return nil, fmt.Errorf("the progress through %d cards: %w", len(cardIDs), err)
	}
	return out, nil
}

// Week is one profile's reviews in one week.
type Week struct {
	// Start is the week's first hour; the week is the 168 hours from it.
	Start time.Time
	// Reviews, Tries and Right are as in Figures.
	Reviews, Tries, Right int
}

// Weeks is profile's reviews in each of the n weeks of 168 hours that end
// with until's hour, the oldest first.
func (c *Class) Weeks(profile string, until time.Time, n int) ([]Week, error) {
	if n <= 0 {
		return nil, nil
	}
	const weekHours = 7 * 24
	last := millis(until) / hourMillis
	first := last - int64(n*weekHours) + 1
	weeks := make([]Week, n)
	for i := range weeks {
		weeks[i].Start = fromMillis((first + int64(i*weekHours)) * hourMillis)
	}
	err := c.eachRow(func(rows *sql.Rows) error {
		var i int
		var w Week
		if err := rows.Scan(&i, &w.Reviews, &w.Tries, &w.Right); err != nil || i < 0 || i >= len(weeks) {
			return err
		}
		weeks[i].Reviews, weeks[i].Tries, weeks[i].Right = w.Reviews, w.Tries, w.Right
		return nil
	}, `SELECT (hour - ?) / ?, sum(reviews), sum(tries), sum(correct) FROM review_hour
		WHERE profile = ? AND hour BETWEEN ? AND ? GROUP BY 1`,
		first, weekHours, profileOrLocal(profile), first, last)
	if err != nil {
		return nil, fmt.Errorf("the weeks of %s: %w", profile, err)
	}
	return weeks, nil
}
