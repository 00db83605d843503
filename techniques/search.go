package techniques

import (
	"sort"
	"strings"
)

// MatchField says where a search hit was found. Lower is stronger.
type MatchField int

// The ranking tiers of search: name and alias hits first, then the conditions a
// technique is indicated for, then its text.
const (
	MatchName MatchField = iota
	MatchCondition
	MatchText
	MatchAll // no query: every technique matches
)

func (f MatchField) String() string {
	switch f {
	case MatchName:
		return "name"
	case MatchCondition:
		return "condition"
	case MatchText:
		return "text"
	default:
		return "all"
	}
}

// Match is one search result.
type Match struct {
	Technique Technique
	Field     MatchField // the weakest tier any query word needed
	Score     int        // higher is better within a tier
}

// searchIndex is an inverted index over the catalogue's words, by tier. A
// query word is matched against the vocabulary once (exactly, as a prefix, or
// with a typo) and then reaches its techniques through the postings, so the
// cost grows with the vocabulary and the hits, not with every technique's text.
type searchIndex struct {
	vocab    []string
	postings [][3][]int32       // vocab index -> tier -> technique indexes, ascending
	phrases  [][]string         // technique index -> normalised names, for whole-query hits
	exact    map[string][]int32 // normalised name -> techniques, for the whole query
}

func (c *Catalog) buildSearchIndex() *searchIndex {
	idx := &searchIndex{phrases: make([][]string, len(c.Techniques)), exact: map[string][]int32{}}
	ids := map[string]int{}
	add := func(tier MatchField, doc int32, text string) {
		for _, w := range strings.Fields(normalize(text)) {
			i, ok := ids[w]
			if !ok {
				i = len(idx.vocab)
				ids[w] = i
				idx.vocab = append(idx.vocab, w)
				idx.postings = append(idx.postings, [3][]int32{})
			}
			p := idx.postings[i][tier]
			if len(p) == 0 || p[len(p)-1] != doc {
				idx.postings[i][tier] = append(p, doc)
			}
		}
	}
	for i, t := range c.Techniques {
		doc := int32(i)
		names := append([]string{t.Name, t.ID}, t.Aliases...)
		if f, ok := c.Family(t.Family); ok {
			names = append(names, f.Name)
			names = append(names, f.Abbreviations...)
		}
		for _, n := range names {
			p := normalize(n)
			idx.phrases[i] = append(idx.phrases[i], p)
			if e := idx.exact[p]; len(e) == 0 || e[len(e)-1] != doc {
				idx.exact[p] = append(e, doc)
			}
			add(MatchName, doc, n)
		}
		for _, id := range t.Indications {
			if x, ok := c.Condition(id); ok {
				add(MatchCondition, doc, x.Name)
				for _, syn := range x.Synonyms {
					add(MatchCondition, doc, syn)
				}
			}
		}
		text := append([]string{t.Summary, string(t.Approach), string(t.Participation)}, t.Regions...)
		for _, s := range append(text, t.ActivatingForces...) {
			add(MatchText, doc, s)
		}
	}
	return idx
}

// wordHit is how well one query word matched one technique.
type wordHit struct {
	tier  int8 // -1: no match
	score int8
}

// hits finds, for one query word, each technique's best tier and score in it.
func (idx *searchIndex) hits(w string, n int) []wordHit {
	out := make([]wordHit, n)
	for i := range out {
		out[i].tier = -1
	}
	limit := typoLimit(w)
	for v, word := range idx.vocab {
		score := int8(0)
		switch {
		case word == w:
			score = 4
		case len(w) >= 2 && strings.HasPrefix(word, w):
			score = 3
		case limit > 0 && editDistance(w, word, limit) <= limit:
			score = 1
		default:
			continue
		}
		for tier, docs := range idx.postings[v] {
			for _, d := range docs {
				h := &out[d]
				if h.tier < 0 || int8(tier) < h.tier || (int8(tier) == h.tier && score > h.score) {
					*h = wordHit{int8(tier), score}
				}
			}
		}
	}
	return out
}

// Search ranks techniques for a free-text query: name and alias hits come first,
// then condition hits, then hits in the text. Every query word must match
// somewhere; a word matches exactly, as a prefix, or (from four letters) with a typo.
func (c *Catalog) Search(query string) []Match {
	q := normalize(query)
	if q == "" {
		return nil
	}
	c.searchOnce.Do(func() { c.search = c.buildSearchIndex() })
	idx := c.search
	n := len(c.Techniques)
	field := make([]MatchField, n)
	score := make([]int, n)
	alive := make([]bool, n)
	for i := range alive {
		alive[i] = true
	}
	for _, w := range strings.Fields(q) {
		for d, h := range idx.hits(w, n) {
			if h.tier < 0 {
				alive[d] = false
				continue
			}
			field[d] = max(field[d], MatchField(h.tier))
			score[d] += int(h.score)
		}
	}
	whole := map[int32]bool{} // techniques named by the whole query
	for _, d := range idx.exact[q] {
		whole[d] = true
	}
	var out []Match
	for d := range n {
		switch {
		case whole[int32(d)]:
			out = append(out, Match{Technique: c.Techniques[d], Field: MatchName, Score: 1000})
		case alive[d]:
			m := Match{Technique: c.Techniques[d], Field: field[d], Score: score[d]}
			for _, p := range idx.phrases[d] {
				if strings.HasPrefix(p, q) {
					m.Score += 5
					break
				}
			}
			out = append(out, m)
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Field != out[j].Field {
			return out[i].Field < out[j].Field
		}
		return out[i].Score > out[j].Score
	})
	return out
}

// typoLimit is how many edits a query word may be from a catalogue word.
// Short words must match exactly: "me" is not a typo of "mt".
func typoLimit(w string) int {
	switch {
	case len(w) >= 8:
		return 2
	case len(w) >= 4:
		return 1
	default:
		return 0
	}
}

func hasPrefix(s, prefix string) bool { return strings.HasPrefix(s, prefix) }
func contains(s, sub string) bool     { return strings.Contains(s, sub) }

// editDistance is the optimal-string-alignment distance between a and b, with
// an early exit once it exceeds limit (it then returns limit+1).
func editDistance(a, b string, limit int) int {
	ra, rb := []rune(a), []rune(b)
	if d := len(ra) - len(rb); d > limit || -d > limit {
		return limit + 1
	}
	prev2 := make([]int, len(rb)+1)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		rowMin := cur[0]
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
			rowMin = min(rowMin, cur[j])
		}
		if rowMin > limit {
			return limit + 1
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(rb)]
}
