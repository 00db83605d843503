package classview

import (
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// column is one column of a table: its heading, its width (0: what is left
// of the line), and whether its cells are numbers, set to the right.
type column struct {
	title string
	width int
	right bool
}

// row is one line of a table: its cells, the text the filter reads, and the
// style of the whole line (zero for the default).
type row struct {
	cells  []string
	filter string
	style  *lipgloss.Style
}

// list is a page's place in its table: the cursor, the first row shown,
// what the filter holds, and the sort.
type list struct {
	cursor, offset int
	query          string
	sort           int
	desc           bool
}

// matches reports whether a row's filter text holds every word of query,
// whatever their case.
func matches(text, query string) bool {
	text = strings.ToLower(text)
	for _, w := range strings.Fields(strings.ToLower(query)) {
		if !strings.Contains(text, w) {
			return false
		}
	}
	return true
}

// filtered is the indexes of the rows the query keeps.
func filtered(rows []row, query string) []int {
	out := make([]int, 0, len(rows))
	for i, r := range rows {
		if query == "" || matches(r.filter, query) {
			out = append(out, i)
		}
	}
	return out
}

// move puts the cursor delta rows on, within n rows, and scrolls so that
// it shows in height lines.
func (l *list) move(delta, n, height int) {
	l.cursor = max(0, min(n-1, l.cursor+delta))
	l.scroll(n, height)
}

// scroll keeps the cursor within the height lines shown.
func (l *list) scroll(n, height int) {
	height = max(1, height)
	l.cursor = max(0, min(n-1, l.cursor))
	switch {
	case l.cursor < l.offset:
		l.offset = l.cursor
	case l.cursor >= l.offset+height:
		l.offset = l.cursor - height + 1
	}
	l.offset = max(0, min(l.offset, n-height))
}

// drawTable draws the heading and the rows shown of a table, width columns
// wide and height lines high (the heading included), with the cursor's row
// selected and pointed at (so that it shows without colour too).
func drawTable(s *Styles, cols []column, rows []row, shown []int, l list, width, height int) []string {
	const gutter = 2 // the pointer and a space
	widths := fitColumns(cols, width-gutter)
	head := make([]string, len(cols))
	for i, c := range cols {
		head[i] = c.title
	}
	blank := strings.Repeat(" ", gutter)
	lines := []string{s.Heading.Render(cut(blank+joinCells(cols, widths, head, s.G.Ellipsis), width, ""))}
	for i := l.offset; i < len(shown) && len(lines) < height; i++ {
		r := rows[shown[i]]
		text := joinCells(cols, widths, r.cells, s.G.Ellipsis)
		switch {
		case i == l.cursor:
			text = s.Selected.Render(pad(cut(s.G.Pointer+" "+text, width, ""), width))
		case r.style != nil:
			text = r.style.Render(cut(blank+text, width, ""))
		default:
			text = s.Text.Render(cut(blank+text, width, ""))
		}
		lines = append(lines, text)
	}
	return lines
}

// fitColumns gives each column its width, and the flexible one (width 0)
// what is left of the line; the others shrink, the last first, when the
// line is too narrow.
func fitColumns(cols []column, width int) []int {
	widths := make([]int, len(cols))
	used, flex := 0, -1
	for i, c := range cols {
		widths[i] = c.width
		used += c.width + 1
		if c.width == 0 {
			flex = i
		}
	}
	if flex >= 0 {
		widths[flex] = max(8, width-used)
		used += widths[flex]
	}
	for i := len(cols) - 1; used > width && i >= 0; i-- {
		if i == flex {
			continue
		}
		cut := min(used-width, max(0, widths[i]-3))
		widths[i] -= cut
		used -= cut
	}
	return widths
}

// joinCells lays cells out in their columns, one space apart.
func joinCells(cols []column, widths []int, cells []string, tail string) string {
	var b strings.Builder
	for i, c := range cols {
		if i > 0 {
			b.WriteByte(' ')
		}
		cell := ""
		if i < len(cells) {
			cell = cut(cells[i], widths[i], tail)
		}
		gap := strings.Repeat(" ", max(0, widths[i]-ansi.StringWidth(cell)))
		if c.right {
			b.WriteString(gap + cell)
		} else {
			b.WriteString(cell + gap)
		}
	}
	return strings.TrimRight(b.String(), " ")
}

// cut shortens s to w columns, ending with tail when it was cut.
func cut(s string, w int, tail string) string {
	if w <= 0 {
		return ""
	}
	if ansi.StringWidth(s) <= w {
		return s
	}
	if ansi.StringWidth(tail) >= w {
		tail = ""
	}
	return ansi.Truncate(s, w, tail)
}

// pad fills s with spaces to w columns, so that a selection spans the line.
func pad(s string, w int) string {
	return s + strings.Repeat(" ", max(0, w-ansi.StringWidth(s)))
}
