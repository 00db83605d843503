package mapsview

import (
	"github.com/omt-reference/omt/notation"
	"github.com/omt-reference/omt/render/sheet"
	"github.com/omt-reference/omt/techniques"
	"github.com/omt-reference/omt/techniques/atlas"
	"github.com/omt-reference/omt/techniques/search"
)

// Item is one thing from the maps that a list can show: a whole map, an
// organ, a tender point, a map row, everything at a level, or a diagnosis
// read back.
type Item struct {
	Key   string // names the document, for the detail pane's scroll memory
	Kind  string // shown beside the label
	Label string
	Title string
	Sub   string
	Sheet func() []sheet.Section
	Lit   []notation.Range // the levels the diagram picks out
}

// ItemOf turns a search result of a map kind (organ, tender point, map
// row, level, notation) into an Item; other kinds are not map entries. It
// runs for every result on every keystroke, so the reports that walk the
// techniques are made only when the entry is shown.
func ItemOf(x *search.Index, r search.Result) (Item, bool) {
	c := x.Catalog()
	switch r.Kind {
	case search.KindLevel:
		l, err := notation.ParseLevel(r.Text)
		if err != nil {
			return Item{}, false
		}
		return Item{Key: "level:" + l.String(), Kind: "level", Label: l.String(), Title: l.String(), Sub: "what the maps hold at this level",
			Sheet: func() []sheet.Section { return sheet.Level(c, atlas.AtLevel(c, l)) }, Lit: []notation.Range{notation.Single(l)}}, true
	case search.KindNotation:
		d, err := notation.Parse(r.Text)
		if err != nil {
			return Item{}, false
		}
		canonical := d.String()
		return Item{Key: "notation:" + canonical, Kind: "reading", Label: canonical, Title: canonical, Sub: "dysfunction notation, read back",
			Sheet: func() []sheet.Section {
				rd, err := atlas.ReadNotation(c, r.Text)
				if err != nil {
					return nil
				}
				return sheet.Notation(c, rd)
			}, Lit: diagnosisLevels(d)}, true
	case search.KindOrgan:
		o := c.Maps.Organs.Rows[r.Index]
		return Item{Key: "organ:" + o.ID, Kind: "organ", Label: o.Name, Title: o.Name, Sub: "organ",
			Sheet: func() []sheet.Section { return sheet.Organ(c, atlas.ForOrgan(c, o)) }, Lit: ranges(atlas.ReflexLevels(c, o.ID))}, true
	case search.KindTenderPoint:
		p := c.Maps.TenderPoints.Rows[r.Index]
		var lit []notation.Range
		if p.Level != "" {
			lit = ranges([]string{p.Level})
		}
		return Item{Key: "tender-point:" + p.ID, Kind: "tender point", Label: p.Name, Title: p.Name, Sub: "counterstrain tender point",
			Sheet: func() []sheet.Section { return sheet.TenderPoint(c, p) }, Lit: lit}, true
	case search.KindMapRow:
		ref := x.ResultRow(r)
		return Item{Key: "row:" + ref.Map + "/" + ref.Row.ID, Kind: "row", Label: ref.Row.Name, Title: ref.Row.Name, Sub: "map: " + ref.Map,
			Sheet: func() []sheet.Section { return sheet.MapRow(c, ref) }, Lit: ranges(ref.Row.Levels)}, true
	}
	return Item{}, false
}

// wholeMap shows a whole map: its summary, then a section a row.
func wholeMap(c *techniques.Catalog, info techniques.MapInfo) Item {
	return Item{Key: "map:" + info.ID, Kind: "map", Label: info.Title, Title: info.Title, Sub: "map: omt maps " + info.ID,
		Sheet: func() []sheet.Section {
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
