package itemlint

import (
	"slices"
	"strings"

	"github.com/omt-reference/omt/cards"
	"github.com/omt-reference/omt/notation"
	"github.com/omt-reference/omt/techniques"
)

// optionKinds indexes what the catalogue's names name, for the options of a
// card: a finding of some kind (cards.FlagKind), a technique, a family, a
// condition, a glossary term, an organ, a tender point, a row of a table
// (a dysfunction). Level sets ("T10-T11, T12-L1") are known by their form.
// A text the index does not hold is of no known kind and is not judged.
func optionKinds(c *techniques.Catalog) map[string][]string {
	kinds := map[string][]string{}
	add := func(text, kind string) {
		k := textKey(text)
		if k != "" && !slices.Contains(kinds[k], kind) {
			kinds[k] = append(kinds[k], kind)
		}
	}
	for _, f := range c.Flags {
		add(f.Name, "finding ("+cards.FlagKind(f)+")")
	}
	for _, t := range c.Techniques {
		add(t.Name, "technique")
	}
	for _, f := range c.Families {
		add(f.Name, "family of technique")
	}
	for _, x := range c.Conditions {
		add(x.Name, "condition")
	}
	for _, g := range c.Glossary {
		add(g.Term, "glossary term")
	}
	for _, o := range c.Maps.Organs.Rows {
		add(o.Name, "organ")
	}
	for _, p := range c.Maps.TenderPoints.Rows {
		add(p.Name, "tender point")
	}
	for _, t := range c.Maps.Tables {
		for _, r := range t.Rows {
			add(r.Name, "row of "+t.ID)
		}
	}
	return kinds
}

// kindsOf is what an option names: its entries in the index, and "levels"
// for a list of levels ("rib 1" is a level and a row of the rib-motion map).
func (l *linter) kindsOf(option string) []string {
	k := l.kinds[textKey(option)]
	if isLevels(option) {
		k = append(slices.Clone(k), "levels")
	}
	return k
}

// isLevels reports whether a text is a list of levels or ranges: "T5-T9",
// "T10-T11, T12-L1".
func isLevels(s string) bool {
	for _, part := range strings.Split(s, ",") {
		if _, err := notation.ParseRange(strings.TrimSpace(part)); err != nil {
			return false
		}
	}
	return true
}

// mixedKinds reports whether the options a card offers, among those of a
// known kind, have no kind in common.
func (l *linter) mixedKinds(card cards.Card) (bool, string) {
	var common, known []string
	for _, ch := range card.Choices {
		ks := l.kindsOf(ch)
		if len(ks) == 0 {
			continue
		}
		if len(known) == 0 {
			common = slices.Clone(ks)
		} else {
			common = slices.DeleteFunc(common, func(k string) bool { return !slices.Contains(ks, k) })
		}
		known = append(known, quote(ch)+" is a "+strings.Join(ks, " or a "))
	}
	if len(known) < 2 || len(common) > 0 {
		return false, ""
	}
	return true, strings.Join(known, "; ")
}
