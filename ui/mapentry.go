package ui

import (
	"github.com/omt-reference/omt/notation"
	"github.com/omt-reference/omt/render/sheet"
	"github.com/omt-reference/omt/techniques"
	"github.com/omt-reference/omt/techniques/atlas"
	"github.com/omt-reference/omt/techniques/search"
)

// mapEntry is one thing from the maps that a list can show: a whole map, an
// organ, a tender point, a map row, everything at a level, or a diagnosis
// read back.
type mapEntry struct {
	key   string // names the document, for the detail pane's scroll memory
	kind  string // shown beside the label
	label string
	title string
	sub   string
	sheet func() []sheet.Section
	lit   []notation.Range // the levels the diagram picks out
}

// entryOf turns a search result of a map kind (organ, tender point, map
// row, level, notation) into an entry; other kinds are not map entries. It
// runs for every result on every keystroke, so the reports that walk the
// techniques are made only when the entry is shown.
func entryOf(x *search.Index, r search.Result) (mapEntry, bool) {
	c := x.Catalog()
	switch r.Kind {
	case search.KindLevel:
		l, err := notation.ParseLevel(r.Text)
		if err != nil {
			return mapEntry{}, false
		}
		return mapEntry{key: "level:" + l.String(), kind: "level", label: l.String(), title: l.String(), sub: "what the maps hold at this level",
			sheet: func() []sheet.Section { return sheet.Level(c, atlas.AtLevel(c, l)) }, lit: []notation.Range{notation.Single(l)}}, true
	case search.KindNotation:
		d, err := notation.Parse(r.Text)
		if err != nil {
			return mapEntry{}, false
		}
		canonical := d.String()
		return mapEntry{key: "notation:" + canonical, kind: "reading", label: canonical, title: canonical, sub: "dysfunction notation, read back",
			sheet: func() []sheet.Section {
				rd, err := atlas.ReadNotation(c, r.Text)
				if err != nil {
					return nil
				}
				return sheet.Notation(c, rd)
			}, lit: diagnosisLevels(d)}, true
	case search.KindOrgan:
		o := c.Maps.Organs.Rows[r.Index]
		return mapEntry{key: "organ:" + o.ID, kind: "organ", label: o.Name, title: o.Name, sub: "organ",
			sheet: func() []sheet.Section { return sheet.Organ(c, atlas.ForOrgan(c, o)) }, lit: ranges(atlas.ReflexLevels(c, o.ID))}, true
	case search.KindTenderPoint:
		p := c.Maps.TenderPoints.Rows[r.Index]
		var lit []notation.Range
		if p.Level != "" {
			lit = ranges([]string{p.Level})
		}
		return mapEntry{key: "tender-point:" + p.ID, kind: "tender point", label: p.Name, title: p.Name, sub: "counterstrain tender point",
			sheet: func() []sheet.Section { return sheet.TenderPoint(c, p) }, lit: lit}, true
	case search.KindMapRow:
		ref := x.ResultRow(r)
		return mapEntry{key: "row:" + ref.Map + "/" + ref.Row.ID, kind: "row", label: ref.Row.Name, title: ref.Row.Name, sub: "map: " + ref.Map,
			sheet: func() []sheet.Section { return sheet.MapRow(c, ref) }, lit: ranges(ref.Row.Levels)}, true
	}
	return mapEntry{}, false
}

// wholeMapEntry shows a whole map: its summary, then a section a row.
func wholeMapEntry(c *techniques.Catalog, info techniques.MapInfo) mapEntry {
	return mapEntry{key: "map:" + info.ID, kind: "map", label: info.Title, title: info.Title, sub: "map: omt maps " + info.ID,
		sheet: func() []sheet.Section {
			t, _ := atlas.MapAsTable(c, info.ID)
			out := []sheet.Section{{Title: "About", Text: []string{t.Summary}}}
			for _, r := range t.Rows {
				sec := sheet.Section{Title: r.Name}
				for i, col := range t.Columns {
					sec.Fields = append(sec.Fields, sheet.Field{Label: col.Title, Value: r.Cells[i].Value})
				}
				if r.Note != "" {
					sec.Fields = append(sec.Fields, sheet.Field{Label: "Note", Value: r.Note})
				}
				out = append(out, sec)
			}
			return append(out, sheet.Section{Title: "Sources", Items: citations(c, t.Sources)})
		}}
}

// diagnosisLevels are the levels a diagnosis names, for the diagram.
func diagnosisLevels(d notation.Diagnosis) []notation.Range {
	switch d.Kind {
	case notation.KindSegment:
		return []notation.Range{d.Segment.Range}
	case notation.KindRib:
		return []notation.Range{d.Rib.Range}
	case notation.KindSacrum:
		return []notation.Range{{From: notation.S(1), To: notation.S(5)}}
	}
	return nil
}

// ranges reads levels for the diagram, skipping any that do not read.
func ranges(levels []string) []notation.Range {
	var out []notation.Range
	for _, l := range levels {
		if r, err := notation.ParseRange(l); err == nil {
			out = append(out, r)
		}
	}
	return out
}

func citations(c *techniques.Catalog, ids []string) []string {
	out := make([]string, len(ids))
	for i, id := range ids {
		out[i] = sheet.Citation(c, id)
	}
	return out
}
