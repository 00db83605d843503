package ui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

// helpScreen lists every key, and the legend of the marks the list draws.
type helpScreen struct {
	common
	help  help.Model
	width int
}

var _ overlay = (*helpScreen)(nil)

func newHelpScreen(c common, h help.Model) *helpScreen { return &helpScreen{common: c, help: h} }

func (h *helpScreen) Title() string { return "Keys" }

func (h *helpScreen) ShortHelp() []key.Binding { return []key.Binding{h.keys.CloseHelp} }

func (h *helpScreen) SetSize(w, _ int) {
	h.width = w
	h.help.SetWidth(w)
}

func (h *helpScreen) SetStyles(s Styles) {
	h.styles = s
	h.help.Styles = s.Help
}

func (h *helpScreen) Update(msg tea.Msg) (overlay, tea.Cmd, effect) {
	if k, ok := msg.(tea.KeyPressMsg); ok && key.Matches(k, h.keys.CloseHelp) {
		return h, nil, closeOverlay{}
	}
	return h, nil, nil
}

func (h *helpScreen) View() string {
	var lines []string
	for _, l := range legend(h.styles.G) {
		lines = append(lines, ansi.Truncate(l, h.width, h.styles.G.Ellipsis))
	}
	return h.help.FullHelpView(h.keys.FullHelp()) + "\n\n" +
		h.styles.Section.Render("Marks in the list") + "\n" + strings.Join(lines, "\n")
}

// legend explains the marks the list draws before a row.
func legend(g Glyphs) []string {
	return []string{
		fmt.Sprintf("%s  caution: a relative contraindication for the findings ticked (p)", g.Caution),
		fmt.Sprintf("%s  contraindicated: an absolute contraindication (listed last, after a)", g.Cross),
		fmt.Sprintf("%s  a condition's overview: red flags, evidence and the techniques used", g.Overview),
		fmt.Sprintf("%s  a glossary term", g.Term),
	}
}
