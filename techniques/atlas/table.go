package atlas

import (
	"fmt"
	"strings"

	"github.com/omt-reference/omt/techniques"
)

// MapAsTable returns any map, by id, laid out as a table: a table map as it
// is, a structured map (viscerosomatic, autonomic, chapman, tender-points)
// with a row per organ or point.
func MapAsTable(c *techniques.Catalog, id string) (techniques.MapTable, bool) {
	m := &c.Maps
	organName := func(id string) string {
		if o, ok := m.Organ(id); ok {
			return o.Name
		}
		return id
	}
	// A row carries its board block; a cell that board review answers
	// differently shows both answers, labelled, and the note both notes.
	row := func(id, name string, levels []string, note string, sources []string, b *techniques.Board, cells ...techniques.Cell) techniques.TableRow {
		return techniques.TableRow{ID: id, Name: name, Cells: cells, Levels: levels, Note: techniques.WithBoardNote(note, b),
			Sources: techniques.WithBoardSources(sources, b), Board: b}
	}
	two := func(lit, board string, sources []string, b *techniques.Board) string {
		return c.TwoAnswers(lit, board, sources, b)
	}
	join := func(ls []string) string { return strings.Join(ls, ", ") }
	switch id {
	case techniques.MapViscerosomatic:
		t := techniques.MapTable{MapInfo: m.Viscerosomatic.MapInfo, Columns: []techniques.Column{{Key: "levels", Title: "Levels"}, {Key: "side", Title: "Side"}}}
		for _, r := range m.Viscerosomatic.Rows {
			t.Rows = append(t.Rows, row(r.Organ, organName(r.Organ), r.Levels, r.Note, r.Sources, r.Board,
				techniques.Cell{Key: "levels", Value: two(join(r.Levels), join(r.BoardLevels()), r.Sources, r.Board)},
				techniques.Cell{Key: "side", Value: two(r.Side, r.BoardSide(), r.Sources, r.Board)}))
		}
		return t, true
	case techniques.MapAutonomic:
		t := techniques.MapTable{MapInfo: m.Autonomic.MapInfo, Columns: []techniques.Column{{Key: "sympathetic", Title: "Sympathetic levels"},
			{Key: "ganglia", Title: "Ganglia"}, {Key: "nerves", Title: "Sympathetic nerves"}, {Key: "parasympathetic", Title: "Parasympathetic"}}}
		for _, r := range m.Autonomic.Rows {
			t.Rows = append(t.Rows, row(r.Organ, organName(r.Organ), r.SympatheticLevels, r.Note, r.Sources, r.Board,
				techniques.Cell{Key: "sympathetic", Value: two(join(r.SympatheticLevels), join(r.BoardLevels()), r.Sources, r.Board)}, techniques.Cell{Key: "ganglia", Value: r.Ganglia},
				techniques.Cell{Key: "nerves", Value: r.SympatheticNerves}, techniques.Cell{Key: "parasympathetic", Value: r.Parasympathetic}))
		}
		return t, true
	case techniques.MapChapman:
		t := techniques.MapTable{MapInfo: m.Chapman.MapInfo, Columns: []techniques.Column{{Key: "anterior", Title: "Anterior"}, {Key: "posterior", Title: "Posterior"}}}
		for _, p := range m.Chapman.Rows {
			t.Rows = append(t.Rows, row(p.ID, organName(p.Organ), p.AllLevels(), p.Note, p.Sources, p.Board,
				techniques.Cell{Key: "anterior", Value: two(oneLine(p.Anterior), oneLine(p.BoardAnterior()), p.Sources, p.Board)},
				techniques.Cell{Key: "posterior", Value: two(oneLine(p.Posterior), oneLine(p.BoardPosterior()), p.Sources, p.Board)}))
		}
		return t, true
	case techniques.MapTenderPoints:
		t := techniques.MapTable{MapInfo: m.TenderPoints.MapInfo, Columns: []techniques.Column{{Key: "location", Title: "Location"},
			{Key: "ease", Title: "Position of ease"}, {Key: "hold", Title: "Hold"}}}
		for _, p := range m.TenderPoints.Rows {
			var levels []string
			if p.Level != "" {
				levels = []string{p.Level}
			}
			t.Rows = append(t.Rows, row(p.ID, p.Name, levels, p.Note, p.Sources, p.Board,
				techniques.Cell{Key: "location", Value: p.Location}, techniques.Cell{Key: "ease", Value: two(oneLine(p.PositionOfEase), oneLine(p.BoardEase()), p.Sources, p.Board)},
				techniques.Cell{Key: "hold", Value: tenderPointHold(p)}))
		}
		return t, true
	}
	t, ok := m.Table(id)
	if !ok {
		return t, false
	}
	rows := make([]techniques.TableRow, len(t.Rows))
	for i, r := range t.Rows {
		if r.Board != nil {
			cells := make([]techniques.Cell, len(r.Cells))
			for j, cell := range r.Cells {
				cells[j] = techniques.Cell{Key: cell.Key, Value: two(cell.Value, r.BoardValue(cell.Key), r.Sources, r.Board)}
			}
			r = row(r.ID, r.Name, r.Levels, r.Note, r.Sources, r.Board, cells...)
			r.Techniques = t.Rows[i].Techniques
		}
		rows[i] = r
	}
	t.Rows = rows
	return t, true
}

// tenderPointHold is a tender point's hold in the map's table: the sourced
// one, then a school overlay's, marked as the overlay's.
func tenderPointHold(p techniques.TenderPoint) string {
	hold := fmt.Sprintf("%d s", p.HoldSeconds)
	if p.OverlayFile != "" {
		hold += fmt.Sprintf("; %s s %s", p.OverlayHoldSeconds, techniques.LocalMark(p.OverlayFile))
	}
	return hold
}
