package store

import (
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"time"
)

// Study is one profile's study schedule and review log. The store keeps the
// scheduler's state as JSON it does not interpret, beside the few columns it
// needs to choose cards: the due time and the card's content hash.
type Study struct {
	db      pool
	profile string
}

// Study returns the schedule and review log of profile ("" means
// LocalProfile).
func (s *Store) Study(profile string) *Study {
	return &Study{db: s.db, profile: profileOrLocal(profile)}
}

// Schedule is one card's place in the schedule.
type Schedule struct {
	// CardID is the card's stable id.
	CardID string
	// ContentHash is the hash of the card's content when it was scheduled;
	// a different hash today means its fact changed (see Changed).
	ContentHash string
	// State is the scheduler's state for the card, as JSON.
	State json.RawMessage
	// Due is when the card should next be shown.
	Due time.Time
	// Updated is true for a card that was reset because its content changed
	// (see Reset), until it is next reviewed.
	Updated bool
}

// Review is one graded answer, as kept in the review log.
type Review struct {
	// ID is the review's number in the log, set by Record; a review
	// committed later has a larger number.
	ID int64
	// CardID is the card that was reviewed.
	CardID string
	// ContentHash is the hash of the card's content as it was shown.
	ContentHash string
	// At is when the student graded the card.
	At time.Time
	// Rating is the grade: 1 Again, 2 Hard, 3 Good, 4 Easy.
	Rating int
	// Elapsed is the time since the card's previous review; zero for the
	// first.
	Elapsed time.Duration
	// Before and After are the scheduler's state for the card before and
	// after this review, as JSON.
	Before, After json.RawMessage
	// Due is when the card is next due after this review.
	Due time.Time
}

// Add puts new cards into the schedule, all in one transaction, and reports
// how many were new. A card that is already scheduled is left as it is, so
// adding a deck twice never undoes progress.
func (st *Study) Add(cards ...Schedule) (added int, err error) {
	for _, s := range cards {
		if err := s.check(); err != nil {
			return 0, err
		}
	}
	err = st.db.write(func(tx *sql.Tx) error {
		added = 0
		for _, s := range cards {
			res, err := tx.Exec(`INSERT INTO card (profile, card_id, content_hash, state, due_ms, updated)
				VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
				st.profile, s.CardID, s.ContentHash, string(s.State), millis(s.Due), s.Updated)
			if err != nil {
				return err
			}
			n, err := res.RowsAffected()
			if err != nil {
				return err
			}
			added += int(n)
		}
		return nil
	})
	return added, err
}

// Reset replaces a card's schedule with s, a fresh state for the card's new
// content, and marks it updated. Use it for a card whose content hash has
// changed: its old schedule was for a fact that is no longer true. Its past
// reviews stay in the log.
func (st *Study) Reset(s Schedule) error {
	s.Updated = true
	if err := s.check(); err != nil {
		return err
	}
	_, err := st.db.exec(`INSERT INTO card (profile, card_id, content_hash, state, due_ms, updated)
		VALUES (?, ?, ?, ?, ?, 1)
		ON CONFLICT (profile, card_id) DO UPDATE SET
			content_hash = excluded.content_hash, state = excluded.state,
			due_ms = excluded.due_ms, updated = 1`,
		st.profile, s.CardID, s.ContentHash, string(s.State), millis(s.Due))
	return err
}

// Record adds a review to the log and moves the card's schedule to the
// review's After state and Due time, in one transaction that is committed
// before Record returns. The card need not have been added first. It returns
// the review's ID.
func (st *Study) Record(r Review) (int64, error) {
	if err := r.check(); err != nil {
		return 0, err
	}
	var id int64
	err := st.db.write(func(tx *sql.Tx) (err error) {
		id, err = record(tx, st.profile, r)
		return err
	})
	if err != nil {
		return 0, fmt.Errorf("recording a review of %s: %w", r.CardID, err)
	}
	return id, nil
}

// RecordFrom records a review worked out from the card's schedule as it is
// stored at the moment of writing, not as it was read earlier. Two omt
// windows on one database show the same queue; when both grade a card, the
// second grade must be of the card as the first left it, or the first
// review's effect is lost and the log no longer chains (each review's
// Before the previous one's After).
//
// RecordFrom reads the card inside the write transaction, hands it to
// review (scheduled is false for a card never scheduled), and records the
// review it returns as Record does, all committed before it returns. review
// runs while the database is locked for writing, so it must only compute.
// The review returned must be of cardID. RecordFrom returns the review as
// recorded, with its ID.
func (st *Study) RecordFrom(cardID string, review func(stored Schedule, scheduled bool) (Review, error)) (Review, error) {
	var r Review
	err := st.db.write(func(tx *sql.Tx) error {
		stored, err := scanSchedule(tx.QueryRow(`SELECT `+scheduleColumns+` FROM card
			WHERE profile = ? AND card_id = ?`, st.profile, cardID))
		scheduled := err == nil
		if err != nil && !errors.Is(err, sql.ErrNoRows) {
			return err
		}
		if r, err = review(stored, scheduled); err != nil {
			return err
		}
		if r.CardID != cardID {
			return fmt.Errorf("a review of card %q was given to record for card %q", r.CardID, cardID)
		}
		if err := r.check(); err != nil {
			return err
		}
		r.ID, err = record(tx, st.profile, r)
		return err
	})
	if err != nil {
		return Review{}, fmt.Errorf("recording a review of %s: %w", cardID, err)
	}
	return r, nil
}

// RecordAll records many reviews, oldest first, in one transaction: all of
// them or, on any error, none. It is for bringing a log in from elsewhere
// (an import, a benchmark's months of history), where a commit per review
// would take minutes.
func (st *Study) RecordAll(rs []Review) error {
	for _, r := range rs {
		if err := r.check(); err != nil {
			return err
		}
	}
	err := st.db.write(func(tx *sql.Tx) error {
		for _, r := range rs {
			if _, err := record(tx, st.profile, r); err != nil {
				return fmt.Errorf("%s: %w", r.CardID, err)
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("recording %d reviews: %w", len(rs), err)
	}
	return nil
}

// recordCard moves a card's schedule to a review's state after it, and
// recordReview adds the review to the log (record, Bulk).
const (
	recordCard = `INSERT INTO card (profile, card_id, content_hash, state, due_ms, updated)
		VALUES (?, ?, ?, ?, ?, 0)
		ON CONFLICT (profile, card_id) DO UPDATE SET
			content_hash = excluded.content_hash, state = excluded.state,
			due_ms = excluded.due_ms, updated = 0`
	recordReview = `INSERT INTO review (profile, card_id, content_hash, reviewed_ms,
			rating, elapsed_ms, state_before, state_after, due_ms)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`
)

// record writes a checked review and its schedule within tx.
func record(tx *sql.Tx, profile string, r Review) (id int64, err error) {
	_, err = tx.Exec(recordCard,
		profile, r.CardID, r.ContentHash, string(r.After), millis(r.Due))
	if err != nil {
		return 0, err
	}
	err = tx.QueryRow(recordReview+` RETURNING id`,
		profile, r.CardID, r.ContentHash, millis(r.At), r.Rating,
		r.Elapsed.Milliseconds(), string(r.Before), string(r.After), millis(r.Due)).Scan(&id)
	return id, err
}

// Card returns the schedule of one card; ok is false when the card has never
// been scheduled.
func (st *Study) Card(id string) (s Schedule, ok bool, err error) {
	row := st.db.QueryRow(`SELECT `+scheduleColumns+` FROM card
		WHERE profile = ? AND card_id = ?`, st.profile, id)
	s, err = scanSchedule(row)
	if errors.Is(err, sql.ErrNoRows) {
		return Schedule{}, false, nil
	}
	return s, err == nil, err
}

// Due returns up to limit cards due at or before now, the most overdue first
// (ties in card id order).
func (st *Study) Due(now time.Time, limit int) ([]Schedule, error) {
	rows, err := st.db.Query(`SELECT `+scheduleColumns+` FROM card
		WHERE profile = ? AND due_ms <= ? ORDER BY due_ms, card_id LIMIT ?`,
		st.profile, millis(now), limit)
	if err != nil {
		return nil, err
	}
	return collect(rows, scanSchedule)
}

// CountDue is how many cards are due at or before now.
func (st *Study) CountDue(now time.Time) (int, error) {
	var n int
	err := st.db.QueryRow(`SELECT count(*) FROM card WHERE profile = ? AND due_ms <= ?`,
		st.profile, millis(now)).Scan(&n)
	return n, err
}

// Changed compares the schedule with the cards as generated today (card id to
// content hash) and returns, sorted, the ids of scheduled cards whose hash
// differs: their fact changed and they should be Reset. Scheduled cards
// missing from current are not reported; what to do with a card the
// catalogue no longer generates is the caller's choice.
func (st *Study) Changed(current map[string]string) ([]string, error) {
	rows, err := st.db.Query(`SELECT card_id, content_hash FROM card WHERE profile = ?`, st.profile)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var changed []string
	for rows.Next() {
		var id, hash string
		if err := rows.Scan(&id, &hash); err != nil {
			return nil, err
		}
		if now, ok := current[id]; ok && now != hash {
			changed = append(changed, id)
		}
	}
	sort.Strings(changed)
	return changed, rows.Err()
}

func (s Schedule) check() error {
	switch {
	case s.CardID == "":
		return errors.New("a schedule needs a card id")
	case !json.Valid(s.State):
		return fmt.Errorf("the state of card %s is not valid JSON", s.CardID)
	}
	return nil
}

func (r Review) check() error {
	switch {
	case r.CardID == "":
		return errors.New("a review needs a card id")
	case r.Rating < 1 || r.Rating > 4:
		return fmt.Errorf("rating %d of card %s is not 1 (Again) to 4 (Easy)", r.Rating, r.CardID)
	case r.At.IsZero():
		return fmt.Errorf("the review of card %s has no time", r.CardID)
	case r.Elapsed < 0:
		return fmt.Errorf("the review of card %s has a negative elapsed time", r.CardID)
	case !json.Valid(r.Before) || !json.Valid(r.After):
		return fmt.Errorf("the states of the review of card %s are not valid JSON", r.CardID)
	}
	return nil
}

func profileOrLocal(profile string) string {
	if profile == "" {
		return LocalProfile
	}
	return profile
}
