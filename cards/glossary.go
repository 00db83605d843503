package cards

import (
	"regexp"
	"slices"
	"strings"
	"unicode"

	"github.com/omt-reference/omt/techniques"
)

// glossaryCards asks every term both ways: term to definition (recall) and
// definition to term (choice among other terms).
func (b *builder) glossaryCards() {
	folded := make([]foldedTerm, len(b.c.Glossary))
	for i, g := range b.c.Glossary {
		folded[i] = foldTerm(g)
	}
	for i, g := range b.c.Glossary {
		src := Source{Kind: SourceGlossary, ID: g.ID, Name: g.Term, Field: "definition", References: g.Sources}
		back := oneLine(g.Definition)
		if g.Example != "" {
			back += "\n\nExample: " + oneLine(g.Example)
		}
		b.recall(SourceGlossary+"/"+g.ID+"/definition", "Define: "+g.Term+".", back, src, []string{DeckGlossary})

		var wrong []option
		for j, o := range b.c.Glossary {
			if j != i && !confusable(folded[i], folded[j]) {
				wrong = append(wrong, option{key: o.ID, text: o.Term})
			}
		}
		masked := maskTerm(oneLine(g.Definition), g)
		if maskedShare(masked) > maxMasked {
			continue // a definition that is mostly its term's words is asked the other way only
		}
		src.Field = "term"
		b.ask(question{
			kind: Choice, id: SourceGlossary + "/" + g.ID + "/term",
			front:  "Which term is this?\n" + masked,
			answer: option{key: g.ID, text: g.Term},
			pools:  [][]option{wrong}, src: src, decks: []string{DeckGlossary},
		})
	}
}

// foldedTerm is a glossary term folded once for comparison with the others.
type foldedTerm struct {
	words   []string // the head's words, without the parenthesis: "Type I (neutral) dysfunction" gives type, i, dysfunction
	names   []string // the head and the aliases of two or more words, as " word word "
	aliases []string // every alias
	text    string   // definition and example, as " word word ... "
}

func foldTerm(g techniques.GlossaryTerm) foldedTerm {
	head, _ := splitParens(g.Term)
	f := foldedTerm{words: strings.Fields(normText(head)), text: " " + normText(g.Definition+" "+g.Example) + " "}
	f.names = append(f.names, " "+normText(head)+" ")
	for _, a := range g.Aliases {
		f.aliases = append(f.aliases, normText(a))
		if len(strings.Fields(a)) > 1 {
			f.names = append(f.names, " "+normText(a)+" ")
		}
	}
	return f
}

// confusable reports whether term o might also fit g's definition, so it
// must not be offered as a wrong answer: one term's words contain the
// other's ("Barrier" and "Restrictive barrier"), they share an alias, or
// either's definition names the other.
func confusable(g, o foldedTerm) bool {
	if subset(g.words, o.words) || subset(o.words, g.words) {
		return true
	}
	for _, a := range g.aliases {
		if slices.Contains(o.aliases, a) {
			return true
		}
	}
	mentions := func(x, y foldedTerm) bool {
		return slices.ContainsFunc(y.names, func(n string) bool { return strings.TrimSpace(n) != "" && strings.Contains(x.text, n) })
	}
	return mentions(g, o) || mentions(o, g)
}

// splitParens separates a term's head from what its parentheses hold:
// "Primary respiratory mechanism (PRM)" gives the head and ["PRM"].
func splitParens(term string) (head string, inside []string) {
	var h strings.Builder
	for {
		open := strings.IndexByte(term, '(')
		end := strings.IndexByte(term[max(open, 0):], ')')
		if open < 0 || end < 0 {
			h.WriteString(term)
			return strings.Join(strings.Fields(h.String()), " "), inside
		}
		h.WriteString(term[:open] + " ")
		inside = append(inside, term[open+1:open+end])
		term = term[open+end+1:]
	}
}

func subset(a, b []string) bool {
	for _, w := range a {
		if !slices.Contains(b, w) {
			return false
		}
	}
	return len(a) > 0
}

// maskTerm hides the term's own words in its definition, so the question
// does not answer itself: each word of its head and its parentheses, in any
// of its forms ("barrier" and "barriers", "facilitated" and "facilitation"),
// and any acronym among its aliases (OMT, PRM), become "___". Other aliases
// stay: a definition may spell out what an acronym stands for (TART), and the
// options are the terms, which those words do not repeat.
func maskTerm(def string, t techniques.GlossaryTerm) string {
	head, inside := splitParens(t.Term)
	var words []string
	for _, part := range append([]string{head}, inside...) {
		for _, w := range strings.Fields(normText(part)) {
			if len(w) >= 3 && !commonWord(w) {
				words = append(words, w)
			}
		}
	}
	for _, a := range append(inside, t.Aliases...) {
		if acronym(a) {
			def = regexp.MustCompile(`\b`+regexp.QuoteMeta(strings.TrimSpace(a))+`\b`).ReplaceAllString(def, "___")
		}
	}
	for _, w := range words {
		def = regexp.MustCompile(`(?i)\b`+regexp.QuoteMeta(wordStem(w))+`[\p{L}]*`).ReplaceAllString(def, "___")
	}
	return def
}

// maxMasked is the share of a definition's words that may be masked for it
// to be asked as "which term is this?": past it, too little is left to
// answer from (rib dysfunction naming is defined by inhaled and exhaled
// ribs, which its name holds).
const maxMasked = 0.2

// maskedShare is the share of a masked definition's words that are masks.
func maskedShare(def string) float64 {
	words := strings.Fields(def)
	n := 0
	for _, w := range words {
		if strings.Contains(w, "___") {
			n++
		}
	}
	return float64(n) / float64(max(1, len(words)))
}

// wordStem is the part of a word its other forms share, roughly: a long
// word loses its ending ("facilitated" gives "facilitat", which
// "facilitation" shares), a short one stays whole.
func wordStem(w string) string {
	switch r := []rune(w); {
	case len(r) >= 8:
		return string(r[:len(r)-3])
	case len(r) == 7:
		return string(r[:len(r)-2])
	}
	return w
}

// acronym reports whether a word is written in capitals, two letters or
// more: OMT, PRM, MTrP.
func acronym(s string) bool {
	upper := 0
	for _, r := range s {
		switch {
		case unicode.IsUpper(r):
			upper++
		case unicode.IsSpace(r):
			return false
		}
	}
	return upper >= 2
}
