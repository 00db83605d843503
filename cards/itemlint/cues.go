package itemlint

import (
	"slices"
	"strings"
	"unicode"

	"github.com/omt-reference/omt/cards"
)

// stopWords are words too common to cue: what a question is built from.
func stopWords() map[string]bool {
	words := strings.Fields(`the and for with which what where when how does did
		are was were has have had its this that these those from into onto upon than then
		there their them they who whom whose why not but any all each other only also
		may might can could should would will shall one two three four five patient
		technique techniques which finding findings following best most least first
		is of to in on at by or an as be a it`)
	set := make(map[string]bool, len(words))
	for _, w := range words {
		set[w] = true
	}
	return set
}

// contentWords are a text's words that can cue: folded to lower case,
// without the stop words, and without a plural s, so that "ribs" meets
// "rib". Words of one or two letters count only when they hold a digit
// (T4, L5).
func contentWords(s string, stop map[string]bool) []string {
	var out []string
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}) {
		digit := strings.ContainsFunc(w, unicode.IsDigit)
		if stop[w] || len(w) < 3 && !digit {
			continue
		}
		if len(w) > 4 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "is") && !strings.HasSuffix(w, "us") {
			w = strings.TrimSuffix(w, "s")
		}
		if !slices.Contains(out, w) {
			out = append(out, w)
		}
	}
	return out
}

// stemOverlap counts, for each option, the stem's content words it repeats.
// unique reports whether one option repeats more than every other (the
// chance that it is the key is then one in the number of options);
// keyMost whether that option is the key; shared the words it repeats.
func stemOverlap(card cards.Card, stop map[string]bool) (unique, keyMost bool, shared []string) {
	stem := contentWords(card.Front, stop)
	best, bestAt, tied := 0, -1, false
	var bestWords []string
	for i, ch := range card.Choices {
		var in []string
		for _, w := range contentWords(ch, stop) {
			if slices.Contains(stem, w) {
				in = append(in, w)
			}
		}
		switch {
		case len(in) > best:
			best, bestAt, tied, bestWords = len(in), i, false, in
		case len(in) == best:
			tied = true
		}
	}
	if best == 0 || tied {
		return false, false, nil
	}
	return true, bestAt == card.Answer, bestWords
}

// silencePhrases are how an explanation says that the catalogue is silent.
func silencePhrases() []string {
	return []string{"not listed", "does not list", "no contraindication listed", "lists nothing against"}
}

// restsOnSilence reports whether the explanation's line for the key gives
// an absence as its reason. Explanations give one line per option, "- name:
// verdict" (as the vignettes do); a card whose explanation has no line for
// its key is not judged.
func restsOnSilence(card cards.Card) (bool, string) {
	key := oneLine(card.Choices[card.Answer])
	for _, line := range strings.Split(card.Back, "\n") {
		name, verdict, ok := strings.Cut(strings.TrimPrefix(strings.TrimSpace(line), "- "), ": ")
		if !ok || oneLine(name) != key {
			continue
		}
		v := strings.ToLower(verdict)
		if slices.ContainsFunc(silencePhrases(), func(p string) bool { return strings.Contains(v, p) }) {
			return true, oneLine(line)
		}
	}
	return false, ""
}

// A fixture is an option offered as wrong on at least fixtureMinCards cards
// of a type, and on at least fixtureShare of them, that is never the key of
// one: a student who has seen a few learns to strike it out.
const (
	fixtureMinCards = 3
	fixtureShare    = 0.10
)

// fixedDistractors finds the fixtures among the options of a type's cards.
func fixedDistractors(cs []cards.Card) map[string]bool {
	keyed, offered := map[string]int{}, map[string]int{}
	n := 0
	for _, card := range cs {
		if len(card.Choices) < 2 || card.Answer < 0 || card.Answer >= len(card.Choices) {
			continue
		}
		n++
		for i, ch := range card.Choices {
			if i == card.Answer {
				keyed[textKey(ch)]++
			} else {
				offered[textKey(ch)]++
			}
		}
	}
	fixed := map[string]bool{}
	for o, d := range offered {
		if keyed[o] == 0 && d >= fixtureMinCards && float64(d) >= fixtureShare*float64(n) {
			fixed[o] = true
		}
	}
	return fixed
}

// fixedIn lists the fixtures a card offers.
func fixedIn(card cards.Card, fixtures map[string]bool) []string {
	var out []string
	for i, ch := range card.Choices {
		if i != card.Answer && fixtures[textKey(ch)] {
			out = append(out, ch)
		}
	}
	return out
}
