package common

import (
	"strings"

	"charm.land/lipgloss/v2"

	"github.com/omt-reference/omt/render"
)

// Box draws a bordered, padded box by hand. lipgloss measures every line of
// a box several times, which cost most of a frame; the browser's content is
// already cut to width, so one measurement a line is enough.
type Box struct {
	border           lipgloss.Border
	paintPre, paintP string // the codes around a painted border glyph
	padLeft, padRgt  int
}

// NewBox takes the border, its colour and the horizontal padding of a style.
func NewBox(s lipgloss.Style) Box {
	b := Box{border: s.GetBorderStyle(), padLeft: s.GetPaddingLeft(), padRgt: s.GetPaddingRight()}
	painted := lipgloss.NewStyle().Foreground(s.GetBorderTopForeground()).Render("x")
	if i := strings.Index(painted, "x"); i >= 0 {
		b.paintPre, b.paintP = painted[:i], painted[i+1:]
	}
	return b
}

// FrameWidth is what the border and padding take across.
func (b Box) FrameWidth() int { return 2 + b.padLeft + b.padRgt }

// Render draws content in a box of an outer width and height, cutting lines
// that are too long and padding the rest.
func (b Box) Render(content string, w, h int) string { return b.RenderMarked(content, w, h, "") }

// RenderMarked is render with a mark set in the bottom border, at its right:
// where a scrolling view is, so that it costs the view no line.
func (b Box) RenderMarked(content string, w, h int, mark string) string {
	inner := max(0, w-b.FrameWidth())
	rows := max(0, h-2)
	paint := func(s string) string { return b.paintPre + s + b.paintP }
	var sb strings.Builder
	sb.Grow((w + 16) * h)
	sb.WriteString(paint(b.border.TopLeft + strings.Repeat(b.border.Top, max(0, w-2)) + b.border.TopRight))
	left := paint(b.border.Left) + strings.Repeat(" ", b.padLeft)
	right := strings.Repeat(" ", b.padRgt) + paint(b.border.Right)
	lines := strings.Split(content, "\n")
	for i := range rows {
		line := ""
		if i < len(lines) {
			line = lines[i]
		}
		n := render.Width(line)
		if n > inner {
			line = render.Truncate(line, inner, "")
			n = render.Width(line)
		}
		sb.WriteByte('\n')
		sb.WriteString(left)
		sb.WriteString(line)
		render.WriteSpaces(&sb, inner-n)
		sb.WriteString(right)
	}
	if h >= 2 {
		sb.WriteByte('\n')
		sb.WriteString(b.bottom(w, mark))
	}
	return sb.String()
}

// bottom is the bottom border of a box w wide, with the mark, cut to fit,
// two border glyphs from its right corner.
func (b Box) bottom(w int, mark string) string {
	paint := func(s string) string { return b.paintPre + s + b.paintP }
	room := w - 2 - 4 // the corners, a glyph either side of the mark, and its two spaces
	if mark == "" || room < 8 {
		return paint(b.border.BottomLeft + strings.Repeat(b.border.Bottom, max(0, w-2)) + b.border.BottomRight)
	}
	mark = render.Truncate(mark, room, "")
	run := strings.Repeat(b.border.Bottom, w-2-2-2-render.Width(mark))
	return paint(b.border.BottomLeft+run+b.border.Bottom) + " " + mark + " " + paint(b.border.Bottom+b.border.BottomRight)
}
