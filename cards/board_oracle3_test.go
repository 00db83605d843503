package cards_test

import (
	"fmt"
	"slices"
	"strings"

	"github.com/omt-reference/omt/notation"
	"github.com/omt-reference/omt/techniques"
)

// sacralRowNames and pelvicRowNames are every sacral, innominate and pubic
// diagnosis, for finding which row a stem's landmarks describe.
var sacralRowNames = []string{
	"left-on-left sacral torsion", "right-on-right sacral torsion", "left-on-right sacral torsion", "right-on-left sacral torsion",
	"left unilateral sacral flexion", "right unilateral sacral flexion", "left unilateral sacral extension",
	"right unilateral sacral extension", "bilateral sacral flexion", "bilateral sacral extension",
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
	mapID, names, fits := "sacral-dysfunctions", sacralRowNames, sacralFits
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

// redFlagTexts are the red flags, of any condition, that a head names:
// "Cauda equina syndrome: …" or "… (meningitis or encephalitis)".
func redFlagTexts(c *techniques.Catalog, head string) []string {
	var out []string
	h := strings.ToLower(head)
	for _, x := range c.Conditions {
		for _, rf := range x.RedFlags {
			l := strings.ToLower(rf)
			if strings.HasPrefix(l, h+": ") || strings.HasSuffix(l, "("+h+")") {
				out = append(out, rf)
			}
		}
	}
	return out
}

// ruleOutOracle: the red flag to rule out first is the one whose findings
// include the finding the stem gives as present.
func ruleOutOracle(c *techniques.Catalog, st stem) (func(string) (bool, error), error) {
	_, present, ok := st.finding(func(t string) bool { return t == "Present" })
	if !ok {
		return nil, fmt.Errorf("the stem gives no finding as present")
	}
	return func(ch string) (bool, error) {
		texts := redFlagTexts(c, ch)
		if len(texts) == 0 {
			return false, fmt.Errorf("option %q heads no red flag", ch)
		}
		return slices.ContainsFunc(texts, func(t string) bool { return strings.Contains(words(t), words(present)) }), nil
	}, nil
}
