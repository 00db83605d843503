package store

import (
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"
)

// Exams is one profile's practice exams (see the exam package): each block
// of questions as it was built, and the student's progress through it. The
// store keeps each question as JSON it does not interpret, beside the few
// columns that scoring and history read.
type Exams struct {
	db      pool
	profile string
}

// Exams returns the practice exams of profile ("" means LocalProfile).
func (s *Store) Exams(profile string) *Exams {
	return &Exams{db: s.db, profile: profileOrLocal(profile)}
}

// ErrNoExam is what Save returns for a block the store does not have.
var ErrNoExam = errors.New("store: no such exam block")

// ExamBlock is one practice exam as kept.
type ExamBlock struct {
	// ID is the block's number, set by Create.
	ID int64
	// Mode is "timed" or "tutor"; State is "in-progress", "submitted",
	// "timed-out" or "abandoned".
	Mode, State string
	// Started is when the block was built, Updated when it was last saved,
	// and Finished when it was submitted or its time ran out (zero until
	// then).
	Started, Updated, Finished time.Time
	// Limit is the time the block allows (zero for no limit), and Used the
	// time spent in it so far.
	Limit, Used time.Duration
	// Current is the position of the question on screen.
	Current int
	// Seed is the seed the block was drawn and shuffled with.
	Seed uint64
	// Decks are the decks the questions were drawn from; none means all.
	Decks []string
	// CountReviews is true when the student asked for the answers to be
	// recorded as study reviews at the end, and ReviewsRecorded once they
	// have been (see ClaimReviews).
	CountReviews, ReviewsRecorded bool
	// Revision orders the saves of a block: Save keeps only a newer one.
	Revision int64
	// Items are the questions, in the block's order.
	Items []ExamItem
}

// ExamItem is one question of a block and the student's answer to it.
type ExamItem struct {
	// CardID and ContentHash are the card the question was made from.
	CardID, ContentHash string
	// Topic is the deck it is scored under.
	Topic string
	// Question is the question as shown (stem, options, explanation), as
	// JSON.
	Question json.RawMessage
	// Answer is the position of the right option, Chosen the student's
	// (-1 for none), and Flagged whether they marked it for review.
	Answer, Chosen int
	Flagged        bool
}

// Create keeps a new block, questions and all, in one transaction, and
// returns its id.
func (e *Exams) Create(b ExamBlock) (int64, error) {
	if err := b.check(); err != nil {
		return 0, err
	}
	decks, err := json.Marshal(nonNil(b.Decks))
	if err != nil {
		return 0, err
	}
	var id int64
	err = e.db.write(func(tx *sql.Tx) (err error) {
		id, err = createExam(tx, e.profile, b, string(decks))
		return err
	})
	if err != nil {
		return 0, fmt.Errorf("keeping a new exam block: %w", err)
	}
	return id, nil
}

// createExam writes a checked block of profile, with its questions, within
// tx (Create, Bulk).
func createExam(tx *sql.Tx, profile string, b ExamBlock, decks string) (id int64, err error) {
	err = tx.QueryRow(`INSERT INTO exam (profile, mode, state, started_ms, updated_ms, finished_ms,
			limit_ms, used_ms, current, seed, decks, count_reviews, reviews_recorded, revision)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
		profile, b.Mode, b.State, millis(b.Started), millis(b.Updated), nullMillis(b.Finished),
		b.Limit.Milliseconds(), b.Used.Milliseconds(), b.Current, int64(b.Seed), decks,
		b.CountReviews, b.ReviewsRecorded, b.Revision).Scan(&id)
	if err != nil {
		return 0, err
	}
	for i, it := range b.Items {
		_, err := tx.Exec(`INSERT INTO exam_item (exam_id, position, card_id, content_hash, topic,
				question, answer, chosen, flagged)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			id, i, it.CardID, it.ContentHash, it.Topic, string(it.Question), it.Answer, nullChoice(it.Chosen), it.Flagged)
		if err != nil {
			return 0, fmt.Errorf("question %d (%s): %w", i+1, it.CardID, err)
		}
	}
	return id, nil
}

// Save writes a block's progress (state, clock, position, answers and
// flags) in one transaction, committed before it returns. The questions
// themselves never change. A save whose Revision is not above the stored
// one changes nothing and reports false: saves may finish out of order,
// and an older one must not undo a newer answer.
func (e *Exams) Save(b ExamBlock) (saved bool, err error) {
	if err := b.check(); err != nil {
		return false, err
	}
	err = e.db.write(func(tx *sql.Tx) error {
		res, err := tx.Exec(`UPDATE exam SET state = ?, updated_ms = ?, finished_ms = ?, used_ms = ?,
				current = ?, revision = ?
			WHERE id = ? AND profile = ? AND revision < ?`,
			b.State, millis(b.Updated), nullMillis(b.Finished), b.Used.Milliseconds(), b.Current, b.Revision,
			b.ID, e.profile, b.Revision)
		if err != nil {
			return err
		}
		if n, err := res.RowsAffected(); err != nil || n == 0 {
			if err == nil {
				err = e.exists(tx, b.ID)
			}
			return err
		}
		for i, it := range b.Items {
			if _, err := tx.Exec(`UPDATE exam_item SET chosen = ?, flagged = ? WHERE exam_id = ? AND position = ?`,
				nullChoice(it.Chosen), it.Flagged, b.ID, i); err != nil {
				return err
			}
		}
		saved = true
		return nil
	})
	if err != nil {
		return false, fmt.Errorf("saving exam block %d: %w", b.ID, err)
	}
	return saved, nil
}

// exists is nil when the profile has block id, and ErrNoExam when not.
func (e *Exams) exists(tx *sql.Tx, id int64) error {
	var n int
	if err := tx.QueryRow(`SELECT count(*) FROM exam WHERE id = ? AND profile = ?`, id, e.profile).Scan(&n); err != nil {
		return err
	}
	if n == 0 {
		return ErrNoExam
	}
	return nil
}

// ClaimReviews marks block id's answers as recorded in the review log and
// reports whether this call was the one to mark them: only that caller
// records them, so two saves of a finished block never record its answers
// twice. A caller that then fails to record them calls ReleaseReviews.
func (e *Exams) ClaimReviews(id int64) (claimed bool, err error) {
	res, err := e.db.exec(`UPDATE exam SET reviews_recorded = 1
		WHERE id = ? AND profile = ? AND count_reviews = 1 AND reviews_recorded = 0`, id, e.profile)
	if err != nil {
		return false, err
	}
	n, err := res.RowsAffected()
	return n == 1, err
}

// ReleaseReviews undoes ClaimReviews, for a caller that could not record
// the reviews it claimed.
func (e *Exams) ReleaseReviews(id int64) error {
	_, err := e.db.exec(`UPDATE exam SET reviews_recorded = 0 WHERE id = ? AND profile = ?`, id, e.profile)
	return err
}

// Get returns block id with its questions; ok is false when the profile has
// no such block.
func (e *Exams) Get(id int64) (b ExamBlock, ok bool, err error) {
	blocks, err := e.blocks(`id = ?`, id)
	if err != nil || len(blocks) == 0 {
		return ExamBlock{}, false, err
	}
	return blocks[0], true, nil
}

// Latest returns the newest block in one of states (any state when none is
// given); ok is false when there is none.
func (e *Exams) Latest(states ...string) (b ExamBlock, ok bool, err error) {
	where, args := "1", []any{}
	if len(states) > 0 {
		where = "state IN (?" + strings.Repeat(", ?", len(states)-1) + ")"
		for _, s := range states {
			args = append(args, s)
		}
	}
	blocks, err := e.blocks(where+` ORDER BY started_ms DESC, id DESC LIMIT 1`, args...)
	if err != nil || len(blocks) == 0 {
		return ExamBlock{}, false, err
	}
	return blocks[0], true, nil
}

// List returns every block of the profile with its questions, newest
// first.
func (e *Exams) List() ([]ExamBlock, error) {
	return e.blocks(`1 ORDER BY started_ms DESC, id DESC`)
}

const examColumns = `id, mode, state, started_ms, updated_ms, finished_ms, limit_ms, used_ms, current,
	seed, decks, count_reviews, reviews_recorded, revision`

// blocks reads the profile's blocks that where (a condition, which may end
// in ORDER BY and LIMIT) selects, each with its questions.
func (e *Exams) blocks(where string, args ...any) ([]ExamBlock, error) {
	rows, err := e.db.Query(`SELECT `+examColumns+` FROM exam WHERE profile = ? AND `+where,
		append([]any{e.profile}, args...)...)
	if err != nil {
		return nil, err
	}
	blocks, err := collect(rows, scanExam)
	if err != nil {
		return nil, err
	}
	for i := range blocks {
		rows, err := e.db.Query(`SELECT card_id, content_hash, topic, question, answer, chosen, flagged
			FROM exam_item WHERE exam_id = ? ORDER BY position`, blocks[i].ID)
		if err != nil {
			return nil, err
		}
		if blocks[i].Items, err = collect(rows, scanExamItem); err != nil {
			return nil, err
		}
	}
	return blocks, nil
}

func scanExam(row scanner) (ExamBlock, error) {
	var b ExamBlock
	var started, updated, limit, used, seed int64
	var finished sql.NullInt64
	var decks string
	err := row.Scan(&b.ID, &b.Mode, &b.State, &started, &updated, &finished, &limit, &used, &b.Current,
		&seed, &decks, &b.CountReviews, &b.ReviewsRecorded, &b.Revision)
	if err != nil {
		return b, err
	}
	b.Started, b.Updated = fromMillis(started), fromMillis(updated)
	if finished.Valid {
		b.Finished = fromMillis(finished.Int64)
	}
	b.Limit, b.Used = time.Duration(limit)*time.Millisecond, time.Duration(used)*time.Millisecond
	b.Seed = uint64(seed)
	if err := json.Unmarshal([]byte(decks), &b.Decks); err != nil {
		return b, fmt.Errorf("exam block %d: its decks do not read: %w", b.ID, err)
	}
	return b, nil
}

func scanExamItem(row scanner) (ExamItem, error) {
	var it ExamItem
	var question string
	var chosen sql.NullInt64
	err := row.Scan(&it.CardID, &it.ContentHash, &it.Topic, &question, &it.Answer, &chosen, &it.Flagged)
	it.Question = json.RawMessage(question)
	it.Chosen = -1
	if chosen.Valid {
		it.Chosen = int(chosen.Int64)
	}
	return it, err
}

func (b ExamBlock) check() error {
	switch {
	case len(b.Items) == 0:
		return errors.New("an exam block needs at least one question")
	case b.Current < 0 || b.Current >= len(b.Items):
		return fmt.Errorf("exam block %d: position %d is outside its %d questions", b.ID, b.Current, len(b.Items))
	case b.Limit < 0 || b.Used < 0:
		return fmt.Errorf("exam block %d: a negative time", b.ID)
	}
	for i, it := range b.Items {
		if it.CardID == "" || !json.Valid(it.Question) {
			return fmt.Errorf("exam block %d: question %d has no card id or is not valid JSON", b.ID, i+1)
		}
	}
	return nil
}

// nullMillis is a time as stored, NULL for the zero time.
func nullMillis(t time.Time) sql.NullInt64 {
	return sql.NullInt64{Int64: millis(t), Valid: !t.IsZero()}
}

// nullChoice is an answer as stored, NULL for none.
func nullChoice(c int) sql.NullInt64 {
	return sql.NullInt64{Int64: int64(c), Valid: c >= 0}
}

func nonNil(xs []string) []string {
	if xs == nil {
		return []string{}
	}
	return xs
}
