package exam

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/omt-reference/omt/cards"
	"github.com/omt-reference/omt/fsrs"
	"github.com/omt-reference/omt/safetext"
	"github.com/omt-reference/omt/store"
	"github.com/omt-reference/omt/study"
)

// Keeper keeps one student's blocks in the store, and records a block's
// answers as study reviews when the block asked for it.
type Keeper struct {
	exams   *store.Exams // nil: no database yet
	student study.Student
}

// KeeperIn is the keeper of profile's blocks in s ("" is the local user). A
// nil s is a student with no database yet: there are no blocks to read, and
// writes fail with ErrNoDatabase.
func KeeperIn(s *store.Store, profile string) Keeper {
	if s == nil {
		return Keeper{}
	}
	return Keeper{exams: s.Exams(profile), student: study.StudentIn(s, profile)}
}

// ErrNoDatabase is what a write to a Keeper with no database returns.
var ErrNoDatabase = errors.New("exam: there is no database to keep the block in")

// Create keeps a new block and returns it with its id.
func (k Keeper) Create(b Block) (Block, error) {
	if k.exams == nil {
		return b, ErrNoDatabase
	}
	rec, err := toStore(b)
	if err != nil {
		return b, err
	}
	b.ID, err = k.exams.Create(rec)
	return b, err
}

// Saved is what a save did.
type Saved struct {
	// Kept is false when a newer save of the block was already kept.
	Kept bool
	// Reviews is how many answers were recorded as study reviews by this
	// save: only the first save of an ended block that asked for it
	// records them.
	Reviews int
}

// Save keeps a block's progress (see store.Exams.Save). Once the block has
// ended, if it asked to count its answers as reviews, each answered
// question is graded through the study package at the block's end: Good
// when right, Again when wrong, as a study session grades a choice. An
// unanswered question is not a review.
func (k Keeper) Save(b Block) (Saved, error) {
	if k.exams == nil {
		return Saved{}, ErrNoDatabase
	}
	rec, err := toStore(b)
	if err != nil {
		return Saved{}, err
	}
	var saved Saved
	if saved.Kept, err = k.exams.Save(rec); err != nil {
		return saved, err
	}
	if !b.State.Finished() || !b.CountReviews || b.ReviewsRecorded {
		return saved, nil
	}
	claimed, err := k.exams.ClaimReviews(b.ID)
	if err != nil || !claimed {
		return saved, err
	}
	saved.Reviews, err = k.recordReviews(b)
	if err != nil {
		// Nothing, or only part, was recorded: let a later save try
		// again rather than lose the student's answers.
		if rerr := k.exams.ReleaseReviews(b.ID); rerr != nil {
			err = errors.Join(err, rerr)
		}
		return saved, fmt.Errorf("recording the answers of block %d as reviews: %w", b.ID, err)
	}
	return saved, nil
}

// recordReviews grades each answered question's card in the study schedule.
func (k Keeper) recordReviews(b Block) (int, error) {
	set, err := k.student.Settings()
	if err != nil {
		return 0, err
	}
	at := b.Finished
	if at.IsZero() {
		at = b.Updated
	}
	n := 0
	for _, it := range b.Items {
		if !it.Answered() {
			continue
		}
		item := study.Item{Ref: study.CardRef{ID: it.CardID, Hash: it.Hash}, Card: fsrs.NewCard(at), New: true}
		if _, err := k.student.Grade(set, item, study.RatingForChoice(it.Right()), at); err != nil {
			return n, err
		}
		n++
	}
	return n, nil
}

// Get is block id; ok is false when there is none.
func (k Keeper) Get(id int64) (b Block, ok bool, err error) {
	if k.exams == nil {
		return Block{}, false, nil
	}
	return fromStoreOK(k.exams.Get(id))
}

// Resumable is the newest block left unfinished; ok is false when there is
// none.
func (k Keeper) Resumable() (b Block, ok bool, err error) {
	if k.exams == nil {
		return Block{}, false, nil
	}
	return fromStoreOK(k.exams.Latest(string(InProgress), string(Abandoned)))
}

// LatestFinished is the newest block that ended; ok is false when there is
// none.
func (k Keeper) LatestFinished() (b Block, ok bool, err error) {
	if k.exams == nil {
		return Block{}, false, nil
	}
	return fromStoreOK(k.exams.Latest(string(Submitted), string(TimedOut)))
}

// History is every block, newest first.
func (k Keeper) History() ([]Block, error) {
	if k.exams == nil {
		return nil, nil
	}
	recs, err := k.exams.List()
	if err != nil {
		return nil, err
	}
	out := make([]Block, 0, len(recs))
	for _, r := range recs {
		b, err := fromStore(r)
		if err != nil {
			return nil, err
		}
		out = append(out, b)
	}
	return out, nil
}

// storedQuestion is what the store keeps of a question as JSON: the parts
// it has no column for.
type storedQuestion struct {
	TopicTitle  string       `json:"topic_title"`
	Stem        string       `json:"stem"`
	Options     []string     `json:"options"`
	Explanation string       `json:"explanation"`
	Source      cards.Source `json:"source"`
}

func toStore(b Block) (store.ExamBlock, error) {
	rec := store.ExamBlock{ID: b.ID, Mode: string(b.Mode), State: string(b.State), Started: b.Started,
		Updated: b.Updated, Finished: b.Finished, Limit: b.Limit, Used: b.Used, Current: b.Current,
		Seed: b.Seed, Decks: b.Decks, CountReviews: b.CountReviews, ReviewsRecorded: b.ReviewsRecorded,
		Revision: b.Revision}
	for _, it := range b.Items {
		q, err := json.Marshal(storedQuestion{TopicTitle: it.TopicTitle, Stem: it.Stem, Options: it.Options,
			Explanation: it.Explanation, Source: it.Source})
		if err != nil {
			return rec, err
		}
		rec.Items = append(rec.Items, store.ExamItem{CardID: it.CardID, ContentHash: it.Hash, Topic: it.Topic,
			Question: q, Answer: it.Answer, Chosen: it.Chosen, Flagged: it.Flagged})
	}
	return rec, nil
}

func fromStore(rec store.ExamBlock) (Block, error) {
	b := Block{ID: rec.ID, Mode: Mode(rec.Mode), State: State(rec.State), Started: rec.Started,
		Updated: rec.Updated, Finished: rec.Finished, Limit: rec.Limit, Used: rec.Used, Current: rec.Current,
		Seed: rec.Seed, Decks: rec.Decks, CountReviews: rec.CountReviews, ReviewsRecorded: rec.ReviewsRecorded,
		Revision: rec.Revision}
	if len(b.Decks) == 0 {
		b.Decks = nil // every deck, as Build has it
	}
	for i, it := range rec.Items {
		var q storedQuestion
		if err := json.Unmarshal(it.Question, &q); err != nil {
			return b, fmt.Errorf("block %d, question %d: %w", rec.ID, i+1, err)
		}
		if it.Answer >= len(q.Options) || it.Chosen >= len(q.Options) {
			return b, fmt.Errorf("block %d, question %d: an answer beyond its %d options", rec.ID, i+1, len(q.Options))
		}
		b.Items = append(b.Items, Item{Question: Question{CardID: it.CardID, Hash: it.ContentHash, Topic: it.Topic,
			TopicTitle: q.TopicTitle, Stem: q.Stem, Options: q.Options, Answer: it.Answer,
			Explanation: q.Explanation, Source: q.Source}, Chosen: it.Chosen, Flagged: it.Flagged})
	}
	// The database is the user's file, and anything may have written to
	// it: what a terminal would act on is written out, as for notes.
	safetext.Strings(&b)
	return b, nil
}

func fromStoreOK(rec store.ExamBlock, ok bool, err error) (Block, bool, error) {
	if err != nil || !ok {
		return Block{}, ok, err
	}
	b, err := fromStore(rec)
	return b, err == nil, err
}
