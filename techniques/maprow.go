package techniques

import (
	"fmt"
	"strings"

	"github.com/omt-reference/omt/techniques/internal/fold"
)

// A map row is something a student looks up by its name (AL3, fryette-2,
// a Chapman point), so every row of every map can be found by its id or its
// name and laid out whole, wherever a technique id was expected.

// RowHit is a map row found by its id or name.
type RowHit struct {
	// Map is the map the row belongs to.
	Map MapInfo `json:"map"`
	// Row is the row as the map lays it out (MapAsTable): every cell, its
	// levels, techniques, note and sources.
	Row TableRow `json:"row"`
	// TenderPoint is set when the row is a counterstrain tender point,
	// which has fields a table does not show (surface, technique).
	TenderPoint *TenderPoint `json:"tender_point,omitempty"`
}

// What says what the row is, for a person: "counterstrain tender point",
// "Chapman reflex point", "row of the Fryette's principles map".
func (h RowHit) What() string {
	switch h.Map.ID {
	case MapTenderPoints:
		return "counterstrain tender point"
	case MapChapman:
		return "Chapman reflex point"
	}
	return "row of the map " + h.Map.ID + " (" + h.Map.Title + ")"
}

// FindMapRow finds the row a query names, by its id or its name (case and
// punctuation ignored): tender points first, then the table maps, then the
// Chapman points (by id: their names are the organs'). Organ rows
// (viscerosomatic, autonomic) are found through their organ (ResolveOrgans)
// or in their own map (MapRowIn).
func (c *Catalog) FindMapRow(query string) (RowHit, bool) {
	for _, id := range c.rowMaps() {
		h, ok := c.MapRowIn(id, query)
		if ok && (id != MapChapman || fold.Normalize(h.Row.ID) == fold.Normalize(query)) {
			return h, true
		}
	}
	return RowHit{}, false
}

// MapRowIn finds a row of one map by its id or its name.
func (c *Catalog) MapRowIn(mapID, query string) (RowHit, bool) {
	q := fold.Normalize(query)
	t, ok := c.MapAsTable(mapID)
	if !ok || q == "" {
		return RowHit{}, false
	}
	for _, r := range t.Rows {
		if fold.Normalize(r.ID) != q && fold.Normalize(r.Name) != q {
			continue
		}
		hit := RowHit{Map: t.MapInfo, Row: r}
		if mapID == MapTenderPoints {
			if p, ok := c.TenderPoint(r.ID); ok {
				hit.TenderPoint = &p
			}
		}
		return hit, true
	}
	return RowHit{}, false
}

// rowMaps are the maps whose rows are found by name, in the order FindMapRow
// tries them.
func (c *Catalog) rowMaps() []string {
	ids := []string{MapTenderPoints}
	for _, t := range c.Maps.Tables {
		ids = append(ids, t.ID)
	}
	return append(ids, MapChapman)
}

// MapRowIDs are the ids of every row FindMapRow finds, for suggestions.
func (c *Catalog) MapRowIDs() []string {
	var ids []string
	for _, id := range c.rowMaps() {
		if t, ok := c.MapAsTable(id); ok {
			for _, r := range t.Rows {
				ids = append(ids, r.ID)
			}
		}
	}
	return ids
}

// RowSheet lays out a row whole: a tender point with its technique, level
// and surface; any other row with every cell under its column's title, its
// levels, note, techniques and sources.
func (c *Catalog) RowSheet(h RowHit) []Section {
	if h.TenderPoint != nil {
		return c.TenderPointSheet(*h.TenderPoint)
	}
	if _, isTable := c.Maps.Table(h.Map.ID); isTable {
		return c.MapRowSheet(TableRowRef{Map: h.Map.ID, Row: h.Row})
	}
	return c.structuredRowSheet(h)
}

// structuredRowSheet lays out a row of a structured map (Chapman,
// viscerosomatic, autonomic) as MapAsTable gives it: every cell under its
// column's title, then the note and sources.
func (c *Catalog) structuredRowSheet(h RowHit) []Section {
	t, _ := c.MapAsTable(h.Map.ID)
	sec := Section{Title: t.Title}
	levels := false
	for _, col := range t.Columns {
		sec.Fields = append(sec.Fields, Field{col.Title, h.Row.Value(col.Key)})
		levels = levels || col.Title == "Levels"
	}
	if len(h.Row.Levels) > 0 && !levels {
		sec.Fields = append(sec.Fields, Field{"Levels", strings.Join(h.Row.Levels, ", ")})
	}
	out := []Section{sec}
	if h.Row.Note != "" {
		out = append(out, Section{Title: "Note", Text: []string{h.Row.Note}})
	}
	return append(out, Section{Title: "Sources", Items: c.citations(h.Row.Sources)})
}

// RowSummary is a row in a few lines, enough to act on from a list of
// search results: a tender point's location, position of ease and hold,
// another row's map. The last line says how to open the row whole.
func (c *Catalog) RowSummary(h RowHit) []string {
	open := "Whole row: omt show " + h.Row.ID
	if p := h.TenderPoint; p != nil {
		return []string{
			"Location: " + strings.TrimSpace(p.Location),
			"Ease: " + strings.TrimSpace(p.PositionOfEase),
			fmt.Sprintf("Hold: %d s", p.HoldSeconds),
			open,
		}
	}
	return []string{fmt.Sprintf("In: %s (omt maps %s)", h.Map.Title, h.Map.ID), open}
}
