package atlas

import (
	"github.com/omt-reference/omt/notation"
	"github.com/omt-reference/omt/techniques"
)

// The answers the maps give: what is at a level, what an organ's rows say,
// the row a name means and a written diagnosis read back. Package
// render/sheet lays them out.

// LevelReport is everything the maps hold at one spinal or rib level, and
// the techniques that treat its region.
type LevelReport struct {
	Level          notation.Level               `json:"-"`
	Name           string                       `json:"level"`
	Region         string                       `json:"region"`
	Viscerosomatic []techniques.OrganLevels     `json:"viscerosomatic"`
	Autonomic      []techniques.AutonomicSupply `json:"autonomic"`
	Chapman        []techniques.ChapmanPoint    `json:"chapman"`
	TenderPoints   []techniques.TenderPoint     `json:"tender_points"`
	Rows           []techniques.TableRowRef     `json:"map_rows"`
	Techniques     []techniques.Technique       `json:"-"`
}

// OrganReport is everything the maps say about one organ: "where does the
// appendix reflect?"
type OrganReport struct {
	Organ          techniques.Organ            `json:"organ"`
	Viscerosomatic *techniques.OrganLevels     `json:"viscerosomatic"`
	Autonomic      *techniques.AutonomicSupply `json:"autonomic"`
	Chapman        []techniques.ChapmanPoint   `json:"chapman"`
	Conditions     []techniques.Condition      `json:"-"`
	Techniques     []techniques.Technique      `json:"-"`
}

// RowHit is a map row found by its id or name.
type RowHit struct {
	// Map is the map the row belongs to.
	Map techniques.MapInfo `json:"map"`
	// Row is the row as the map lays it out (MapAsTable): every cell, its
	// levels, techniques, note and sources.
	Row techniques.TableRow `json:"row"`
	// TenderPoint is set when the row is a counterstrain tender point,
	// which has fields a table does not show (surface, technique).
	TenderPoint *techniques.TenderPoint `json:"tender_point,omitempty"`
	// Columns are the map's columns as MapAsTable lays it out, which name
	// the row's cells.
	Columns []techniques.Column `json:"-"`
}

// What says what the row is, for a person: "counterstrain tender point",
// "Chapman reflex point", "row of the Fryette's principles map".
func (h RowHit) What() string {
	switch h.Map.ID {
	case techniques.MapTenderPoints:
		return "counterstrain tender point"
	case techniques.MapChapman:
		return "Chapman reflex point"
	}
	return "row of the map " + h.Map.ID + " (" + h.Map.Title + ")"
}

// NotationReading is a written diagnosis read back: what it means, the
// landmarks that confirm it, and the catalogue's techniques for it with the
// set-up this diagnosis calls for.
type NotationReading struct {
	Text        string               `json:"text"`
	Canonical   string               `json:"canonical"`
	Explanation notation.Explanation `json:"-"`
	// ReadAs says how a word with more than one sense in the sources was
	// read ("sacral shear"), and what to write for the other sense.
	ReadAs []string                `json:"read_as,omitempty"`
	Region string                  `json:"region"`
	Row    *techniques.TableRowRef `json:"landmarks,omitempty"`
	// KeyRibRow is the row for an exhaled group's key rib, which names the
	// muscle that muscle energy uses (pectoralis minor for ribs 3-5).
	KeyRibRow *techniques.TableRowRef `json:"key_rib_row,omitempty"`
	SetUps    []SetUp                 `json:"techniques"`
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
