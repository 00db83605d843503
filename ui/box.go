package ui

import (
	"strings"
	"unicode/utf8"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// width is the number of columns a styled line takes. Lines of Latin text,
// box drawing and the browser's symbols are measured by counting runes, which
// is many times cheaper than grapheme segmentation; anything else (wide
// scripts, emoji, combining marks) takes ansi.StringWidth, which is exact.
func width(s string) int {
	n := 0
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == 0x1b:
			i = skipEscape(s, i)
			continue
		case c < utf8.RuneSelf:
			if c >= 0x20 && c != 0x7f {
				n++
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if !narrowRune(r) {
			return ansi.StringWidth(s)
		}
		n++
		i += size
	}
	return n
}

// narrowRune reports whether a rune certainly takes one column: Latin,
// Greek and Cyrillic letters, general punctuation, arrows, box drawing,
// geometric shapes and dingbats the browser draws.
func narrowRune(r rune) bool {
	switch {
	case r >= 0xa0 && r < 0x300, r >= 0x370 && r < 0x530: // Latin-1 and extended, Greek, Cyrillic
		return true
	case r >= 0x2010 && r < 0x2070: // dashes, quotes, bullets, ellipsis
		return true
	case r >= 0x2190 && r < 0x2300: // arrows, mathematical operators (≡ ×)
		return r != 0x231a && r != 0x231b
	case r >= 0x2500 && r < 0x25ff: // box drawing, blocks, geometric shapes (◆ ▸)
		return true
	case r == 0x2717 || r == 0x2713 || r == 0x26a0: // ✗ ✓ ⚠
		return true
	}
	return false
}

// skipEscape returns the index just past the escape sequence at i: CSI
// (ESC [ ... final byte), OSC (ESC ] ... BEL or ST) or a two-byte escape.
func skipEscape(s string, i int) int {
	if i+1 >= len(s) {
		return len(s)
	}
	switch s[i+1] {
	case '[':
		for j := i + 2; j < len(s); j++ {
			if s[j] >= 0x40 && s[j] <= 0x7e {
				return j + 1
			}
		}
		return len(s)
	case ']':
		for j := i + 2; j < len(s); j++ {
			if s[j] == 0x07 {
				return j + 1
			}
			if s[j] == 0x1b && j+1 < len(s) && s[j+1] == '\\' {
				return j + 2
			}
		}
		return len(s)
	}
	return i + 2
}

// box draws a bordered, padded box by hand. lipgloss measures every line of
// a box several times, which cost most of a frame; the browser's content is
// already cut to width, so one measurement a line is enough.
type box struct {
	border           lipgloss.Border
	paintPre, paintP string // the codes around a painted border glyph
	padLeft, padRgt  int
}

// newBox takes the border, its colour and the horizontal padding of a style.
func newBox(s lipgloss.Style) box {
	b := box{border: s.GetBorderStyle(), padLeft: s.GetPaddingLeft(), padRgt: s.GetPaddingRight()}
	painted := lipgloss.NewStyle().Foreground(s.GetBorderTopForeground()).Render("x")
	if i := strings.Index(painted, "x"); i >= 0 {
		b.paintPre, b.paintP = painted[:i], painted[i+1:]
	}
	return b
}

// frameWidth is what the border and padding take across.
func (b box) frameWidth() int { return 2 + b.padLeft + b.padRgt }

// render draws content in a box of an outer width and height, cutting lines
// that are too long and padding the rest.
func (b box) render(content string, w, h int) string { return b.renderMarked(content, w, h, "") }

// renderMarked is render with a mark set in the bottom border, at its right:
// where a scrolling view is, so that it costs the view no line.
func (b box) renderMarked(content string, w, h int, mark string) string {
	inner := max(0, w-b.frameWidth())
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
		n := width(line)
		if n > inner {
			line = ansi.Truncate(line, inner, "")
			n = width(line)
		}
		sb.WriteByte('\n')
		sb.WriteString(left)
		sb.WriteString(line)
		writeSpaces(&sb, inner-n)
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
func (b box) bottom(w int, mark string) string {
	paint := func(s string) string { return b.paintPre + s + b.paintP }
	room := w - 2 - 4 // the corners, a glyph either side of the mark, and its two spaces
	if mark == "" || room < 8 {
		return paint(b.border.BottomLeft + strings.Repeat(b.border.Bottom, max(0, w-2)) + b.border.BottomRight)
	}
	mark = cut(mark, room, "")
	run := strings.Repeat(b.border.Bottom, w-2-2-2-width(mark))
	return paint(b.border.BottomLeft+run+b.border.Bottom) + " " + mark + " " + paint(b.border.Bottom+b.border.BottomRight)
}

// writeSpaces writes n spaces without building a string for them.
func writeSpaces(sb *strings.Builder, n int) {
	const spaces = "                                                                "
	for n > 0 {
		k := min(n, len(spaces))
		sb.WriteString(spaces[:k])
		n -= k
	}
}
