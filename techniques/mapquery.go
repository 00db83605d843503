package techniques

import (
	"fmt"
	"slices"
	"strings"

	"github.com/omt-reference/omt/notation"
	"github.com/omt-reference/omt/techniques/internal/fold"
)

// TableRowRef is a row of a table map, with the map it belongs to.
type TableRowRef struct {
	Map string   `json:"map"`
	Row TableRow `json:"row"`
}

// LevelReport is everything the maps hold at one spinal or rib level, and
// the techniques that treat its region.
type LevelReport struct {
	Level          notation.Level    `json:"-"`
	Name           string            `json:"level"`
	Region         string            `json:"region"`
	Viscerosomatic []OrganLevels     `json:"viscerosomatic"`
	Autonomic      []AutonomicSupply `json:"autonomic"`
	Chapman        []ChapmanPoint    `json:"chapman"`
	TenderPoints   []TenderPoint     `json:"tender_points"`
	Rows           []TableRowRef     `json:"map_rows"`
	Techniques     []Technique       `json:"-"`
}

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

// containsLevel reports whether any of the levels or ranges holds l; levels
// that do not read (validation reports them) hold nothing.
func containsLevel(levels []string, l notation.Level) bool {
	for _, s := range levels {
		if r, err := notation.ParseRange(s); err == nil && r.Contains(l) {
			return true
		}
	}
	return false
}

// AtLevel gathers what the maps hold at a level: "what is at T10?"
func (c *Catalog) AtLevel(l notation.Level) LevelReport {
	m := &c.Maps
	rep := LevelReport{Level: l, Name: l.String(), Region: RegionOfLevel(l)}
	// a row is found by either answer, the literature's or board review's
	for _, r := range m.Viscerosomatic.Rows {
		if containsLevel(r.Levels, l) || containsLevel(r.BoardLevels(), l) {
			rep.Viscerosomatic = append(rep.Viscerosomatic, r)
		}
	}
	for _, r := range m.Autonomic.Rows {
		if containsLevel(r.SympatheticLevels, l) || containsLevel(r.BoardLevels(), l) {
			rep.Autonomic = append(rep.Autonomic, r)
		}
	}
	for _, p := range m.Chapman.Rows {
		if containsLevel(p.AllLevels(), l) {
			rep.Chapman = append(rep.Chapman, p)
		}
	}
	for _, p := range m.TenderPoints.Rows {
		if p.Level != "" && containsLevel([]string{p.Level}, l) {
			rep.TenderPoints = append(rep.TenderPoints, p)
		}
	}
	for _, t := range m.Tables {
		for _, r := range t.Rows {
			if containsLevel(r.Levels, l) {
				rep.Rows = append(rep.Rows, TableRowRef{Map: t.ID, Row: r})
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
func treatsLevel(t Technique, region string, levels []notation.Level) bool {
	if !slices.Contains(t.Regions, region) {
		return false
	}
	if len(t.Levels) == 0 {
		return true
	}
	for _, l := range levels {
		if containsLevel(t.Levels, l) {
			return true
		}
	}
	return false
}

// Organ returns the organ with an id.
func (c *Catalog) Organ(id string) (Organ, bool) {
	for _, o := range c.Maps.Organs.Rows {
		if o.ID == id {
			return o, true
		}
	}
	return Organ{}, false
}

// SuggestOrgans returns up to n organ names closest to a query that named
// none, found through their names and synonyms.
func (c *Catalog) SuggestOrgans(query string, n int) []string {
	var keys []string
	owner := map[string]string{}
	for _, o := range c.Maps.Organs.Rows {
		for _, k := range append([]string{o.Name}, o.Synonyms...) {
			keys = append(keys, k)
			owner[k] = o.Name
		}
	}
	var out []string
	for _, k := range Closest(query, keys, len(keys)) {
		if name := owner[k]; !slices.Contains(out, name) {
			out = append(out, name)
		}
		if len(out) == n {
			break
		}
	}
	return out
}

// OrganReport is everything the maps say about one organ: "where does the
// appendix reflect?"
type OrganReport struct {
	Organ          Organ            `json:"organ"`
	Viscerosomatic *OrganLevels     `json:"viscerosomatic"`
	Autonomic      *AutonomicSupply `json:"autonomic"`
	Chapman        []ChapmanPoint   `json:"chapman"`
	Conditions     []Condition      `json:"-"`
	Techniques     []Technique      `json:"-"`
}

// OrganReport gathers an organ's rows from every organ map, its conditions
// and the techniques indicated for them.
func (c *Catalog) OrganReport(o Organ) OrganReport {
	rep := OrganReport{Organ: o}
	for _, r := range c.Maps.Viscerosomatic.Rows {
		if r.Organ == o.ID {
			rep.Viscerosomatic = &r
		}
	}
	for _, r := range c.Maps.Autonomic.Rows {
		if r.Organ == o.ID {
			rep.Autonomic = &r
		}
	}
	for _, p := range c.Maps.Chapman.Rows {
		if p.Organ == o.ID {
			rep.Chapman = append(rep.Chapman, p)
		}
	}
	seen := map[string]bool{}
	for _, id := range o.Conditions {
		x, ok := c.Condition(id)
		if !ok {
			continue
		}
		rep.Conditions = append(rep.Conditions, x)
		for _, t := range c.TechniquesFor(id) {
			if !seen[t.ID] {
				seen[t.ID] = true
				rep.Techniques = append(rep.Techniques, t)
			}
		}
	}
	return rep
}

// ReflexLevels are the levels where an organ's viscerosomatic reflex shows,
// by either answer, or nil: the cheap part of OrganReport, for drawing.
func (c *Catalog) ReflexLevels(organ string) []string {
	for _, r := range c.Maps.Viscerosomatic.Rows {
		if r.Organ == organ {
			if r.Board == nil {
				return r.Levels
			}
			return append(slices.Clone(r.Levels), r.Board.Levels...)
		}
	}
	return nil
}

// TenderPoint returns the tender point with an id (ac7, pl5).
func (c *Catalog) TenderPoint(id string) (TenderPoint, bool) {
	for _, p := range c.Maps.TenderPoints.Rows {
		if p.ID == fold.Normalize(id) {
			return p, true
		}
	}
	return TenderPoint{}, false
}

// MapRow finds a row of any table map by its id, as a diagnosis's Key names it.
func (c *Catalog) MapRow(id string) (TableRowRef, bool) {
	for _, t := range c.Maps.Tables {
		for _, r := range t.Rows {
			if r.ID == id {
				return TableRowRef{Map: t.ID, Row: r}, true
			}
		}
	}
	return TableRowRef{}, false
}

// MapAsTable returns any map, by id, laid out as a table: a table map as it
// is, a structured map (viscerosomatic, autonomic, chapman, tender-points)
// with a row per organ or point.
func (c *Catalog) MapAsTable(id string) (MapTable, bool) {
	m := &c.Maps
	organName := func(id string) string {
		if o, ok := c.Organ(id); ok {
			return o.Name
		}
		return id
	}
	// A row carries its board block; a cell that board review answers
	// differently shows both answers, labelled, and the note both notes.
	row := func(id, name string, levels []string, note string, sources []string, b *Board, cells ...Cell) TableRow {
		return TableRow{ID: id, Name: name, Cells: cells, Levels: levels, Note: withBoardNote(note, b),
			Sources: withBoardSources(sources, b), Board: b}
	}
	two := func(lit, board string, sources []string, b *Board) string {
		return c.TwoAnswers(lit, board, sources, b)
	}
	join := func(ls []string) string { return strings.Join(ls, ", ") }
	switch id {
	case MapViscerosomatic:
		t := MapTable{MapInfo: m.Viscerosomatic.MapInfo, Columns: []Column{{"levels", "Levels"}, {"side", "Side"}}}
		for _, r := range m.Viscerosomatic.Rows {
			t.Rows = append(t.Rows, row(r.Organ, organName(r.Organ), r.Levels, r.Note, r.Sources, r.Board,
				Cell{"levels", two(join(r.Levels), join(r.BoardLevels()), r.Sources, r.Board)},
				Cell{"side", two(r.Side, r.BoardSide(), r.Sources, r.Board)}))
		}
		return t, true
	case MapAutonomic:
		t := MapTable{MapInfo: m.Autonomic.MapInfo, Columns: []Column{{"sympathetic", "Sympathetic levels"},
			{"ganglia", "Ganglia"}, {"nerves", "Sympathetic nerves"}, {"parasympathetic", "Parasympathetic"}}}
		for _, r := range m.Autonomic.Rows {
			t.Rows = append(t.Rows, row(r.Organ, organName(r.Organ), r.SympatheticLevels, r.Note, r.Sources, r.Board,
				Cell{"sympathetic", two(join(r.SympatheticLevels), join(r.BoardLevels()), r.Sources, r.Board)}, Cell{"ganglia", r.Ganglia},
				Cell{"nerves", r.SympatheticNerves}, Cell{"parasympathetic", r.Parasympathetic}))
		}
		return t, true
	case MapChapman:
		t := MapTable{MapInfo: m.Chapman.MapInfo, Columns: []Column{{"anterior", "Anterior"}, {"posterior", "Posterior"}}}
		for _, p := range m.Chapman.Rows {
			t.Rows = append(t.Rows, row(p.ID, organName(p.Organ), p.AllLevels(), p.Note, p.Sources, p.Board,
				Cell{"anterior", two(oneLine(p.Anterior), oneLine(p.BoardAnterior()), p.Sources, p.Board)},
				Cell{"posterior", two(oneLine(p.Posterior), oneLine(p.BoardPosterior()), p.Sources, p.Board)}))
		}
		return t, true
	case MapTenderPoints:
		t := MapTable{MapInfo: m.TenderPoints.MapInfo, Columns: []Column{{"location", "Location"},
			{"ease", "Position of ease"}, {"hold", "Hold"}}}
		for _, p := range m.TenderPoints.Rows {
			var levels []string
			if p.Level != "" {
				levels = []string{p.Level}
			}
			t.Rows = append(t.Rows, row(p.ID, p.Name, levels, p.Note, p.Sources, p.Board,
				Cell{"location", p.Location}, Cell{"ease", two(oneLine(p.PositionOfEase), oneLine(p.BoardEase()), p.Sources, p.Board)},
				Cell{"hold", tenderPointHold(p)}))
		}
		return t, true
	}
	t, ok := m.Table(id)
	if !ok {
		return t, false
	}
	rows := make([]TableRow, len(t.Rows))
	for i, r := range t.Rows {
		if r.Board != nil {
			cells := make([]Cell, len(r.Cells))
			for j, cell := range r.Cells {
				cells[j] = Cell{cell.Key, two(cell.Value, r.BoardValue(cell.Key), r.Sources, r.Board)}
			}
			r = row(r.ID, r.Name, r.Levels, r.Note, r.Sources, r.Board, cells...)
			r.Techniques = t.Rows[i].Techniques
		}
		rows[i] = r
	}
	t.Rows = rows
	return t, true
}

// oneLine collapses the line breaks and runs of spaces of folded YAML text.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// tenderPointHold is a tender point's hold in the map's table: the sourced
// one, then a school overlay's, marked as the overlay's.
func tenderPointHold(p TenderPoint) string {
	hold := fmt.Sprintf("%d s", p.HoldSeconds)
	if p.OverlayFile != "" {
		hold += fmt.Sprintf("; %s s %s", p.OverlayHoldSeconds, LocalMark(p.OverlayFile))
	}
	return hold
}
