package sheet

import (
	"fmt"
	"strings"

	"github.com/omt-reference/omt/techniques"
	"github.com/omt-reference/omt/techniques/atlas"
)

// A map row is something a student looks up by its name (AL3, fryette-2,
// a Chapman point), so every row of every map can be found by its id or its
// name (package atlas) and laid out whole, wherever a technique id was
// expected.

// Row lays out a row whole: a tender point with its technique, level
// and surface; any other row with every cell under its column's title, its
// levels, note, techniques and sources.
func Row(c *techniques.Catalog, h atlas.RowHit) []Section {
	if h.TenderPoint != nil {
		return TenderPoint(c, *h.TenderPoint)
	}
	if _, isTable := c.Maps.Table(h.Map.ID); isTable {
		return MapRow(c, techniques.TableRowRef{Map: h.Map.ID, Row: h.Row})
	}
	return structuredRow(c, h)
}

// structuredRow lays out a row of a structured map (Chapman,
// viscerosomatic, autonomic) as MapAsTable gives it: every cell under its
// column's title, then the note and sources.
func structuredRow(c *techniques.Catalog, h atlas.RowHit) []Section {
	sec := Section{Title: h.Map.Title}
	levels := false
	for _, col := range h.Columns {
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
	return append(out, Section{Title: "Sources", Items: citations(c, h.Row.Sources)})
}

// RowSummary is a row in a few lines, enough to act on from a list of
// search results: a tender point's location, position of ease and hold,
// another row's map. The last line says how to open the row whole.
func RowSummary(h atlas.RowHit) []string {
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
