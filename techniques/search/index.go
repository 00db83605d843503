package search

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/omt-reference/omt/techniques"
	"github.com/omt-reference/omt/techniques/internal/fold"
)

// field is where in an entry a word was found; lower is stronger.
type field int8

const (
	fieldName    field = iota // a name, id, alias, abbreviation or term
	fieldRelated              // a technique's conditions, approach, participation, regions
	fieldText                 // running text: a summary, a definition, activating forces
	fieldCount
)

// quality is how a query word met an indexed word; higher is stronger.
type quality int8

const (
	noMatch quality = iota
	typoMatch
	prefixMatch
	exactMatch
)

// inverted is an inverted index over the words of every searchable entry:
// techniques, conditions, glossary terms, organs, tender points and map rows,
// numbered one after another as documents. A query word is looked up in the
// vocabulary once (exactly, as a prefix through the sorted vocabulary, or
// with a typo) and reaches its entries through the postings, so the cost
// grows with the vocabulary and the hits, not with the size of every entry's
// text.
type inverted struct {
	vocab    []string         // sorted
	position map[string]int32 // word -> index in vocab
	// postings: vocab index -> field -> ascending documents. The related field
	// of a technique's conditions holds condition numbers instead, reached
	// through condDocs, so a synonym list is indexed once, not per technique.
	postings  [][fieldCount][]int32
	viaCond   [][]int32 // vocab index -> conditions whose names hold the word
	condDocs  [][]int32 // condition index -> techniques indicated for it
	docs      []docRef
	phrases   [][]string               // document -> normalised names, primary name first
	exact     map[string][]int32       // normalised name -> documents
	nameWords []int                    // document -> words in its primary name, for tie-breaks
	own       []int                    // document -> how many of its phrases are its own (not its family's)
	firstWord []int32                  // document -> vocabulary index of its primary name's first word, or -1
	order     []int32                  // document -> its place when tiers and scores tie (see compareResults)
	byLength  [][]int32                // rune count -> vocabulary words of that length, for typos
	rows      []techniques.TableRowRef // every table map's rows, in map order: a map-row result's Index is into it
}

// docRef says which entry a document is.
type docRef struct {
	kind  Kind
	index int32 // into the catalogue slice of that kind
}

// isStopWord reports the words that carry no meaning in a query or a name
// ("doming of the diaphragm").
func isStopWord(w string) bool {
	switch w {
	case "a", "an", "the", "of", "and", "or", "for", "in", "on", "to", "with", "by", "at", "from", "as", "is":
		return true
	}
	return false
}

// tableRows lists the rows of every table map, in map order.
func tableRows(c *techniques.Catalog) []techniques.TableRowRef {
	var rows []techniques.TableRowRef
	for _, t := range c.Maps.Tables {
		for _, r := range t.Rows {
			rows = append(rows, techniques.TableRowRef{Map: t.ID, Row: r})
		}
	}
	return rows
}

// build indexes a catalogue: each kind of entry in turn (the order numbers
// the documents), then the vocabulary and the tie-break tables.
func build(c *techniques.Catalog) *inverted {
	rows := tableRows(c)
	n := len(c.Techniques) + len(c.Conditions) + len(c.Glossary) + len(c.Maps.Organs.Rows) +
		len(c.Maps.TenderPoints.Rows) + len(rows)
	idx := &inverted{
		docs:     make([]docRef, 0, n),
		phrases:  make([][]string, n),
		exact:    map[string][]int32{},
		condDocs: make([][]int32, len(c.Conditions)),
		rows:     rows,
	}
	b := &builder{words: map[string]*[fieldCount][]int32{}, viaCond: map[string][]int32{}, idx: idx,
		condition: make(map[string]int32, len(c.Conditions))}
	b.addTechniques(c)
	b.addConditions(c)
	b.linkConditions(c)
	b.addGlossary(c)
	b.addMaps(c)
	b.countNameWords()
	b.sortVocabulary()
	idx.findFirstWords()
	idx.groupByLength()
	return idx
}

// builder collects words before the vocabulary is sorted.
type builder struct {
	words     map[string]*[fieldCount][]int32
	viaCond   map[string][]int32
	buf       []byte
	idx       *inverted
	condition map[string]int32 // condition id -> condition index
	own       []int            // technique documents: how many of their phrases are their own
}

// doc numbers the next document, an entry of a kind.
func (b *builder) doc(kind Kind, index int) int32 {
	d := int32(len(b.idx.docs))
	b.idx.docs = append(b.idx.docs, docRef{kind, int32(index)})
	return d
}

func (b *builder) add(f field, doc int32, w []byte) {
	if len(w) == 0 || isStopWord(string(w)) {
		return
	}
	p, ok := b.words[string(w)] // a lookup by a converted key does not allocate
	if !ok {
		p = &[fieldCount][]int32{}
		b.words[string(w)] = p
	}
	if l := p[f]; len(l) == 0 || l[len(l)-1] != doc {
		p[f] = append(l, doc)
	}
}

func (b *builder) text(f field, doc int32, s string) {
	b.buf = eachWord(b.buf, s, func(w []byte) { b.add(f, doc, w) })
}

// names indexes the names of a document and remembers them as phrases.
func (b *builder) names(doc int32, names ...string) {
	for _, n := range names {
		p := fold.Normalize(n)
		if p == "" {
			continue
		}
		b.idx.phrases[doc] = append(b.idx.phrases[doc], p)
		if e := b.idx.exact[p]; len(e) == 0 || e[len(e)-1] != doc {
			b.idx.exact[p] = append(e, doc)
		}
		for _, w := range strings.Fields(p) {
			b.add(fieldName, doc, []byte(w))
		}
	}
}

// addTechniques indexes each technique by its own names, then its family's
// (which rank below its own, see exactWeight), its classification as
// related words and its summary and forces as text.
func (b *builder) addTechniques(c *techniques.Catalog) {
	familyNames := map[string][]string{}
	for _, f := range c.Families {
		familyNames[f.ID] = append([]string{f.Name}, f.Abbreviations...)
	}
	for i, t := range c.Techniques {
		doc := b.doc(KindTechnique, i)
		b.names(doc, append([]string{t.Name, t.ID}, t.Aliases...)...)
		b.own = append(b.own, len(b.idx.phrases[doc]))
		b.names(doc, familyNames[t.Family]...)
		b.add(fieldRelated, doc, []byte(t.Approach))
		if t.AlsoTaught != "" {
			b.add(fieldRelated, doc, []byte(t.AlsoTaught))
		}
		b.add(fieldRelated, doc, []byte(t.Participation))
		for _, r := range t.Regions {
			b.text(fieldRelated, doc, r)
		}
		b.text(fieldText, doc, t.Summary)
		for _, s := range t.ActivatingForces {
			b.text(fieldText, doc, s)
		}
	}
}

// addConditions indexes each condition, and remembers which conditions
// each word of their names names, for the techniques indicated for them.
func (b *builder) addConditions(c *techniques.Catalog) {
	for i, x := range c.Conditions {
		doc := b.doc(KindCondition, i)
		b.condition[x.ID] = int32(i)
		b.names(doc, append([]string{x.Name, x.ID}, x.Synonyms...)...)
		b.text(fieldRelated, doc, x.System)
		for _, s := range append([]string{x.Name}, x.Synonyms...) {
			b.buf = eachWord(b.buf, s, func(w []byte) {
				if isStopWord(string(w)) {
					return
				}
				l := b.viaCond[string(w)]
				if len(l) == 0 || l[len(l)-1] != int32(i) {
					b.viaCond[string(w)] = append(l, int32(i))
				}
			})
		}
	}
}

// linkConditions lists, for each condition, the techniques indicated for it.
func (b *builder) linkConditions(c *techniques.Catalog) {
	for i, t := range c.Techniques {
		for _, id := range t.Indications {
			if ci, ok := b.condition[id]; ok {
				if d := b.idx.condDocs[ci]; len(d) == 0 || d[len(d)-1] != int32(i) {
					b.idx.condDocs[ci] = append(d, int32(i))
				}
			}
		}
	}
}

func (b *builder) addGlossary(c *techniques.Catalog) {
	for i, g := range c.Glossary {
		doc := b.doc(KindGlossary, i)
		b.names(doc, append([]string{g.Term, g.ID}, g.Aliases...)...)
		b.text(fieldText, doc, g.Definition)
	}
}

// addMaps indexes the organs, the tender points and every table map's rows.
func (b *builder) addMaps(c *techniques.Catalog) {
	for i, o := range c.Maps.Organs.Rows {
		doc := b.doc(KindOrgan, i)
		b.names(doc, append([]string{o.Name, o.ID}, o.Synonyms...)...)
	}
	for i, p := range c.Maps.TenderPoints.Rows {
		doc := b.doc(KindTenderPoint, i)
		b.names(doc, p.Name, p.ID)
		b.text(fieldRelated, doc, p.Region)
		b.text(fieldText, doc, p.Location)
	}
	for i, r := range b.idx.rows {
		doc := b.doc(KindMapRow, i)
		b.names(doc, r.Row.Name, r.Row.ID)
		if t, ok := c.Maps.Table(r.Map); ok {
			b.text(fieldRelated, doc, t.Title) // "sacral" for a torsion row
		}
		for _, cell := range r.Row.Cells {
			b.text(fieldText, doc, cell.Value)
		}
	}
}

// countNameWords records, for the tie-breaks, how many words each
// document's primary name has and how many of its phrases are its own.
func (b *builder) countNameWords() {
	idx := b.idx
	idx.nameWords = make([]int, len(idx.docs))
	idx.own = make([]int, len(idx.docs))
	for d, p := range idx.phrases {
		if len(p) > 0 {
			idx.nameWords[d] = len(strings.Fields(p[0]))
		}
		idx.own[d] = len(p)
		if d < len(b.own) {
			idx.own[d] = b.own[d]
		}
	}
}

// sortVocabulary numbers the words in sorted order, with their postings and
// the conditions they name (a word found only in a condition's names still
// needs a number).
func (b *builder) sortVocabulary() {
	idx := b.idx
	for w := range b.viaCond {
		if _, ok := b.words[w]; !ok {
			b.words[w] = &[fieldCount][]int32{}
		}
	}
	idx.vocab = make([]string, 0, len(b.words))
	for w := range b.words {
		idx.vocab = append(idx.vocab, w)
	}
	sort.Strings(idx.vocab)
	idx.position = make(map[string]int32, len(idx.vocab))
	idx.postings = make([][fieldCount][]int32, len(idx.vocab))
	idx.viaCond = make([][]int32, len(idx.vocab))
	for i, w := range idx.vocab {
		idx.position[w] = int32(i)
		idx.postings[i] = *b.words[w]
		idx.viaCond[i] = b.viaCond[w]
	}
}

// findFirstWords finds each document's primary name's first indexed word.
func (idx *inverted) findFirstWords() {
	idx.firstWord = make([]int32, len(idx.docs))
	for d, p := range idx.phrases {
		idx.firstWord[d] = -1
		if len(p) == 0 {
			continue
		}
		for _, w := range strings.Fields(p[0]) {
			if i, ok := idx.position[w]; ok {
				idx.firstWord[d] = i
				break
			}
		}
	}
}

// groupByLength groups the vocabulary by rune count, for typos.
func (idx *inverted) groupByLength() {
	idx.byLength = nil
	for i, w := range idx.vocab {
		n := utf8.RuneCountInString(w)
		for len(idx.byLength) <= n {
			idx.byLength = append(idx.byLength, nil)
		}
		idx.byLength[n] = append(idx.byLength[n], int32(i))
	}
}

// eachWord calls fn with each word of text as fold.Normalize would produce
// it, without allocating per word; buf is scratch space, returned for reuse.
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
