package cards

import (
	"slices"
	"strings"

	"github.com/omt-reference/omt/notation"
	"github.com/omt-reference/omt/techniques"
)

// NotationDiagnoses are the written diagnoses the notation cards ask about:
// mirror-image pairs of each kind, so that every card has wrong answers of
// its own kind. The answers come from notation.Explain, not from this list.
func NotationDiagnoses() []string {
	return []string{
		"T4 ERS(L)", "T4 FRS(R)", "T9 FRS(L)", "L2 ERS(R)", "L5 FRS(L)",
		"T3-T8 NS(L)R(R)", "L1-L5 NS(R)R(L)",
		"C4 FRS(L)", "C6 ERS(R)", "OA ES(L)R(R)", "OA FS(R)R(L)", "AA R(L)",
		"ribs 3-5 inhalation dysfunction", "ribs 6-9 exhalation dysfunction",
		"left rib 1 inhalation dysfunction", "right ribs 2-4 exhalation dysfunction",
		"left-on-left sacral torsion", "right-on-right sacral torsion",
		"left-on-right sacral torsion", "right-on-left sacral torsion",
		"left unilateral sacral flexion", "right unilateral sacral extension",
		"bilateral sacral flexion", "bilateral sacral extension",
		"right anterior innominate rotation", "left posterior innominate rotation",
		"left superior innominate shear", "right inferior innominate shear",
		"right innominate inflare", "left innominate outflare",
		"left superior pubic shear", "right inferior pubic shear",
	}
}

// notationGroup puts innominate and pubic dysfunctions together: both are
// pelvic, and each alone has too few motions to offer three wrong answers.
func notationGroup(k notation.Kind) notation.Kind {
	if k == notation.KindPubic {
		return notation.KindInnominate
	}
	return k
}

// notationCards asks, for each diagnosis in NotationDiagnoses, which motions
// are restricted, and where they apply, the key rib and the axis. Each card
// is traced to the map row the diagnosis names (Diagnosis.Key); one whose
// row is missing is not made, since it would have no source to show.
func (b *builder) notationCards() {
	var all []notation.Explanation
	for _, text := range NotationDiagnoses() {
		if d, err := notation.Parse(text); err == nil {
			all = append(all, notation.Explain(d))
		}
	}
	for _, e := range all {
		ref, ok := b.keyRow(e.Key)
		if !ok {
			continue
		}
		name := e.Diagnosis.String()
		slug := slugOf(name)
		decks := []string{DeckNotation, mapDeck(ref.Map)}
		src := func(field string) Source {
			return mapSource(ref.Map, ref.Row.ID, ref.Row.Name, "notation/"+slug+"/"+field, ref.Row.Sources)
		}
		id := func(field string) string { return GroupNotation + "/" + slug + "/" + field }

		// Wrong answers: the free motions (the commonest slip), then the
		// restricted motions of the other diagnoses of its kind. None may
		// contain the answer or lie within it, which would be half right.
		wrong := [][]option{{opt(motionsText(e.Free))}, nil}
		for _, o := range all {
			if notationGroup(o.Diagnosis.Kind) == notationGroup(e.Diagnosis.Kind) && !relatedMotions(o.Restricted, e.Restricted) {
				wrong[1] = append(wrong[1], opt(motionsText(o.Restricted)))
			}
		}
		if relatedMotions(e.Free, e.Restricted) {
			wrong[0] = nil
		}
		b.ask(question{
			kind: Choice, id: id("restricted"), front: capitalize(name) + ": which motions are restricted?",
			answer: opt(motionsText(e.Restricted)),
			why:    e.Summary + " A dysfunction is named for the motions it moves into freely; it is restricted in their opposites.",
			pools:  wrong, src: src("restricted"), decks: decks,
			same: func(a, b option) bool { return a.text == b.text },
		})

		if e.Diagnosis.Kind == notation.KindRib && !e.Diagnosis.Rib.Range.IsSingle() {
			inside, outside := ribChoices(e.Diagnosis.Rib.Range, e.KeyRib)
			b.ask(question{
				kind: Choice, id: id("key-rib"), front: capitalize(name) + ": which rib is the key rib?",
				answer: opt(e.KeyRib.String()), why: strings.Join(e.Notes, " "),
				pools: [][]option{inside, outside}, src: src("key-rib"), decks: decks,
			})
		}
		if namedAxis(e.Axis) {
			var axes []option
			for _, a := range []notation.Axis{notation.AxisLeftOblique, notation.AxisRightOblique, notation.AxisMiddleTransverse,
				notation.AxisInferiorTransverse, notation.AxisVertical, notation.AxisTranslation} {
				if a != e.Axis {
					axes = append(axes, opt(a.String()))
				}
			}
			b.ask(question{
				kind: Choice, id: id("axis"), front: capitalize(name) + ": about which axis does it move?",
				answer: opt(e.Axis.String()), why: e.Summary,
				pools: [][]option{axes}, src: src("axis"), decks: decks,
			})
		}
	}
}

// keyRow finds the table row a diagnosis's key names.
func (b *builder) keyRow(key string) (techniques.TableRowRef, bool) {
	for _, t := range b.c.Maps.Tables {
		for _, r := range t.Rows {
			if r.ID == key {
				return techniques.TableRowRef{Map: t.ID, Row: r}, true
			}
		}
	}
	return techniques.TableRowRef{}, false
}

// namedAxis reports whether a diagnosis has an axis worth asking: sacral and
// pelvic ones other than unilateral sacral flexion and extension, which the
// reader names no axis for.
func namedAxis(a notation.Axis) bool {
	return a != notation.AxisNone && a != notation.AxisUnnamed
}

func motionsText(ms []notation.Motion) string {
	parts := make([]string, len(ms))
	for i, m := range ms {
		parts[i] = m.String()
	}
	return strings.Join(parts, ", ")
}

// relatedMotions reports whether one set of motions contains the other, so
// that offering one against the other would be half right.
func relatedMotions(a, b []notation.Motion) bool {
	within := func(x, y []notation.Motion) bool {
		for _, m := range x {
			if !slices.Contains(y, m) {
				return false
			}
		}
		return true
	}
	return within(a, b) || within(b, a)
}

// ribChoices are the wrong key ribs for a group: the other ribs of the group,
// then the ribs just above and below it.
func ribChoices(r notation.Range, key notation.Level) (inside, outside []option) {
	for _, l := range r.Levels() {
		if l != key {
			inside = append(inside, opt(l.String()))
		}
	}
	for _, n := range []int{r.From.Number - 1, r.To.Number + 1} {
		if l := notation.R(n); l.Valid() {
			outside = append(outside, opt(l.String()))
		}
	}
	return inside, outside
}

// slugOf makes an id part from a diagnosis: "T4 ERS(L)" gives "t4-ers-l".
func slugOf(s string) string {
	return strings.ReplaceAll(normText(s), " ", "-")
}
