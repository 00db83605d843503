package common

import (
	"strings"

	"charm.land/lipgloss/v2"

	"github.com/omt-reference/omt/render"
)

// Paint wraps text in the codes a style puts around it, without measuring,
// padding or wrapping: rows are drawn on every frame, and lipgloss measures
// each line several times.
type Paint struct{ pre, post string }

// NewPaint is the paint of a style: the codes it puts around a text.
func NewPaint(s lipgloss.Style) Paint {
	out := s.Render("x")
	i := strings.Index(out, "x")
	if i < 0 {
		return Paint{}
	}
	return Paint{out[:i], out[i+1:]}
}

// On paints s.
func (p Paint) On(s string) string {
	if p.pre == "" {
		return s
	}
	return p.pre + s + p.post
}

// RowPaints are the paints of the list's rows, derived from Styles.
type RowPaints struct {
	Item, Selected, Meta, Overview, OverviewSelected, Caution, Absolute, Bar, Muted Paint
}

// Pad fills unstyled text with spaces to w columns.
func Pad(s string, w int) string {
	return s + strings.Repeat(" ", max(0, w-render.Width(s)))
}

// SelectionBar is the glyph at the left of the selected row.
func SelectionBar(g render.Glyphs) string { return g.Item.Left }
