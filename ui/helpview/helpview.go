// Package helpview is the help screen (?): every key of the page it opens
// on, in columns laid out to the width, and the legend of the marks the
// browse list draws, scrolling when they are taller than the screen. The
// keys and the legend are given: it knows no page.
package helpview

import (
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/omt-reference/omt/render"
	"github.com/omt-reference/omt/ui/common"
)

// View lists every key, and the legend of the marks the list draws.
type View struct {
	common.Common
	help   help.Model
	groups [][]key.Binding // every key of the page it opened on
	legend []string
	width  int
	scroll common.Scroller // the keys and legend can be taller than the screen
	close  key.Binding
}

var _ common.Screen = (*View)(nil)

// New is the help over a page's keys, in the columns they are grouped in,
// with the legend of its marks; h draws the keys as the footer does.
func New(c common.Common, h help.Model, groups [][]key.Binding, legend []string) *View {
	return &View{Common: c, help: h, groups: groups, legend: legend, scroll: common.Scroller{Keys: c.Keys},
		close: key.NewBinding(key.WithKeys("?", "esc", "q"), key.WithHelp("?/esc", "close help"))}
}

// Title heads the screen.
func (h *View) Title() string { return "Keys" }

// ScrollMark says where the help is scrolled to.
func (h *View) ScrollMark() string { return h.scroll.Mark(h.Styles.G, h.Keys.Down) }

// ShortHelp is the keys that close and scroll it.
func (h *View) ShortHelp() []key.Binding {
	if h.scroll.TotalLineCount() > h.scroll.Height() {
		return []key.Binding{h.close, h.Keys.Down, h.Keys.Up}
	}
	return []key.Binding{h.close}
}

// FullHelp is the keys for the help: those that work now.
func (h *View) FullHelp() [][]key.Binding { return [][]key.Binding{h.ShortHelp()} }

// SetSize lays the columns out in w columns; the help scrolls in ht lines.
func (h *View) SetSize(w, ht int) {
	h.width = w
	h.help.SetWidth(w)
	h.scroll.SetHeight(ht)
	h.scroll.SetTotal(strings.Count(h.content(), "\n") + 1)
}

// SetStyles draws the help in s.
func (h *View) SetStyles(s *common.Styles) {
	h.Styles = s
	h.help.Styles = s.Help
}

// Update closes the help on its key and scrolls it on the others.
func (h *View) Update(msg tea.Msg) (common.Screen, tea.Cmd, common.Effect) {
	if k, ok := msg.(tea.KeyPressMsg); ok && key.Matches(k, h.close) {
		return h, nil, common.CloseScreen{}
	}
	h.scroll, _ = h.scroll.Update(msg)
	return h, nil, nil
}

// View is the lines of the help in view.
func (h *View) View() string {
	lines := strings.Split(h.content(), "\n")
	from := min(h.scroll.YOffset(), len(lines))
	return strings.Join(lines[from:min(len(lines), from+h.scroll.Height())], "\n")
}

// content is the whole help: the keys, then the legend.
func (h *View) content() string {
	var lines []string
	for _, l := range h.legend {
		lines = append(lines, render.Truncate(l, h.width, h.Styles.G.Ellipsis))
	}
	return h.columns() + "\n\n" + h.Styles.Section.Render("Marks in the list") + "\n" + strings.Join(lines, "\n")
}

// columns lays the key groups out side by side, starting a new row of
// columns where the next would not fit, so that every key stays on screen.
func (h *View) columns() string {
	var rows, row []string
	rowWidth := 0
	for _, group := range h.groups {
		col := h.help.FullHelpView([][]key.Binding{group})
		w := 0
		for _, l := range strings.Split(col, "\n") {
			w = max(w, render.Width(l))
		}
		gap := 4
		if len(row) > 0 && rowWidth+gap+w > h.width {
			rows = append(rows, joinColumns(row, gap))
			row, rowWidth = nil, 0
		}
		if len(row) > 0 {
			rowWidth += gap
		}
		row = append(row, col)
		rowWidth += w
	}
	if len(row) > 0 {
		rows = append(rows, joinColumns(row, 4))
	}
	return strings.Join(rows, "\n\n")
}

// joinColumns puts blocks of lines side by side with gap spaces between.
func joinColumns(cols []string, gap int) string {
	var split [][]string
	widths := make([]int, len(cols))
	height := 0
	for i, c := range cols {
		lines := strings.Split(c, "\n")
		split = append(split, lines)
		height = max(height, len(lines))
		for _, l := range lines {
			widths[i] = max(widths[i], render.Width(l))
		}
	}
	out := make([]string, height)
	for y := range height {
		var b strings.Builder
		for i, lines := range split {
			l := ""
			if y < len(lines) {
				l = lines[y]
			}
			b.WriteString(l)
			if i < len(split)-1 {
				b.WriteString(strings.Repeat(" ", widths[i]-render.Width(l)+gap))
			}
		}
		out[y] = b.String()
	}
	return strings.Join(out, "\n")
}
