package exam

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"time"

	"github.com/omt-reference/omt/cards"
)

// Options choose a block.
type Options struct {
	// Decks are the deck names to draw from (a question in any of them);
	// none means every deck.
	Decks []string
	// Size is how many questions; zero means DefaultSize. A block of decks
	// with fewer multiple-choice questions has them all.
	Size int
	// Seed draws the questions and shuffles their options; the same seed,
	// decks and cards give the same block.
	Seed uint64
	// Mode is Timed (the default when empty) or Tutor.
	Mode Mode
	// Limit is a timed block's time; zero means Pace a question. A tutor
	// block has none.
	Limit time.Duration
	// CountReviews records the answers as study reviews when the block
	// ends. Without it the block leaves the study schedule alone.
	CountReviews bool
}

// ErrNoQuestions is what Build returns when the decks chosen hold no
// multiple-choice question.
var ErrNoQuestions = errors.New("no multiple-choice questions")

// Build draws a block from the generated cards, started at now: Size of the
// multiple-choice cards of the decks chosen, in a random order, each with
// its options shuffled and scored under one topic (see topicOf). Recall
// cards, which the student grades, are left out: a block is graded by the
// choice. decks supplies the topics' titles (see cards.Decks).
func Build(all []cards.Card, decks []cards.Deck, opts Options, now time.Time) (Block, error) {
	opts, err := opts.checked()
	if err != nil {
		return Block{}, err
	}
	var pool []cards.Card
	for _, c := range all {
		if asked(c) && (len(opts.Decks) == 0 || slices.ContainsFunc(opts.Decks, func(d string) bool { return slices.Contains(c.Decks, d) })) {
			pool = append(pool, c)
		}
	}
	if len(pool) == 0 {
		if len(opts.Decks) > 0 {
			return Block{}, fmt.Errorf("%w in %s (a block asks only questions with options)", ErrNoQuestions, strings.Join(opts.Decks, ", "))
		}
		return Block{}, fmt.Errorf("%w in any deck", ErrNoQuestions)
	}
	rng := rand.New(rand.NewPCG(opts.Seed, opts.Seed^0x9e3779b97f4a7c15))
	rng.Shuffle(len(pool), func(i, j int) { pool[i], pool[j] = pool[j], pool[i] })
	pool = pool[:min(opts.Size, len(pool))]

	titles := make(map[string]string, len(decks))
	for _, d := range decks {
		titles[d.Name] = d.Title
	}
	b := Block{Mode: opts.Mode, State: InProgress, Started: now, Updated: now, Seed: opts.Seed,
		Decks: slices.Clone(opts.Decks), CountReviews: opts.CountReviews, Limit: opts.Limit}
	if b.Mode == Timed && b.Limit == 0 {
		b.Limit = time.Duration(len(pool)) * Pace
	}
	for _, c := range pool {
		b.Items = append(b.Items, Item{Question: question(c, opts.Decks, titles, rng), Chosen: -1})
	}
	return b, nil
}

// checked fills in the defaults and refuses what cannot be built.
func (o Options) checked() (Options, error) {
	if o.Mode == "" {
		o.Mode = Timed
	}
	if o.Size == 0 {
		o.Size = DefaultSize
	}
	switch {
	case !slices.Contains(Modes(), o.Mode):
		return o, fmt.Errorf("no mode %q: the modes are timed and tutor", o.Mode)
	case o.Size < 0:
		return o, fmt.Errorf("a block of %d questions: the size must be at least 1", o.Size)
	case o.Limit < 0:
		return o, fmt.Errorf("a time limit of %v: it must be positive", o.Limit)
	case o.Mode == Tutor && o.Limit > 0:
		return o, errors.New("tutor mode has no time limit; a time is for a timed block")
	}
	return o, nil
}

// asked reports whether a card can be a question of a block: it has from
// two to MaxOptions options and says which one is right, and it shows no
// body chart (a question carries no picture, and the exam screen draws
// none).
func asked(c cards.Card) bool {
	return len(c.Choices) >= 2 && len(c.Choices) <= MaxOptions && c.Answer >= 0 && c.Answer < len(c.Choices) && c.Chart == nil
}

// question is a card as this block asks it, its options shuffled by rng.
func question(c cards.Card, chosen []string, titles map[string]string, rng *rand.Rand) Question {
	q := Question{CardID: c.ID, Hash: c.Hash, Topic: topicOf(c, chosen), Stem: c.Front,
		Explanation: c.Back, Source: c.Source}
	q.Source.References = slices.Clone(c.Source.References)
	q.TopicTitle = titles[q.Topic]
	if q.TopicTitle == "" {
		q.TopicTitle = q.Topic
	}
	for i, from := range rng.Perm(len(c.Choices)) {
		q.Options = append(q.Options, c.Choices[from])
		if from == c.Answer {
			q.Answer = i
		}
	}
	return q
}

// topicGroups orders the deck groups for choosing a question's topic: the
// groups that name what a question is about (a kind of question, a family
// of technique, a map) before those that only say where it belongs (a
// region, which most technique cards have several of, and a technique's own
// deck, which would make every question a topic of its own). A group not
// listed here (a new one) ranks after the listed ones and before regions.
func topicGroups() []string {
	return []string{cards.GroupVignettes, cards.GroupNotation, cards.GroupFamily, cards.GroupMap,
		cards.GroupGlossary, cards.GroupCondition}
}

// groupRank is a deck's place in topicGroups' order; lower is preferred.
func groupRank(deck string) int {
	group, _, _ := strings.Cut(deck, "/")
	listed := topicGroups()
	if i := slices.Index(listed, group); i >= 0 {
		return i
	}
	switch group {
	case cards.GroupRegion:
		return len(listed) + 1
	case cards.GroupTechnique:
		return len(listed) + 2
	}
	return len(listed)
}

// topicOf is the deck a question is scored under: the first of the decks
// the student chose that holds it, or, with none chosen, its deck of the
// best-ranked group (see topicGroups), and within the group a deck of its
// own before the group's ("vignettes/set-up" says what a board vignette
// asks; "vignettes" only that it is one).
func topicOf(c cards.Card, chosen []string) string {
	for _, d := range chosen {
		if slices.Contains(c.Decks, d) {
			return d
		}
	}
	best := ""
	for _, d := range c.Decks {
		if best == "" || groupRank(d) < groupRank(best) || groupRank(d) == groupRank(best) && !isGroupDeck(d) && isGroupDeck(best) {
			best = d
		}
	}
	return best
}

// isGroupDeck reports whether a deck is a group's own ("vignettes"), not
// one of the decks within it ("vignettes/set-up").
func isGroupDeck(deck string) bool { return !strings.Contains(deck, "/") }
