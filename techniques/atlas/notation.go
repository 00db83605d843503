package atlas

import (
	"fmt"
	"slices"
	"strings"

	"github.com/omt-reference/omt/techniques"

	"github.com/omt-reference/omt/notation"
	"github.com/omt-reference/omt/techniques/internal/fold"
)

// segmentFamilies treat a spinal segment or group by its motion; the
// other families act on fluids, reflexes or whole regions.
func segmentFamilies() []string {
	return []string{"muscle-energy", "hvla", "counterstrain", "facilitated-positional-release", "still",
		"balanced-ligamentous-tension", "ligamentous-articular-strain", "functional", "articulatory"}
}

// ReadNotation reads a written diagnosis ("T4 ERS(L)", "left on left sacral
// torsion") and explains it. An unreadable one is a *notation.Error that says
// where it stopped and gives examples.
func ReadNotation(c *techniques.Catalog, text string) (NotationReading, error) {
	d, readAs, err := notation.ParseNoted(fold.CapQuery(text))
	if err != nil {
		return NotationReading{}, err
	}
	e := notation.Explain(d)
	r := NotationReading{Text: text, Canonical: d.String(), Explanation: e, ReadAs: readAs, Region: diagnosisRegion(d)}
	if ref, ok := MapRow(c, e.Key); ok {
		r.Row = &ref
	}
	if ref, ok := keyRibRow(c, d, e); ok {
		r.KeyRibRow = &ref
	}
	for _, t := range notationTechniques(c, d, r.Row) {
		r.SetUps = append(r.SetUps, setUpFor(c, t, d, e, r.KeyRibRow))
	}
	return r, nil
}

// keyRibMuscleRows are the ids of the rib map's rows that give the muscle
// energy set-up of an exhaled key rib by its level: rib-me-1 … rib-me-11-12.
const keyRibMuscleRows = "rib-me-"

// keyRibRow finds the row for an exhaled group's key rib: the general
// exhalation row says only that the muscle is "chosen by its level".
func keyRibRow(c *techniques.Catalog, d notation.Diagnosis, e notation.Explanation) (techniques.TableRowRef, bool) {
	if d.Kind != notation.KindRib || d.Rib.Kind != notation.Exhalation || !e.KeyRib.Valid() {
		return techniques.TableRowRef{}, false
	}
	for _, t := range c.Maps.Tables {
		for _, r := range t.Rows {
			if strings.HasPrefix(r.ID, keyRibMuscleRows) && techniques.LevelIn(e.KeyRib, r.Levels) {
				return techniques.TableRowRef{Map: t.ID, Row: r}, true
			}
		}
	}
	return techniques.TableRowRef{}, false
}

// diagnosisRegion is the COMLEX region of a diagnosis.
func diagnosisRegion(d notation.Diagnosis) string {
	switch d.Kind {
	case notation.KindSegment:
		return RegionOfLevel(d.Segment.Range.From)
	case notation.KindRib:
		return "rib"
	case notation.KindSacrum:
		return "sacral"
	default:
		return "pelvic"
	}
}

// diagnosisRange is the levels a diagnosis names, written as a range.
func diagnosisRange(d notation.Diagnosis) string {
	if r := d.Rib.Range; d.Kind == notation.KindRib && !r.IsSingle() {
		return fmt.Sprintf("ribs %d-%d", r.From.Number, r.To.Number)
	} else if d.Kind == notation.KindRib {
		return r.String()
	}
	return d.Segment.Range.String()
}

// diagnosisLevels are the spinal or rib levels a diagnosis names (none for
// the sacrum and pelvis, which techniques do not narrow by level).
func diagnosisLevels(d notation.Diagnosis) []notation.Level {
	switch d.Kind {
	case notation.KindSegment:
		return d.Segment.Range.Levels()
	case notation.KindRib:
		return d.Rib.Range.Levels()
	}
	return nil
}

// notationTechniques are the techniques for a diagnosis: those its map row
// names, in the diagnosis's region; for a segment without them, every
// technique of a segmental family that treats the region.
func notationTechniques(c *techniques.Catalog, d notation.Diagnosis, row *techniques.TableRowRef) []techniques.Technique {
	region, levels := diagnosisRegion(d), diagnosisLevels(d)
	fits := func(t techniques.Technique) bool { return treatsLevel(t, region, levels) }
	var out []techniques.Technique
	if row != nil && len(row.Row.Techniques) > 0 {
		for _, id := range row.Row.Techniques {
			if t, ok := c.Technique(id); ok && fits(t) {
				out = append(out, t)
			}
		}
		return out
	}
	if d.Kind != notation.KindSegment {
		return nil
	}
	for _, t := range c.Techniques {
		if fits(t) && slices.Contains(segmentFamilies(), t.Family) {
			out = append(out, t)
		}
	}
	return out
}

// setUpFor adapts a technique to a diagnosis by its approach: a direct
// technique engages the restricted motions, an indirect one holds the free
// ones, a combined one starts at the ease and finishes through the barrier.
// Counterstrain is the exception: it is positioned by its tender point, so
// it names the points at the diagnosis's levels instead of the segment's
// ease. Muscle energy for an exhaled key rib names the muscle used.
func setUpFor(c *techniques.Catalog, t techniques.Technique, d notation.Diagnosis, e notation.Explanation, keyRib *techniques.TableRowRef) SetUp {
	s := SetUp{Technique: t.ID, Name: t.Name, Approach: string(t.Approach)}
	barrier, ease := motions(e.DirectBarrier), motions(e.IndirectEase)
	switch {
	case t.Family == "counterstrain":
		s.TenderPoints, s.Instruction = tenderPointSetUp(c, t, d)
	case t.Approach == techniques.Direct:
		s.Instruction = fmt.Sprintf("Engage the barrier: %s.", barrier)
		if keyRib != nil && slices.Contains(keyRib.Row.Techniques, t.ID) {
			s.Instruction += fmt.Sprintf(" At the key rib, %s, the patient contracts %s (%s).",
				e.KeyRib, lowerFirst(keyRib.Row.Value("muscle")), keyRib.Row.Name)
		}
	case t.Approach == techniques.Indirect:
		s.Instruction = fmt.Sprintf("Position of ease: %s.", ease)
	default:
		s.Instruction = fmt.Sprintf("Start in the ease (%s), then carry the segment through the barrier (%s).", ease, barrier)
	}
	return s
}

// tenderPointSetUp is a counterstrain entry's set-up for a diagnosis: find
// the tender point at its levels and hold that point's own position of
// ease, which the segment's motion does not give.
func tenderPointSetUp(c *techniques.Catalog, t techniques.Technique, d notation.Diagnosis) ([]string, string) {
	levels := diagnosisLevels(d)
	var own, any []techniques.TenderPoint
	for _, p := range c.Maps.TenderPoints.Rows {
		if !slices.ContainsFunc(levels, func(l notation.Level) bool { return p.Level != "" && techniques.LevelIn(l, []string{p.Level}) }) {
			continue
		}
		any = append(any, p)
		if p.Technique == t.ID {
			own = append(own, p)
		}
	}
	if len(own) > 0 {
		any = own
	}
	// The rib map pairs anterior rib points with exhaled ribs and posterior
	// ones with inhaled ribs.
	if d.Kind == notation.KindRib {
		surface := "posterior"
		if d.Rib.Kind == notation.Exhalation {
			surface = "anterior"
		}
		if on := slices.DeleteFunc(slices.Clone(any), func(p techniques.TenderPoint) bool { return p.Surface != surface }); len(on) > 0 {
			any = on
		}
	}
	const why = "Positioned by its tender point, not by the motion this diagnosis names: find the tender point and hold its own position of ease"
	if len(any) == 0 {
		return nil, why + " (omt maps tender-points lists them)."
	}
	names := make([]string, len(any))
	for i, p := range any {
		names[i] = p.Name
	}
	return names, fmt.Sprintf("%s. At %s: %s (omt level %s lists the points there with their positions of ease; omt show %s opens one).",
		why, diagnosisRange(d), strings.Join(names, ", "), levels[0], any[0].ID)
}

func lowerFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToLower(s[:1]) + s[1:]
}

// motions spells motions as a list: "flexion, rotation right, side-bending right".
func motions(ms []notation.Motion) string {
	out := make([]string, len(ms))
	for i, m := range ms {
		out[i] = m.String()
	}
	return strings.Join(out, ", ")
}
