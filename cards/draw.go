package cards

import (
	"maps"
	"slices"
	"strings"
)

// pending is a question waiting for its distractors, and the place its card
// takes among the cards.
type pending struct {
	at int
	q  question
}

func (q question) typ() string {
	return TypeOf(Card{ID: q.id, Kind: q.kind, Source: q.src})
}

// resolve draws the distractors of every question asked, a type of card at
// a time, and puts each card in its place. A wrong option must be the key
// of some card of the same type: an option that is offered again and again
// and is never right teaches a student to strike it out unread (the NBME's
// cue of a distractor never keyed). Which cards keep their options depends
// on which keys there are, and the keys on which cards keep their options,
// so the draw repeats until the keys stop changing; each round can only
// lose keys, so it ends.
func (b *builder) resolve() {
	byType := map[string][]pending{}
	var types []string
	for _, p := range b.pending {
		t := p.q.typ()
		if _, ok := byType[t]; !ok {
			types = append(types, t)
		}
		byType[t] = append(byType[t], p)
	}
	for _, t := range types {
		b.resolveType(byType[t])
	}
	b.pending = nil
	b.cards = slices.DeleteFunc(b.cards, func(c Card) bool { return c.ID == "" })
}

func (b *builder) resolveType(ps []pending) {
	keyed := map[string]bool{}
	for _, p := range ps {
		keyed[p.q.answer.key] = true
	}
	drawn := make([][]option, len(ps))
	cues := make([][]string, len(ps))
	ranked := make([][][]option, len(ps))
	for i, p := range ps {
		cues[i] = b.cueWords(p.q.front, p.q.answer.text)
		ranked[i] = rankPools(p.q.id, p.q.pools)
	}
	for {
		kept := map[string]bool{}
		for i, p := range ps {
			drawn[i] = b.draw(p.q, ranked[i], cues[i], keyed)
			if len(drawn[i]) == p.q.shown()-1 {
				kept[p.q.answer.key] = true
			}
		}
		if maps.Equal(kept, keyed) {
			break
		}
		keyed = kept
	}
	for i, p := range ps {
		b.cards[p.at] = b.build(p.q, drawn[i])
	}
}

// draw picks a question's distractors among the options of its pools (each
// ranked for the card: rankPools) that are keyed. When the key repeats words of the stem (cue), options that repeat
// them too come first, from every pool, so that the words point to no one
// option; when none does, the question draws nothing, since its key would be
// the one option that repeats the stem (the NBME's word-repeat cue).
func (b *builder) draw(q question, pools [][]option, cue []string, keyed map[string]bool) []option {
	var sharing, rest [][]option
	for _, pool := range pools {
		var s, r []option
		for _, o := range pool {
			switch {
			case !keyed[o.key]:
			case len(cue) > 0 && b.repeatsAny(o.text, cue):
				s = append(s, o)
			default:
				r = append(r, o)
			}
		}
		sharing, rest = append(sharing, s), append(rest, r)
	}
	drawn := b.pickRanked(q.answer, append(sharing, rest...), q.shown()-1, q.same)
	if len(cue) > 0 && !slices.ContainsFunc(drawn, func(o option) bool { return b.repeatsAny(o.text, cue) }) {
		return nil // the key alone would repeat the stem: asked as recall, or not at all
	}
	return drawn
}

// cueWords are the words of text that the stem repeats, leaving out those
// too common to cue: the words a test-wise student would match.
func (b *builder) cueWords(stem, text string) []string {
	s := b.fold(stem)
	var out []string
	for _, w := range strings.Fields(b.fold(text)) {
		if len(w) > 2 && !commonWord(w) && strings.Contains(s, " "+w+" ") && !slices.Contains(out, w) {
			out = append(out, w)
		}
	}
	return out
}

// repeatsAny reports whether text holds any of the words.
func (b *builder) repeatsAny(text string, words []string) bool {
	t := b.fold(text)
	return slices.ContainsFunc(words, func(w string) bool { return strings.Contains(t, " "+w+" ") })
}

// commonWord reports whether a word is too common to cue.
func commonWord(w string) bool {
	switch w {
	case "the", "and", "for", "with", "which", "what", "where", "does", "are", "this", "from", "into", "its", "has", "have",
		"patient", "technique", "finding", "these", "that", "how", "not":
		return true
	}
	return false
}

// preferAnswer chooses, among a card's possible keys, the first ranked for
// it of those that repeat none of the stem's words, or of all of them.
func (b *builder) preferAnswer(id, front string, answers []option) (option, bool) {
	var plain []option
	for _, a := range answers {
		if len(b.cueWords(front, a.text)) == 0 {
			plain = append(plain, a)
		}
	}
	if a, ok := firstRanked(id, plain); ok {
		return a, true
	}
	return firstRanked(id, answers)
}
