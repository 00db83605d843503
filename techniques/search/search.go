// Package search finds entries of the catalogue by free text: an inverted
// index over the names and words of every searchable entry (techniques,
// conditions, glossary terms, organs, tender points and map rows), the
// ranking rules of Tier, and the resolvers that read a word as one entry by
// that ranking (ResolveConditions, ResolveGlossaryTerms, ResolveOrgans).
//
// An Index is made over a *techniques.Catalog, which only hands it the
// records: the index is built once, on the first search (or by Prepare), and
// shared by whoever holds the Index. It does not resolve by exact key alone
// (techniques.Catalog.ResolveCondition does) and knows nothing of terminals.
package search

import (
	"strings"
	"sync"

	"github.com/omt-reference/omt/notation"
	"github.com/omt-reference/omt/techniques"
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
	Technique *techniques.Technique // points into the catalogue: read-only
	Tier      Tier
	Score     int
}

// Index searches one catalogue. Make it with New and share it: the inverted
// index behind it is built once, on first use, and is safe to use from any
// goroutine.
type Index struct {
	cat   *techniques.Catalog
	once  sync.Once
	built *inverted
}

// New returns the Index of a catalogue without building anything: a cold
// command that never searches pays nothing for it.
func New(c *techniques.Catalog) *Index { return &Index{cat: c} }

// Catalog is the catalogue the index searches.
func (x *Index) Catalog() *techniques.Catalog { return x.cat }

// Prepare builds the index now rather than on the first search, so that an
// interactive session can build it in the background at start. It is safe
// to call from any goroutine, any number of times.
func (x *Index) Prepare() { x.inverted() }

func (x *Index) inverted() *inverted {
	x.once.Do(func() {
		idx := build(x.cat)
		idx.order = rankOrder(x.cat, idx)
		x.built = idx
	})
	return x.built
}

// Search ranks the techniques for a free-text query, by the rules of Tier.
func (x *Index) Search(query string) []Match {
	var out []Match
	for _, r := range x.SearchAll(query) {
		if r.Kind == KindTechnique {
			out = append(out, Match{Technique: &x.cat.Techniques[r.Index], Tier: r.Tier, Score: r.Score})
		}
	}
	return out
}

// SearchAll ranks every kind of entry (techniques, conditions, glossary
// terms, organs, tender points, map rows) for a free-text query, by the rules
// of Tier. A query that reads as a level ("T10", "rib 4") or a written
// diagnosis ("T4 ERS(L)") is answered by that reading first.
func (x *Index) SearchAll(query string) []Result {
	q := fold.Normalize(fold.CapQuery(query))
	if q == "" {
		return nil
	}
	found := x.inverted().searchWords(q)
	if r, ok := readingOf(query); ok {
		found = append([]Result{r}, found...)
	}
	return found
}

// Find applies a filter. Without a query the techniques come by name; with one,
// in search rank order.
func (x *Index) Find(f techniques.Filter) []Match {
	var out []Match
	if techniques.BlankQuery(f.Query) {
		for i := range x.cat.Techniques {
			if t := &x.cat.Techniques[i]; f.Keeps(t) {
				out = append(out, Match{Technique: t, Tier: TierAll})
			}
		}
		return out
	}
	for _, m := range x.Search(f.Query) {
		if f.Keeps(m.Technique) {
			out = append(out, m)
		}
	}
	return out
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
