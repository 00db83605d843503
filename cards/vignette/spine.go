package vignette

import (
	"strings"

	"github.com/omt-reference/omt/notation"
	"github.com/omt-reference/omt/techniques"
)

// mapFryette is the map of Fryette's principles, whose rows the notation
// package names as a segment diagnosis's key.
const mapFryette = "fryette"

// segmentCase is a spinal segment or group diagnosis, read.
type segmentCase struct {
	d notation.Diagnosis
	e notation.Explanation
}

func readSegment(text string) (segmentCase, bool) {
	d, err := notation.Parse(text)
	if err != nil || d.Kind != notation.KindSegment {
		return segmentCase{}, false
	}
	return segmentCase{d, notation.Explain(d)}, true
}

func (sc segmentCase) name() string  { return sc.d.String() }
func (sc segmentCase) where() string { return rangeWords(sc.d.Segment.Range) }

// rangeWords names levels for a stem: "T6", "T3 to T8".
func rangeWords(r notation.Range) string {
	if r.IsSingle() {
		return r.From.String()
	}
	return r.From.String() + " to " + r.To.String()
}

// typeTwo is the text of a type II (or typical cervical) diagnosis: "T6
// ERS(L)", or for the OA, whose side-bending and rotation go opposite ways,
// "OA ES(R)R(L)".
func typeTwo(level string, flexed bool, side notation.Side) string {
	pos := "E"
	if flexed {
		pos = "F"
	}
	s := strings.ToUpper(side.String()[:1])
	if level == "OA" {
		return "OA " + pos + "S(" + s + ")R(" + strings.ToUpper(side.Opposite().String()[:1]) + ")"
	}
	return level + " " + pos + "RS(" + s + ")"
}

// motionsPhrase writes motions as a stem and an option say them:
// "extension, rotation left and side-bending left".
func motionsPhrase(ms []notation.Motion) string {
	parts := make([]string, len(ms))
	for i, m := range ms {
		parts[i] = m.String()
	}
	return joinAnd(parts, "and")
}

// findingStyle is how a stem gives a segment's findings.
type findingStyle int

const (
	// styleTP gives the side of the posterior transverse process (the side
	// of rotation) and whether the asymmetry resolves in flexion or in
	// extension, or does not change (a neutral group).
	styleTP findingStyle = iota
	// styleMotion gives the restricted motions.
	styleMotion
	// styleNamed gives the diagnosis itself, for a question about what
	// follows from it.
	styleNamed
)

// segmentFindings are the examination lines of a segment case.
func segmentFindings(sc segmentCase, style findingStyle) []string {
	where := sc.where()
	switch style {
	case styleMotion:
		return []string{"- " + where + ", motion testing: restricted in " + motionsPhrase(sc.e.Restricted)}
	case styleNamed:
		return []string{"- Diagnosis: " + sc.name()}
	}
	rot := sc.d.Segment.Rotation.String()
	switch sc.d.Segment.Position {
	case notation.Neutral:
		return []string{"- " + where + ": transverse processes posterior on the " + rot,
			"- " + where + " in flexion and extension: the asymmetry does not change"}
	case notation.Flexed:
		return []string{"- " + where + ": " + rot + " transverse process posterior",
			"- " + where + " in flexion: the asymmetry resolves", "- " + where + " in extension: the asymmetry increases"}
	}
	return []string{"- " + where + ": " + rot + " transverse process posterior",
		"- " + where + " in flexion: the asymmetry increases", "- " + where + " in extension: the asymmetry resolves"}
}

// segmentReasoning says how the findings name the diagnosis.
func segmentReasoning(sc segmentCase, style findingStyle) string {
	seg := sc.d.Segment
	switch style {
	case styleMotion:
		return "A segment is named for the motions it moves into freely, the opposite of each restriction: " + sc.name() +
			" is free in " + motionsPhrase(sc.e.Free) + ". " + strings.Join(sc.e.Notes[:min(1, len(sc.e.Notes))], " ")
	case styleNamed:
		return sc.name() + " is named for the motions it moves into freely (" + motionsPhrase(sc.e.Free) +
			") and is restricted in their opposites (" + motionsPhrase(sc.e.Restricted) + "). " + strings.Join(sc.e.Notes[:min(1, len(sc.e.Notes))], " ")
	}
	s := "A posterior transverse process on the " + seg.Rotation.String() + " means " + sc.where() + " " + verbFor(seg.Range) + " rotated " + seg.Rotation.String() + ". "
	switch seg.Position {
	case notation.Neutral:
		return s + "An asymmetry that flexion and extension do not change is a neutral (type I) group; by Fryette's first principle it side-bends the other way, to the " +
			seg.SideBend.String() + ": " + sc.name() + "."
	case notation.Flexed:
		return s + "An asymmetry that resolves in flexion and grows in extension means the segment is flexed; by Fryette's second principle it side-bends to the same side: " + sc.name() + "."
	}
	return s + "An asymmetry that resolves in extension and grows in flexion means the segment is extended; by Fryette's second principle it side-bends to the same side: " + sc.name() + "."
}

func verbFor(r notation.Range) string {
	if r.IsSingle() {
		return "is"
	}
	return "are"
}

// spineLevels are the levels the segment vignettes are asked at: every
// thoracic and lumbar level, each typical cervical level and the OA.
func spineLevels() []string {
	var out []string
	for n := 2; n <= 7; n++ {
		out = append(out, notation.C(n).String())
	}
	for n := 1; n <= 12; n++ {
		out = append(out, notation.T(n).String())
	}
	for n := 1; n <= 5; n++ {
		out = append(out, notation.L(n).String())
	}
	return append(out, "OA")
}

// neutralGroups lists the type I groups the segment vignettes ask about.
func neutralGroups() []string {
	return []string{"T2-T6", "T3-T8", "T5-T10", "T7-T12", "T10-L2", "L1-L5", "L2-L5"}
}

// segmentCaseAt is a type II (or cervical) case at a level, its position
// and side chosen by the card id.
func segmentCaseAt(id, level string) (segmentCase, bool) {
	return readSegment(typeTwo(level, choose(id, "flexed", 2) == 0, []notation.Side{notation.Left, notation.Right}[choose(id, "side", 2)]))
}

// setUpStyle is how a set-up stem gives a segment: never its restricted
// motions, which would name a direct technique's answer; by its transverse
// process at the thoracic and lumbar levels, by its diagnosis elsewhere.
func setUpStyle(sc segmentCase) findingStyle {
	if sc.e.Mechanics == notation.MechanicsTypeII {
		return styleTP
	}
	return styleNamed
}

// area is the body area of a segment case, for the patient's complaint.
func (sc segmentCase) area() string {
	switch sc.d.Segment.Range.From.Region {
	case notation.Thoracic:
		return "thoracic"
	case notation.Lumbar:
		return "lumbar"
	}
	return "cervical"
}

// spineDiagnosisVignettes asks which dysfunction fits: at each thoracic and
// lumbar level a type II segment found by its transverse process (the
// catalogue's HVLA entries find the segment so) and another by its
// restricted motions; at each cervical level and the OA, one by its
// restricted motions; and each neutral group by its transverse processes. Distractors are
// the same levels with the other position or side, and for a group the
// single segments at its middle level, which flexion or extension would
// change.
func (b *builder) spineDiagnosisVignettes() {
	t, ok := b.c.Maps.Table(mapFryette)
	if !ok {
		return
	}
	for _, level := range spineLevels() {
		for _, style := range []findingStyle{styleTP, styleMotion} {
			id := boardID(Diagnosis, "spine", slugOf(level), map[findingStyle]string{styleTP: "1", styleMotion: "2"}[style])
			sc, ok := segmentCaseAt(id, level)
			if ok && (sc.e.Mechanics == notation.MechanicsTypeII || style == styleMotion) {
				b.segmentDiagnosis(t, id, sc, style)
			}
		}
	}
	for _, group := range neutralGroups() {
		id := boardID(Diagnosis, "spine", slugOf(group))
		side := []string{"NS(L)R(R)", "NS(R)R(L)"}[choose(id, "side", 2)]
		if sc, ok := readSegment(group + " " + side); ok {
			b.segmentDiagnosis(t, id, sc, styleTP)
		}
	}
}

func (b *builder) segmentDiagnosis(t techniques.MapTable, id string, sc segmentCase, style findingStyle) {
	row, ok := tableRowByID(t, sc.e.Key)
	if !ok {
		return
	}
	var wrong []wrongOption
	for _, o := range segmentRivals(sc) {
		wrong = append(wrong, wrongOption{option{o.name(), o.name()}, segmentWhyNot(sc, o, style)})
	}
	lines := []string{b.diagnosisOpener(id, sc.area()), chooseText(id, "exam", "Structural examination:", "On structural examination:", "Examination finds:")}
	lines = append(lines, segmentFindings(sc, style)...)
	b.askBoard(boardItem{
		id: id, kind: Diagnosis, stem: strings.Join(lines, "\n"),
		lead:   chooseText(id, "lead", "Which dysfunction fits these findings?", "Which is the most likely diagnosis?", "How is this somatic dysfunction written?"),
		key:    option{sc.name(), sc.name()},
		keyWhy: segmentReasoning(sc, style), wrong: b.pickWrong(id, option{sc.name(), sc.name()}, wrong, choicesPerCard-1),
		from: b.rowCitation(t, row), src: mapSource(t.ID, row.ID, row.Name, "board/diagnosis", row.Sources),
	})
}

// segmentRivals are the diagnoses offered against a case: the same levels
// with the other position, the other side, or both; for a neutral group,
// the other side and the type II segments at its middle level.
func segmentRivals(sc segmentCase) []segmentCase {
	seg := sc.d.Segment
	var out []segmentCase
	add := func(text string) {
		if o, ok := readSegment(text); ok && o.d != sc.d {
			out = append(out, o)
		}
	}
	if seg.Position == notation.Neutral {
		r := seg.Range
		add(r.String() + " NS(" + strings.ToUpper(seg.Rotation.String()[:1]) + ")R(" + strings.ToUpper(seg.SideBend.String()[:1]) + ")")
		levels := r.Levels()
		mid := levels[len(levels)/2].String()
		add(typeTwo(mid, true, seg.Rotation))
		add(typeTwo(mid, false, seg.Rotation))
		return out
	}
	level := seg.Range.From.String()
	for _, flexed := range []bool{true, false} {
		for _, side := range []notation.Side{notation.Left, notation.Right} {
			add(typeTwo(level, flexed, side))
		}
	}
	return out
}

// segmentWhyNot says why a rival does not fit the stated findings.
func segmentWhyNot(sc, o segmentCase, style findingStyle) string {
	if style != styleTP {
		return "it would be restricted in " + motionsPhrase(o.e.Restricted) + "."
	}
	s, os := sc.d.Segment, o.d.Segment
	if os.Range != s.Range {
		return "a single flexed or extended segment changes its asymmetry in flexion or extension, and one segment does not account for a group."
	}
	var why []string
	if os.Rotation != s.Rotation {
		why = append(why, "its "+os.Rotation.String()+" transverse process would be posterior")
	}
	switch {
	case os.Position == s.Position:
	case os.Position == notation.Flexed:
		why = append(why, "a flexed segment's asymmetry resolves in flexion and grows in extension")
	case os.Position == notation.Extended:
		why = append(why, "an extended segment's asymmetry resolves in extension and grows in flexion")
	}
	return joinAnd(why, "and") + "."
}
