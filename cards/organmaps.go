package cards

import (
	"slices"
	"strings"

	"github.com/omt-reference/omt/notation"
	"github.com/omt-reference/omt/techniques"
)

// organMapCards asks the organ maps: viscerosomatic levels both ways,
// autonomic supply, and anterior Chapman points.
func (b *builder) organMapCards() {
	b.viscerosomaticCards()
	b.autonomicCards()
	b.chapmanCards()
}

func (b *builder) organName(id string) string {
	if o, ok := b.c.Maps.Organ(id); ok {
		return o.Name
	}
	return id
}

func mapSource(mapID, row, name, field string, refs []string) Source {
	return Source{Kind: SourceMap, ID: mapID, Row: row, Name: name, Field: field, References: refs}
}

func mapCardID(mapID, row, field string) string {
	return SourceMap + "/" + mapID + "/" + row + "/" + field
}

// levelSet is every level the strings name; strings that do not read name
// nothing (validation reports them). Ranges are read once per builder.
func (b *builder) levelSet(levels []string) map[notation.Level]bool {
	set := map[notation.Level]bool{}
	for _, s := range levels {
		ls, ok := b.ranges[s]
		if !ok {
			if r, err := notation.ParseRange(s); err == nil {
				ls = r.Levels()
			}
			b.ranges[s] = ls
		}
		for _, l := range ls {
			set[l] = true
		}
	}
	return set
}

func (b *builder) sameLevels(x, y []string) bool {
	return sameSet(b.levelSet(x), b.levelSet(y))
}

func sameSet(x, y map[notation.Level]bool) bool {
	if len(x) != len(y) {
		return false
	}
	for l := range x {
		if !y[l] {
			return false
		}
	}
	return true
}

func (b *builder) shareLevel(x, z []string) bool {
	y := b.levelSet(z)
	for l := range b.levelSet(x) {
		if y[l] {
			return true
		}
	}
	return false
}

func levelsText(levels []string) string { return strings.Join(levels, ", ") }

// levelSetsText writes distinct level sets: "T10 or T5-T9".
func (b *builder) levelSetsText(sets [][]string) string {
	var seen [][]string
	var out []string
	for _, ls := range sets {
		if len(ls) > 0 && !slices.ContainsFunc(seen, func(s []string) bool { return b.sameLevels(s, ls) }) {
			seen = append(seen, ls)
			out = append(out, levelsText(ls))
		}
	}
	return strings.Join(out, " or ")
}

// levelOptions lists level sets as wrong answers: each set once, leaving out
// every set that some map row accepts for the organ asked about, so that
// neither the literature's answer nor board review's is ever called wrong.
func (b *builder) levelOptions(accepted [][]string, all [][]string) []option {
	var out []option
	for _, ls := range all {
		if len(ls) > 0 && !slices.ContainsFunc(accepted, func(a []string) bool { return b.sameLevels(ls, a) }) {
			out = append(out, opt(levelsText(ls)))
		}
	}
	return out
}

// acceptedLevels are the level sets the organ maps accept for an organ: its
// viscerosomatic and sympathetic levels, the literature's and board
// review's. Cards treat them as one fact, as the review books do.
func (b *builder) acceptedLevels(organ string) [][]string {
	var out [][]string
	for _, r := range b.c.Maps.Viscerosomatic.Rows {
		if r.Organ == organ {
			out = append(out, r.Levels, r.BoardLevels())
		}
	}
	for _, r := range b.c.Maps.Autonomic.Rows {
		if r.Organ == organ {
			out = append(out, r.SympatheticLevels, r.BoardLevels())
		}
	}
	return out
}

// allLevelSets lists every level set the organ maps give, both answers.
func (b *builder) allLevelSets() [][]string {
	var all [][]string
	for _, r := range b.c.Maps.Viscerosomatic.Rows {
		all = append(all, r.Levels, r.BoardLevels())
	}
	for _, r := range b.c.Maps.Autonomic.Rows {
		all = append(all, r.SympatheticLevels, r.BoardLevels())
	}
	return all
}

// literatureDiffers says, for a card that keys board review's answer, what
// the literature gives instead: "" when the two agree.
func (b *builder) literatureDiffers(literature, board string, sources []string, bd *techniques.Board) string {
	if bd == nil || literature == board {
		return ""
	}
	names := b.c.LiteratureNames(sources, bd)
	if literature == "" {
		return "Keyed: board review's answer. The literature (" + names + ") gives none."
	}
	return "Keyed: board review's answer. The literature differs: " + strings.TrimSuffix(literature, ".") + " (" + names + ")."
}

// literatureLevels says, for a levels card that keys board review's answer,
// what the literature gives instead in either organ map: "" when every
// answer is the keyed one.
func (b *builder) literatureLevels(organ string, key []string) string {
	var parts []string
	var seen [][]string
	add := func(ls, sources []string, bd *techniques.Board, what string) {
		if len(ls) == 0 || b.sameLevels(ls, key) || slices.ContainsFunc(seen, func(s []string) bool { return b.sameLevels(s, ls) }) {
			return
		}
		seen = append(seen, ls)
		parts = append(parts, levelsText(ls)+" ("+what+"; "+b.c.LiteratureNames(sources, bd)+")")
	}
	for _, r := range b.c.Maps.Viscerosomatic.Rows {
		if r.Organ == organ {
			add(r.Levels, r.Sources, r.Board, "viscerosomatic levels")
		}
	}
	for _, r := range b.c.Maps.Autonomic.Rows {
		if r.Organ == organ {
			add(r.SympatheticLevels, r.Sources, r.Board, "sympathetic supply")
		}
	}
	if len(parts) == 0 {
		return ""
	}
	return "Keyed: board review's answer. The literature differs: " + strings.Join(parts, "; ") + "."
}

func (b *builder) viscerosomaticCards() {
	m := b.c.Maps.Viscerosomatic
	all := b.allLevelSets()
	for _, r := range m.Rows {
		name := b.organName(r.Organ)
		var why []string
		if side := r.BoardSide(); side != "" {
			why = append(why, "Side: "+side+".")
		}
		if d := b.literatureLevels(r.Organ, r.BoardLevels()); d != "" {
			why = append(why, d)
		}
		accepted := b.acceptedLevels(r.Organ)
		src := mapSource(m.ID, r.Organ, name, "levels", r.Sources)
		b.ask(question{
			kind: Choice, id: mapCardID(m.ID, r.Organ, src.Field),
			front:  "At which spinal levels does the viscerosomatic reflex of the " + lower(name) + " show?",
			answer: opt(levelsText(r.BoardLevels())), why: strings.Join(why, "\n"),
			pools: [][]option{b.levelOptions(accepted, all)}, src: src, decks: []string{mapDeck(m.ID)},
		})

		b.organAtLevelsCard(m, r)
	}
}

// organAtLevelsCard asks the reverse: which organ's reflex shows at a row's
// levels. Organs whose levels are the same set share one card, made on the
// first of them, keyed to one of them and naming the others in its
// explanation: a card each would ask one question with as many keys, each
// calling the others wrong. No wrong organ may reflect at any of these
// levels, by either answer of either organ map.
func (b *builder) organAtLevelsCard(m techniques.ViscerosomaticMap, r techniques.OrganLevels) {
	var same []option
	for _, o := range m.Rows {
		if b.sameLevels(o.BoardLevels(), r.BoardLevels()) {
			same = append(same, option{key: o.Organ, text: b.organName(o.Organ)})
		}
	}
	if same[0].key != r.Organ {
		return // asked on the first organ of the set
	}
	answer, _ := firstRanked(mapCardID(m.ID, r.Organ, "organ"), same)
	var wrong []option
	var also []string
	for _, o := range m.Rows {
		switch {
		case slices.ContainsFunc(same, func(s option) bool { return s.key == o.Organ }):
			if o.Organ != answer.key {
				also = append(also, b.organName(o.Organ)+" ("+levelsText(r.BoardLevels())+")")
			}
		case slices.ContainsFunc(b.acceptedLevels(o.Organ), func(ls []string) bool { return b.shareLevel(ls, r.BoardLevels()) }):
			also = append(also, b.organName(o.Organ)+" ("+b.levelSetsText(b.acceptedLevels(o.Organ))+")")
		default:
			wrong = append(wrong, option{key: o.Organ, text: b.organName(o.Organ)})
		}
	}
	reverse := ""
	if len(also) > 0 {
		reverse = "Also at some of these levels: " + strings.Join(also, "; ") + "."
	}
	row := find(m.Rows, func(o techniques.OrganLevels) bool { return o.Organ == answer.key })
	src := mapSource(m.ID, answer.key, answer.text, "organ", row.Sources)
	b.ask(question{
		kind: Choice, id: mapCardID(m.ID, answer.key, src.Field),
		front:  "Paraspinal tissue changes at " + levelsText(r.BoardLevels()) + " may be the viscerosomatic reflex of which organ?",
		answer: answer, why: reverse,
		pools: [][]option{wrong}, src: src, decks: []string{mapDeck(m.ID)},
	})
}

// find is the first of xs that f accepts, or the zero value.
func find[T any](xs []T, f func(T) bool) T {
	if i := slices.IndexFunc(xs, f); i >= 0 {
		return xs[i]
	}
	var zero T
	return zero
}

func (b *builder) autonomicCards() {
	m := b.c.Maps.Autonomic
	all := b.allLevelSets()
	for _, r := range m.Rows {
		name := b.organName(r.Organ)
		if len(r.BoardLevels()) > 0 {
			why := "Ganglia: " + oneLine(r.Ganglia) + "\nNerves: " + oneLine(r.SympatheticNerves)
			if d := b.literatureLevels(r.Organ, r.BoardLevels()); d != "" {
				why += "\n" + d
			}
			src := mapSource(m.ID, r.Organ, name, "sympathetic", r.Sources)
			b.ask(question{
				kind: Choice, id: mapCardID(m.ID, r.Organ, src.Field),
				front:  "From which spinal levels does the sympathetic supply of the " + lower(name) + " arise?",
				answer: opt(levelsText(r.BoardLevels())),
				why:    why,
				pools:  [][]option{b.levelOptions(b.acceptedLevels(r.Organ), all)}, src: src, decks: []string{mapDeck(m.ID)},
			})
		}
		if r.Parasympathetic == "" {
			continue
		}
		// A recall card: as a choice, the vagus would be the answer for most
		// organs and the shortest option on every card (issue 21).
		src := mapSource(m.ID, r.Organ, name, "parasympathetic", r.Sources)
		b.recall(mapCardID(m.ID, r.Organ, src.Field), "What is the parasympathetic supply of the "+lower(name)+"?",
			oneLine(r.Parasympathetic), src, []string{mapDeck(m.ID)})
	}
}

// chapmanCards asks, for each organ, where one of its anterior Chapman
// points lies. Wrong answers are other organs' anterior points that share
// no level with any of this organ's points and do not read alike: the heart
// and oesophagus points lie in the same intercostal space, so neither is
// offered against the other.
func (b *builder) chapmanCards() {
	m := b.c.Maps.Chapman
	var organs []string
	byOrgan := map[string][]techniques.ChapmanPoint{}
	for _, p := range m.Rows {
		if _, seen := byOrgan[p.Organ]; !seen {
			organs = append(organs, p.Organ)
		}
		byOrgan[p.Organ] = append(byOrgan[p.Organ], p)
	}
	for _, organ := range organs {
		points := byOrgan[organ]
		name := b.organName(organ)
		id := mapCardID(m.ID, organ, "anterior")
		var answers, accepted []option // the board's anterior points; every anterior point either answer gives
		var levels, refs []string
		for _, p := range points {
			if p.BoardAnterior() == "" {
				continue
			}
			answers = append(answers, option{key: p.ID, text: oneLine(p.BoardAnterior())})
			accepted = append(accepted, option{key: p.ID, text: oneLine(p.BoardAnterior())}, option{key: p.ID, text: oneLine(p.Anterior)})
			levels = append(levels, p.AllLevels()...)
			refs = dedupe(refs, p.Sources)
		}
		answer, ok := firstRanked(id, answers)
		if !ok {
			continue
		}
		var wrong []option
		for _, p := range m.Rows {
			text := oneLine(p.BoardAnterior())
			if p.Organ == organ || text == "" || b.shareLevel(p.AllLevels(), levels) ||
				b.overlapsAny(text, accepted) || b.overlapsAny(oneLine(p.Anterior), accepted) {
				continue
			}
			wrong = append(wrong, option{key: p.ID, text: text})
		}
		var why []string
		for _, p := range points {
			if p.ID != answer.key {
				continue
			}
			if post := oneLine(p.BoardPosterior()); post != "" {
				why = append(why, "Posterior point: "+post)
			}
			if d := b.literatureDiffers(oneLine(p.Anterior), oneLine(p.BoardAnterior()), p.Sources, p.Board); d != "" {
				why = append(why, d)
			}
		}
		if len(answers) > 1 {
			why = append(why, "Every anterior point for the "+lower(name)+":\n"+bullets(optionTexts(answers)))
		}
		b.ask(question{
			kind: Choice, id: id,
			front:  "Where is an anterior Chapman point for the " + lower(name) + "?",
			answer: answer, why: strings.Join(why, "\n"),
			pools: [][]option{wrong}, src: mapSource(m.ID, organ, name, "anterior", refs), decks: []string{mapDeck(m.ID)},
		})
	}
}

func (b *builder) overlapsAny(text string, options []option) bool {
	for _, o := range options {
		if b.overlaps(text, o.text) {
			return true
		}
	}
	return false
}

func optionTexts(options []option) []string {
	out := make([]string, len(options))
	for i, o := range options {
		out[i] = o.text
	}
	return out
}
