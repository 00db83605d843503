package cards

import (
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
	if o, ok := b.c.Organ(id); ok {
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

// levelOptions lists the other level sets of a map as wrong answers: those
// that name other levels than answer, once each.
func (b *builder) levelOptions(answer []string, all [][]string) []option {
	var out []option
	for _, ls := range all {
		if len(ls) > 0 && !b.sameLevels(ls, answer) {
			out = append(out, opt(levelsText(ls)))
		}
	}
	return out
}

func (b *builder) viscerosomaticCards() {
	m := b.c.Maps.Viscerosomatic
	var all [][]string
	for _, r := range m.Rows {
		all = append(all, r.Levels)
	}
	for _, r := range m.Rows {
		name := b.organName(r.Organ)
		why := ""
		if r.Side != "" {
			why = "Side: " + r.Side + "."
		}
		src := mapSource(m.ID, r.Organ, name, "levels", r.Sources)
		b.ask(question{
			kind: Choice, id: mapCardID(m.ID, r.Organ, src.Field),
			front:  "At which spinal levels does the viscerosomatic reflex of the " + lower(name) + " show?",
			answer: opt(levelsText(r.Levels)), why: why,
			pools: [][]option{b.levelOptions(r.Levels, all)}, src: src, decks: []string{mapDeck(m.ID)},
		})

		// The reverse: no wrong organ may reflect at any of these levels.
		var wrong []option
		var also []string
		for _, o := range m.Rows {
			switch {
			case o.Organ == r.Organ:
			case b.shareLevel(o.Levels, r.Levels):
				also = append(also, b.organName(o.Organ)+" ("+levelsText(o.Levels)+")")
			default:
				wrong = append(wrong, option{key: o.Organ, text: b.organName(o.Organ)})
			}
		}
		why = ""
		if len(also) > 0 {
			why = "Also at some of these levels: " + strings.Join(also, "; ") + "."
		}
		src = mapSource(m.ID, r.Organ, name, "organ", r.Sources)
		b.ask(question{
			kind: Choice, id: mapCardID(m.ID, r.Organ, src.Field),
			front:  "Paraspinal tissue changes at " + levelsText(r.Levels) + " may be the viscerosomatic reflex of which organ?",
			answer: option{key: r.Organ, text: name}, why: why,
			pools: [][]option{wrong}, src: src, decks: []string{mapDeck(m.ID)},
		})
	}
}

func (b *builder) autonomicCards() {
	m := b.c.Maps.Autonomic
	var all [][]string
	for _, r := range m.Rows {
		all = append(all, r.SympatheticLevels)
	}
	for _, r := range m.Rows {
		name := b.organName(r.Organ)
		if len(r.SympatheticLevels) > 0 {
			src := mapSource(m.ID, r.Organ, name, "sympathetic", r.Sources)
			b.ask(question{
				kind: Choice, id: mapCardID(m.ID, r.Organ, src.Field),
				front:  "From which spinal levels does the sympathetic supply of the " + lower(name) + " arise?",
				answer: opt(levelsText(r.SympatheticLevels)),
				why:    "Ganglia: " + oneLine(r.Ganglia) + "\nNerves: " + oneLine(r.SympatheticNerves),
				pools:  [][]option{b.levelOptions(r.SympatheticLevels, all)}, src: src, decks: []string{mapDeck(m.ID)},
			})
		}
		if r.Parasympathetic == "" {
			continue
		}
		var wrong []option
		for _, o := range m.Rows {
			wrong = append(wrong, opt(oneLine(o.Parasympathetic)))
		}
		src := mapSource(m.ID, r.Organ, name, "parasympathetic", r.Sources)
		b.ask(question{
			kind: Choice, id: mapCardID(m.ID, r.Organ, src.Field),
			front:  "What is the parasympathetic supply of the " + lower(name) + "?",
			answer: opt(oneLine(r.Parasympathetic)),
			pools:  [][]option{wrong}, src: src, decks: []string{mapDeck(m.ID)},
		})
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
		var answers []option
		var levels, refs []string
		for _, p := range points {
			answers = append(answers, option{key: p.ID, text: oneLine(p.Anterior)})
			levels = append(levels, p.Levels...)
			refs = dedupe(refs, p.Sources)
		}
		answer, _ := firstRanked(id, answers)
		var wrong []option
		for _, p := range m.Rows {
			if p.Organ == organ || b.shareLevel(p.Levels, levels) || b.overlapsAny(oneLine(p.Anterior), answers) {
				continue
			}
			wrong = append(wrong, option{key: p.ID, text: oneLine(p.Anterior)})
		}
		why := ""
		for _, p := range points {
			if p.ID == answer.key {
				why = "Posterior point: " + oneLine(p.Posterior)
			}
		}
		if len(points) > 1 {
			why += "\nEvery anterior point for the " + lower(name) + ":\n" + bullets(optionTexts(answers))
		}
		b.ask(question{
			kind: Choice, id: id,
			front:  "Where is an anterior Chapman point for the " + lower(name) + "?",
			answer: answer, why: why,
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
