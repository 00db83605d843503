// Package atlas answers questions over the catalogue's high-yield maps:
// what the maps hold at a spinal or rib level, what they say about an
// organ, which row a name means, any map laid out as a table, and a written
// diagnosis read against the maps and the techniques. It takes a
// *techniques.Catalog for its records and keeps nothing of its own.
//
// The answers are its own types (LevelReport, OrganReport, RowHit,
// NotationReading). The maps' records, their loading and validation are
// techniques'; finding a map entry by free text is package search's; the
// sheets that lay the answers out for reading are render/sheet's.
package atlas

import (
	"slices"
	"strings"

	"github.com/omt-reference/omt/notation"
	"github.com/omt-reference/omt/techniques"
)

// RegionOfLevel names the COMLEX body region a level belongs to.
func RegionOfLevel(l notation.Level) string {
	switch l.Region {
	case notation.RegionOA, notation.RegionAA, notation.Cervical:
		return "cervical"
	case notation.Thoracic:
		return "thoracic"
	case notation.Lumbar:
		return "lumbar"
	case notation.Sacral:
		return "sacral"
	case notation.Ribs:
		return "rib"
	}
	return ""
}

// AtLevel gathers what the maps hold at a level: "what is at T10?"
func AtLevel(c *techniques.Catalog, l notation.Level) LevelReport {
	m := &c.Maps
	rep := LevelReport{Level: l, Name: l.String(), Region: RegionOfLevel(l)}
	// a row is found by either answer, the literature's or board review's
	for _, r := range m.Viscerosomatic.Rows {
		if techniques.LevelIn(l, r.Levels) || techniques.LevelIn(l, r.BoardLevels()) {
			rep.Viscerosomatic = append(rep.Viscerosomatic, r)
		}
	}
	for _, r := range m.Autonomic.Rows {
		if techniques.LevelIn(l, r.SympatheticLevels) || techniques.LevelIn(l, r.BoardLevels()) {
			rep.Autonomic = append(rep.Autonomic, r)
		}
	}
	for _, p := range m.Chapman.Rows {
		if techniques.LevelIn(l, p.AllLevels()) {
			rep.Chapman = append(rep.Chapman, p)
		}
	}
	for _, p := range m.TenderPoints.Rows {
		if p.Level != "" && techniques.LevelIn(l, []string{p.Level}) {
			rep.TenderPoints = append(rep.TenderPoints, p)
		}
	}
	for _, t := range m.Tables {
		for _, r := range t.Rows {
			if techniques.LevelIn(l, r.Levels) {
				rep.Rows = append(rep.Rows, techniques.TableRowRef{Map: t.ID, Row: r})
			}
		}
	}
	for _, t := range c.Techniques {
		if treatsLevel(t, rep.Region, []notation.Level{l}) {
			rep.Techniques = append(rep.Techniques, t)
		}
	}
	return rep
}

// treatsLevel reports whether a technique treats a region and, when it is
// taught for narrower levels than the region (levels: [rib 1], [C2-C7]), one
// of the given levels.
func treatsLevel(t techniques.Technique, region string, levels []notation.Level) bool {
	if !slices.Contains(t.Regions, region) {
		return false
	}
	if len(t.Levels) == 0 {
		return true
	}
	for _, l := range levels {
		if techniques.LevelIn(l, t.Levels) {
			return true
		}
	}
	return false
}

// oneLine collapses the line breaks and runs of spaces of folded YAML text.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
