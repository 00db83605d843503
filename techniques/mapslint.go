package techniques

import (
	"fmt"
	"strings"

	"github.com/omt-reference/omt/notation"
)

// eachSource calls cite with the sources of every map and every map row.
func (m *Maps) eachSource(cite func(...string)) {
	for _, in := range append(m.MapInfos(), m.Organs.MapInfo) {
		cite(in.Sources...)
	}
	for _, r := range m.Viscerosomatic.Rows {
		cite(r.Sources...)
	}
	for _, r := range m.Autonomic.Rows {
		cite(r.Sources...)
	}
	for _, r := range m.Chapman.Rows {
		cite(r.Sources...)
	}
	for _, r := range m.TenderPoints.Rows {
		cite(r.Sources...)
	}
	for _, t := range m.Tables {
		for _, r := range t.Rows {
			cite(r.Sources...)
		}
	}
}

// lintMaps finds what the maps must agree on: an organ's viscerosomatic
// levels lie within its sympathetic supply, or its note says why not; every
// organ with a viscerosomatic row has an autonomic row.
func (c *Catalog) lintMaps() []Problem {
	var problems []Problem
	supply := map[string][]notation.Range{}
	for _, r := range c.Maps.Autonomic.Rows {
		for _, l := range r.SympatheticLevels {
			if rg, err := notation.ParseRange(l); err == nil {
				supply[r.Organ] = append(supply[r.Organ], rg)
			}
		}
	}
	for _, r := range c.Maps.Viscerosomatic.Rows {
		ranges, ok := supply[r.Organ]
		if !ok {
			problems = append(problems, Problem{File: "maps/viscerosomatic.yaml", Record: r.Organ,
				Message: "has no row in maps/autonomic.yaml to check its levels against"})
			continue
		}
		for _, l := range r.Levels {
			rg, err := notation.ParseRange(l)
			if err != nil {
				continue
			}
			for _, lv := range rg.Levels() {
				if !inAny(lv, ranges) && !strings.Contains(strings.ToLower(r.Note), "sympathetic") {
					problems = append(problems, Problem{File: "maps/viscerosomatic.yaml", Record: r.Organ, Field: "levels",
						Message: fmt.Sprintf("%s lies outside the organ's sympathetic levels in maps/autonomic.yaml; correct it or say in note why the levels and the sympathetic supply part", lv)})
					break
				}
			}
		}
	}
	return append(problems, c.lintTeachingRows()...)
}

// noGoodSource is said in the note of a row that rests on web material alone
// (teaching pages, flashcards, anatomy sites), so that a reader weighs it as
// such.
const noGoodSource = "no A or B source reached"

// lintTeachingRows finds the rows whose every source is web material
// (flashcards, course pages, knowledge cards, anatomy sites) without a note
// that says so.
func (c *Catalog) lintTeachingRows() []Problem {
	var problems []Problem
	c.Maps.eachRow(func(file, id, note string, sources []string) {
		for _, s := range sources {
			if r, ok := c.Reference(s); !ok || r.Kind != "web" {
				return
			}
		}
		if len(sources) > 0 && !strings.Contains(note, noGoodSource) {
			problems = append(problems, Problem{File: file, Record: id, Field: "note",
				Message: fmt.Sprintf("every source is web material; the note must say %q (for example \"Teaching practice; %s\") and name them", noGoodSource, noGoodSource)})
		}
	})
	return problems
}

// eachRow calls fn with every row of every map: its file, id, note and sources.
func (m *Maps) eachRow(fn func(file, id, note string, sources []string)) {
	for _, r := range m.Viscerosomatic.Rows {
		fn("maps/viscerosomatic.yaml", r.Organ, r.Note, r.Sources)
	}
	for _, r := range m.Autonomic.Rows {
		fn("maps/autonomic.yaml", r.Organ, r.Note, r.Sources)
	}
	for _, r := range m.Chapman.Rows {
		fn("maps/chapman.yaml", r.ID, r.Note, r.Sources)
	}
	for _, r := range m.TenderPoints.Rows {
		fn("maps/tender-points.yaml", r.ID, r.Note, r.Sources)
	}
	for _, t := range m.Tables {
		for _, r := range t.Rows {
			fn("maps/"+t.ID+".yaml", r.ID, r.Note, r.Sources)
		}
	}
}

func inAny(l notation.Level, ranges []notation.Range) bool {
	for _, r := range ranges {
		if r.Contains(l) {
			return true
		}
	}
	return false
}
