package techniques

import (
	"fmt"
	"slices"
	"strings"

	"github.com/omt-reference/omt/notation"
)

// NotationReading is a written diagnosis read back: what it means, the
// landmarks that confirm it, and the catalogue's techniques for it with the
// set-up this diagnosis calls for.
type NotationReading struct {
	Text        string               `json:"text"`
	Canonical   string               `json:"canonical"`
	Explanation notation.Explanation `json:"-"`
	Region      string               `json:"region"`
	Row         *TableRowRef         `json:"landmarks,omitempty"`
	SetUps      []SetUp              `json:"techniques"`
}

// SetUp is a technique adapted to one diagnosis: the barrier a direct
// technique engages, the position of ease an indirect one holds.
type SetUp struct {
	Technique   string `json:"id"`
	Name        string `json:"name"`
	Approach    string `json:"approach"`
	Instruction string `json:"set_up"`
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
	d, err := notation.Parse(capQuery(text))
	if err != nil {
		return NotationReading{}, err
	}
	e := notation.Explain(d)
	r := NotationReading{Text: text, Canonical: d.String(), Explanation: e, Region: diagnosisRegion(d)}
	if ref, ok := c.MapRow(e.Key); ok {
		r.Row = &ref
	}
	for _, t := range c.notationTechniques(d, r.Row) {
		r.SetUps = append(r.SetUps, setUpFor(t, e))
	}
	return r, nil
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
func setUpFor(t Technique, e notation.Explanation) SetUp {
	s := SetUp{Technique: t.ID, Name: t.Name, Approach: string(t.Approach)}
	barrier, ease := motions(e.DirectBarrier), motions(e.IndirectEase)
	switch t.Approach {
	case Direct:
		s.Instruction = fmt.Sprintf("Engage the barrier: %s.", barrier)
	case Indirect:
		s.Instruction = fmt.Sprintf("Position of ease: %s.", ease)
	default:
		s.Instruction = fmt.Sprintf("Start in the ease (%s), then carry the segment through the barrier (%s).", ease, barrier)
	}
	return s
}

// NotationSheet lays out a reading: meaning, mechanics, landmarks,
// techniques and sources.
func (c *Catalog) NotationSheet(r NotationReading) []Section {
	e := r.Explanation
	reading := Section{Title: "Reading", Text: []string{e.Summary}}
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
