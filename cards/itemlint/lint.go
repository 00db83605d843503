// Package itemlint checks generated study cards for the technical flaws the
// NBME Item-Writing Guide names: the cues that let a test-wise student answer
// without the knowledge (the key the longest or shortest option, the stem's
// words repeated in the key, an option of a different kind from the others,
// a distractor that is offered again and again and never right) and the
// flaws that make an item hard for the wrong reason (two cards asking the
// same question, a key that rests on the catalogue's silence, a vignette
// whose stem does not hold what the answer depends on).
//
// It reads cards as the cards package makes them, and the catalogue they
// came from where it must know what an option is (a finding, a drug, a
// technique). It counts each flaw per card type (see TypeOf) and says which
// types are over the thresholds (see Breaches); CARDS.md gives the figures
// and why the thresholds are where they are.
package itemlint

import (
	"slices"
	"strings"

	"github.com/omt-reference/omt/cards"
	"github.com/omt-reference/omt/techniques"
)

// Flaw is one kind of item-writing flaw.
type Flaw string

// The flaws the lint counts.
const (
	// KeyLongest: the key is the longest option, alone.
	KeyLongest Flaw = "key-longest"
	// KeyShortest: the key is the shortest option, alone.
	KeyShortest Flaw = "key-shortest"
	// StemWords: the key shares more of the stem's words than any
	// distractor does (a clang cue).
	StemWords Flaw = "stem-words"
	// MixedKinds: the options are not all of one kind (a drug beside a
	// finding).
	MixedKinds Flaw = "mixed-kinds"
	// FixedDistractor: an option is offered as wrong again and again in
	// cards of the type and is never their key, so a student learns to
	// strike it out without knowing why.
	FixedDistractor Flaw = "fixed-distractor"
	// DuplicateStem: another card asks the very same question.
	DuplicateStem Flaw = "duplicate-stem"
	// RestsOnSilence: the explanation's reason for the key is that the
	// catalogue does not list something against it.
	RestsOnSilence Flaw = "rests-on-silence"
	// Unanswerable: a vignette whose stem does not say what its key depends
	// on, so that no option or more than one fits what it says.
	Unanswerable Flaw = "unanswerable"
)

// Flaws lists every flaw in the order reports show them.
func Flaws() []Flaw {
	return []Flaw{KeyLongest, KeyShortest, StemWords, MixedKinds, FixedDistractor, DuplicateStem, RestsOnSilence, Unanswerable}
}

// Finding is one card with one flaw.
type Finding struct {
	Card   string `json:"card"`
	Type   string `json:"type"`
	Flaw   Flaw   `json:"flaw"`
	Detail string `json:"detail"`
}

// Count is how often one flaw occurs in a card type: Flawed of the Checked
// cards, against Expected, the number chance alone would give (0 where the
// flaw has no chance rate and any is too many).
type Count struct {
	Flawed   int     `json:"flawed"`
	Checked  int     `json:"checked"`
	Expected float64 `json:"expected"`
}

// Rate is the share of the checked cards that have the flaw; 0 when none
// was checked.
func (n Count) Rate() float64 {
	if n.Checked == 0 {
		return 0
	}
	return float64(n.Flawed) / float64(n.Checked)
}

// TypeReport is one card type's figures.
type TypeReport struct {
	Type   string         `json:"type"`
	Cards  int            `json:"cards"`
	Choice int            `json:"choice_cards"` // cards with options
	Counts map[Flaw]Count `json:"counts"`
	// Unread is set for a type of vignette the lint has no stem reader for:
	// whether it can be answered from its stem is not known.
	Unread bool `json:"unread,omitempty"`
}

// Report is the lint of a set of cards: figures per type, the flawed cards,
// and the types over a threshold.
type Report struct {
	Types    []TypeReport `json:"types"`
	Findings []Finding    `json:"findings"`
	Breaches []Breach     `json:"breaches"`
}

// Check lints every card against the catalogue that made it.
func Check(c *techniques.Catalog, all []cards.Card) Report {
	l := newLinter(c)
	byType := map[string][]cards.Card{}
	var types []string
	for _, card := range all {
		t := TypeOf(card)
		if _, ok := byType[t]; !ok {
			types = append(types, t)
		}
		byType[t] = append(byType[t], card)
	}
	stems := stemCounts(all)
	rep := Report{Types: []TypeReport{}, Findings: []Finding{}}
	for _, t := range types {
		tr, found := l.checkType(t, byType[t], stems)
		rep.Types = append(rep.Types, tr)
		rep.Findings = append(rep.Findings, found...)
	}
	slices.SortFunc(rep.Types, func(a, b TypeReport) int { return strings.Compare(a.Type, b.Type) })
	rep.Breaches = append([]Breach{}, breaches(rep.Types)...)
	return rep
}

// TypeOf names the template a card was made by (see cards.TypeOf).
func TypeOf(card cards.Card) string { return cards.TypeOf(card) }

// linter holds what the checks consult about the catalogue.
type linter struct {
	c     *techniques.Catalog
	kinds map[string][]string // folded option text -> the kinds of thing it names
	stop  map[string]bool     // words too common to cue
}

func newLinter(c *techniques.Catalog) *linter {
	return &linter{c: c, kinds: optionKinds(c), stop: stopWords()}
}

// checkType runs every check over the cards of one type.
func (l *linter) checkType(typ string, cs []cards.Card, stems map[string]int) (TypeReport, []Finding) {
	tr := TypeReport{Type: typ, Cards: len(cs), Counts: map[Flaw]Count{}}
	var found []Finding
	flag := func(card cards.Card, f Flaw, detail string) {
		found = append(found, Finding{Card: card.ID, Type: typ, Flaw: f, Detail: detail})
	}
	tally := func(f Flaw, checked, flawed bool, expected float64) {
		n := tr.Counts[f]
		if checked {
			n.Checked++
			n.Expected += expected
		}
		if flawed {
			n.Flawed++
		}
		tr.Counts[f] = n
	}
	fixtures := fixedDistractors(cs)
	for _, card := range cs {
		dup := stems[questionKey(card)] > 1
		tally(DuplicateStem, true, dup, 0)
		if dup {
			flag(card, DuplicateStem, "the same question as another card: "+oneLine(card.Front))
		}
		if len(card.Choices) < 2 || card.Answer < 0 || card.Answer >= len(card.Choices) {
			continue
		}
		tr.Choice++
		chance := 1 / float64(len(card.Choices))
		for _, f := range []Flaw{KeyLongest, KeyShortest} {
			flawed := keyExtreme(card, f == KeyLongest)
			tally(f, true, flawed, chance)
			if flawed {
				flag(card, f, "key "+quote(card.Choices[card.Answer])+" against "+quoteAll(distractors(card)))
			}
		}
		unique, keyMost, shared := stemOverlap(card, l.stop)
		expected := 0.0
		if unique {
			expected = chance
		}
		tally(StemWords, true, keyMost, expected)
		if keyMost {
			flag(card, StemWords, "the key repeats the stem's "+quoteAll(shared))
		}
		mixed, detail := l.mixedKinds(card)
		tally(MixedKinds, true, mixed, 0)
		if mixed {
			flag(card, MixedKinds, detail)
		}
		fixed := fixedIn(card, fixtures)
		tally(FixedDistractor, true, len(fixed) > 0, 0)
		if len(fixed) > 0 {
			flag(card, FixedDistractor, "offers "+quoteAll(fixed)+", never the key of a "+typ+" card")
		}
		silent, line := restsOnSilence(card)
		tally(RestsOnSilence, true, silent, 0)
		if silent {
			flag(card, RestsOnSilence, "the key's reason is an absence: "+line)
		}
		if card.Kind != cards.Vignette {
			continue
		}
		read, ok := l.readerFor(typ)
		if !ok {
			tr.Unread = true
			continue
		}
		why := read(card)
		tally(Unanswerable, true, why != "", 0)
		if why != "" {
			flag(card, Unanswerable, why)
		}
	}
	return tr, found
}

// distractors are a card's wrong options.
func distractors(card cards.Card) []string {
	var out []string
	for i, ch := range card.Choices {
		if i != card.Answer {
			out = append(out, ch)
		}
	}
	return out
}

// keyExtreme reports whether the key is, alone, the longest (or shortest)
// option, counted in characters.
func keyExtreme(card cards.Card, longest bool) bool {
	key := len([]rune(oneLine(card.Choices[card.Answer])))
	for i, ch := range card.Choices {
		if i == card.Answer {
			continue
		}
		n := len([]rune(oneLine(ch)))
		if longest && n >= key || !longest && n <= key {
			return false
		}
	}
	return true
}

// stemCounts counts the cards asking each question.
func stemCounts(all []cards.Card) map[string]int {
	n := map[string]int{}
	for _, card := range all {
		n[questionKey(card)]++
	}
	return n
}

// textKey is a text as compared with others: case and spacing folded.
func textKey(text string) string { return strings.ToLower(oneLine(text)) }

// questionKey is a question as compared with others: its front folded as
// textKey folds it, and an image-occlusion card's picture, which is part of
// its question ("which point is lit?" asks something else for each point
// lit).
func questionKey(card cards.Card) string {
	key := textKey(card.Front)
	if ch := card.Chart; ch != nil {
		key += "\x00" + ch.View + "\x00" + strings.Join(ch.Lit, " ")
		for _, m := range ch.Marks {
			key += "\x00" + m.Label + "=" + m.Point
		}
	}
	return key
}

// oneLine collapses runs of white space.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

func quote(s string) string { return "\"" + oneLine(s) + "\"" }

func quoteAll(xs []string) string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = quote(x)
	}
	return strings.Join(out, ", ")
}
