package vignette

import (
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/omt-reference/omt/notation"
	"github.com/omt-reference/omt/techniques"
)

// finding is one examination finding a stem states: the map column it
// comes from, its title in the stem and its value ("Deep sulcus: right").
type finding struct {
	col, title, value string
}

func (f finding) line() string { return "- " + f.title + ": " + f.value }

// lead is the first clause of a map cell, as a stem states it: "Right (the
// left sulcus is shallow)" gives "right", "Positive on the right (opposite
// the axis)" gives "positive on the right".
func lead(cell string) string {
	s := oneLine(cell)
	for _, sep := range []string{" (", ": ", "; ", ". ", ", "} {
		s, _, _ = strings.Cut(s, sep)
	}
	return strings.ToLower(strings.TrimSuffix(s, "."))
}

// sideValue says "both" and "neither" as a stem reads them.
func sideValue(v string) string {
	switch v {
	case "both":
		return "both sides"
	case "neither":
		return "neither side"
	}
	return v
}

var springSphinx = regexp.MustCompile(`(Spring|Sphinx) (positive|negative)`)

// sacralFindings are the landmark findings of a sacral map row, by column:
// the seated flexion test, the deep sulcus, the posterior ILA, the spring
// and the sphinx tests, and for a torsion the L5 it comes with.
func sacralFindings(r techniques.TableRow) map[string]finding {
	out := map[string]finding{
		"seated_flexion": {"seated_flexion", "Seated flexion test", lead(r.BoardValue("seated_flexion"))},
		"deep_sulcus":    {"deep_sulcus", "Deep sulcus", sideValue(lead(r.BoardValue("deep_sulcus")))},
		"posterior_ila":  {"posterior_ila", "Posterior ILA", sideValue(lead(r.BoardValue("posterior_ila")))},
	}
	for _, m := range springSphinx.FindAllStringSubmatch(r.BoardValue("spring_sphinx"), -1) {
		col := strings.ToLower(m[1])
		out[col] = finding{col, m[1] + " test", m[2]}
	}
	if l5 := oneLine(r.BoardValue("l5")); strings.Contains(r.ID, "torsion") && l5 != "" {
		l5, _, _ = strings.Cut(l5, " (")
		out["l5"] = finding{"l5", "L5", lower(l5)}
	}
	return out
}

// coreSacral lists the findings that tell the sacral rows apart; L5 only
// supports a torsion, so no distractor is wrong by L5 alone.
func coreSacral() []string {
	return []string{"seated_flexion", "deep_sulcus", "posterior_ila", "spring", "sphinx"}
}

// sacralVariants are the sets of findings the sacral vignettes give, one
// vignette each.
func sacralVariants() [][]string {
	return [][]string{
		{"seated_flexion", "deep_sulcus", "posterior_ila", "spring"},
		{"seated_flexion", "deep_sulcus", "posterior_ila", "sphinx", "l5"},
		{"deep_sulcus", "posterior_ila", "seated_flexion", "spring", "sphinx"},
	}
}

// sacralDiagnosisVignettes asks, for every sacral map row and each set of
// findings, which dysfunction fits. Options are the rows' diagnoses as the
// notation package writes them; a distractor is wrong because at least one
// stated core finding differs, and rows differing in one finding come first.
func (b *builder) sacralDiagnosisVignettes() {
	t, ok := b.c.Maps.Table(mapSacralDysfunctions)
	if !ok {
		return
	}
	names := sacralNames()
	for _, r := range t.Rows {
		name, ok := names[r.ID]
		if !ok {
			continue
		}
		mine := sacralFindings(r)
		for v, cols := range sacralVariants() {
			id := boardID(Diagnosis, "sacrum", r.ID, strconv.Itoa(v+1))
			var stated []finding
			for _, col := range cols {
				if f, ok := mine[col]; ok {
					stated = append(stated, f)
				}
			}
			var near, far []wrongOption
			for _, o := range t.Rows {
				oname, ok := names[o.ID]
				if o.ID == r.ID || !ok {
					continue
				}
				diff := differing(stated, sacralFindings(o), coreSacral())
				if len(diff) == 0 {
					continue
				}
				w := wrongOption{option{o.ID, capitalize(oname)}, "its " + lower(diff[0].title) + " would be " + diff[0].value + ", not " + valueOf(stated, diff[0].col) + "."}
				if len(diff) == 1 {
					near = append(near, w)
				} else {
					far = append(far, w)
				}
			}
			b.askDiagnosis(id, t, option{r.ID, capitalize(name)}, r, stated, [][]wrongOption{near, far}, "sacrum", r.BoardValue("motion"))
		}
	}
}

// sacralNames are the ten sacral diagnoses as the notation package writes
// them, by the sacral map row each names.
func sacralNames() map[string]string {
	out := map[string]string{}
	for _, text := range []string{
		"left-on-left sacral torsion", "right-on-right sacral torsion", "left-on-right sacral torsion", "right-on-left sacral torsion",
		"left unilateral sacral flexion", "right unilateral sacral flexion", "left unilateral sacral extension",
		"right unilateral sacral extension", "bilateral sacral flexion", "bilateral sacral extension",
	} {
		if d, err := notation.Parse(text); err == nil {
			out[d.Key()] = d.String()
		}
	}
	return out
}

// differing lists the stated findings, among the columns given, that
// another row's findings plainly contradict.
func differing(stated []finding, other map[string]finding, cols []string) []finding {
	var out []finding
	for _, f := range stated {
		o, ok := other[f.col]
		if ok && slices.Contains(cols, f.col) && o.value != f.value {
			out = append(out, o)
		}
	}
	return out
}

func valueOf(stated []finding, col string) string {
	for _, f := range stated {
		if f.col == col {
			return f.value
		}
	}
	return ""
}

// askDiagnosis asks a "which dysfunction fits?" vignette about a map row.
// The key is explained by the findings and by what the row says the
// dysfunction is (its motion, or its other findings).
func (b *builder) askDiagnosis(id string, t techniques.MapTable, keyOpt option, r techniques.TableRow, stated []finding, pools [][]wrongOption, area, what string) {
	wrong := b.fillWrong(id, keyOpt, pools)
	if len(wrong) < choicesPerCard-1 {
		return
	}
	lines := []string{b.diagnosisOpener(id, area)}
	lines = append(lines, chooseText(id, "exam", "Structural examination:", "On structural examination:", "Examination finds:"))
	var said []string
	for _, f := range stated {
		lines = append(lines, f.line())
		said = append(said, lower(f.title)+" "+f.value)
	}
	why := capitalize(joinAnd(said, "and")) + " fit " + lower(keyOpt.text) + ". " + sentence(oneLine(what))
	var spare []wrongOption
	for _, pool := range pools {
		spare = append(spare, b.pickWrong(id+"#spare", keyOpt, pool, len(pool))...)
	}
	b.askBoard(boardItem{
		id: id, kind: Diagnosis, stem: strings.Join(lines, "\n"), spare: spare,
		lead: chooseText(id, "lead", "Which dysfunction fits these findings?", "Which is the most likely diagnosis?",
			"Which somatic dysfunction best explains these findings?"),
		key: keyOpt, keyWhy: why, wrong: wrong, from: b.rowCitation(t, r),
		src: mapSource(t.ID, r.ID, r.Name, "board/diagnosis", r.Sources),
	})
}

// rowCitation names a map row and its sources for an explanation.
func (b *builder) rowCitation(t techniques.MapTable, r techniques.TableRow) string {
	return "the map " + t.Title + ", row " + r.Name + " (" + b.c.SourceNames(r.Sources) + ")"
}

// diagnosisOpener is the history of a patient with a pelvic, spinal or rib
// complaint: an adult with a condition of that area, and its red flags asked
// about and absent.
func (b *builder) diagnosisOpener(id, area string) string {
	var ids []string
	switch area {
	case "sacrum", "pelvis":
		ids = []string{"low-back-pain", "sacroiliac-joint-dysfunction"}
	case "rib":
		ids = []string{"rib-dysfunction", "thoracic-back-pain"}
	case "cervical":
		ids = []string{"neck-pain"}
	case "thoracic":
		ids = []string{"thoracic-back-pain"}
	default:
		ids = []string{"low-back-pain"}
	}
	x, ok := b.c.Condition(ids[choose(id, "condition", len(ids))])
	if !ok {
		return "An adult comes to the clinic with pain."
	}
	p := b.patientFor(id, x, 64)
	s := opener(id, p, complaint(id, x))
	if d := b.deniedLine(id, p, b.redFlagsOf(x), nil); d != "" {
		s += "\n" + d
	}
	return s
}
