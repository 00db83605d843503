// Package vignette writes board-style clinical vignettes from the
// catalogue: a patient (an age and sex that fit the complaint, a history,
// the red flags asked about and an examination with its landmarks) and one
// question, the way COMLEX asks it: which dysfunction fits, which technique
// is contraindicated, still usable or written for the dysfunction, how a
// technique is set up, or what must be ruled out first.
//
// Every fact in a stem comes from a structured field of the catalogue (a
// map row's cells, a condition's red flags, a flag's aliases, the notation
// package's reading of a diagnosis), and every explanation says why the key
// is right, why each distractor is wrong, and which entry or map row it
// comes from. A vignette whose key would depend on something its stem does
// not say is not written.
//
// Each vignette is varied (age, sex, setting, wording, which landmarks are
// given) by ranking choices against its id, as distractors are drawn, so its
// id and its text are the same on every run and build. The package is pure:
// it reads a *techniques.Catalog and returns Items, which package cards asks
// as study cards (it orders the options, hashes and files them in decks).
package vignette

import (
	"slices"
	"strings"

	"github.com/omt-reference/omt/notation"
	"github.com/omt-reference/omt/techniques"
)

// Prefix starts the id of every vignette:
// "board/diagnosis/sacrum/sacrum-torsion-left-on-left/1".
const Prefix = "board"

// The kinds of vignette: what the question asks.
const (
	Diagnosis = "diagnosis"
	Technique = "technique"
	SetUp     = "set-up"
	RuleOut   = "rule-out"
)

// Kinds lists the kinds of vignette in the order they are studied.
func Kinds() []string { return []string{Diagnosis, Technique, SetUp, RuleOut} }

// The kinds of Source, as package cards names them.
const (
	SourceTechnique = "technique"
	SourceCondition = "condition"
	SourceMap       = "map"
)

// Item is one vignette: its stem with the question, the key and exactly
// three distractors (in no particular order), the explanation shown after
// the key, and where the key comes from.
type Item struct {
	ID, Kind string
	Front    string
	Key      Option
	Wrong    []Option
	Why      string
	Source   Source
}

// Option is one answer: ID identifies it (an entry or row id, or the text)
// so that its place among the options does not depend on its wording.
type Option struct{ ID, Text string }

// Source is the entry or map row a vignette's key comes from. Its Field
// starts "board/" and says what the vignette asks of it ("board/diagnosis",
// "board/contraindicated/osteoporosis"), so that every board vignette is of
// one card type for the item lint ("vignette/board", cards.TypeOf).
type Source struct {
	Kind, ID, Row, Name, Field string
	References                 []string
}

// choicesPerCard is how many options a vignette offers.
const choicesPerCard = 4

// builder collects the vignettes of one catalogue, with what they read many
// times from it, read once.
type builder struct {
	c        *techniques.Catalog
	items    []Item
	general  map[string]bool             // conditions indicated across most families
	folded   map[string]string           // texts folded by fold
	ranges   map[string][]notation.Level // map level strings, read
	redFlags map[string][]redFlag        // by condition id
	ageRules map[string]func(int) bool   // by red flag text
	regions  map[string][]string         // the regions a condition is treated in, by id
	// shortNames counts the techniques that each short name could mean
	shortNames  map[string]int
	pelvicNames map[string]string // the innominate rows' diagnoses, by row and side
	screened    map[string]bool   // whether a finding alone rules a technique out, by technique/flag
}

// Board writes every vignette the catalogue supports, in a fixed order.
func Board(c *techniques.Catalog) []Item {
	b := &builder{
		c: c, general: generalConditions(c), folded: map[string]string{}, ranges: map[string][]notation.Level{},
		redFlags: map[string][]redFlag{}, ageRules: map[string]func(int) bool{}, regions: map[string][]string{},
		pelvicNames: map[string]string{}, screened: map[string]bool{},
	}
	b.sacralDiagnosisVignettes()
	b.pelvicDiagnosisVignettes()
	b.ribDiagnosisVignettes()
	b.spineDiagnosisVignettes()
	b.techniqueVignettes()
	b.fitsVignettes()
	b.spineSetUpVignettes()
	b.ribSetUpVignettes()
	b.tenderPointVignettes()
	b.ruleOutVignettes()
	return b.items
}

// generalConditions are the conditions that techniques of more than half
// the families treat (somatic dysfunction): they say nothing of where a
// condition is treated. Package cards reads them the same way.
func generalConditions(c *techniques.Catalog) map[string]bool {
	families := map[string]map[string]bool{}
	for _, t := range c.Techniques {
		for _, id := range t.Indications {
			if families[id] == nil {
				families[id] = map[string]bool{}
			}
			families[id][t.Family] = true
		}
	}
	out := map[string]bool{}
	for id, fams := range families {
		out[id] = 2*len(fams) > len(c.Families)
	}
	return out
}

// boardID joins the parts of a vignette's id.
func boardID(parts ...string) string {
	return Prefix + "/" + strings.Join(parts, "/")
}

// wrongOption is a distractor with the reason it is wrong.
type wrongOption struct {
	option
	why string
}

// boardItem is a vignette ready to ask: the stem, the question, the key
// with why it is right, exactly three distractors with why each is wrong,
// and the entry or map row it comes from.
type boardItem struct {
	id, kind    string
	stem, lead  string
	key         option
	keyWhy      string
	wrong       []wrongOption
	from        string // "the map …, row …", shown last
	src         Source
	literatureD string // "Keyed: board review's answer. The literature differs …", or ""
	// spare are other distractors, as sure to be wrong, that may stand in
	// for a drawn one so that the key is not the option sharing the most
	// words with the stem (see balance)
	spare []wrongOption
}

// askBoard adds a vignette. It is made only with three distinct
// distractors; the caller has already proved each one wrong.
func (b *builder) askBoard(it boardItem) {
	if len(it.wrong) != choicesPerCard-1 {
		return
	}
	words := wordsOf(it.stem)
	it.wrong = balanceLength(words, it.key, balance(words, it.key, it.wrong, it.spare), it.spare)
	lines := []string{it.keyWhy}
	if it.literatureD != "" {
		lines = append(lines, it.literatureD)
	}
	item := Item{ID: it.id, Kind: it.kind, Front: it.stem + "\n" + it.lead, Key: Option{it.key.key, it.key.text}, Source: it.src}
	for _, w := range it.wrong {
		if w.key == it.key.key || normText(w.text) == normText(it.key.text) ||
			slices.ContainsFunc(item.Wrong, func(o Option) bool { return o.ID == w.key || normText(o.Text) == normText(w.text) }) {
			return
		}
		item.Wrong = append(item.Wrong, Option{w.key, w.text})
		lines = append(lines, "- "+w.text+": "+w.why)
	}
	item.Why = strings.Join(append(lines, "From: "+it.from+"."), "\n")
	b.items = append(b.items, item)
}

// stemWords are a stem's words of four letters or more, folded: the
// measure of the NBME guide's "word repeated from the stem" cue.
type stemWords map[string]bool

func wordsOf(stem string) stemWords {
	in := stemWords{}
	for _, w := range strings.Fields(normText(stem)) {
		if len(w) >= 4 {
			in[w] = true
		}
	}
	return in
}

// shared counts the stem's words a text repeats, each once.
func (in stemWords) shared(text string) int {
	n := 0
	seen := map[string]bool{}
	for _, w := range strings.Fields(normText(text)) {
		if in[w] && !seen[w] {
			n++
			seen[w] = true
		}
	}
	return n
}

// balance keeps the key from being the one option that repeats the most
// words of the stem: when it is, the drawn distractor that repeats the
// fewest gives way to the first spare (in the order given) that repeats as
// many as the key. A stem's findings name the key's side and direction
// ("superior on the left"), so without this the key would often stand out.
func balance(stem stemWords, key option, wrong, spare []wrongOption) []wrongOption {
	k := stem.shared(key.text)
	weakest, most := -1, -1
	for i, w := range wrong {
		n := stem.shared(w.text)
		most = max(most, n)
		if weakest < 0 || n < stem.shared(wrong[weakest].text) {
			weakest = i
		}
	}
	if weakest < 0 || most >= k {
		return wrong
	}
	for _, s := range spare {
		taken := s.key == key.key || slices.ContainsFunc(wrong, func(w wrongOption) bool { return w.key == s.key || normText(w.text) == normText(s.text) })
		if !taken && stem.shared(s.text) >= k {
			out := slices.Clone(wrong)
			out[weakest] = s
			return out
		}
	}
	return wrong
}

// lengthCue reports whether the key is the strictly shortest or the
// strictly longest option, the NBME guide's length cue.
func lengthCue(key option, wrong []wrongOption) bool {
	shortest, longest := true, true
	for _, w := range wrong {
		shortest = shortest && len(w.text) > len(key.text)
		longest = longest && len(w.text) < len(key.text)
	}
	return shortest || longest
}

// balanceLength keeps the key from being the shortest or the longest
// option where a spare can help: one drawn distractor gives way to the
// first spare that ends the cue without making the key the option that
// repeats the most words of the stem.
func balanceLength(stem stemWords, key option, wrong, spare []wrongOption) []wrongOption {
	if !lengthCue(key, wrong) {
		return wrong
	}
	repeats := func(ws []wrongOption) bool {
		most := 0
		for _, w := range ws {
			most = max(most, stem.shared(w.text))
		}
		return stem.shared(key.text) > most
	}
	for _, s := range spare {
		if s.key == key.key || slices.ContainsFunc(wrong, func(w wrongOption) bool { return w.key == s.key || normText(w.text) == normText(s.text) }) {
			continue
		}
		for i := range wrong {
			out := slices.Clone(wrong)
			out[len(out)-1-i] = s
			if !lengthCue(key, out) && (!repeats(out) || repeats(wrong)) {
				return out
			}
		}
	}
	return wrong
}

// fillWrong draws three distractors from the pools in order, each pool
// ranked by the card id, never the same option twice.
func (b *builder) fillWrong(id string, key option, pools [][]wrongOption) []wrongOption {
	var out []wrongOption
	for _, pool := range pools {
		var left []wrongOption
		for _, w := range pool {
			if !slices.ContainsFunc(out, func(o wrongOption) bool { return o.key == w.key }) {
				left = append(left, w)
			}
		}
		out = append(out, b.pickWrong(id, key, left, choicesPerCard-1-len(out))...)
	}
	return out
}

// choose picks one of n choices for a card id and a purpose, stably.
func choose(id, purpose string, n int) int {
	if n <= 0 {
		return 0
	}
	return int(rank(id, purpose) % uint64(n))
}

// chooseText picks one of the texts for a card id and a purpose.
func chooseText(id, purpose string, texts ...string) string {
	return texts[choose(id, purpose, len(texts))]
}

// between picks a whole number from lo to hi for a card id and a purpose.
func between(id, purpose string, lo, hi int) int {
	return lo + choose(id, purpose, hi-lo+1)
}
