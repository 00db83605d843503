package vignette

import (
	"strings"

	"github.com/omt-reference/omt/notation"
	"github.com/omt-reference/omt/techniques"
)

// mapRibMotion is the map of how each part of the rib cage moves.
const mapRibMotion = "rib-motion"

// ribGroups lists the rib groups the rib vignettes are about: each lies within
// one kind of rib motion, so the stem can say where its motion is felt.
func ribGroups() []string {
	return []string{"ribs 2-4", "ribs 3-5", "ribs 6-8", "ribs 7-9", "ribs 8-10", "ribs 11-12"}
}

// ribCase is a rib group on one side held in inhalation or exhalation,
// read by the notation package.
type ribCase struct {
	d notation.Diagnosis
	e notation.Explanation
}

func readRib(side notation.Side, group string, kind notation.RibKind) (ribCase, bool) {
	d, err := notation.Parse(side.String() + " " + group + " " + kind.String() + " dysfunction")
	if err != nil || d.Kind != notation.KindRib {
		return ribCase{}, false
	}
	return ribCase{d, notation.Explain(d)}, true
}

func (rc ribCase) name() string { return capitalize(rc.d.String()) }

// group is the ribs as a stem names them: "ribs 6-8", "rib 1".
func (rc ribCase) group() string {
	r := rc.d.Rib.Range
	if r.IsSingle() {
		return r.From.String()
	}
	return "ribs " + strings.TrimPrefix(r.From.String(), "rib ") + "-" + strings.TrimPrefix(r.To.String(), "rib ")
}

// restricted is the phase the group stops early in.
func (rc ribCase) restricted() string { return rc.e.Restricted[0].String() }

// ribMotionRow is the rib-motion map row whose levels hold every rib of the
// group, for where the motion is felt.
func (b *builder) ribMotionRow(r notation.Range) (techniques.MapTable, techniques.TableRow, bool) {
	t, ok := b.c.Maps.Table(mapRibMotion)
	if !ok {
		return t, techniques.TableRow{}, false
	}
	for _, row := range t.Rows {
		in := b.levelSet(row.Levels)
		all := len(in) < 12 // a row of all twelve ribs says nothing of where
		for _, l := range r.Levels() {
			all = all && in[l]
		}
		if all {
			return t, row, true
		}
	}
	return t, techniques.TableRow{}, false
}

// ribStem is the history and examination of a patient with a rib group
// held in one phase.
func (b *builder) ribStem(id string, rc ribCase) string {
	return strings.Join(append([]string{b.diagnosisOpener(id, "rib")}, ribFindings(b, id, rc)...), "\n")
}

// ribFindings are the examination of a rib group held in one phase: which
// ribs stop early in which phase, the other side moving fully, and where
// the motion is felt (the rib-motion map).
func ribFindings(b *builder, id string, rc ribCase) []string {
	side := rc.d.Rib.Side
	lines := []string{chooseText(id, "exam", "Examination of respiratory rib motion:",
		"On examination of the ribs through full breaths:", "Rib motion, compared side to side:"),
		"- " + capitalize(side.String()) + " " + rc.group() + ": stop early on " + rc.restricted(),
		"- " + capitalize(side.Opposite().String()) + " ribs: move fully in both phases"}
	if _, row, ok := b.ribMotionRow(rc.d.Rib.Range); ok {
		lines = append(lines, "- Motion best felt: "+lower(strings.TrimSuffix(oneLine(row.BoardValue("palpate")), "."))+
			" ("+lower(oneLine(row.BoardValue("motion")))+")")
	}
	return lines
}

// ribDiagnosisVignettes asks, for each rib group held in either phase on
// either side, which dysfunction fits. The distractors are the same group
// held in the other phase (named for the barrier instead of the freedom)
// and the same group on the other side in either phase, which moves fully.
func (b *builder) ribDiagnosisVignettes() {
	t, ok := b.c.Maps.Table(mapRibDysfunctions)
	if !ok {
		return
	}
	for _, group := range ribGroups() {
		for _, kind := range []notation.RibKind{notation.Inhalation, notation.Exhalation} {
			for _, side := range []notation.Side{notation.Left, notation.Right} {
				rc, ok := readRib(side, group, kind)
				row, found := tableRowByID(t, rc.e.Key)
				if !ok || !found {
					continue
				}
				id := boardID(Diagnosis, "rib", slugOf(rc.d.String()))
				var wrong []wrongOption
				for _, k := range []notation.RibKind{notation.Inhalation, notation.Exhalation} {
					for _, s := range []notation.Side{notation.Left, notation.Right} {
						o, ok := readRib(s, group, k)
						if !ok || o.d == rc.d {
							continue
						}
						why := "the ribs on the " + s.String() + " move fully in both phases."
						if s == side {
							why = "an " + k.String() + " dysfunction is held in " + k.String() + " and stops early on " + o.restricted() +
								"; a rib dysfunction is named for the phase it moves into freely."
						}
						wrong = append(wrong, wrongOption{option{o.d.String(), o.name()}, why})
					}
				}
				b.askBoard(boardItem{
					id: id, kind: Diagnosis, stem: b.ribStem(id, rc),
					lead: chooseText(id, "lead", "Which dysfunction fits these findings?", "Which is the most likely diagnosis?"),
					key:  option{rc.d.String(), rc.name()},
					keyWhy: "The " + side.String() + " " + rc.group() + " stop early on " + rc.restricted() + ": they move freely into " +
						kind.String() + " and are held there, and a rib dysfunction is named for the phase it is held in.",
					wrong: wrong, from: b.rowCitation(t, row),
					src: mapSource(t.ID, row.ID, row.Name, "board/diagnosis", row.Sources),
				})
			}
		}
	}
}

// tableRowByID finds a row of a table.
func tableRowByID(t techniques.MapTable, id string) (techniques.TableRow, bool) {
	for _, r := range t.Rows {
		if r.ID == id {
			return r, true
		}
	}
	return techniques.TableRow{}, false
}
