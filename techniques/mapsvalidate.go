package techniques

import (
	"fmt"
	"time"

	"github.com/omt-reference/omt/notation"
)

// validateMaps checks every map row: its ids, the organs, conditions,
// techniques and references it points to, and that its levels read.
func (c *Catalog) validateMaps(ids idSets, problems *[]Problem) {
	m := &c.Maps
	file := func(id string) string { return "maps/" + id + ".yaml" }
	organs := map[string]bool{}
	info := func(want string, in MapInfo) {
		if in.ID == "" && in.Title == "" {
			return // a catalogue without this map: the content tests require the embedded one to have it
		}
		ch := checker{file: file(want), problems: problems} // the file name is checked as it is read
		ch.text("title", in.Title)
		ch.text("summary", in.Summary)
		ch.list("sources", in.Sources)
		ids.refs(ch, "sources", in.Sources, ids.reference)
		if _, err := time.Parse(time.DateOnly, in.Reviewed); err != nil {
			ch.addf("reviewed", "%q is not a date like 2026-01-31", in.Reviewed)
		}
	}
	row := func(mapID, record string, i int) checker {
		return checker{file: file(mapID), record: recordName(record, i), problems: problems}
	}
	levels := func(ch checker, field string, ls []string) {
		for j, l := range ls {
			if _, err := notation.ParseRange(l); err != nil {
				ch.addf(fmt.Sprintf("%s[%d]", field, j), "%q is not a level or range such as T5-T9 or rib 3-rib 5", l)
			}
		}
	}
	organ := func(ch checker, id string) {
		if !organs[id] {
			ch.addf("organ", "%q is not in maps/organs.yaml", id)
		}
	}
	sources := func(ch checker, s []string) {
		ch.list("sources", s)
		ids.refs(ch, "sources", s, ids.reference)
	}

	info(MapOrgans, m.Organs.MapInfo)
	for i, o := range m.Organs.Rows {
		ch := row(MapOrgans, o.ID, i)
		ch.id("id", o.ID)
		ch.text("name", o.Name)
		if organs[o.ID] {
			ch.addf("id", "duplicate organ id %q", o.ID)
		}
		organs[o.ID] = true
		ids.refs(ch, "conditions", o.Conditions, ids.condition)
	}
	info(MapViscerosomatic, m.Viscerosomatic.MapInfo)
	seen := map[string]bool{}
	for i, r := range m.Viscerosomatic.Rows {
		ch := row(MapViscerosomatic, r.Organ, i)
		organ(ch, r.Organ)
		if seen[r.Organ] {
			ch.addf("organ", "%q has a row already", r.Organ)
		}
		seen[r.Organ] = true
		ch.list("levels", r.Levels)
		levels(ch, "levels", r.Levels)
		ch.oneOf("side", r.Side, "left", "right", "bilateral", "")
		sources(ch, r.Sources)
		checkBoard(ids, ch, r.Board, boardRow{kind: MapViscerosomatic, levels: r.Levels, side: r.Side})
	}
	info(MapAutonomic, m.Autonomic.MapInfo)
	seen = map[string]bool{}
	for i, r := range m.Autonomic.Rows {
		ch := row(MapAutonomic, r.Organ, i)
		organ(ch, r.Organ)
		if seen[r.Organ] {
			ch.addf("organ", "%q has a row already", r.Organ)
		}
		seen[r.Organ] = true
		levels(ch, "sympathetic_levels", r.SympatheticLevels)
		if len(r.SympatheticLevels) == 0 && r.Parasympathetic == "" {
			ch.addf("sympathetic_levels", "a row must give the sympathetic levels or the parasympathetic supply")
		}
		sources(ch, r.Sources)
		checkBoard(ids, ch, r.Board, boardRow{kind: MapAutonomic, sympathetic: r.SympatheticLevels})
	}
	info(MapChapman, m.Chapman.MapInfo)
	seen = map[string]bool{}
	for i, p := range m.Chapman.Rows {
		ch := row(MapChapman, p.ID, i)
		ch.id("id", p.ID)
		if seen[p.ID] {
			ch.addf("id", "duplicate point id %q", p.ID)
		}
		seen[p.ID] = true
		organ(ch, p.Organ)
		if p.Anterior == "" && p.Posterior == "" {
			ch.addf("anterior", "a point needs its anterior or its posterior location")
		}
		levels(ch, "levels", p.Levels)
		sources(ch, p.Sources)
		checkBoard(ids, ch, p.Board, boardRow{kind: MapChapman, levels: p.Levels, anterior: p.Anterior, posterior: p.Posterior})
	}
	info(MapTenderPoints, m.TenderPoints.MapInfo)
	seen = map[string]bool{}
	for i, p := range m.TenderPoints.Rows {
		ch := row(MapTenderPoints, p.ID, i)
		ch.id("id", p.ID)
		if seen[p.ID] {
			ch.addf("id", "duplicate tender point id %q", p.ID)
		}
		seen[p.ID] = true
		ch.text("name", p.Name)
		ch.oneOf("region", p.Region, "cervical", "thoracic", "rib", "lumbar", "pelvic", "sacral", "upper-extremity", "lower-extremity")
		ch.oneOf("surface", p.Surface, "anterior", "posterior", "lateral", "medial")
		if p.Level != "" {
			levels(ch, "level", []string{p.Level})
		}
		if t, ok := c.Technique(p.Technique); !ok || t.Family != "counterstrain" {
			ch.addf("technique", "%q is not a counterstrain technique in the catalogue", p.Technique)
		}
		ch.text("location", p.Location)
		ch.text("position_of_ease", p.PositionOfEase)
		if p.HoldSeconds <= 0 {
			ch.addf("hold_seconds", "must be a number of seconds")
		}
		sources(ch, p.Sources)
		checkBoard(ids, ch, p.Board, boardRow{kind: MapTenderPoints, ease: p.PositionOfEase})
	}
	tables := map[string]bool{}
	for _, t := range m.Tables {
		info(t.ID, t.MapInfo)
		if tables[t.ID] {
			*problems = append(*problems, Problem{File: file(t.ID), Field: "map", Message: fmt.Sprintf("duplicate map %q", t.ID)})
		}
		tables[t.ID] = true
		ch := checker{file: file(t.ID), problems: problems}
		if len(t.Columns) == 0 {
			ch.addf("columns", "must list at least one column")
		}
		rows := map[string]bool{}
		for i, r := range t.Rows {
			rc := row(t.ID, r.ID, i)
			rc.id("id", r.ID)
			if rows[r.ID] {
				rc.addf("id", "duplicate row id %q", r.ID)
			}
			rows[r.ID] = true
			rc.text("name", r.Name)
			levels(rc, "levels", r.Levels)
			for j, id := range r.Techniques {
				if _, ok := c.Technique(id); !ok {
					rc.addf(fmt.Sprintf("techniques[%d]", j), "%q is not a technique in the catalogue", id)
				}
			}
			sources(rc, r.Sources)
			cells := map[string]string{}
			for _, cell := range r.Cells {
				cells[cell.Key] = cell.Value
			}
			checkBoard(ids, rc, r.Board, boardRow{kind: "table", cells: cells})
		}
	}
}
