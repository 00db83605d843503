package vignette

import (
	"slices"
	"strconv"
	"strings"

	"github.com/omt-reference/omt/notation"
	"github.com/omt-reference/omt/techniques"
)

// pelvicColumns lists the innominate map's landmark columns, in the order a
// stem gives them; the standing flexion test comes first and names the side.
func pelvicColumns() []string {
	return []string{"standing_flexion", "asis", "psis", "pubic_tubercle", "medial_malleolus"}
}

// pelvicPhrases lists the ways the notation package names the innominate
// map's rows, without the side.
func pelvicPhrases() []string {
	return []string{
		"anterior innominate rotation", "posterior innominate rotation", "superior innominate shear",
		"inferior innominate shear", "innominate inflare", "innominate outflare", "superior pubic shear", "inferior pubic shear",
	}
}

// pelvicName is the diagnosis of an innominate map row on one side, as the
// notation package writes it, or "" when no phrase names the row.
func (b *builder) pelvicName(row string, side notation.Side) string {
	k := row + "/" + side.String()
	if name, ok := b.pelvicNames[k]; ok {
		return name
	}
	b.pelvicNames[k] = ""
	for _, p := range pelvicPhrases() {
		if d, err := notation.Parse(side.String() + " " + p); err == nil && d.Key() == row {
			b.pelvicNames[k] = d.String()
		}
	}
	return b.pelvicNames[k]
}

// pelvicValues are the values a row's landmark may take on the
// dysfunctional side ("inferior or level" gives both); nil for a column the
// row leaves undefined ("not changed as a rule", "not a defining finding").
func pelvicValues(r techniques.TableRow, col string) []string {
	v := lead(r.BoardValue(col))
	v = strings.TrimSuffix(v, " on the dysfunctional side")
	if v == "" || strings.HasPrefix(v, "not ") {
		return nil
	}
	return strings.Split(v, " or ")
}

// seenFrom turns a landmark of one side into what it means for the other:
// the left ASIS inferior is the right ASIS superior.
func seenFrom(v string) string {
	switch v {
	case "inferior":
		return "superior"
	case "superior":
		return "inferior"
	case "medial":
		return "lateral"
	case "lateral":
		return "medial"
	}
	return v
}

// onSide says a landmark's place for a side: "inferior on the left"; a
// level landmark is just "about level".
func onSide(v string, side notation.Side) string {
	if strings.HasSuffix(v, "level") {
		return v
	}
	return v + " on the " + side.String()
}

// samePlane reports whether two landmark values place it in the same
// plane: up and down (superior, inferior, level), or in and out (medial,
// lateral).
func samePlane(a, b string) bool {
	horizontal := func(v string) bool { return strings.HasPrefix(v, "medial") || strings.HasPrefix(v, "lateral") }
	return horizontal(a) == horizontal(b)
}

// pelvicFindings are a row's findings on one side, stated for that side.
func pelvicFindings(r techniques.TableRow, side notation.Side) []finding {
	out := []finding{{"standing_flexion", "Standing flexion test", "positive on the " + side.String()}}
	for _, col := range pelvicColumns()[1:] {
		vs := pelvicValues(r, col)
		if vs == nil {
			continue
		}
		out = append(out, finding{col, pelvicTitle(col), onSide(vs[0], side)})
	}
	return out
}

func pelvicTitle(col string) string {
	switch col {
	case "asis":
		return "ASIS"
	case "psis":
		return "PSIS"
	case "pubic_tubercle":
		return "Pubic tubercle"
	case "medial_malleolus":
		return "Medial malleolus"
	}
	return "Standing flexion test"
}

// pelvicContradicts is the first stated finding (made for side) that a row
// on side other contradicts, with what that row shows instead; ok is false
// when the row agrees with every stated finding.
func pelvicContradicts(stated []finding, side notation.Side, o techniques.TableRow, other notation.Side) (finding, string, bool) {
	for _, f := range stated {
		if f.col == "standing_flexion" {
			if side != other {
				return f, "positive on the " + other.String(), true
			}
			continue
		}
		vs := pelvicValues(o, f.col)
		if vs == nil {
			continue
		}
		var seen []string
		for _, v := range vs {
			if side != other {
				v = seenFrom(v)
			}
			seen = append(seen, onSide(v, side))
		}
		// a landmark placed up or down says nothing of in or out: an ASIS
		// that is medial may also be superior (a flare often comes with a
		// rotation), so only values in the same plane contradict
		if !slices.Contains(seen, f.value) && samePlane(f.value, seen[0]) {
			return f, strings.Join(seen, " or "), true
		}
	}
	return finding{}, "", false
}

// pelvicVariants are the landmark columns each pelvic vignette gives: all of
// them, then without the leg length.
func pelvicVariants() [][]string {
	return [][]string{pelvicColumns(), pelvicColumns()[:4]}
}

// pelvicDiagnosisVignettes asks, for every innominate map row on each side
// and each set of landmarks, which dysfunction fits. Distractors are rows on
// either side that contradict a stated landmark (see pelvicDistractors).
func (b *builder) pelvicDiagnosisVignettes() {
	t, ok := b.c.Maps.Table(mapInnominateDysfunctions)
	if !ok {
		return
	}
	for _, r := range t.Rows {
		for _, side := range []notation.Side{notation.Left, notation.Right} {
			name := b.pelvicName(r.ID, side)
			if name == "" {
				continue
			}
			all := pelvicFindings(r, side)
			for v, cols := range pelvicVariants() {
				id := boardID(Diagnosis, "pelvis", r.ID+"-"+side.String(), strconv.Itoa(v+1))
				var stated []finding
				for _, f := range all {
					if slices.Contains(cols, f.col) {
						stated = append(stated, f)
					}
				}
				key := option{r.ID + "/" + side.String(), capitalize(name)}
				b.askDiagnosis(id, t, key, r, stated, b.pelvicDistractors(id, key, t, r, side, stated), "pelvis", r.BoardValue("other"))
			}
		}
	}
}

// pelvicDistractors draws two rows on the same side and, where there is
// one, the mirror image on the other side (the row that agrees with every
// landmark as seen from this side, wrong only by the standing flexion test);
// the rest fill any gap.
func (b *builder) pelvicDistractors(id string, key option, t techniques.MapTable, r techniques.TableRow, side notation.Side, stated []finding) [][]wrongOption {
	var same, mirror, rest []wrongOption
	for _, o := range t.Rows {
		for _, os := range []notation.Side{notation.Left, notation.Right} {
			name := b.pelvicName(o.ID, os)
			if name == "" || o.ID == r.ID && os == side {
				continue
			}
			f, shows, ok := pelvicContradicts(stated, side, o, os)
			if !ok {
				continue
			}
			w := wrongOption{option{o.ID + "/" + os.String(), capitalize(name)},
				"its " + lower(f.title) + " would be " + shows + ", not " + f.value + "."}
			switch {
			case os == side:
				same = append(same, w)
			case mirrors(stated, side, o, os):
				w.why = "seen from the " + side.String() + " its landmarks match, but its standing flexion test would be positive on the " +
					os.String() + ", the side of the dysfunction."
				mirror = append(mirror, w)
			default:
				w.why = "its standing flexion test would be positive on the " + os.String() + ", the side of the dysfunction."
				rest = append(rest, w)
			}
		}
	}
	first := append(b.pickWrong(id, key, same, 2), b.pickWrong(id, key, mirror, 1)...)
	return [][]wrongOption{first, same, rest}
}

// mirrors reports whether a row on the other side shows every stated
// landmark other than the standing flexion test, each in its own plane, as
// seen from the stated side: the left anterior rotation's low ASIS is the
// right posterior rotation's high one.
func mirrors(stated []finding, side notation.Side, o techniques.TableRow, other notation.Side) bool {
	for _, f := range stated {
		if f.col == "standing_flexion" {
			continue
		}
		vs := pelvicValues(o, f.col)
		if vs == nil {
			return false
		}
		v := vs[0]
		if side != other {
			v = seenFrom(v)
		}
		if onSide(v, side) != f.value {
			return false
		}
	}
	return true
}
