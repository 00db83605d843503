package techniques

import (
	"fmt"
	"slices"
	"strings"

	"github.com/omt-reference/omt/notation"
	"github.com/omt-reference/omt/techniques/internal/fold"
)

// NotationReading is a written diagnosis read back: what it means, the
// landmarks that confirm it, and the catalogue's techniques for it with the
// set-up this diagnosis calls for.
type NotationReading struct {
	Text        string               `json:"text"`
	Canonical   string               `json:"canonical"`
	Explanation notation.Explanation `json:"-"`
	// ReadAs says how a word with more than one sense in the sources was
	// read ("sacral shear"), and what to write for the other sense.
	ReadAs []string     `json:"read_as,omitempty"`
	Region string       `json:"region"`
	Row    *TableRowRef `json:"landmarks,omitempty"`
	// KeyRibRow is the row for an exhaled group's key rib, which names the
	// muscle that muscle energy uses (pectoralis minor for ribs 3-5).
	KeyRibRow *TableRowRef `json:"key_rib_row,omitempty"`
	SetUps    []SetUp      `json:"techniques"`
}

// SetUp is a technique adapted to one diagnosis: the barrier a direct
// technique engages, the position of ease an indirect one holds.
type SetUp struct {
	Technique   string `json:"id"`
	Name        string `json:"name"`
	Approach    string `json:"approach"`
	Instruction string `json:"set_up"`
	// TenderPoints are the points at the diagnosis's levels for a
	// counterstrain entry, which is positioned by its tender point.
	TenderPoints []string `json:"tender_points,omitempty"`
}

// segmentFamilies treat a spinal segment or group by its motion; the
// other families act on fluids, reflexes or whole regions.
func segmentFamilies() []string {
	return []string{"muscle-energy", "hvla", "counterstrain", "facilitated-positional-release", "still",
		"balanced-ligamentous-tension", "ligamentous-articular-strain", "functional", "articulatory"}
}

// ReadNotation reads a written diagnosis ("T4 ERS(L)", "left on left sacral
// torsion") and explains it. An unreadable one is a *notation.Error that says
// where it stopped and gives examples.
func (c *Catalog) ReadNotation(text string) (NotationReading, error) {
	d, readAs, err := notation.ParseNoted(fold.CapQuery(text))
	if err != nil {
		return NotationReading{}, err
	}
	e := notation.Explain(d)
	r := NotationReading{Text: text, Canonical: d.String(), Explanation: e, ReadAs: readAs, Region: diagnosisRegion(d)}
	if ref, ok := c.MapRow(e.Key); ok {
		r.Row = &ref
	}
	if ref, ok := c.keyRibRow(d, e); ok {
		r.KeyRibRow = &ref
	}
	for _, t := range c.notationTechniques(d, r.Row) {
		r.SetUps = append(r.SetUps, c.setUpFor(t, d, e, r.KeyRibRow))
	}
	return r, nil
}

// keyRibMuscleRows are the ids of the rib map's rows that give the muscle
// energy set-up of an exhaled key rib by its level: rib-me-1 … rib-me-11-12.
const keyRibMuscleRows = "rib-me-"

// keyRibRow finds the row for an exhaled group's key rib: the general
// exhalation row says only that the muscle is "chosen by its level".
func (c *Catalog) keyRibRow(d notation.Diagnosis, e notation.Explanation) (TableRowRef, bool) {
	if d.Kind != notation.KindRib || d.Rib.Kind != notation.Exhalation || !e.KeyRib.Valid() {
		return TableRowRef{}, false
	}
	for _, t := range c.Maps.Tables {
		for _, r := range t.Rows {
			if strings.HasPrefix(r.ID, keyRibMuscleRows) && containsLevel(r.Levels, e.KeyRib) {
				return TableRowRef{Map: t.ID, Row: r}, true
			}
		}
	}
	return TableRowRef{}, false
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
func (c *Catalog) notationTechniques(d notation.Diagnosis, row *TableRowRef) []Technique {
	region, levels := diagnosisRegion(d), diagnosisLevels(d)
	fits := func(t Technique) bool { return treatsLevel(t, region, levels) }
	var out []Technique
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
func (c *Catalog) setUpFor(t Technique, d notation.Diagnosis, e notation.Explanation, keyRib *TableRowRef) SetUp {
	s := SetUp{Technique: t.ID, Name: t.Name, Approach: string(t.Approach)}
	barrier, ease := motions(e.DirectBarrier), motions(e.IndirectEase)
	switch {
	case t.Family == "counterstrain":
		s.TenderPoints, s.Instruction = c.tenderPointSetUp(t, d)
	case t.Approach == Direct:
		s.Instruction = fmt.Sprintf("Engage the barrier: %s.", barrier)
		if keyRib != nil && slices.Contains(keyRib.Row.Techniques, t.ID) {
			s.Instruction += fmt.Sprintf(" At the key rib, %s, the patient contracts %s (%s).",
				e.KeyRib, lowerFirst(keyRib.Row.Value("muscle")), keyRib.Row.Name)
		}
	case t.Approach == Indirect:
		s.Instruction = fmt.Sprintf("Position of ease: %s.", ease)
	default:
		s.Instruction = fmt.Sprintf("Start in the ease (%s), then carry the segment through the barrier (%s).", ease, barrier)
	}
	return s
}

// tenderPointSetUp is a counterstrain entry's set-up for a diagnosis: find
// the tender point at its levels and hold that point's own position of
// ease, which the segment's motion does not give.
func (c *Catalog) tenderPointSetUp(t Technique, d notation.Diagnosis) ([]string, string) {
	levels := diagnosisLevels(d)
	var own, any []TenderPoint
	for _, p := range c.Maps.TenderPoints.Rows {
		if !slices.ContainsFunc(levels, func(l notation.Level) bool { return p.Level != "" && containsLevel([]string{p.Level}, l) }) {
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
		if on := slices.DeleteFunc(slices.Clone(any), func(p TenderPoint) bool { return p.Surface != surface }); len(on) > 0 {
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

// NotationSheet lays out a reading: meaning, mechanics, landmarks,
// techniques and sources.
func (c *Catalog) NotationSheet(r NotationReading) []Section {
	e := r.Explanation
	reading := Section{Title: "Reading", Text: append([]string{e.Summary}, r.ReadAs...)}
	meaning := Section{Title: "Motion", Fields: []Field{
		{"Moves freely into", motions(e.Free)},
		{"Restricted in", motions(e.Restricted)},
	}}
	if e.Mechanics != 0 {
		meaning.Fields = append(meaning.Fields, Field{"Mechanics", e.Mechanics.String()})
	}
	if e.KeyRib.Valid() {
		meaning.Fields = append(meaning.Fields, Field{"Key rib", e.KeyRib.String()})
	}
	if len(e.RibMotions) > 0 {
		var rm []string
		for _, m := range e.RibMotions {
			rm = append(rm, m.String())
		}
		meaning.Fields = append(meaning.Fields, Field{"Rib motion", strings.Join(rm, ", ")})
	}
	if e.Axis != 0 {
		meaning.Fields = append(meaning.Fields, Field{"Axis", e.Axis.String()})
	}
	treat := Section{Title: "To treat it", Fields: []Field{
		{"Direct technique, engage", motions(e.DirectBarrier)},
		{"Indirect technique, position of ease", motions(e.IndirectEase)},
	}}
	out := []Section{reading, meaning, treat}
	if len(e.Notes) > 0 {
		out = append(out, Section{Title: "Notes", Items: e.Notes})
	}
	var refs []string
	if r.Row != nil {
		land := c.MapRowSheet(*r.Row)
		land[0].Title = "Landmarks and findings (" + r.Row.Row.Name + ")"
		if k := r.KeyRibRow; k != nil {
			land[0].Fields = c.withKeyRib(land[0].Fields, *k, e.KeyRib)
			refs = append(refs, k.Row.Sources...)
		}
		out = append(out, land[0])
		refs = append(refs, r.Row.Row.Sources...)
	}
	var items []string
	for _, s := range r.SetUps {
		items = append(items, fmt.Sprintf("%s [%s] (%s): %s", s.Name, s.Technique, s.Approach, s.Instruction))
	}
	if len(items) == 0 {
		items = []string{"No technique in the catalogue is linked to this diagnosis yet."}
	}
	out = append(out, Section{Title: "Techniques, set up for this diagnosis", Items: items})
	refs = append(refs, "glossary-2017")
	return append(out, Section{Title: "Sources", Items: c.citations(dedupe(refs))})
}

// withKeyRib puts the key rib's own muscle and patient's action in place of
// the group row's general words, naming the row they come from.
func (c *Catalog) withKeyRib(fields []Field, k TableRowRef, key notation.Level) []Field {
	t, _ := c.Maps.Table(k.Map)
	out := slices.Clone(fields)
	for _, col := range t.Columns {
		if col.Key != "muscle" && col.Key != "patient_action" {
			continue
		}
		value := k.Row.Value(col.Key)
		if col.Key == "muscle" {
			value = fmt.Sprintf("%s, for the key rib, %s (%s; omt show %s)", strings.TrimSuffix(value, "."), key, k.Row.Name, k.Row.ID)
		}
		for i := range out {
			if out[i].Label == col.Title {
				out[i].Value = value
			}
		}
	}
	return out
}
