package readback

import (
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/omt-reference/omt/notation"
	"github.com/omt-reference/omt/techniques"
)

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

// sacralRowNames and pelvicRowNames are every sacral, innominate and pubic
// diagnosis, for finding which row a stem's landmarks describe.
func sacralRowNames() []string {
	return []string{
		"left-on-left sacral torsion", "right-on-right sacral torsion", "left-on-right sacral torsion", "right-on-left sacral torsion",
		"left unilateral sacral flexion", "right unilateral sacral flexion", "left unilateral sacral extension",
		"right unilateral sacral extension", "bilateral sacral flexion", "bilateral sacral extension",
	}
}

func pelvicRowNames() []string {
	var out []string
	for _, side := range []string{"left", "right"} {
		for _, p := range []string{"anterior innominate rotation", "posterior innominate rotation", "superior innominate shear",
			"inferior innominate shear", "innominate inflare", "innominate outflare", "superior pubic shear", "inferior pubic shear"} {
			out = append(out, side+" "+p)
		}
	}
	return out
}

// describedRows are the map rows a stem's landmarks fit, and the rib group
// for a rib stem. Landmarks in one plane leave a dysfunction in another
// open (a low ASIS says nothing of a flare), so more than one row may fit.
func describedRows(c *techniques.Catalog, st stem) ([]techniques.TableRow, notation.Range, error) {
	if _, g, stopsEarly, err := ribGroupStated(st); err == nil {
		held := map[string]string{"inhalation": "exhalation", "exhalation": "inhalation"}[stopsEarly]
		r, ok := rowOf(c, "rib-dysfunctions", "rib-"+held+"-dysfunction")
		if !ok {
			return nil, g, fmt.Errorf("no rib row for a group held in %s", held)
		}
		return []techniques.TableRow{r}, g, nil
	}
	mapID, names, fits := "sacral-dysfunctions", sacralRowNames(), sacralFits
	if _, _, ok := st.finding(func(t string) bool { return t == "Standing flexion test" }); ok {
		mapID, names, fits = "innominate-dysfunctions", pelvicRowNames(), pelvicFits
	}
	var rows []techniques.TableRow
	for _, name := range names {
		ok, err := fits(c, st, name)
		if err != nil {
			return nil, notation.Range{}, err
		}
		d, _ := notation.Parse(name)
		if r, found := rowOf(c, mapID, d.Key()); ok && found {
			rows = append(rows, r)
		}
	}
	if len(rows) == 0 {
		return nil, notation.Range{}, fmt.Errorf("the landmarks fit no diagnosis")
	}
	return rows, notation.Range{}, nil
}

// fitsOracle: a technique fits when the map row of a dysfunction the
// landmarks describe lists it and, for a rib group, it is taught at every
// rib of the group.
func fitsOracle(c *techniques.Catalog, st stem) (func(string) (bool, error), error) {
	rows, group, err := describedRows(c, st)
	if err != nil {
		return nil, err
	}
	return func(ch string) (bool, error) {
		t, ok := techniqueNamed(c, ch)
		if !ok {
			return false, fmt.Errorf("option %q is no technique", ch)
		}
		taught := len(t.Levels) == 0 || !group.From.Valid()
		if !taught {
			taught = true
			for _, l := range group.Levels() {
				taught = taught && techniques.LevelIn(l, t.Levels)
			}
		}
		listed := slices.ContainsFunc(rows, func(r techniques.TableRow) bool { return slices.Contains(r.Techniques, t.ID) })
		return listed && taught, nil
	}, nil
}
