package techniques

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
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
	Technique *Technique // points into the catalogue: read-only
	Field     MatchField // the weakest tier any query word needed
	Score     int        // higher is better within a tier
}

// searchIndex is an inverted index over the catalogue's words, by tier. A
// query word is matched against the vocabulary once (exactly, as a prefix, or
// with a typo) and then reaches its techniques through the postings, so the
// cost grows with the vocabulary and the hits, not with every technique's text.
type searchIndex struct {
	vocab []string
	// postings: vocab index -> tier -> ascending indexes. The name and text
	// tiers hold techniques; the condition tier holds conditions, reached
	// through condDocs, so a synonym list is indexed once, not per technique.
	postings [][3][]int32
	condDocs [][]int32          // condition index -> techniques indicated for it
	phrases  [][]string         // technique index -> normalised names, for whole-query hits
	exact    map[string][]int32 // normalised name -> techniques, for the whole query
}

func (c *Catalog) buildSearchIndex() *searchIndex {
	idx := &searchIndex{phrases: make([][]string, len(c.Techniques)), exact: map[string][]int32{}}
	ids := map[string]int{}
	addWord := func(tier MatchField, doc int32, w []byte) {
		i, ok := ids[string(w)] // a lookup by a converted key does not allocate
		if !ok {
			i = len(idx.vocab)
			word := string(w)
			ids[word] = i
			idx.vocab = append(idx.vocab, word)
			idx.postings = append(idx.postings, [3][]int32{})
		}
		p := idx.postings[i][tier]
		if len(p) == 0 || p[len(p)-1] != doc {
			idx.postings[i][tier] = append(p, doc)
		}
	}
	var buf []byte
	addText := func(tier MatchField, doc int32, text string) {
		buf = eachWord(buf, text, func(w []byte) { addWord(tier, doc, w) })
	}
	add := func(tier MatchField, doc int32, words []string) {
		for _, w := range words {
			addWord(tier, doc, []byte(w))
		}
	}
	condIndex := make(map[string]int32, len(c.Conditions))
	idx.condDocs = make([][]int32, len(c.Conditions))
	for i, x := range c.Conditions {
		condIndex[x.ID] = int32(i)
		for _, s := range append([]string{x.Name}, x.Synonyms...) {
			addText(MatchCondition, int32(i), s)
		}
	}
	familyNames := map[string][]string{}
	for _, f := range c.Families {
		familyNames[f.ID] = append([]string{f.Name}, f.Abbreviations...)
	}
	for i, t := range c.Techniques {
		doc := int32(i)
		for _, n := range append(append([]string{t.Name, t.ID}, t.Aliases...), familyNames[t.Family]...) {
			p := normalize(n)
			idx.phrases[i] = append(idx.phrases[i], p)
			if e := idx.exact[p]; len(e) == 0 || e[len(e)-1] != doc {
				idx.exact[p] = append(e, doc)
			}
			add(MatchName, doc, strings.Fields(p))
		}
		for _, id := range t.Indications {
			if ci, ok := condIndex[id]; ok {
				if d := idx.condDocs[ci]; len(d) == 0 || d[len(d)-1] != doc {
					idx.condDocs[ci] = append(d, doc)
				}
			}
		}
		addText(MatchText, doc, t.Summary)
		add(MatchText, doc, []string{string(t.Approach), string(t.Participation)})
		for _, r := range t.Regions {
			addText(MatchText, doc, r)
		}
		for _, s := range t.ActivatingForces {
			addText(MatchText, doc, s)
		}
	}
	return idx
}

// eachWord calls fn with each word of text as normalize would produce it,
// without allocating per word; buf is scratch space, returned for reuse.
func eachWord(buf []byte, text string, fn func([]byte)) []byte {
	flush := func() {
		if len(buf) > 0 {
			fn(buf)
			buf = buf[:0]
		}
	}
	buf = buf[:0]
	for i := 0; i < len(text); i++ {
		c := text[i]
		switch {
		case c >= 'a' && c <= 'z' || c >= '0' && c <= '9':
			buf = append(buf, c)
		case c >= 'A' && c <= 'Z':
			buf = append(buf, c+'a'-'A')
		case c == '\'':
		case c < utf8.RuneSelf:
			flush()
		default:
			// Rare non-ASCII text goes the slow, exact way.
			r, size := utf8.DecodeRuneInString(text[i:])
			i += size - 1
			switch {
			case r == '\u2019':
			case unicode.IsLetter(r) || unicode.IsDigit(r):
				buf = utf8.AppendRune(buf, unicode.ToLower(r))
			default:
				flush()
			}
		}
	}
	flush()
	return buf
}

// PrepareSearch builds the search index now rather than on the first search,
// so that an interactive session can build it in the background at start. It
// is safe to call from any goroutine, any number of times.
func (c *Catalog) PrepareSearch() { c.searchIndex() }

func (c *Catalog) searchIndex() *searchIndex {
	c.searchOnce.Do(func() { c.search = c.buildSearchIndex() })
	return c.search
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
		mark := func(tier int8, d int32) {
			h := &out[d]
			if h.tier < 0 || tier < h.tier || (tier == h.tier && score > h.score) {
				*h = wordHit{tier, score}
			}
		}
		for tier, list := range idx.postings[v] {
			for _, x := range list {
				if MatchField(tier) == MatchCondition {
					for _, d := range idx.condDocs[x] {
						mark(int8(tier), d)
					}
					continue
				}
				mark(int8(tier), x)
			}
		}
	}
	return out
}

// Search ranks techniques for a free-text query: name and alias hits come first,
// then condition hits, then hits in the text. Every query word must match
// somewhere; a word matches exactly, as a prefix, or (from four letters) with a typo.
func (c *Catalog) Search(query string) []Match {
	q := normalize(capQuery(query))
	if q == "" {
		return nil
	}
	idx := c.searchIndex()
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
			out = append(out, Match{Technique: &c.Techniques[d], Field: MatchName, Score: 1000})
		case alive[d]:
			m := Match{Technique: &c.Techniques[d], Field: field[d], Score: score[d]}
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
	if strings.ContainsAny(w, "0123456789") {
		return 0 // codes such as CV4 or T4 are exact: CV5 is not a typo of CV4
	}
	switch {
	case len(w) >= 8:
		return 2
	case len(w) >= 4:
		return 1
	default:
		return 0
	}
}

// editDistance is the optimal-string-alignment distance between a and b, with
// an early exit once it exceeds limit (it then returns limit+1). It runs on
// every vocabulary word of similar length for each typed word, so short words
// are compared on the stack without allocating.
func editDistance(a, b string, limit int) int {
	la, lb := utf8.RuneCountInString(a), utf8.RuneCountInString(b)
	if la-lb > limit || lb-la > limit {
		return limit + 1
	}
	var bufA, bufB [32]rune
	ra, rb := bufA[:0], bufB[:0]
	if la <= len(bufA) && lb <= len(bufB) {
		for _, r := range a {
			ra = append(ra, r)
		}
		for _, r := range b {
			rb = append(rb, r)
		}
	} else {
		ra, rb = []rune(a), []rune(b)
	}
	var rowBuf [3][33]int
	prev2, prev, cur := rowBuf[0][:], rowBuf[1][:], rowBuf[2][:]
	if len(rb)+1 > len(prev) {
		prev2, prev, cur = make([]int, len(rb)+1), make([]int, len(rb)+1), make([]int, len(rb)+1)
	}
	for j := 0; j <= len(rb); j++ {
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
	return min(prev[len(rb)], limit+1)
}
