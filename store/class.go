package store

import (
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"time"
)

// Class is what the database holds across its profiles, for an
// instructor's view of a class (the class package): the members and when
// each was last seen, study figures kept summed beside the log (see
// classMigration), and the class's assignments. It answers with counts and
// times only: never a note, a bookmark, the history or a setting.
type Class struct {
	db pool
}

// Class returns the class kept in the database.
func (s *Store) Class() *Class {
	return &Class{db: s.db}
}

// Member is a profile the database has seen, and when it was last seen: its
// last review, or its last connection to omt serve, whichever is later.
type Member struct {
	Profile string
	Seen    time.Time
}

// Seen records that profile was seen at (a session of omt serve began or
// ended). A time older than the one kept changes nothing.
func (c *Class) Seen(profile string, at time.Time) error {
	if profile == "" {
		return errors.New("a member needs a profile")
	}
	_, err := c.db.exec(`INSERT INTO member (profile, seen_ms) VALUES (?, ?)
		ON CONFLICT (profile) DO UPDATE SET seen_ms = max(seen_ms, excluded.seen_ms)`, profile, millis(at))
	return err
}

// Members lists every profile the database has seen, in profile order.
func (c *Class) Members() ([]Member, error) {
	rows, err := c.db.Query(`SELECT profile, seen_ms FROM member ORDER BY profile`)
	if err != nil {
		return nil, err
	}
	return collect(rows, func(row scanner) (Member, error) {
		var m Member
		var seen int64
		err := row.Scan(&m.Profile, &seen)
		m.Seen = fromMillis(seen)
		return m, err
	})
}

// FigureWindow is the time a Figures call measures over.
type FigureWindow struct {
	// Since and Now are the window reviews are counted in, to the hour: it
	// starts at the beginning of Since's hour and ends with Now's.
	Since, Now time.Time
	// OverdueBefore: a card due at Now is overdue when it was due before
	// this.
	OverdueBefore time.Time
	// Retired are card ids the catalogue no longer makes that Retire has not
	// been told of (a store opened read-only cannot keep them): due cards
	// among them are not counted either, at the cost of a lookup a student
	// a card.
	Retired []string
}

// Figures is one profile's study figures.
type Figures struct {
	// Seen is when it was last seen (see Member); zero for a profile the
	// database has never seen.
	Seen time.Time
	// Reviews is how many reviews were made in the window; Tries how many
	// of them were first tries, and Right how many of those were answered
	// Hard or better.
	Reviews, Tries, Right int
	// AllReviews, AllTries and AllRight are the same since the first
	// review.
	AllReviews, AllTries, AllRight int
	// Due is how many cards are due at the window's end; Overdue how many
	// of those were due before its OverdueBefore.
	Due, Overdue int
	// Exams is how many practice blocks were finished (submitted or timed
	// out); ExamMean is their mean score and ExamLast the newest one's, each
	// the share of its questions answered right (0 when Exams is 0).
	Exams              int
	ExamMean, ExamLast float64
}

// Figures sums the study figures of each profile given, by profile. A
// profile with nothing to count is in the map with zero figures. Every
// figure is read from the sums kept beside the log (see classMigration) or
// from an index, never from the log itself.
func (c *Class) Figures(profiles []string, w FigureWindow) (map[string]Figures, error) {
	out := make(map[string]*Figures, len(profiles))
	for _, p := range profiles {
		out[p] = &Figures{}
	}
	list, err := jsonList(profiles)
	if err == nil {
		err = c.memberFigures(out, list)
	}
	if err == nil {
		err = c.windowFigures(out, list, w)
	}
	if err == nil {
		err = c.dueFigures(out, list, w)
	}
	if err == nil {
		err = c.examFigures(out, list)
	}
	if err != nil {
		return nil, fmt.Errorf("the class's figures: %w", err)
	}
	figures := make(map[string]Figures, len(out))
	for p, f := range out {
		figures[p] = *f
	}
	return figures, nil
}

// memberFigures reads when each profile was last seen and its reviews in
// all.
func (c *Class) memberFigures(out map[string]*Figures, list string) error {
	return c.eachRow(func(rows *sql.Rows) error {
		var profile string
		var seen int64
		var f Figures
		if err := rows.Scan(&profile, &seen, &f.AllReviews, &f.AllTries, &f.AllRight); err != nil {
			return err
		}
		if to := out[profile]; to != nil {
			to.Seen, to.AllReviews, to.AllTries, to.AllRight = fromMillis(seen), f.AllReviews, f.AllTries, f.AllRight
		}
		return nil
	}, `SELECT profile, seen_ms, reviews, tries, correct FROM member
		WHERE profile IN (SELECT value FROM json_each(?))`, list)
}

// windowFigures sums each profile's hours in the window.
func (c *Class) windowFigures(out map[string]*Figures, list string, w FigureWindow) error {
	return c.eachRow(func(rows *sql.Rows) error {
		var profile string
		var f Figures
		if err := rows.Scan(&profile, &f.Reviews, &f.Tries, &f.Right); err != nil {
			return err
		}
		if to := out[profile]; to != nil {
			to.Reviews, to.Tries, to.Right = f.Reviews, f.Tries, f.Right
		}
		return nil
	}, `SELECT profile, sum(reviews), sum(tries), sum(correct) FROM review_hour
		WHERE profile IN (SELECT value FROM json_each(?)) AND hour BETWEEN ? AND ?
		GROUP BY profile`, list, millis(w.Since)/hourMillis, millis(w.Now)/hourMillis)
}

// dueFigures counts each profile's due and overdue cards, the retired
// ones left out: the days before from card_due, the day itself from the
// index, so that a student who let every card fall due costs no more than
// one who keeps up.
func (c *Class) dueFigures(out map[string]*Figures, list string, w FigureWindow) error {
	due, err := c.dueBefore(list, millis(w.Now)+1)
	if err != nil {
		return err
	}
	overdue, err := c.dueBefore(list, min(millis(w.OverdueBefore), millis(w.Now)+1))
	if err != nil {
		return err
	}
	for p, f := range out {
		f.Due, f.Overdue = due[p], overdue[p]
	}
	if len(w.Retired) == 0 {
		return nil
	}
	retired, err := jsonList(w.Retired)
	if err != nil {
		return err
	}
	return c.eachRow(func(rows *sql.Rows) error {
		var profile string
		var due, overdue int
		if err := rows.Scan(&profile, &due, &overdue); err != nil {
			return err
		}
		if to := out[profile]; to != nil {
			to.Due, to.Overdue = to.Due-due, to.Overdue-overdue
		}
		return nil
	}, `SELECT profile, count(*), sum(due_ms < ?) FROM card
		WHERE profile IN (SELECT value FROM json_each(?)) AND card_id IN (SELECT value FROM json_each(?))
			AND card_id NOT IN (SELECT card_id FROM card_retired) AND due_ms <= ?
		GROUP BY profile`, millis(w.OverdueBefore), list, retired, millis(w.Now))
}

// dueBefore counts each profile's cards due before the time ms (Unix
// milliseconds).
func (c *Class) dueBefore(list string, ms int64) (map[string]int, error) {
	day := ms / dayMillis
	if ms < 0 && ms%dayMillis != 0 {
		day-- // SQLite's division, like Go's, rounds toward zero
	}
	counts := map[string]int{}
	add := func(rows *sql.Rows) error {
		var profile string
		var n int
		if err := rows.Scan(&profile, &n); err != nil {
			return err
		}
		counts[profile] += n
		return nil
	}
	err := c.eachRow(add, `SELECT profile, sum(cards) FROM card_due
		WHERE profile IN (SELECT value FROM json_each(?)) AND day < ?
		GROUP BY profile`, list, day)
	if err == nil {
		err = c.eachRow(add, `SELECT profile, count(*) FROM card
			WHERE profile IN (SELECT value FROM json_each(?)) AND due_ms >= ? AND due_ms < ?
				AND card_id NOT IN (SELECT card_id FROM card_retired)
			GROUP BY profile`, list, day*dayMillis, ms)
	}
	return counts, err
}

// Retire says which card ids the catalogue no longer makes (see Reviewed):
// their cards are no longer counted due, whatever their schedule says,
// until a later call leaves them out. It changes only what the class's
// figures count, never a schedule or a review. Given the set it was last
// given, it only reads; a new set costs one pass over the schedules, in one
// transaction, once.
func (c *Class) Retire(ids []string) error {
	want := slices.Clone(ids)
	slices.Sort(want)
	want = slices.Compact(want)
	rows, err := c.db.Query(`SELECT card_id FROM card_retired ORDER BY card_id`)
	if err != nil {
		return err
	}
	have, err := collect(rows, func(row scanner) (string, error) {
		var id string
		err := row.Scan(&id)
		return id, err
	})
	if err != nil || slices.Equal(have, want) {
		return err
	}
	list, err := jsonList(want)
	if err != nil {
		return err
	}
	err = c.db.write(func(tx *sql.Tx) error {
		for _, step := range retireSteps {
			if _, err := tx.Exec(step, list); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("counting %d retired cards out of the class's figures: %w", len(want), err)
	}
	return nil
}

// retireSteps make card_retired the JSON list ?1 and card_due agree: the
// cards newly retired leave their days' counts, the cards back return to
// them. (WHERE true lets SQLite read the ON CONFLICT of an INSERT ...
// SELECT.)
var retireSteps = []string{
	`WITH gone AS (
		SELECT profile, due_ms / 86400000 AS day, count(*) AS n FROM card
		WHERE card_id IN (SELECT value FROM json_each(?1)) AND card_id NOT IN (SELECT card_id FROM card_retired)
		GROUP BY 1, 2)
	UPDATE card_due SET cards = cards - (SELECT n FROM gone WHERE gone.profile = card_due.profile AND gone.day = card_due.day)
	WHERE EXISTS (SELECT 1 FROM gone WHERE gone.profile = card_due.profile AND gone.day = card_due.day)`,
	`WITH back AS (
		SELECT profile, due_ms / 86400000 AS day, count(*) AS n FROM card
		WHERE card_id IN (SELECT card_id FROM card_retired WHERE card_id NOT IN (SELECT value FROM json_each(?1)))
		GROUP BY 1, 2)
	INSERT INTO card_due (profile, day, cards) SELECT profile, day, n FROM back WHERE true
	ON CONFLICT (profile, day) DO UPDATE SET cards = cards + excluded.cards`,
	`DELETE FROM card_retired WHERE card_id NOT IN (SELECT value FROM json_each(?1))`,
	`INSERT INTO card_retired (card_id) SELECT value FROM json_each(?1) WHERE true ON CONFLICT DO NOTHING`,
}

// Reviewed is every card id some profile has reviewed, in id order: with
// the catalogue's cards, it tells which reviewed cards are retired.
func (c *Class) Reviewed() ([]string, error) {
	rows, err := c.db.Query(`SELECT card_id FROM card_class ORDER BY card_id`)
	if err != nil {
		return nil, err
	}
	return collect(rows, func(row scanner) (string, error) {
		var id string
		err := row.Scan(&id)
		return id, err
	})
}

// examFigures reads how many practice blocks each profile finished, their
// mean score and the newest one's.
func (c *Class) examFigures(out map[string]*Figures, list string) error {
	return c.eachRow(func(rows *sql.Rows) error {
		var profile string
		var f Figures
		if err := rows.Scan(&profile, &f.Exams, &f.ExamMean, &f.ExamLast); err != nil {
			return err
		}
		if to := out[profile]; to != nil {
			to.Exams, to.ExamMean, to.ExamLast = f.Exams, f.ExamMean, f.ExamLast
		}
		return nil
	}, `WITH block AS (
			SELECT e.profile, e.id, e.finished_ms, 1.0 * s.correct / s.questions AS score
			FROM exam e JOIN exam_score s ON s.exam_id = e.id
			WHERE e.profile IN (SELECT value FROM json_each(?)) AND e.state IN ('submitted', 'timed-out')
				AND s.questions > 0)
		SELECT profile, count(*), avg(score),
			(SELECT newest.score FROM block newest WHERE newest.profile = block.profile
				ORDER BY newest.finished_ms DESC, newest.id DESC LIMIT 1)
		FROM block GROUP BY profile`, list)
}

// eachRow runs query and hands each row to do, closing the rows however
// it ends.
func (c *Class) eachRow(do func(*sql.Rows) error, query string, args ...any) error {
	rows, err := c.db.Query(query, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		if err := do(rows); err != nil {
			return err
		}
	}
	return rows.Err()
}

// jsonList is a list of strings as a JSON array, for SQLite's json_each:
// one parameter however long the list.
func jsonList(xs []string) (string, error) {
	b, err := json.Marshal(nonNil(xs))
	return string(b), err
}
