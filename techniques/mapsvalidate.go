package techniques

import (
	"fmt"
	"time"

	"github.com/omt-reference/omt/notation"
)

// validateMaps checks every map row: its ids, the organs, conditions,
// techniques and references it points to, and that its levels read.
func (c *Catalog) validateMaps(ids idSets, problems *[]Problem) {
	v := mapValidator{c: c, ids: ids, problems: problems, organs: map[string]bool{}}
	v.organMap()
	v.viscerosomaticMap()
	v.autonomicMap()
	v.chapmanMap()
	v.tenderPointMap()
	v.tableMaps()
}

// mapValidator checks the map files, one map at a time, against the ids
// that exist.
type mapValidator struct {
	c        *Catalog
	ids      idSets
	problems *[]Problem
	organs   map[string]bool // the organ ids of maps/organs.yaml
}

func mapFile(id string) string { return "maps/" + id + ".yaml" }

// info checks a map's heading.
func (v mapValidator) info(want string, in MapInfo) {
	if in.ID == "" && in.Title == "" {
		return // a catalogue without this map: the content tests require the embedded one to have it
	}
	ch := checker{file: mapFile(want), problems: v.problems} // the file name is checked as it is read
	ch.text("title", in.Title)
	ch.text("summary", in.Summary)
	ch.list("sources", in.Sources)
	v.ids.refs(ch, "sources", in.Sources, v.ids.reference)
	if _, err := time.Parse(time.DateOnly, in.Reviewed); err != nil {
		ch.addf("reviewed", "%q is not a date like 2026-01-31", in.Reviewed)
	}
}

// row is the checker of a map's i-th row.
func (v mapValidator) row(mapID, record string, i int) checker {
	return checker{file: mapFile(mapID), record: recordName(record, i), problems: v.problems}
}

func (v mapValidator) levels(ch checker, field string, ls []string) {
	for j, l := range ls {
		if _, err := notation.ParseRange(l); err != nil {
			ch.addf(fmt.Sprintf("%s[%d]", field, j), "%q is not a level or range such as T5-T9 or rib 3-rib 5", l)
		}
	}
}

func (v mapValidator) organ(ch checker, id string) {
	if !v.organs[id] {
		ch.addf("organ", "%q is not in maps/organs.yaml", id)
	}
}

func (v mapValidator) sources(ch checker, s []string) {
	ch.list("sources", s)
	v.ids.refs(ch, "sources", s, v.ids.reference)
}

// once reports a key already seen in a map, with the problem format.
func once(ch checker, seen map[string]bool, field, key, format string) {
	if seen[key] {
		ch.addf(field, format, key)
	}
	seen[key] = true
}

func (v mapValidator) organMap() {
	m := &v.c.Maps
	v.info(MapOrgans, m.Organs.MapInfo)
	for i, o := range m.Organs.Rows {
		ch := v.row(MapOrgans, o.ID, i)
		ch.id("id", o.ID)
		ch.text("name", o.Name)
		once(ch, v.organs, "id", o.ID, "duplicate organ id %q")
		v.ids.refs(ch, "conditions", o.Conditions, v.ids.condition)
	}
}

func (v mapValidator) viscerosomaticMap() {
	m := &v.c.Maps
	v.info(MapViscerosomatic, m.Viscerosomatic.MapInfo)
	seen := map[string]bool{}
	for i, r := range m.Viscerosomatic.Rows {
		ch := v.row(MapViscerosomatic, r.Organ, i)
		v.organ(ch, r.Organ)
		once(ch, seen, "organ", r.Organ, "%q has a row already")
		ch.list("levels", r.Levels)
		v.levels(ch, "levels", r.Levels)
		ch.oneOf("side", r.Side, "left", "right", "bilateral", "")
		v.sources(ch, r.Sources)
		checkBoard(v.ids, ch, r.Board, boardRow{kind: MapViscerosomatic, levels: r.Levels, side: r.Side})
	}
}

func (v mapValidator) autonomicMap() {
	m := &v.c.Maps
	v.info(MapAutonomic, m.Autonomic.MapInfo)
	seen := map[string]bool{}
	for i, r := range m.Autonomic.Rows {
		ch := v.row(MapAutonomic, r.Organ, i)
		v.organ(ch, r.Organ)
		once(ch, seen, "organ", r.Organ, "%q has a row already")
		v.levels(ch, "sympathetic_levels", r.SympatheticLevels)
		if len(r.SympatheticLevels) == 0 && r.Parasympathetic == "" {
			ch.addf("sympathetic_levels", "a row must give the sympathetic levels or the parasympathetic supply")
		}
		v.sources(ch, r.Sources)
		checkBoard(v.ids, ch, r.Board, boardRow{kind: MapAutonomic, sympathetic: r.SympatheticLevels})
	}
}

func (v mapValidator) chapmanMap() {
	m := &v.c.Maps
	v.info(MapChapman, m.Chapman.MapInfo)
	seen := map[string]bool{}
	for i, p := range m.Chapman.Rows {
		ch := v.row(MapChapman, p.ID, i)
		ch.id("id", p.ID)
		once(ch, seen, "id", p.ID, "duplicate point id %q")
		v.organ(ch, p.Organ)
		if p.Anterior == "" && p.Posterior == "" {
			ch.addf("anterior", "a point needs its anterior or its posterior location")
		}
		v.levels(ch, "levels", p.Levels)
		v.sources(ch, p.Sources)
		checkBoard(v.ids, ch, p.Board, boardRow{kind: MapChapman, levels: p.Levels, anterior: p.Anterior, posterior: p.Posterior})
	}
}

func (v mapValidator) tenderPointMap() {
	m := &v.c.Maps
	v.info(MapTenderPoints, m.TenderPoints.MapInfo)
	seen := map[string]bool{}
	for i, p := range m.TenderPoints.Rows {
		ch := v.row(MapTenderPoints, p.ID, i)
		ch.id("id", p.ID)
		once(ch, seen, "id", p.ID, "duplicate tender point id %q")
		ch.text("name", p.Name)
		ch.oneOf("region", p.Region, "cervical", "thoracic", "rib", "lumbar", "pelvic", "sacral", "upper-extremity", "lower-extremity")
		ch.oneOf("surface", p.Surface, "anterior", "posterior", "lateral", "medial")
		if p.Level != "" {
			v.levels(ch, "level", []string{p.Level})
		}
		if t, ok := v.c.Technique(p.Technique); !ok || t.Family != "counterstrain" {
			ch.addf("technique", "%q is not a counterstrain technique in the catalogue", p.Technique)
		}
		ch.text("location", p.Location)
		ch.text("position_of_ease", p.PositionOfEase)
		if p.HoldSeconds <= 0 {
			ch.addf("hold_seconds", "must be a number of seconds")
		}
		v.sources(ch, p.Sources)
		checkBoard(v.ids, ch, p.Board, boardRow{kind: MapTenderPoints, ease: p.PositionOfEase})
	}
}

func (v mapValidator) tableMaps() {
	tables := map[string]bool{}
	for _, t := range v.c.Maps.Tables {
		v.info(t.ID, t.MapInfo)
		ch := checker{file: mapFile(t.ID), problems: v.problems}
		once(ch, tables, "map", t.ID, "duplicate map %q")
		if len(t.Columns) == 0 {
			ch.addf("columns", "must list at least one column")
		}
		rows := map[string]bool{}
		for i, r := range t.Rows {
			v.tableRow(t.ID, r, i, rows)
		}
	}
}

// tableRow checks one row of a table map; rows are the ids seen so far.
func (v mapValidator) tableRow(mapID string, r TableRow, i int, rows map[string]bool) {
	rc := v.row(mapID, r.ID, i)
	rc.id("id", r.ID)
	once(rc, rows, "id", r.ID, "duplicate row id %q")
	rc.text("name", r.Name)
	v.levels(rc, "levels", r.Levels)
	for j, id := range r.Techniques {
		if _, ok := v.c.Technique(id); !ok {
			rc.addf(fmt.Sprintf("techniques[%d]", j), "%q is not a technique in the catalogue", id)
		}
	}
	v.sources(rc, r.Sources)
	cells := map[string]string{}
	for _, cell := range r.Cells {
		cells[cell.Key] = cell.Value
	}
	checkBoard(v.ids, rc, r.Board, boardRow{kind: "table", cells: cells})
}
