package techlist

import (
	"fmt"

	"github.com/omt-reference/omt/render"
	"github.com/omt-reference/omt/techniques"
	"github.com/omt-reference/omt/ui/common"
	"github.com/omt-reference/omt/ui/mapsview"
)

// Row is one line of the browser's list: a TechniqueRow, ConditionRow,
// TermRow or MapRow, or the overview and the divider the list adds itself.
type Row any

// TechniqueRow is one technique in the list, with its verdict for the patient.
type TechniqueRow struct {
	Technique *techniques.Technique // into the catalogue: read-only
	Status    techniques.ScreenStatus
}

// overviewItem heads the list while a condition is chosen: selecting it shows
// the condition's red flags, evidence and techniques.
type overviewItem struct {
	c     techniques.Condition
	grade string
}

// dividerItem opens the section of techniques contraindicated for the patient.
type dividerItem struct{ count int }

// ConditionRow is a condition a search found: selecting it shows its overview.
type ConditionRow struct{ Condition techniques.Condition }

// TermRow is a glossary term a search found: selecting it shows its definition.
type TermRow struct{ Term techniques.GlossaryTerm }

// MapRow is something from the maps a search found (an organ, a tender
// point, a map row, a level or a diagnosis read back).
type MapRow struct{ Item mapsview.Item }

// renderRow draws one row at a width. Every row starts with two columns
// that hold the selection bar, then a mark, then the name, then what it is.
func renderRow(s *common.Styles, r Row, selected bool, w int) string {
	p := s.Rows
	lead := "  "
	if selected {
		lead = p.Bar.On(common.SelectionBar(s.G)) + " "
	}
	body := p.Item
	if selected {
		body = p.Selected
	}
	switch it := r.(type) {
	case overviewItem:
		label := fmt.Sprintf("%s %s: overview, evidence %s", s.G.Overview, it.c.Name, it.grade)
		paint := p.Overview
		if selected {
			paint = p.OverviewSelected
		}
		return lead + paint.On(render.Truncate(label, w-2, s.G.Ellipsis))
	case dividerItem:
		label := fmt.Sprintf("%s contraindicated (%d) %s", s.G.Rule, it.count, s.G.Rule)
		if selected {
			label = s.G.Pointer + " " + label
		}
		return "  " + p.Absolute.On(render.Truncate(label, w-2, s.G.Ellipsis))
	case ConditionRow:
		return otherRow(s, lead, body, s.G.Overview, it.Condition.Name, "condition", w)
	case TermRow:
		return otherRow(s, lead, body, s.G.Term, it.Term.Term, "glossary", w)
	case MapRow:
		return otherRow(s, lead, body, s.G.Map, it.Item.Label, it.Item.Kind, w)
	case TechniqueRow:
		meta := classification(it.Technique, w)
		nameWidth := max(1, w-2-2-1-len(meta))
		name := render.Truncate(it.Technique.Name, nameWidth, s.G.Ellipsis)
		if local := it.Technique.LocalLabel(); local != "" { // a school overlay wrote it: the mark survives any cut
			mark := " [" + local + "]"
			name = render.Truncate(render.Truncate(it.Technique.Name, max(1, nameWidth-len(mark)), s.G.Ellipsis)+mark, nameWidth, s.G.Ellipsis)
		}
		name = common.Pad(name, nameWidth)
		markPaint := p.Caution
		if it.Status == techniques.StatusContraindicated {
			markPaint = p.Absolute
		}
		mark := statusMark(it.Status, s.G)
		if mark == "" {
			mark = " "
		}
		return lead + markPaint.On(mark) + body.On(" "+name) + " " + p.Meta.On(meta)
	}
	return ""
}

// otherRow draws a search result that is not a technique: its mark, its
// name, and what kind of entry it is where the classification would be.
func otherRow(s *common.Styles, lead string, body common.Paint, mark, name, kind string, w int) string {
	nameWidth := max(1, w-2-2-1-len(kind))
	return lead + s.Rows.Overview.On(mark) + body.On(" "+common.Pad(render.Truncate(name, nameWidth, s.G.Ellipsis), nameWidth)) + " " + s.Rows.Meta.On(kind)
}

// statusMark flags a technique that the patient's findings touch; the marks
// read without colour.
func statusMark(s techniques.ScreenStatus, g render.Glyphs) string {
	switch s {
	case techniques.StatusCaution:
		return g.Caution
	case techniques.StatusContraindicated:
		return g.Cross
	}
	return ""
}

// classification shows approach and participation in the room there is.
func classification(t *techniques.Technique, width int) string {
	if width >= 64 { // spelled out only where the names still fit
		return fmt.Sprintf("%-8s %-7s", t.Approach, t.Participation)
	}
	return fmt.Sprintf("%.3s/%.3s", t.Approach, t.Participation)
}
