package ui

import (
	"fmt"
	"strings"

	"charm.land/lipgloss/v2"

	"github.com/omt-reference/omt/render"
	"github.com/omt-reference/omt/techniques"
)

// row is one line of the browser's list: a techItem, overviewItem,
// dividerItem, conditionItem, termItem or mapItem.
type row any

// techItem is one technique in the list, with its verdict for the patient.
type techItem struct {
	t      *techniques.Technique // into the catalogue: read-only
	status techniques.ScreenStatus
}

// overviewItem heads the list while a condition is chosen: selecting it shows
// the condition's red flags, evidence and techniques.
type overviewItem struct {
	c     techniques.Condition
	grade string
}

// dividerItem opens the section of techniques contraindicated for the patient.
type dividerItem struct{ count int }

// conditionItem is a condition a search found: selecting it shows its overview.
type conditionItem struct{ c techniques.Condition }

// termItem is a glossary term a search found: selecting it shows its definition.
type termItem struct{ g techniques.GlossaryTerm }

// mapItem is something from the maps a search found (an organ, a tender
// point, a map row, a level or a diagnosis read back).
type mapItem struct{ e mapEntry }

// paint wraps text in the codes a style puts around it, without measuring,
// padding or wrapping: rows are drawn on every frame, and lipgloss measures
// each line several times.
type paint struct{ pre, post string }

func newPaint(s lipgloss.Style) paint {
	out := s.Render("x")
	i := strings.Index(out, "x")
	if i < 0 {
		return paint{}
	}
	return paint{out[:i], out[i+1:]}
}

func (p paint) on(s string) string {
	if p.pre == "" {
		return s
	}
	return p.pre + s + p.post
}

// rowPaints are the paints of the list's rows, derived from Styles.
type rowPaints struct {
	item, selected, meta, overview, overviewSelected, caution, absolute, bar, muted paint
}

// pad fills unstyled text with spaces to w columns.
func pad(s string, w int) string {
	return s + strings.Repeat(" ", max(0, w-render.Width(s)))
}

// renderRow draws one row at a width. Every row starts with two columns
// that hold the selection bar, then a mark, then the name, then what it is.
func (s *Styles) renderRow(r row, selected bool, w int) string {
	p := s.rows
	lead := "  "
	if selected {
		lead = p.bar.on(selectionBar(s.G)) + " "
	}
	body := p.item
	if selected {
		body = p.selected
	}
	switch it := r.(type) {
	case overviewItem:
		label := fmt.Sprintf("%s %s: overview, evidence %s", s.G.Overview, it.c.Name, it.grade)
		paint := p.overview
		if selected {
			paint = p.overviewSelected
		}
		return lead + paint.on(render.Truncate(label, w-2, s.G.Ellipsis))
	case dividerItem:
		label := fmt.Sprintf("%s contraindicated (%d) %s", s.G.Rule, it.count, s.G.Rule)
		if selected {
			label = s.G.Pointer + " " + label
		}
		return "  " + p.absolute.on(render.Truncate(label, w-2, s.G.Ellipsis))
	case conditionItem:
		return s.otherRow(lead, body, s.G.Overview, it.c.Name, "condition", w)
	case termItem:
		return s.otherRow(lead, body, s.G.Term, it.g.Term, "glossary", w)
	case mapItem:
		return s.otherRow(lead, body, s.G.Map, it.e.label, it.e.kind, w)
	case techItem:
		meta := classification(it.t, w)
		nameWidth := max(1, w-2-2-1-len(meta))
		name := render.Truncate(it.t.Name, nameWidth, s.G.Ellipsis)
		if local := it.t.LocalLabel(); local != "" { // a school overlay wrote it: the mark survives any cut
			mark := " [" + local + "]"
			name = render.Truncate(render.Truncate(it.t.Name, max(1, nameWidth-len(mark)), s.G.Ellipsis)+mark, nameWidth, s.G.Ellipsis)
		}
		name = pad(name, nameWidth)
		markPaint := p.caution
		if it.status == techniques.StatusContraindicated {
			markPaint = p.absolute
		}
		mark := statusMark(it.status, s.G)
		if mark == "" {
			mark = " "
		}
		return lead + markPaint.on(mark) + body.on(" "+name) + " " + p.meta.on(meta)
	}
	return ""
}

// otherRow draws a search result that is not a technique: its mark, its
// name, and what kind of entry it is where the classification would be.
func (s *Styles) otherRow(lead string, body paint, mark, name, kind string, w int) string {
	nameWidth := max(1, w-2-2-1-len(kind))
	return lead + s.rows.overview.on(mark) + body.on(" "+pad(render.Truncate(name, nameWidth, s.G.Ellipsis), nameWidth)) + " " + s.rows.meta.on(kind)
}

// selectionBar is the glyph at the left of the selected row.
func selectionBar(g render.Glyphs) string { return g.Item.Left }

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
