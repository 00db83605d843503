package exam

import (
	"cmp"
	"math"
	"slices"
	"strings"
	"time"

	"github.com/omt-reference/omt/cards"
)

// Mode is how a block is sat.
type Mode string

// The modes.
const (
	// Timed allows the block a time (Pace an item unless set) and shows
	// the answers only at the end, as the board does.
	Timed Mode = "timed"
	// Tutor has no time limit and shows the right answer and the
	// explanation after each answer, which is then final.
	Tutor Mode = "tutor"
)

// Modes lists the modes, the default first.
func Modes() []Mode { return []Mode{Timed, Tutor} }

// State is where a block stands.
type State string

// The states of a block.
const (
	// InProgress is a block being sat, or one whose omt was killed.
	InProgress State = "in-progress"
	// Submitted is a block the student handed in.
	Submitted State = "submitted"
	// TimedOut is a timed block whose time ran out.
	TimedOut State = "timed-out"
	// Abandoned is a block the student left unfinished (Ctrl+C, or q):
	// it can be resumed with the time it had left.
	Abandoned State = "abandoned"
)

// Finished reports whether the block has ended and can be scored.
func (s State) Finished() bool { return s == Submitted || s == TimedOut }

// Resumable reports whether the block can be taken up again.
func (s State) Resumable() bool { return s == InProgress || s == Abandoned }

const (
	// DefaultSize is a block's questions unless asked otherwise: a COMLEX
	// section from May 2026 (see Pace).
	DefaultSize = 40
	// Pace is the time a timed block allows a question: COMLEX Level 1
	// and Level 2-CE from May 2026 have 320 items in 8 sections of 40 over
	// two 4-hour sessions, 90 seconds an item, so a 40-item block has an
	// hour (nbome.org; /work/research21.md section 2).
	Pace = 90 * time.Second
	// MaxOptions is the most options a question may have: A to E.
	MaxOptions = 5
)

// Question is one question as the block shows it: the card's question
// with its options in this block's order.
type Question struct {
	// CardID and Hash are the card it was made from and the hash of the
	// card's content then.
	CardID string `json:"card"`
	Hash   string `json:"hash"`
	// Topic is the deck it is scored under, and TopicTitle its title.
	Topic      string `json:"topic"`
	TopicTitle string `json:"topic_title"`
	// Stem is the question; Options the choices in display order, and
	// Answer the position of the right one.
	Stem    string   `json:"stem"`
	Options []string `json:"options"`
	Answer  int      `json:"answer"`
	// Explanation is the card's back: the right answer and why.
	Explanation string `json:"explanation"`
	// Source is the catalogue entry the answer comes from.
	Source cards.Source `json:"source"`
}

// Item is a question of a block and the student's answer to it.
type Item struct {
	Question
	// Chosen is the position of the option chosen, or -1 for none.
	Chosen int `json:"chosen"`
	// Flagged is the student's mark to come back to it.
	Flagged bool `json:"flagged"`
}

// Answered reports whether an option was chosen.
func (it Item) Answered() bool { return it.Chosen >= 0 }

// Right reports whether the option chosen is the right one.
func (it Item) Right() bool { return it.Chosen >= 0 && it.Chosen == it.Answer }

// Reveals reports whether the block may show an item's answer and
// explanation: every item once the block has ended; while it can still be
// sat, only what tutor mode showed as each answer was given. A resumable
// timed block shows none, or a student could look the answers up and come
// back.
func (b Block) Reveals(it Item) bool {
	return b.State.Finished() || (b.Mode == Tutor && it.Answered())
}

// Answered counts the items with an option chosen.
func (b Block) Answered() int {
	n := 0
	for _, it := range b.Items {
		if it.Answered() {
			n++
		}
	}
	return n
}

// Letter is the letter of an option: A for the first.
func Letter(option int) string {
	if option < 0 || option >= 26 {
		return "?"
	}
	return string(rune('A' + option))
}

// Block is one practice exam: its questions, the student's answers, and its
// clock.
type Block struct {
	// ID is the block's number in the store; zero until it is kept.
	ID    int64
	Mode  Mode
	State State
	Items []Item
	// Current is the position of the question on screen.
	Current int
	// Limit is the time the block allows; zero for none (tutor mode).
	Limit time.Duration
	// Used is the time spent in the block, as of its last save while it is
	// being sat. Time away from it (after Ctrl+C) does not count.
	Used time.Duration
	// Started is when it was built, Updated when last saved, and Finished
	// when it ended (zero until then).
	Started, Updated, Finished time.Time
	// Seed drew and shuffled the block.
	Seed uint64
	// Decks are the decks it was drawn from; none means every deck.
	Decks []string
	// CountReviews asks for its answers to be recorded as study reviews
	// once it ends; ReviewsRecorded says they have been.
	CountReviews, ReviewsRecorded bool
	// Revision counts the block's saves (see store.Exams.Save).
	Revision int64
}

// Clone is a copy of the block that shares nothing with it.
func (b Block) Clone() Block {
	b.Items = slices.Clone(b.Items)
	b.Decks = slices.Clone(b.Decks)
	return b
}

// Score is how a block went: overall and by topic.
type Score struct {
	Right   int `json:"right"`
	Wrong   int `json:"wrong"`
	Omitted int `json:"omitted"`
	Total   int `json:"total"`
	// Percent is Right of Total, rounded.
	Percent int `json:"percent"`
	// ByTopic is the score of each topic, weakest first.
	ByTopic []TopicScore `json:"by_topic"`
}

// TopicScore is the score of the questions of one topic.
type TopicScore struct {
	Topic   string `json:"topic"`
	Title   string `json:"title"`
	Right   int    `json:"right"`
	Wrong   int    `json:"wrong"`
	Omitted int    `json:"omitted"`
	Total   int    `json:"total"`
	Percent int    `json:"percent"`
}

// Score counts the block's right, wrong and omitted answers, overall and by
// topic. An omitted question counts against the score, as on the board.
// Topics come weakest first (lowest share right, then most missed), then by
// title.
func (b Block) Score() Score {
	var s Score
	byTopic := map[string]*TopicScore{}
	for _, it := range b.Items {
		t := byTopic[it.Topic]
		if t == nil {
			t = &TopicScore{Topic: it.Topic, Title: it.TopicTitle}
			byTopic[it.Topic] = t
		}
		switch {
		case it.Right():
			s.Right++
			t.Right++
		case it.Answered():
			s.Wrong++
			t.Wrong++
		default:
			s.Omitted++
			t.Omitted++
		}
		s.Total++
		t.Total++
	}
	s.Percent = percent(s.Right, s.Total)
	s.ByTopic = make([]TopicScore, 0, len(byTopic))
	for _, t := range byTopic {
		t.Percent = percent(t.Right, t.Total)
		s.ByTopic = append(s.ByTopic, *t)
	}
	slices.SortFunc(s.ByTopic, func(a, b TopicScore) int {
		// a.Right/a.Total against b.Right/b.Total, without rounding.
		return cmp.Or(cmp.Compare(a.Right*b.Total, b.Right*a.Total), cmp.Compare(b.Total-b.Right, a.Total-a.Right),
			cmp.Compare(strings.ToLower(a.Title), strings.ToLower(b.Title)), cmp.Compare(a.Topic, b.Topic))
	})
	return s
}

func percent(n, of int) int {
	if of == 0 {
		return 0
	}
	return int(math.Round(100 * float64(n) / float64(of)))
}
