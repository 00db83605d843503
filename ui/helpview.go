package ui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/omt-reference/omt/render"
	"github.com/omt-reference/omt/ui/common"
)

// helpScreen lists every key, and the legend of the marks the list draws.
type helpScreen struct {
	common.Common
	help   help.Model
	groups [][]key.Binding // every key of the page it opened on
	width  int
	scroll common.Scroller // the keys and legend can be taller than the screen
	close  key.Binding
}

var _ common.Screen = (*helpScreen)(nil)

// helpEntry opens the help (?) on every key of the browse page.
func helpEntry() common.Entry {
	return common.Entry{
		Key: key.NewBinding(key.WithKeys("?"), key.WithHelp("?", "help")),
		Open: func(c common.Context) (common.Screen, tea.Cmd, string) {
			return newHelpScreen(c.Common, c.Help, c.Keys), nil, ""
		},
	}
}

func newHelpScreen(c common.Common, h help.Model, groups [][]key.Binding) *helpScreen {
	return &helpScreen{Common: c, help: h, groups: groups, scroll: common.Scroller{Keys: c.Keys},
		close: key.NewBinding(key.WithKeys("?", "esc", "q"), key.WithHelp("?/esc", "close help"))}
}

func (h *helpScreen) Title() string { return "Keys" }

func (h *helpScreen) ScrollMark() string { return h.scroll.Mark(h.Styles.G, h.Keys.Down) }

func (h *helpScreen) ShortHelp() []key.Binding {
	if h.scroll.TotalLineCount() > h.scroll.Height() {
		return []key.Binding{h.close, h.Keys.Down, h.Keys.Up}
	}
	return []key.Binding{h.close}
}

// FullHelp is the keys for the help: those that work now.
func (h *helpScreen) FullHelp() [][]key.Binding { return [][]key.Binding{h.ShortHelp()} }

func (h *helpScreen) SetSize(w, ht int) {
	h.width = w
	h.help.SetWidth(w)
	h.scroll.SetHeight(ht)
	h.scroll.SetTotal(strings.Count(h.content(), "\n") + 1)
}

func (h *helpScreen) SetStyles(s *common.Styles) {
	h.Styles = s
	h.help.Styles = s.Help
}

func (h *helpScreen) Update(msg tea.Msg) (common.Screen, tea.Cmd, common.Effect) {
	if k, ok := msg.(tea.KeyPressMsg); ok && key.Matches(k, h.close) {
		return h, nil, common.CloseScreen{}
	}
	h.scroll, _ = h.scroll.Update(msg)
	return h, nil, nil
}

func (h *helpScreen) View() string {
	lines := strings.Split(h.content(), "\n")
	from := min(h.scroll.YOffset(), len(lines))
	return strings.Join(lines[from:min(len(lines), from+h.scroll.Height())], "\n")
}

// content is the whole help: the keys, then the legend.
func (h *helpScreen) content() string {
	var lines []string
	for _, l := range legend(h.Styles.G) {
		lines = append(lines, render.Truncate(l, h.width, h.Styles.G.Ellipsis))
	}
	return h.columns() + "\n\n" + h.Styles.Section.Render("Marks in the list") + "\n" + strings.Join(lines, "\n")
}

// columns lays the key groups out side by side, starting a new row of
// columns where the next would not fit, so that every key stays on screen.
func (h *helpScreen) columns() string {
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

// legend explains the marks the list draws before a row.
func legend(g render.Glyphs) []string {
	return []string{
		fmt.Sprintf("%s  caution: a relative contraindication for the findings ticked (p)", g.Caution),
		fmt.Sprintf("%s  contraindicated: an absolute contraindication (listed last, after a)", g.Cross),
		fmt.Sprintf("%s  a condition's overview: red flags, evidence and the techniques used", g.Overview),
		fmt.Sprintf("%s  a glossary term", g.Term),
		fmt.Sprintf("%s  from the maps: an organ, a tender point, a level or a diagnosis (m opens it in the maps)", g.Map),
	}
}
