package itemlint

import (
	"fmt"
	"slices"
	"strings"

	"github.com/omt-reference/omt/cards"
	"github.com/omt-reference/omt/cards/vignette/readback"
	"github.com/omt-reference/omt/techniques"
)

// A stem reader answers a vignette from its stem alone, as a student who
// covers the options must, and says what is wrong when the stem does not
// decide it: "" when exactly one option fits what the stem says and that
// option is the key.
type stemReader func(card cards.Card) string

// readerFor is the stem reader of a type of vignette. A new type of
// vignette needs one here, or the lint cannot say whether its items can be
// answered from what they say, and reports the type as unread.
func (l *linter) readerFor(typ string) (stemReader, bool) {
	switch typ {
	case "vignette/absolute":
		return l.readContraindicated, true
	case "vignette/board":
		return l.readBoard, true
	}
	return nil, false
}

// readContraindicated reads "a patient with this condition has this
// finding (in this region): which technique is contraindicated?". The
// findings are every flag the stem names (a condition's name can name one:
// pregnancy); a region, when the stem gives one, confines a finding to the
// techniques that work there. An option is ruled out when the catalogue's
// screen for those findings says contraindicated and, with a region given,
// it works on that region.
func (l *linter) readContraindicated(card cards.Card) string {
	stem := " " + normWords(card.Front) + " "
	var flags, named []string
	for _, f := range l.c.Flags {
		for _, name := range append([]string{f.Name}, f.Aliases...) {
			if n := normWords(name); n != "" && strings.Contains(stem, " "+n+" ") {
				flags = append(flags, f.ID)
				named = append(named, f.Name)
				break
			}
		}
	}
	var region string
	for _, r := range techniques.Regions() {
		if strings.Contains(stem, " in the "+normWords(strings.ReplaceAll(r, "-", " "))+" region ") {
			region = r
		}
	}
	if len(flags) == 0 {
		return "the stem names no finding the catalogue knows"
	}
	var out []string
	for _, ch := range card.Choices {
		i := slices.IndexFunc(l.c.Techniques, func(t techniques.Technique) bool { return t.Name == ch })
		if i < 0 {
			return quote(ch) + " is no technique of the catalogue"
		}
		t := l.c.Techniques[i]
		if l.c.Screen(t, flags).Status == techniques.StatusContraindicated && (region == "" || slices.Contains(t.Regions, region)) {
			out = append(out, ch)
		}
	}
	if len(out) == 1 && out[0] == card.Choices[card.Answer] {
		return ""
	}
	said := "finding " + quoteAll(named)
	if region != "" {
		said += " in the " + region + " region"
	}
	return fmt.Sprintf("what the stem says (%s) rules out %d options (%s), not the key alone", said, len(out), quoteAll(out))
}

// readBoard reads a board-style vignette (package vignette) with its own
// answer oracle, package readback: the stem's landmarks, segment findings,
// rib motion, tender point, history, age or present finding, read back and
// checked against the catalogue, must single out the key.
func (l *linter) readBoard(card cards.Card) string {
	i, err := readback.Answer(l.c, card.ID, card.Front, card.Choices)
	switch {
	case err != nil:
		return err.Error()
	case i != card.Answer:
		return "what the stem says fits " + quote(card.Choices[i]) + ", not the key"
	}
	return ""
}

// normWords folds a text to lower-case words between single spaces.
func normWords(s string) string {
	return strings.Join(strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !('a' <= r && r <= 'z' || '0' <= r && r <= '9' || r > 127)
	}), " ")
}
