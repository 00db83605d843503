package vignette

import (
	"slices"
	"strings"
	"unicode"

	"github.com/omt-reference/omt/notation"
	"github.com/omt-reference/omt/techniques"
)

// The map tables the vignettes read by name, and the prefix of the rib
// table's rows that give the muscle for each exhaled rib.
const (
	mapRibDysfunctions        = "rib-dysfunctions"
	mapSacralDysfunctions     = "sacral-dysfunctions"
	mapInnominateDysfunctions = "innominate-dysfunctions"
	ribMusclePrefix           = "rib-me-"
)

func mapSource(mapID, row, name, field string, refs []string) Source {
	return Source{Kind: SourceMap, ID: mapID, Row: row, Name: name, Field: field, References: refs}
}

func conditionSource(x techniques.Condition, field string, refs []string) Source {
	return Source{Kind: SourceCondition, ID: x.ID, Name: x.Name, Field: field, References: refs}
}

// normText folds case and punctuation: "Latissimus dorsi (QL)" and
// "latissimus-dorsi qL" compare alike.
func normText(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// fold is normText between spaces, so that whole words can be found with
// strings.Contains; each text is folded once per builder.
func (b *builder) fold(s string) string {
	f, ok := b.folded[s]
	if !ok {
		f = " " + normText(s) + " "
		b.folded[s] = f
	}
	return f
}

// overlaps reports whether one text contains the other as whole words.
func (b *builder) overlaps(s, t string) bool {
	x, y := b.fold(s), b.fold(t)
	if x == "  " || y == "  " {
		return x == y
	}
	return strings.Contains(x, y) || strings.Contains(y, x)
}

// overlapsAny reports whether a text overlaps any of the options'.
func (b *builder) overlapsAny(text string, options []option) bool {
	return slices.ContainsFunc(options, func(o option) bool { return b.overlaps(text, o.text) })
}

// containsWords reports whether text holds phrase as whole words, folded.
func (b *builder) containsWords(text, phrase string) bool {
	p := b.fold(phrase)
	return p != "  " && strings.Contains(b.fold(text), p)
}

// capitalize upper-cases the first letter.
func capitalize(s string) string {
	for i, r := range s {
		return string(unicode.ToUpper(r)) + s[i+len(string(r)):]
	}
	return s
}

// lower lower-cases the first letter unless the word is an abbreviation
// ("HVLA", "CV4"), for names used mid-sentence.
func lower(s string) string {
	word, _, _ := strings.Cut(s, " ")
	word = strings.TrimRight(word, ",")
	upper := 0
	for _, r := range word {
		if unicode.IsUpper(r) || unicode.IsDigit(r) {
			upper++
		}
	}
	if upper > 1 {
		return s
	}
	for i, r := range s {
		return string(unicode.ToLower(r)) + s[i+len(string(r)):]
	}
	return s
}

// oneLine collapses the line breaks and runs of spaces of folded YAML text.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// sentence ends a value with a full stop.
func sentence(s string) string {
	if s == "" || strings.HasSuffix(s, ".") {
		return s
	}
	return s + "."
}

// dedupe keeps the first of each string, in order.
func dedupe(xs ...[]string) []string {
	out := []string{}
	for _, list := range xs {
		for _, x := range list {
			if !slices.Contains(out, x) {
				out = append(out, x)
			}
		}
	}
	return out
}

// slugOf makes an id part from a diagnosis: "T4 ERS(L)" gives "t4-ers-l".
func slugOf(s string) string { return strings.ReplaceAll(normText(s), " ", "-") }

// joinAnd joins items as prose: "a, b and c".
func joinAnd(items []string, conj string) string {
	switch len(items) {
	case 0:
		return ""
	case 1:
		return items[0]
	}
	return strings.Join(items[:len(items)-1], ", ") + " " + conj + " " + items[len(items)-1]
}

// levelSet is every level the strings name, each string read once.
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

// literatureDiffers says, for a vignette that keys board review's answer,
// what the literature gives instead, in the words package cards uses.
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

// sameKindAndRegion reports whether t is of the same kind as one of the
// barred techniques and works on one of its regions. The catalogue grades a
// flag once per kind, so such a technique that does not list the flag is a
// gap, not a safe choice (package cards' vignettes follow the same rule).
func sameKindAndRegion(t techniques.Technique, barred []techniques.Technique) bool {
	kind := techniques.KindOf(t)
	for _, u := range barred {
		if techniques.KindOf(u) == kind && slices.ContainsFunc(u.Regions, func(r string) bool { return slices.Contains(t.Regions, r) }) {
			return true
		}
	}
	return false
}

// pregnant reports whether a condition's name states that the patient is
// pregnant (package cards' impliedFlags makes the same judgement).
func pregnant(x techniques.Condition) bool {
	return x.ID == "pregnancy-back-pain" || x.ID == "pregnancy-sleep-disturbance"
}
