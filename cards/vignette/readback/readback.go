// Package readback answers a board-style vignette (package vignette) from
// what its stem says, as a student who covers the options must: it reads
// the stem's findings back (the landmarks, the rib motion, the segment's
// findings, the tender point's place and side, the history, the age, the
// technique chosen, the finding given as present), reads each option as
// the thing it names (a diagnosis through the notation package, a
// technique by its name, a red flag by its head, a position of ease by its
// motions) and checks each against the catalogue (the map rows, the tender
// points, the screening, the red flags). A vignette is sound when exactly
// one option fits what its stem says, and that one is its key.
//
// It is the answer oracle of the vignettes, so it shares nothing with the
// generator: it reads the stem's text, not the generator's choices, and
// imports neither package vignette nor package cards (a test holds it to
// that). The cards package's tests and the item-quality lint both ask it.
package readback

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/omt-reference/omt/techniques"
)

// Family is a vignette's family from its id: "diagnosis/sacrum",
// "set-up/muscle", "technique/still-open", "rule-out". "board/diagnosis/
// sacrum/sacrum-torsion-left-on-left/1" is of "diagnosis/sacrum".
func Family(id string) string {
	parts := strings.Split(id, "/")
	if len(parts) < 3 {
		return ""
	}
	if parts[1] == "rule-out" {
		return parts[1]
	}
	return parts[1] + "/" + parts[2]
}

// Families lists every family of board vignette this package reads.
func Families() []string {
	return []string{
		"diagnosis/sacrum", "diagnosis/pelvis", "diagnosis/rib", "diagnosis/spine",
		"technique/contraindicated", "technique/still-open", "technique/fits",
		"set-up/barrier", "set-up/ease", "set-up/key-rib", "set-up/muscle", "set-up/action", "set-up/tender-point",
		"rule-out",
	}
}

// Right reports, for each option of the vignette with this id and front,
// whether the catalogue makes it right by what the front says. An error
// says that the front does not state what the family's answer depends on,
// or that an option is not of the family's kind (a technique the diagnosis's
// row does not list, a text that names no diagnosis).
func Right(c *techniques.Catalog, id, front string, options []string) ([]bool, error) {
	valid, err := judge(c, Family(id), readStem(front))
	if err != nil {
		return nil, err
	}
	right := make([]bool, len(options))
	var problems []string
	for i, o := range options {
		ok, err := valid(o)
		if err != nil {
			problems = append(problems, err.Error())
		}
		right[i] = ok
	}
	if len(problems) > 0 {
		return right, fmt.Errorf("%s", strings.Join(problems, "; "))
	}
	return right, nil
}

// Answer is the index of the one option that fits what the front says, or
// an error that says why there is not exactly one.
func Answer(c *techniques.Catalog, id, front string, options []string) (int, error) {
	right, err := Right(c, id, front, options)
	if err != nil {
		return -1, err
	}
	var fit []string
	at := -1
	for i, ok := range right {
		if ok {
			fit, at = append(fit, fmt.Sprintf("%q", options[i])), i
		}
	}
	switch len(fit) {
	case 0:
		return -1, fmt.Errorf("no option fits what the stem says")
	case 1:
		return at, nil
	}
	return -1, fmt.Errorf("%d options fit what the stem says: %s", len(fit), strings.Join(fit, ", "))
}

// judge is the test of an option for a family, given the stem.
func judge(c *techniques.Catalog, fam string, st stem) (func(string) (bool, error), error) {
	switch fam {
	case "diagnosis/sacrum":
		return func(ch string) (bool, error) { return sacralFits(c, st, ch) }, nil
	case "diagnosis/pelvis":
		return func(ch string) (bool, error) { return pelvicFits(c, st, ch) }, nil
	case "diagnosis/rib":
		return ribDiagnosisOracle(st)
	case "diagnosis/spine":
		return spineDiagnosisOracle(st)
	case "set-up/barrier", "set-up/ease":
		return spineSetUpOracle(c, st)
	case "set-up/key-rib", "set-up/muscle", "set-up/action":
		return ribSetUpOracle(c, st, fam)
	case "set-up/tender-point":
		return tenderPointOracle(c, st)
	case "technique/contraindicated", "technique/still-open":
		return screeningOracle(c, st, fam == "technique/contraindicated")
	case "technique/fits":
		return fitsOracle(c, st)
	case "rule-out":
		return ruleOutOracle(c, st)
	}
	return nil, fmt.Errorf("no reader for the family %q", fam)
}

// stem is a vignette's front read into its parts: the prose lines and the
// examination's "- Title: value" lines, in order.
type stem struct {
	lines    []string
	findings [][2]string
}

func readStem(front string) stem {
	var st stem
	for _, line := range strings.Split(front, "\n") {
		if rest, ok := strings.CutPrefix(line, "- "); ok {
			title, value, _ := strings.Cut(rest, ": ")
			st.findings = append(st.findings, [2]string{title, value})
			continue
		}
		st.lines = append(st.lines, line)
	}
	return st
}

// finding is the value of the first finding whose title passes the test.
func (st stem) finding(test func(title string) bool) (title, value string, ok bool) {
	for _, f := range st.findings {
		if test(f[0]) {
			return f[0], f[1], true
		}
	}
	return "", "", false
}

// labelled is the text after a prose line's label ("Past medical history: "),
// without its full stop.
func (st stem) labelled(label string) (string, bool) {
	for _, l := range st.lines {
		for _, lab := range strings.Split(label, "|") {
			if rest, ok := strings.CutPrefix(l, lab); ok {
				return strings.TrimSuffix(rest, "."), true
			}
		}
	}
	return "", false
}

func tableOf(c *techniques.Catalog, id string) techniques.MapTable {
	t, _ := c.Maps.Table(id)
	return t
}

func rowOf(c *techniques.Catalog, mapID, id string) (techniques.TableRow, bool) {
	for _, r := range tableOf(c, mapID).Rows {
		if r.ID == id {
			return r, true
		}
	}
	return techniques.TableRow{}, false
}

// flat collapses runs of white space.
func flat(s string) string { return strings.Join(strings.Fields(s), " ") }

// words folds case and punctuation, between spaces.
func words(s string) string {
	return " " + strings.Join(strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}), " ") + " "
}

// related reports whether one text contains the other, folded: such texts
// may both be called right.
func related(a, b string) bool {
	x, y := words(a), words(b)
	return strings.TrimSpace(x) != "" && strings.TrimSpace(y) != "" && (strings.Contains(x, y) || strings.Contains(y, x))
}
