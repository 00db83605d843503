package cards_test

import (
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/omt-reference/omt/cards"
	"github.com/omt-reference/omt/notation"
	"github.com/omt-reference/omt/techniques"
)

// The answer oracle for the board-style vignettes. Each family's key is
// recomputed from what the stem says and the catalogue alone: the stem's
// findings are read back (independently of the generator's wording rules
// where it can be), each option is read as the thing it names (a
// diagnosis through the notation package, a technique by its name, a red
// flag by its head) and checked against the map rows, the screening or the
// red flags. A vignette whose key depends on something the stem does not
// say fails here.

// boardFamily is a vignette's family: "diagnosis/sacrum", "set-up/muscle",
// "rule-out".
func boardFamily(id string) string {
	parts := strings.Split(id, "/")
	if len(parts) < 3 {
		return ""
	}
	if parts[1] == cards.VignetteRuleOut {
		return parts[1]
	}
	return parts[1] + "/" + parts[2]
}

func boardOracle(c *techniques.Catalog, card cards.Card) (oracle, error) {
	st := readStem(card.Front)
	var valid func(string) (bool, error)
	var err error
	switch fam := boardFamily(card.ID); fam {
	case "diagnosis/sacrum":
		valid = func(ch string) (bool, error) { return sacralFits(c, st, ch) }
	case "diagnosis/pelvis":
		valid = func(ch string) (bool, error) { return pelvicFits(c, st, ch) }
	case "diagnosis/rib":
		valid, err = ribDiagnosisOracle(st)
	case "diagnosis/spine":
		valid, err = spineDiagnosisOracle(st)
	case "set-up/barrier", "set-up/ease":
		valid, err = spineSetUpOracle(c, st)
	case "set-up/key-rib", "set-up/muscle", "set-up/action":
		valid, err = ribSetUpOracle(c, st, fam)
	case "technique/contraindicated", "technique/still-open":
		valid, err = screeningOracle(c, st, fam == "technique/contraindicated")
	case "technique/fits":
		valid, err = fitsOracle(c, st)
	case "rule-out":
		valid, err = ruleOutOracle(c, st)
	default:
		return oracle{}, fmt.Errorf("no oracle for the family %q", fam)
	}
	if err != nil {
		return oracle{}, err
	}
	var problems []string
	o := oracle{valid: func(ch string) bool {
		ok, err := valid(ch)
		if err != nil {
			problems = append(problems, err.Error())
		}
		return ok
	}}
	o.extra = func(cards.Card) string { return strings.Join(problems, "; ") }
	return o, nil
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

// sacralFits reads an option as a sacral diagnosis and reports whether its
// map row agrees with every stated finding: the cell begins with what the
// stem says ("right" and "Right (the left sulcus is shallow)"), and the
// spring and sphinx tests read from their joint cell.
func sacralFits(c *techniques.Catalog, st stem, option string) (bool, error) {
	d, err := notation.Parse(option)
	if err != nil || d.Kind != notation.KindSacrum {
		return false, fmt.Errorf("option %q is no sacral diagnosis", option)
	}
	r, ok := rowOf(c, "sacral-dysfunctions", d.Key())
	if !ok {
		return false, fmt.Errorf("option %q has no sacral row", option)
	}
	cols := map[string]string{"Seated flexion test": "seated_flexion", "Deep sulcus": "deep_sulcus", "Posterior ILA": "posterior_ila", "L5": "l5"}
	for _, f := range st.findings {
		value := strings.TrimSuffix(strings.TrimSuffix(f[1], " sides"), " side")
		switch f[0] {
		case "Spring test", "Sphinx test":
			test, _, _ := strings.Cut(f[0], " ")
			if !strings.Contains(r.BoardValue("spring_sphinx"), test+" "+value) {
				return false, nil
			}
		default:
			col, known := cols[f[0]]
			if !known {
				return false, fmt.Errorf("unknown sacral finding %q", f[0])
			}
			if !strings.HasPrefix(words(r.BoardValue(col)), words(value)) {
				return false, nil
			}
		}
	}
	return true, nil
}

var onSideRe = regexp.MustCompile(`^(.+) on the (left|right)$`)

// pelvicFits reads an option as an innominate or pubic diagnosis and
// reports whether its row, on its side, agrees with every stated landmark.
// A landmark said of one side means its opposite of the other side (the
// left ASIS inferior is the right ASIS superior); a landmark the row leaves
// undefined ("not changed as a rule") contradicts nothing.
func pelvicFits(c *techniques.Catalog, st stem, option string) (bool, error) {
	d, err := notation.Parse(option)
	if err != nil || (d.Kind != notation.KindInnominate && d.Kind != notation.KindPubic) {
		return false, fmt.Errorf("option %q is no pelvic diagnosis", option)
	}
	side := d.Innominate.Side
	if d.Kind == notation.KindPubic {
		side = d.Pubic.Side
	}
	r, ok := rowOf(c, "innominate-dysfunctions", d.Key())
	if !ok {
		return false, fmt.Errorf("option %q has no innominate row", option)
	}
	cols := map[string]string{"ASIS": "asis", "PSIS": "psis", "Pubic tubercle": "pubic_tubercle", "Medial malleolus": "medial_malleolus"}
	flip := map[string]string{"inferior": "superior", "superior": "inferior", "medial": "lateral", "lateral": "medial"}
	for _, f := range st.findings {
		if f[0] == "Standing flexion test" {
			if f[1] != "positive on the "+side.String() {
				return false, nil
			}
			continue
		}
		cell := strings.ToLower(oneClause(r.BoardValue(cols[f[0]])))
		if strings.HasPrefix(cell, "not ") {
			continue
		}
		allowed := strings.Split(strings.TrimSuffix(cell, " on the dysfunctional side"), " or ")
		want := f[1]
		if m := onSideRe.FindStringSubmatch(f[1]); m != nil {
			want = m[1]
			if m[2] != side.String() {
				want = flip[want]
			}
		}
		// up-or-down and in-or-out are different planes: a stated medial
		// ASIS does not deny a superior one
		horizontal := func(v string) bool { return v == "medial" || v == "lateral" }
		if !slices.Contains(allowed, want) && horizontal(want) == horizontal(allowed[0]) {
			return false, nil
		}
	}
	return true, nil
}

// oneClause is a cell up to its first bracket, colon or full stop.
func oneClause(s string) string {
	s = flat(s)
	for _, sep := range []string{" (", ": ", ". "} {
		s, _, _ = strings.Cut(s, sep)
	}
	return strings.TrimSuffix(s, ".")
}

var ribTitleRe = regexp.MustCompile(`^(Left|Right) ribs? (\d+)(?:-(\d+))?$`)

// ribGroupStated reads the rib finding: the side and group that stop early,
// and the phase they stop early in.
func ribGroupStated(st stem) (notation.Side, notation.Range, string, error) {
	for _, f := range st.findings {
		m := ribTitleRe.FindStringSubmatch(f[0])
		phase, ok := strings.CutPrefix(f[1], "stop early on ")
		if m == nil || !ok {
			continue
		}
		side := notation.Left
		if m[1] == "Right" {
			side = notation.Right
		}
		to := m[3]
		if to == "" {
			to = m[2]
		}
		r, err := notation.ParseRange("rib " + m[2] + "-rib " + to)
		return side, r, phase, err
	}
	return notation.SideNone, notation.Range{}, "", fmt.Errorf("no rib group stops early in the stem")
}

func ribDiagnosisOracle(st stem) (func(string) (bool, error), error) {
	side, group, phase, err := ribGroupStated(st)
	if err != nil {
		return nil, err
	}
	return func(ch string) (bool, error) {
		d, err := notation.Parse(ch)
		if err != nil || d.Kind != notation.KindRib {
			return false, fmt.Errorf("option %q is no rib diagnosis", ch)
		}
		e := notation.Explain(d)
		return d.Rib.Side == side && d.Rib.Range == group && e.Restricted[0].String() == phase, nil
	}, nil
}
