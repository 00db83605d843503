package techniques

import (
	"fmt"
	"path"
	"sort"
	"strings"
)

// rawTable is a table map as written in YAML: cells keyed by column, put in
// column order when it is loaded.
type rawTable struct {
	MapInfo `yaml:",inline"`
	Columns []Column `yaml:"columns"`
	Rows    []rawRow `yaml:"rows"`
}

type rawRow struct {
	ID         string            `yaml:"id"`
	Name       string            `yaml:"name"`
	Cells      map[string]string `yaml:"cells"`
	Levels     []string          `yaml:"levels"`
	Techniques []string          `yaml:"techniques"`
	Note       string            `yaml:"note"`
	Sources    []string          `yaml:"sources"`
	Board      *Board            `yaml:"board"`
}

// readMaps decodes data/maps/*.yaml: the structured maps by their file name,
// every other file as a table.
func (d *decoder) readMaps(m *Maps) {
	var tables []MapTable
	for _, name := range d.glob("maps") {
		base := strings.TrimSuffix(path.Base(name), ".yaml")
		var id string // the map id the file declares, checked against its name below
		switch base {
		case MapOrgans:
			d.one(name, &m.Organs)
			id = m.Organs.ID
		case MapViscerosomatic:
			d.one(name, &m.Viscerosomatic)
			id = m.Viscerosomatic.ID
		case MapAutonomic:
			d.one(name, &m.Autonomic)
			id = m.Autonomic.ID
		case MapChapman:
			d.one(name, &m.Chapman)
			id = m.Chapman.ID
		case MapTenderPoints:
			d.one(name, &m.TenderPoints)
			id = m.TenderPoints.ID
		default:
			var raw rawTable
			if d.one(name, &raw) {
				tables = append(tables, d.table(name, raw))
				id = raw.ID
			}
		}
		if id != "" && id != base {
			d.problems = append(d.problems, Problem{File: name, Field: "map",
				Message: fmt.Sprintf("%q must match the file name %q", id, base)})
		}
	}
	sort.SliceStable(tables, func(i, j int) bool { return tables[i].ID < tables[j].ID })
	m.Tables = tables
}

// table puts a table's cells in column order, reporting a cell under no
// column and a column a row leaves empty.
func (d *decoder) table(file string, raw rawTable) MapTable {
	t := MapTable{MapInfo: raw.MapInfo, Columns: raw.Columns}
	known := map[string]bool{}
	for _, c := range raw.Columns {
		known[c.Key] = true
	}
	for i, r := range raw.Rows {
		row := TableRow{ID: r.ID, Name: r.Name, Levels: r.Levels, Techniques: r.Techniques, Note: r.Note, Sources: r.Sources, Board: r.Board}
		for _, c := range raw.Columns {
			v, ok := r.Cells[c.Key]
			if !ok || strings.TrimSpace(v) == "" {
				d.problems = append(d.problems, Problem{File: file, Record: recordName(r.ID, i),
					Field: "cells." + c.Key, Message: "is required (every row fills every column)"})
			}
			row.Cells = append(row.Cells, Cell{Key: c.Key, Value: v})
		}
		var extra []string
		for k := range r.Cells {
			if !known[k] {
				extra = append(extra, k)
			}
		}
		sort.Strings(extra)
		for _, k := range extra {
			d.problems = append(d.problems, Problem{File: file, Record: recordName(r.ID, i),
				Field: "cells." + k, Message: "is not one of the map's columns"})
		}
		t.Rows = append(t.Rows, row)
	}
	return t
}
