package store

import (
	"database/sql"
	"iter"
	"strings"
	"time"
)

// LogFilter chooses reviews from the log. Its zero value chooses them all.
type LogFilter struct {
	// CardID, when set, keeps only the reviews of that card.
	CardID string
	// Since and Until, when set, keep only reviews at or after Since and
	// before Until.
	Since, Until time.Time
}

// Log yields the profile's reviews that match f, oldest first, for the
// statistics and for export (CSV or JSON, as the caller formats them). An
// error ends the sequence, yielded with a zero Review. Reading does not block
// writers, so the caller may record reviews while it iterates.
func (st *Study) Log(f LogFilter) iter.Seq2[Review, error] {
	where := []string{"profile = ?"}
	args := []any{st.profile}
	if f.CardID != "" {
		where = append(where, "card_id = ?")
		args = append(args, f.CardID)
	}
	if !f.Since.IsZero() {
		where = append(where, "reviewed_ms >= ?")
		args = append(args, millis(f.Since))
	}
	if !f.Until.IsZero() {
		where = append(where, "reviewed_ms < ?")
		args = append(args, millis(f.Until))
	}
	query := `SELECT id, card_id, content_hash, reviewed_ms, rating, elapsed_ms,
			state_before, state_after, due_ms
		FROM review WHERE ` + strings.Join(where, " AND ") + ` ORDER BY reviewed_ms, id`
	return each(st.db.DB, query, args, scanReview)
}

// Schedules yields every scheduled card of the profile in card id order, for
// export and statistics. An error ends the sequence, yielded with a zero
// Schedule.
func (st *Study) Schedules() iter.Seq2[Schedule, error] {
	return each(st.db.DB, `SELECT `+scheduleColumns+` FROM card WHERE profile = ? ORDER BY card_id`,
		[]any{st.profile}, scanSchedule)
}

// scanner is the part of *sql.Row and *sql.Rows that reads a row.
type scanner interface{ Scan(dest ...any) error }

const scheduleColumns = `card_id, content_hash, state, due_ms, updated`

func scanSchedule(row scanner) (Schedule, error) {
	var s Schedule
	var state string
	var due int64
	if err := row.Scan(&s.CardID, &s.ContentHash, &state, &due, &s.Updated); err != nil {
		return Schedule{}, err
	}
	s.State = []byte(state)
	s.Due = fromMillis(due)
	return s, nil
}

func scanReview(row scanner) (Review, error) {
	var r Review
	var at, elapsed, due int64
	var before, after string
	err := row.Scan(&r.ID, &r.CardID, &r.ContentHash, &at, &r.Rating, &elapsed, &before, &after, &due)
	if err != nil {
		return Review{}, err
	}
	r.At, r.Due = fromMillis(at), fromMillis(due)
	r.Elapsed = time.Duration(elapsed) * time.Millisecond
	r.Before, r.After = []byte(before), []byte(after)
	return r, nil
}

// collect reads every row with scan and closes rows.
func collect[T any](rows *sql.Rows, scan func(scanner) (T, error)) ([]T, error) {
	defer rows.Close()
	var out []T
	for rows.Next() {
		v, err := scan(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, rows.Err()
}

// each runs query when the sequence is ranged over and yields its rows one
// at a time, closing them when the loop ends, however it ends.
func each[T any](db *sql.DB, query string, args []any, scan func(scanner) (T, error)) iter.Seq2[T, error] {
	return func(yield func(T, error) bool) {
		var zero T
		rows, err := db.Query(query, args...)
		if err != nil {
			yield(zero, err)
			return
		}
		defer rows.Close()
		for rows.Next() {
			v, err := scan(rows)
			if err != nil {
				yield(zero, err)
				return
			}
			if !yield(v, nil) {
				return
			}
		}
		if err := rows.Err(); err != nil {
			yield(zero, err)
		}
	}
}
