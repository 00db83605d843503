package search

import (
	"cmp"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/omt-reference/omt/techniques"
	"github.com/omt-reference/omt/techniques/internal/fold"
)

// queryWords splits a normalised query into the words that must match. Stop
// words are dropped unless nothing else is left, as when the first letter
// typed is "a".
func queryWords(q string) []string {
	all := strings.Fields(q)
	words := all[:0:0]
	for _, w := range all {
		if !isStopWord(w) {
			words = append(words, w)
		}
	}
	if len(words) == 0 {
		return all
	}
	return words
}

// minPrefix is the shortest query word that may match as a prefix in a field.
func minPrefix(f field) int {
	switch f {
	case fieldName:
		return 1
	case fieldRelated:
		return 2
	default:
		return 3
	}
}

// searchWords ranks the entries by the words of a normalized query.
func (x *inverted) searchWords(q string) []Result {
	m := newMatcher(len(x.docs))
	var leading map[int32]bool // the vocabulary words the first query word met
	for wi, w := range queryWords(q) {
		hits := x.lookup(w)
		if wi == 0 {
			leading = make(map[int32]bool, len(hits))
			for _, h := range hits {
				leading[h.word] = true
			}
		}
		m.meet(x, w, hits)
	}
	return x.results(q, m, leading)
}

// matcher keeps, while a query's words are met one by one, how well each
// document has met them.
type matcher struct {
	// worst is the weakest quality each document reached over the words so
	// far, in names only, in names or related fields, and anywhere.
	worst [fieldCount][]quality
	best  [fieldCount][]quality // the current word's best quality per document and field class
	score []int
}

func newMatcher(n int) *matcher {
	m := &matcher{score: make([]int, n)}
	for f := range m.worst {
		m.worst[f] = make([]quality, n)
		for d := range m.worst[f] {
			m.worst[f][d] = exactMatch
		}
		m.best[f] = make([]quality, n)
	}
	return m
}

// meet records the documents one query word reaches through its hits in the
// vocabulary: directly, and a technique through the conditions it treats.
func (m *matcher) meet(x *inverted, w string, hits []vocabHit) {
	for f := range m.best {
		clear(m.best[f])
	}
	for _, h := range hits {
		for f := range fieldCount {
			if (h.q == prefixMatch || len(w) == 1) && len(w) < minPrefix(f) {
				continue // a lone letter is the start of a name, not a word of text
			}
			for _, d := range x.postings[h.word][f] {
				m.mark(f, d, h.q)
			}
		}
		if len(w) >= minPrefix(fieldRelated) {
			for _, ci := range x.viaCond[h.word] {
				for _, t := range x.condDocs[ci] {
					m.mark(fieldRelated, t, h.q) // technique numbers are their document numbers
				}
			}
		}
	}
	m.settle()
}

// mark records a hit in a field; a name hit also counts as related and as anywhere.
func (m *matcher) mark(f field, d int32, qu quality) {
	for g := f; g < fieldCount; g++ {
		m.best[g][d] = max(m.best[g][d], qu)
	}
}

// settle folds the current word's qualities into each document's worst and
// its score.
func (m *matcher) settle() {
	for f := range m.worst {
		for d := range m.worst[f] {
			m.worst[f][d] = min(m.worst[f][d], m.best[f][d])
		}
	}
	for d := range m.score {
		// The word's quality, plus a little for where it was found: it
		// orders the typo tier, whose words may sit anywhere.
		m.score[d] += int(m.best[fieldText][d])
		switch {
		case m.best[fieldName][d] > noMatch:
			m.score[d] += 2
		case m.best[fieldRelated][d] > noMatch:
			m.score[d]++
		}
	}
}

// tier applies the rules of Tier to one document.
func (m *matcher) tier(d int32, exact bool) (Tier, bool) {
	switch {
	case exact:
		return TierExact, true
	case m.worst[fieldText][d] == noMatch:
		return 0, false
	case m.worst[fieldName][d] == exactMatch:
		return TierWords, true
	case m.worst[fieldName][d] >= prefixMatch:
		return TierPrefix, true
	case m.worst[fieldRelated][d] >= prefixMatch:
		return TierRelated, true
	case m.worst[fieldText][d] >= prefixMatch:
		return TierText, true
	default:
		return TierTypo, true
	}
}

// results lists the documents that met every word, ranked.
func (x *inverted) results(q string, m *matcher, leading map[int32]bool) []Result {
	exact := make(map[int32]bool, len(x.exact[q]))
	for _, d := range x.exact[q] {
		exact[d] = true
	}
	var out []Result
	for d := range int32(len(x.docs)) {
		tier, ok := m.tier(d, exact[d])
		if !ok {
			continue
		}
		s := m.score[d] + x.nameBonus(d, q, leading)
		if tier == TierExact {
			s += x.exactWeight(d, q)
		}
		ref := x.docs[d]
		out = append(out, Result{Kind: ref.kind, Index: int(ref.index), Tier: tier, Score: s, doc: d})
	}
	slices.SortFunc(out, func(a, b Result) int { return compareResults(x, a, b) })
	return out
}

// nameBonus favours an entry whose own name starts with the query, or
// (typo allowed) with the query's first word.
func (x *inverted) nameBonus(d int32, q string, leading map[int32]bool) int {
	if p := x.phrases[d]; len(p) > 0 && strings.HasPrefix(p[0], q) {
		return 2
	}
	if leading[x.firstWord[d]] {
		return 1 // the name starts with the first word, typo or not
	}
	return 0
}

// exactWeight ranks an exact hit on an entry's own name above one on an
// alias, and both above its family's name ("HVLA" is every thrust's family).
func (x *inverted) exactWeight(d int32, q string) int {
	for i, p := range x.phrases[d] {
		if p != q {
			continue
		}
		switch {
		case i == 0:
			return 10
		case i < x.own[d]:
			return 5
		default:
			return 0
		}
	}
	return 0
}

// compareResults orders results by the rules of Tier; past tier and score,
// the order was settled once when the index was built (see rankOrder).
func compareResults(x *inverted, a, b Result) int {
	if a.Tier != b.Tier {
		return cmp.Compare(a.Tier, b.Tier)
	}
	if a.Score != b.Score {
		return cmp.Compare(b.Score, a.Score)
	}
	return cmp.Compare(x.order[a.doc], x.order[b.doc])
}

// rankOrder places every document for the ties of tier and score: by kind
// (condition, glossary, technique), then the shorter name, then the name
// alphabetically, then the document number, so the order is total.
func rankOrder(c *techniques.Catalog, x *inverted) []int32 {
	docs := make([]int32, len(x.docs))
	for d := range docs {
		docs[d] = int32(d)
	}
	names := make([]string, len(x.docs))
	for d, ref := range x.docs {
		names[d] = resultName(c, x.rows, Result{Kind: ref.kind, Index: int(ref.index)})
	}
	slices.SortFunc(docs, func(a, b int32) int {
		return cmp.Or(
			cmp.Compare(kindOrder(x.docs[a].kind), kindOrder(x.docs[b].kind)),
			cmp.Compare(x.nameWords[a], x.nameWords[b]),
			strings.Compare(names[a], names[b]),
			cmp.Compare(a, b))
	})
	order := make([]int32, len(docs))
	for place, d := range docs {
		order[d] = int32(place)
	}
	return order
}

// vocabHit is one vocabulary word a query word met, and how.
type vocabHit struct {
	word int32
	q    quality
}

// lookup finds the vocabulary words a query word meets. Typos are tried only
// when the word meets nothing exactly or as a prefix: a real word must not be
// swamped by its near neighbours ("ankle" is not a typo of "angle").
func (x *inverted) lookup(w string) []vocabHit {
	var hits []vocabHit
	if i, ok := x.position[w]; ok {
		hits = append(hits, vocabHit{i, exactMatch})
	}
	start := sort.SearchStrings(x.vocab, w)
	for i := start; i < len(x.vocab) && strings.HasPrefix(x.vocab[i], w); i++ {
		if x.vocab[i] != w {
			hits = append(hits, vocabHit{int32(i), prefixMatch})
		}
	}
	if len(hits) > 0 {
		return hits
	}
	limit := typoLimit(w)
	if limit == 0 {
		return nil
	}
	n := utf8.RuneCountInString(w)
	for l := max(1, n-limit); l <= n+limit && l < len(x.byLength); l++ {
		for _, i := range x.byLength[l] {
			if fold.Distance(w, x.vocab[i], limit) <= limit {
				hits = append(hits, vocabHit{i, typoMatch})
			}
		}
	}
	return hits
}

// typoLimit is how many edits a query word may be from a catalogue word.
// Short words must match exactly: "me" is not a typo of "mt".
func typoLimit(w string) int {
	if strings.ContainsAny(w, "0123456789") {
		return 0 // codes such as CV4 or T4 are exact: CV5 is not a typo of CV4
	}
	switch n := utf8.RuneCountInString(w); {
	case n >= 8:
		return 2
	case n >= 4:
		return 1
	default:
		return 0
	}
}
