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

// searchDocument holds one technique's words by tier.
type searchDocument struct {
	phrases []string           // normalised name, aliases and family names, for whole-query hits
	words   [3]map[string]bool // tier -> set of words
}

func (c *Catalog) buildSearchDocuments() []searchDocument {
	docs := make([]searchDocument, len(c.Techniques))
	for i, t := range c.Techniques {
		d := &docs[i]
		for tier := range d.words {
			d.words[tier] = map[string]bool{}
		}
		names := append([]string{t.Name, t.ID}, t.Aliases...)
		if f, ok := c.Family(t.Family); ok {
			names = append(names, f.Name)
			names = append(names, f.Abbreviations...)
		}
		for _, n := range names {
			d.phrases = append(d.phrases, normalize(n))
			addWords(d.words[MatchName], n)
		}
		for _, id := range t.Indications {
			if x, ok := c.Condition(id); ok {
				addWords(d.words[MatchCondition], x.Name)
				for _, s := range x.Synonyms {
					addWords(d.words[MatchCondition], s)
				}
			}
		}
		text := append([]string{t.Summary, string(t.Approach), string(t.Participation)}, t.Regions...)
		text = append(text, t.ActivatingForces...)
		for _, s := range text {
			addWords(d.words[MatchText], s)
		}
	}
	return docs
}

func addWords(set map[string]bool, s string) {
	for _, w := range strings.Fields(normalize(s)) {
		set[w] = true
	}
}

// Search ranks techniques for a free-text query: name and alias hits come first,
// then condition hits, then hits in the text. Every query word must match
// somewhere; a word matches exactly, as a prefix, or (from four letters) with a typo.
func (c *Catalog) Search(query string) []Match {
	q := normalize(query)
	if q == "" {
		return nil
	}
	words := strings.Fields(q)
	var out []Match
	for i := range c.searchDocuments {
		d := &c.searchDocuments[i]
		m, ok := d.match(q, words)
		if !ok {
			continue
		}
		m.Technique = c.Techniques[i]
		out = append(out, m)
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Field != out[j].Field {
			return out[i].Field < out[j].Field
		}
		return out[i].Score > out[j].Score
	})
	return out
}

func (d *searchDocument) match(q string, words []string) (Match, bool) {
	for _, p := range d.phrases {
		if p == q {
			return Match{Field: MatchName, Score: 1000}, true
		}
	}
	m := Match{Field: MatchName}
	for _, w := range words {
		best, tier := 0, MatchField(-1)
		for t := MatchName; t <= MatchText; t++ {
			if s := wordScore(w, d.words[t]); s > 0 {
				best, tier = s, t
				break
			}
		}
		if tier < 0 {
			return Match{}, false
		}
		m.Score += best
		m.Field = max(m.Field, tier)
	}
	for _, p := range d.phrases {
		if hasPrefix(p, q) {
			m.Score += 5
			break
		}
	}
	return m, true
}

// wordScore rates the best match of one query word against a set of words:
// 4 exact, 3 prefix, 1 a typo away; 0 no match.
func wordScore(w string, set map[string]bool) int {
	if set[w] {
		return 4
	}
	best := 0
	limit := typoLimit(w)
	for v := range set {
		switch {
		case len(w) >= 2 && strings.HasPrefix(v, w):
			return 3
		case best == 0 && limit > 0 && editDistance(w, v, limit) <= limit:
			best = 1
		}
	}
	return best
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
