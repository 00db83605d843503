package techniques

import (
	"cmp"
	"slices"
	"strings"

	"github.com/omt-reference/omt/notation"
	"github.com/omt-reference/omt/techniques/internal/fold"
)

// Kind says what a search result is.
type Kind string

// The kinds of entry that search finds.
const (
	KindTechnique   Kind = "technique"
	KindCondition   Kind = "condition"
	KindGlossary    Kind = "glossary"
	KindOrgan       Kind = "organ"
	KindTenderPoint Kind = "tender point"
	KindMapRow      Kind = "map row"
	KindLevel       Kind = "level"    // the query read as a spinal or rib level
	KindNotation    Kind = "notation" // the query read as a written diagnosis
)

// kindOrder breaks ties between kinds: the condition a clinician browses by,
// then the term a student looks up, then techniques.
func kindOrder(k Kind) int {
	switch k {
	case KindCondition:
		return 0
	case KindGlossary:
		return 1
	case KindOrgan:
		return 2
	case KindTechnique:
		return 3
	default:
		return 4
	}
}

// Tier is how a result matched the query; lower is stronger. These are the
// ranking rules, in order; every query word must match for an entry to be
// found at all (stop words such as "of" and "the" are ignored):
//
//  1. TierExact: the whole query is one of the entry's names: its name, id,
//     alias, abbreviation or term ("TART", "HVLA", "low back pain").
//  2. TierWords: every query word is a whole word of the entry's names
//     ("ankle" finds "Ankle sprain").
//  3. TierPrefix: every query word is a word, or the start of a word, of the
//     entry's names ("counter", "indirec"). A one-letter query matches only
//     here, at the start of a name's word.
//  4. TierRelated: the rest is found in what the entry is related to: a
//     technique's conditions (with their synonyms), approach, participation
//     and regions ("ear infection", "indirect").
//  5. TierText: the rest is found in the entry's text: a summary, the
//     activating forces, a definition. Prefixes count here from three letters.
//  6. TierTypo: some query word matched only with a typo ("myofacial"). A
//     word is read as a typo only when it matches no word exactly or as a
//     prefix, so typos never swamp real matches ("ankle" is not "angle").
//
// Within a tier, results whose words matched better come first (exact over
// prefix over typo, and in a name over elsewhere), then an entry whose own
// name starts with the query (or, typo allowed, with its first word), then by kind (condition, glossary,
// technique), then the shorter name, then alphabetical order.
type Tier int8

// The tiers, strongest first.
const (
	TierExact Tier = iota
	TierWords
	TierPrefix
	TierRelated
	TierText
	TierTypo
	TierAll // no query: everything matches
)

func (t Tier) String() string {
	switch t {
	case TierExact:
		return "exact"
	case TierWords:
		return "name"
	case TierPrefix:
		return "prefix"
	case TierRelated:
		return "related"
	case TierText:
		return "text"
	case TierTypo:
		return "typo"
	default:
		return "all"
	}
}

// Result is one entry found by SearchAll.
type Result struct {
	Kind  Kind
	Index int    // into Techniques, Conditions, Glossary or a map's rows, by Kind
	Text  string // KindLevel: the level's name; KindNotation: the diagnosis as written
	Tier  Tier
	Score int // higher is better within a tier
	doc   int32
}

// Match is one technique found by Search or Find.
type Match struct {
	Technique *Technique // points into the catalogue: read-only
	Tier      Tier
	Score     int
}

// PrepareSearch builds the search index now rather than on the first search,
// so that an interactive session can build it in the background at start. It
// is safe to call from any goroutine, any number of times.
func (c *Catalog) PrepareSearch() { c.searchIndex() }

func (c *Catalog) searchIndex() *searchIndex {
	c.searchOnce.Do(func() {
		idx := c.buildSearchIndex()
		idx.order = c.rankOrder(idx)
		c.search = idx
	})
	return c.search
}

// Search ranks the techniques for a free-text query, by the rules of Tier.
func (c *Catalog) Search(query string) []Match {
	var out []Match
	for _, r := range c.SearchAll(query) {
		if r.Kind == KindTechnique {
			out = append(out, Match{Technique: &c.Techniques[r.Index], Tier: r.Tier, Score: r.Score})
		}
	}
	return out
}

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

// SearchAll ranks every kind of entry (techniques, conditions, glossary
// terms, organs, tender points, map rows) for a free-text query, by the rules
// of Tier. A query that reads as a level ("T10", "rib 4") or a written
// diagnosis ("T4 ERS(L)") is answered by that reading first.
func (c *Catalog) SearchAll(query string) []Result {
	q := fold.Normalize(fold.CapQuery(query))
	if q == "" {
		return nil
	}
	found := c.searchWords(q)
	if r, ok := readingOf(query); ok {
		found = append([]Result{r}, found...)
	}
	return found
}

// readingOf reads a query as a level or a written diagnosis.
func readingOf(query string) (Result, bool) {
	q := strings.TrimSpace(fold.CapQuery(query))
	if l, err := notation.ParseLevel(q); err == nil {
		return Result{Kind: KindLevel, Text: l.String(), Tier: TierExact, doc: -1}, true
	}
	if _, err := notation.Parse(q); err == nil {
		return Result{Kind: KindNotation, Text: q, Tier: TierExact, doc: -1}, true
	}
	return Result{}, false
}

// searchWords ranks the entries by the words of a normalized query.
func (c *Catalog) searchWords(q string) []Result {
	idx := c.searchIndex()
	n := len(idx.docs)
	// The weakest quality each document reached over the words so far, in
	// names only, in names or related fields, and anywhere.
	var worst [fieldCount][]quality
	for f := range worst {
		worst[f] = make([]quality, n)
		for d := range worst[f] {
			worst[f][d] = exactMatch
		}
	}
	score := make([]int, n)
	var best [fieldCount][]quality // this word's best quality per document and field class
	for f := range best {
		best[f] = make([]quality, n)
	}
	var leading map[int32]bool // the vocabulary words the first query word met
	for wi, w := range queryWords(q) {
		for f := range best {
			clear(best[f])
		}
		hits := idx.lookup(w)
		if wi == 0 {
			leading = make(map[int32]bool, len(hits))
			for _, h := range hits {
				leading[h.word] = true
			}
		}
		mark := func(f field, d int32, qu quality) {
			for g := f; g < fieldCount; g++ { // a name hit also counts as related and as anywhere
				best[g][d] = max(best[g][d], qu)
			}
		}
		for _, h := range hits {
			for f := range fieldCount {
				if (h.q == prefixMatch || len(w) == 1) && len(w) < minPrefix(f) {
					continue // a lone letter is the start of a name, not a word of text
				}
				for _, d := range idx.postings[h.word][f] {
					mark(f, d, h.q)
				}
			}
			if len(w) >= minPrefix(fieldRelated) {
				for _, ci := range idx.viaCond[h.word] {
					for _, t := range idx.condDocs[ci] {
						mark(fieldRelated, t, h.q) // technique numbers are their document numbers
					}
				}
			}
		}
		for f := range worst {
			for d := range n {
				worst[f][d] = min(worst[f][d], best[f][d])
			}
		}
		for d := range n {
			// The word's quality, plus a little for where it was found: it
			// orders the typo tier, whose words may sit anywhere.
			score[d] += int(best[fieldText][d])
			switch {
			case best[fieldName][d] > noMatch:
				score[d] += 2
			case best[fieldRelated][d] > noMatch:
				score[d]++
			}
		}
	}
	exact := make(map[int32]bool, len(idx.exact[q]))
	for _, d := range idx.exact[q] {
		exact[d] = true
	}
	var out []Result
	for d := range n {
		tier, ok := idx.tier(int32(d), exact[int32(d)], worst)
		if !ok {
			continue
		}
		s := score[d]
		if p := idx.phrases[int32(d)]; len(p) > 0 && strings.HasPrefix(p[0], q) {
			s += 2
		} else if leading[idx.firstWord[d]] {
			s++ // the name starts with the first word, typo or not
		}
		if tier == TierExact {
			s += idx.exactWeight(int32(d), q)
		}
		ref := idx.docs[d]
		out = append(out, Result{Kind: ref.kind, Index: int(ref.index), Tier: tier, Score: s, doc: int32(d)})
	}
	slices.SortFunc(out, func(a, b Result) int { return compareResults(idx, a, b) })
	return out
}

// tier applies the rules of Tier to one document.
func (idx *searchIndex) tier(d int32, exact bool, worst [fieldCount][]quality) (Tier, bool) {
	switch {
	case exact:
		return TierExact, true
	case worst[fieldText][d] == noMatch:
		return 0, false
	case worst[fieldName][d] == exactMatch:
		return TierWords, true
	case worst[fieldName][d] >= prefixMatch:
		return TierPrefix, true
	case worst[fieldRelated][d] >= prefixMatch:
		return TierRelated, true
	case worst[fieldText][d] >= prefixMatch:
		return TierText, true
	default:
		return TierTypo, true
	}
}

// exactWeight ranks an exact hit on an entry's own name above one on an
// alias, and both above its family's name ("HVLA" is every thrust's family).
func (idx *searchIndex) exactWeight(d int32, q string) int {
	for i, p := range idx.phrases[d] {
		if p != q {
			continue
		}
		switch {
		case i == 0:
			return 10
		case i < idx.own[d]:
			return 5
		default:
			return 0
		}
	}
	return 0
}

// compareResults orders results by the rules of Tier; past tier and score,
// the order was settled once when the index was built (see rankOrder).
func compareResults(idx *searchIndex, a, b Result) int {
	if a.Tier != b.Tier {
		return cmp.Compare(a.Tier, b.Tier)
	}
	if a.Score != b.Score {
		return cmp.Compare(b.Score, a.Score)
	}
	return cmp.Compare(idx.order[a.doc], idx.order[b.doc])
}

// rankOrder places every document for the ties of tier and score: by kind
// (condition, glossary, technique), then the shorter name, then the name
// alphabetically, then the document number, so the order is total.
func (c *Catalog) rankOrder(idx *searchIndex) []int32 {
	docs := make([]int32, len(idx.docs))
	for d := range docs {
		docs[d] = int32(d)
	}
	names := make([]string, len(idx.docs))
	for d, ref := range idx.docs {
		names[d] = c.resultName(Result{Kind: ref.kind, Index: int(ref.index)})
	}
	name := func(d int32) string { return names[d] }
	slices.SortFunc(docs, func(a, b int32) int {
		return cmp.Or(
			cmp.Compare(kindOrder(idx.docs[a].kind), kindOrder(idx.docs[b].kind)),
			cmp.Compare(idx.nameWords[a], idx.nameWords[b]),
			strings.Compare(name(a), name(b)),
			cmp.Compare(a, b))
	})
	order := make([]int32, len(docs))
	for place, d := range docs {
		order[d] = int32(place)
	}
	return order
}
