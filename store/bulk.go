package store

import (
	"database/sql"
	"encoding/json"
	"fmt"
	"time"
)

// Bulk writes many profiles' reviews in one transaction through statements
// prepared once. It is for bringing a whole class's history in at once (a
// benchmark's ten million reviews, an import), where Record's commit per
// review would take hours and RecordAll's statements, parsed afresh for
// every review, minutes. Get one from Store.Bulk.
type Bulk struct {
	tx                           *sql.Tx
	card, review, seen, schedule *sql.Stmt
}

// Bulk runs fn with a Bulk in one write transaction and commits what it
// wrote when fn returns nil; when fn or a write fails, nothing is kept.
func (s *Store) Bulk(fn func(b *Bulk) error) error {
	return s.db.write(func(tx *sql.Tx) error {
		b := &Bulk{tx: tx}
		defer b.close()
		// A class's history touches far more pages than SQLite's 2 MB of
		// cache holds; with 64 MB it writes them without reading them back.
		if _, err := tx.Exec(`PRAGMA cache_size = -65536`); err != nil {
			return err
		}
		defer tx.Exec(`PRAGMA cache_size = -2000`) // SQLite's default, for the connection's next user
		// A review may be logged before its card's schedule is written:
		// the reference is checked when the transaction commits.
		if _, err := tx.Exec(`PRAGMA defer_foreign_keys = ON`); err != nil {
			return err
		}
		var err error
		if b.card, err = tx.Prepare(recordCard); err != nil {
			return err
		}
		if b.review, err = tx.Prepare(recordReview); err != nil {
			return err
		}
		if b.schedule, err = tx.Prepare(`INSERT INTO card (profile, card_id, content_hash, state, due_ms, updated)
			VALUES (?, ?, ?, ?, ?, ?)
			ON CONFLICT (profile, card_id) DO UPDATE SET
				content_hash = excluded.content_hash, state = excluded.state,
				due_ms = excluded.due_ms, updated = excluded.updated`); err != nil {
			return err
		}
		if b.seen, err = tx.Prepare(`INSERT INTO member (profile, seen_ms) VALUES (?, ?)
			ON CONFLICT (profile) DO UPDATE SET seen_ms = max(seen_ms, excluded.seen_ms)`); err != nil {
			return err
		}
		return fn(b)
	})
}

func (b *Bulk) close() {
	for _, st := range []*sql.Stmt{b.card, b.review, b.seen, b.schedule} {
		if st != nil {
			st.Close()
		}
	}
}

// Review records r for profile as Record does: into the log, and the
// card's schedule moved to r's After and Due.
func (b *Bulk) Review(profile string, r Review) error {
	if err := r.check(); err != nil {
		return err
	}
	profile = profileOrLocal(profile)
	if _, err := b.card.Exec(profile, r.CardID, r.ContentHash, string(r.After), millis(r.Due)); err != nil {
		return fmt.Errorf("%s: %w", r.CardID, err)
	}
	_, err := b.review.Exec(profile, r.CardID, r.ContentHash, millis(r.At), r.Rating,
		r.Elapsed.Milliseconds(), string(r.Before), string(r.After), millis(r.Due))
	if err != nil {
		return fmt.Errorf("%s: %w", r.CardID, err)
	}
	return nil
}

// Log adds r to profile's review log and leaves the card's schedule as it
// is: with Schedule, for a history whose schedules are written once each,
// after their reviews, instead of once a review. The card must have a
// schedule by the end of the Bulk, or nothing is kept.
func (b *Bulk) Log(profile string, r Review) error {
	if err := r.check(); err != nil {
		return err
	}
	_, err := b.review.Exec(profileOrLocal(profile), r.CardID, r.ContentHash, millis(r.At), r.Rating,
		r.Elapsed.Milliseconds(), string(r.Before), string(r.After), millis(r.Due))
	if err != nil {
		return fmt.Errorf("%s: %w", r.CardID, err)
	}
	return nil
}

// Schedule sets a card's schedule for profile, whether it had one or not.
func (b *Bulk) Schedule(profile string, s Schedule) error {
	if err := s.check(); err != nil {
		return err
	}
	_, err := b.schedule.Exec(profileOrLocal(profile), s.CardID, s.ContentHash, string(s.State), millis(s.Due), s.Updated)
	if err != nil {
		return fmt.Errorf("%s: %w", s.CardID, err)
	}
	return nil
}

// Seen records that profile was seen at, as Class.Seen does.
func (b *Bulk) Seen(profile string, at time.Time) error {
	_, err := b.seen.Exec(profileOrLocal(profile), millis(at))
	return err
}

// Exam keeps a practice block of profile, questions and all, as
// Exams.Create does, and returns its id.
func (b *Bulk) Exam(profile string, block ExamBlock) (int64, error) {
	if err := block.check(); err != nil {
		return 0, err
	}
	decks, err := json.Marshal(nonNil(block.Decks))
	if err != nil {
		return 0, err
	}
	return createExam(b.tx, profileOrLocal(profile), block, string(decks))
}
