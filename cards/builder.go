package cards

import (
	"hash/fnv"
	"slices"
	"strings"
	"unicode"

	"github.com/omt-reference/omt/notation"
	"github.com/omt-reference/omt/techniques"
)

// choicesPerCard is how many options a choice card shows: the answer and
// three distractors, as board questions are commonly practised.
const choicesPerCard = 4

// builder collects cards for one catalogue, with the facts about the
// catalogue as a whole that several kinds of card consult.
type builder struct {
	c     *techniques.Catalog
	cards []Card

	absoluteIn    map[techniques.TechniqueKind]map[string]bool // kind -> flags some technique of it lists as absolute
	absoluteCount map[string]int                               // flag -> techniques listing it as absolute
	general       map[string]bool                              // conditions indicated across most families
	ranges        map[string][]notation.Level                  // map level strings, read once
	folded        map[string]string                            // texts folded by fold, once each
	pending       []pending                                    // choice cards whose distractors are still to draw
}

func newBuilder(c *techniques.Catalog) *builder {
	b := &builder{
		c: c, absoluteIn: map[techniques.TechniqueKind]map[string]bool{}, absoluteCount: map[string]int{},
		general: map[string]bool{}, ranges: map[string][]notation.Level{}, folded: map[string]string{},
	}
	families := map[string]map[string]bool{}
	for _, t := range c.Techniques {
		kind := techniques.KindOf(t)
		if b.absoluteIn[kind] == nil {
			b.absoluteIn[kind] = map[string]bool{}
		}
		for _, ci := range t.Contraindications.Absolute {
			b.absoluteIn[kind][ci.Flag] = true
			b.absoluteCount[ci.Flag]++
		}
		for _, id := range t.Indications {
			if families[id] == nil {
				families[id] = map[string]bool{}
			}
			families[id][t.Family] = true
		}
	}
	// A condition that techniques of more than half the families treat
	// (somatic dysfunction) says nothing about how alike two techniques are.
	for id, fams := range families {
		b.general[id] = 2*len(fams) > len(c.Families)
	}
	return b
}

// option is one answer a card may offer. Key identifies it for ranking (an
// entry id, or the text itself) so that its place does not depend on wording.
type option struct {
	key, text string
}

// opt makes an option keyed by its own text.
func opt(text string) option { return option{key: text, text: text} }

// question is a multiple-choice card before its distractors are drawn.
type question struct {
	kind   Kind // Choice or Vignette
	id     string
	front  string
	answer option
	why    string // shown after the answer on the back
	// pools hold wrong options, most plausible pool first. Every option in
	// them must already be known wrong for this question; the builder only
	// drops ones that repeat or contain the answer or each other, and ones
	// that are the key of no card of the question's type (see resolve).
	pools [][]option
	src   Source
	decks []string
	// same reports whether two options say the same thing; nil means
	// overlaps on their texts.
	same func(a, b option) bool
	// options is how many options the card shows; 0 is choicesPerCard. A
	// closed set of three (the classifications a technique can have) asks
	// for three.
	options int
	// dropShort leaves the card out when it cannot have its options,
	// instead of asking it as a recall card: a case or a one-of-many
	// question makes no sense without them.
	dropShort bool
	// explain writes the why once the distractors are drawn, for a card
	// that says why each of them is wrong; nil uses why.
	explain func(distractors []option) string
}

// shown is how many options the question's card shows.
func (q question) shown() int {
	if q.options > 0 {
		return q.options
	}
	return choicesPerCard
}

// ask adds a choice (or vignette) card, or a recall card with the same front
// and back when the pools cannot supply enough distinct distractors. Its
// distractors are drawn once every card is asked (see resolve), so that they
// can be the keys of other cards of its type; until then it holds its place.
func (b *builder) ask(q question) {
	b.pending = append(b.pending, pending{at: len(b.cards), q: q})
	b.cards = append(b.cards, Card{})
}

// build makes a question's card from the distractors drawn for it: a choice
// card when there are enough, else a recall card, or no card (an empty ID)
// for one that drops short.
func (b *builder) build(q question, distractors []option) Card {
	why := q.why
	if q.explain != nil && len(distractors) == q.shown()-1 {
		why = q.explain(distractors)
	}
	back := q.answer.text
	if why != "" {
		back += "\n\n" + why
	}
	if len(distractors) < q.shown()-1 {
		if q.dropShort {
			return Card{}
		}
		return b.finish(Card{ID: q.id, Kind: Recall, Front: q.front, Back: back, Answer: -1, Source: q.src, Decks: q.decks})
	}
	options := append([]option{q.answer}, distractors...)
	slices.SortStableFunc(options, func(x, y option) int {
		return cmpUint(rank(q.id+"#order", x.key), rank(q.id+"#order", y.key))
	})
	card := Card{ID: q.id, Kind: q.kind, Front: q.front, Back: back, Source: q.src, Decks: q.decks}
	for i, o := range options {
		card.Choices = append(card.Choices, o.text)
		if o.key == q.answer.key {
			card.Answer = i
		}
	}
	return b.finish(card)
}

// recall adds a recall card.
func (b *builder) recall(id, front, back string, src Source, decks []string) {
	b.add(Card{ID: id, Kind: Recall, Front: front, Back: back, Answer: -1, Source: src, Decks: decks})
}

// add keeps a card whose options are its own (a recall card, or one that
// draws its options itself, as the chart cards do), finished.
func (b *builder) add(card Card) {
	b.cards = append(b.cards, b.finish(card))
}

// finish hashes a card. Its slices are its own, so a caller that edits a
// card cannot reach into the catalogue or into another card.
func (b *builder) finish(card Card) Card {
	card.Source.References = append([]string{}, card.Source.References...)
	card.Decks = slices.Clone(card.Decks)
	card.Hash = HashOf(card)
	return card
}

// pickDistractors draws up to n options from the pools in order, ranking each
// pool by the card id so the draw is deterministic and stable: adding an
// option to a pool changes a card only if the new option ranks among its
// first n. Options that repeat, or that contain or are contained in the
// answer or an option already drawn, are skipped, so no two options say the
// same thing.
func (b *builder) pickDistractors(id string, answer option, pools [][]option, n int) []option {
	return b.pickDistinct(id, answer, pools, n, nil)
}

// pickDistinct is pickDistractors with its own test of sameness (nil for
// overlapping texts).
func (b *builder) pickDistinct(id string, answer option, pools [][]option, n int, same func(x, y option) bool) []option {
	return b.pickRanked(answer, rankPools(id, pools), n, same)
}

// rankPools orders each pool by its options' rank for a card id.
func rankPools(id string, pools [][]option) [][]option {
	type scored struct {
		score uint64
		option
	}
	out := make([][]option, len(pools))
	for p, pool := range pools {
		ranked := make([]scored, len(pool))
		for i, o := range pool {
			ranked[i] = scored{rank(id, o.key), o}
		}
		slices.SortStableFunc(ranked, func(x, y scored) int { return cmpUint(x.score, y.score) })
		out[p] = make([]option, len(pool))
		for i, s := range ranked {
			out[p][i] = s.option
		}
	}
	return out
}

// pickRanked takes up to n options from pools already ranked, in order,
// skipping those that say the same as the answer or an option taken.
func (b *builder) pickRanked(answer option, pools [][]option, n int, same func(x, y option) bool) []option {
	if same == nil {
		same = func(x, y option) bool { return b.overlaps(x.text, y.text) }
	}
	var out []option
	taken := []option{answer}
	for _, pool := range pools {
		for _, o := range pool {
			if len(out) == n {
				return out
			}
			if o.text == "" || o.key == answer.key || slices.ContainsFunc(taken, func(t option) bool { return same(t, o) }) {
				continue
			}
			out = append(out, o)
			taken = append(taken, o)
		}
	}
	return out
}

// firstRanked returns the option ranked first for a card id, or false.
func firstRanked(id string, options []option) (option, bool) {
	if len(options) == 0 {
		return option{}, false
	}
	best := options[0]
	for _, o := range options[1:] {
		if rank(id, o.key) < rank(id, best.key) {
			best = o
		}
	}
	return best, true
}

// rank is a deterministic pseudo-random score of a key for a card id
// (rendezvous hashing): FNV-1a, then the splitmix64 finaliser to spread it.
// It uses no global state and no library whose output may change between Go
// releases, so a card's choices stay put across builds.
func rank(id, key string) uint64 {
	h := fnv.New64a()
	h.Write([]byte(id))
	h.Write([]byte{0})
	h.Write([]byte(key))
	z := h.Sum64() + 0x9e3779b97f4a7c15
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	return z ^ (z >> 31)
}

func cmpUint(a, b uint64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// normText folds case and punctuation: "Latissimus dorsi (QL)" and
// "latissimus-dorsi qL" compare alike.
func normText(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// fold is normText between spaces, so that whole words can be found with
// strings.Contains; each text is folded once per builder.
func (b *builder) fold(s string) string {
	f, ok := b.folded[s]
	if !ok {
		f = " " + normText(s) + " "
		b.folded[s] = f
	}
	return f
}

// overlaps reports whether one text contains the other as whole words, after
// folding: "Latissimus dorsi" overlaps "Latissimus dorsi (quadratus
// lumborum is also taught)", so the two are never offered together.
func (b *builder) overlaps(s, t string) bool {
	x, y := b.fold(s), b.fold(t)
	if x == "  " || y == "  " {
		return x == y
	}
	return strings.Contains(x, y) || strings.Contains(y, x)
}

// containsWords reports whether text holds phrase as whole words, folded.
func (b *builder) containsWords(text, phrase string) bool {
	p := b.fold(phrase)
	return p != "  " && strings.Contains(b.fold(text), p)
}

// capitalize upper-cases the first letter.
func capitalize(s string) string {
	for i, r := range s {
		return string(unicode.ToUpper(r)) + s[i+len(string(r)):]
	}
	return s
}

// lower lower-cases the first letter unless the word is an abbreviation
// ("HVLA", "CV4"), for names used mid-sentence.
func lower(s string) string {
	word, _, _ := strings.Cut(s, " ")
	word = strings.TrimRight(word, ",")
	upper := 0
	for _, r := range word {
		if unicode.IsUpper(r) || unicode.IsDigit(r) {
			upper++
		}
	}
	if upper > 1 {
		return s
	}
	for i, r := range s {
		return string(unicode.ToLower(r)) + s[i+len(string(r)):]
	}
	return s
}

// bullets writes one item per line, each after "- ".
func bullets(items []string) string {
	var b strings.Builder
	for i, it := range items {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString("- " + strings.TrimSpace(it))
	}
	return b.String()
}

// dedupe keeps the first of each string, in order.
func dedupe(xs ...[]string) []string {
	out := []string{}
	for _, list := range xs {
		for _, x := range list {
			if !slices.Contains(out, x) {
				out = append(out, x)
			}
		}
	}
	return out
}

// oneLine collapses the line breaks and runs of spaces of folded YAML text.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
