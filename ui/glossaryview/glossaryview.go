// Package glossaryview is the glossary screen (d): a list of the terms that
// narrows as you type, beside (or, when narrow, above) the definition of the
// one under the cursor.
package glossaryview

import (
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"github.com/omt-reference/omt/render"
	"github.com/omt-reference/omt/render/sheet"
	"github.com/omt-reference/omt/ui/common"
)

// View browses the glossary: a filterable list of terms beside (or,
// when narrow, above) the definition of the one under the cursor.
type View struct {
	common.Common
	list     common.FilterList
	doc      viewport.Model
	rendered int // term index shown in doc, or -1
	width    int
	height   int
	wide     bool
}

var _ common.Screen = (*View)(nil)

// Entry opens the glossary (d) on the term the list has selected,
// if any.
func Entry() common.Entry {
	return common.Entry{
		Key: key.NewBinding(key.WithKeys("d"), key.WithHelp("d", "glossary")),
		Open: func(c common.Context) (common.Screen, tea.Cmd, string) {
			return common.Opened(New(c.Common, c.Term))
		},
	}
}

// New opens the glossary on a term index (0 for the first).
func New(c common.Common, index int) (*View, tea.Cmd) {
	items := make([]common.FilterItem, len(c.Catalog.Glossary))
	for i, g := range c.Catalog.Glossary {
		items[i] = common.FilterItem{Label: g.Term, Keys: g.Aliases}
	}
	doc := viewport.New()
	doc.MouseWheelEnabled = false
	doc.KeyMap = viewport.KeyMap{PageUp: c.Keys.DocUp, PageDown: c.Keys.DocDown}
	g := &View{
		Common:   c,
		list:     common.NewFilterList("term: ", "type to filter", items, 0, c.Keys, c.Styles),
		doc:      doc,
		rendered: -1,
	}
	cmd := g.list.Open(max(0, index))
	g.render()
	return g, cmd
}

// Title heads the screen.
func (g *View) Title() string { return "Glossary" }

// ScrollMark is the definition's: the list of terms says itself how many
// more there are.
func (g *View) ScrollMark() string {
	return common.ScrollMarkAt(g.doc.YOffset(), g.doc.Height(), g.doc.TotalLineCount(), g.Styles.G, g.Keys.DocDown)
}

// ShortHelp is the keys that work now, for the footer.
func (g *View) ShortHelp() []key.Binding {
	return []key.Binding{g.Keys.PrevItem, g.Keys.NextItem, g.Keys.DocUp, g.Keys.DocDown, g.Keys.Dismiss}
}

// FullHelp is the keys for the help: those that work now.
func (g *View) FullHelp() [][]key.Binding { return [][]key.Binding{g.ShortHelp()} }

// SetStyles draws the screen in s.
func (g *View) SetStyles(s *common.Styles) {
	g.Styles = s
	g.list.SetStyles(s)
	g.rendered = -1
	g.render()
}

// SetSize lays the list and the definition out side by side when there is room.
func (g *View) SetSize(w, h int) {
	if w == g.width && h == g.height {
		return
	}
	g.width, g.height = w, h
	g.wide = w >= 70
	if g.wide {
		lw := max(24, w/3)
		g.list.SetSize(lw, h)
		g.doc.SetWidth(max(1, w-lw-2))
		g.doc.SetHeight(h)
	} else {
		lh := max(3, h/2)
		g.list.SetSize(w, lh)
		g.doc.SetWidth(w)
		g.doc.SetHeight(max(1, h-lh-1))
	}
	g.rendered = -1
	g.render()
}

// render draws the definition under the cursor.
func (g *View) render() {
	i := g.list.Selected()
	if i == g.rendered {
		return
	}
	g.rendered = i
	if i < 0 {
		g.doc.SetContent(g.Styles.Muted.Render("No term matches."))
		return
	}
	t := g.Catalog.Glossary[i]
	g.doc.SetContent(render.Document(t.Term, "", sheet.Glossary(g.Catalog, t), &g.Styles.Styles, g.doc.Width()))
	g.doc.GotoTop()
}

// ScrollBy scrolls the definition, for the mouse wheel.
func (g *View) ScrollBy(n int) {
	if n > 0 {
		g.doc.ScrollDown(n)
	} else {
		g.doc.ScrollUp(-n)
	}
}

// Update handles a message; the effect is what it asks of the root.
func (g *View) Update(msg tea.Msg) (common.Screen, tea.Cmd, common.Effect) {
	if m, ok := msg.(tea.MouseWheelMsg); ok {
		g.ScrollBy(common.WheelLines * common.WheelStep(tea.Mouse(m)))
		return g, nil, nil
	}
	if k, ok := msg.(tea.KeyPressMsg); ok && key.Matches(k, g.Keys.DocUp, g.Keys.DocDown) {
		var cmd tea.Cmd
		g.doc, cmd = g.doc.Update(msg)
		return g, cmd, nil
	}
	_, cmd, closing := g.list.Pick(msg) // enter picks nothing: the definition is beside the list
	g.render()
	return g, cmd, closing
}

// View draws the screen.
func (g *View) View() string {
	if g.wide {
		gap := "  "
		return lipgloss.JoinHorizontal(lipgloss.Top, lipgloss.NewStyle().Width(g.list.Width()).Render(g.list.View()), gap, g.doc.View())
	}
	return g.list.View() + "\n\n" + g.doc.View()
}

// Full reports whether the screen's text input can take no more text.
func (g *View) Full() bool { return g.list.Full() }

// Query is what was typed to find a term.
func (g *View) Query() string { return g.list.Query() }

// Selected is the index in the glossary of the term under the cursor, or
// -1 when none matches.
func (g *View) Selected() int { return g.list.Selected() }
