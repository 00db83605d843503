package ui

import (
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"github.com/omt-reference/omt/techniques"
)

// glossaryView browses the glossary: a filterable list of terms beside (or,
// when narrow, above) the definition of the one under the cursor.
type glossaryView struct {
	list     filterList
	doc      viewport.Model
	catalog  *techniques.Catalog
	keys     KeyMap
	styles   Styles
	rendered int // term index shown in doc, or -1
	open     bool
	width    int
	height   int
	wide     bool
}

func newGlossaryView(c *techniques.Catalog, keys KeyMap, styles Styles) glossaryView {
	items := make([]filterItem, len(c.Glossary))
	for i, g := range c.Glossary {
		items[i] = filterItem{label: g.Term, keys: g.Aliases}
	}
	doc := viewport.New()
	doc.MouseWheelEnabled = false
	doc.KeyMap = viewport.KeyMap{PageUp: keys.DocUp, PageDown: keys.DocDown}
	return glossaryView{
		list:     newFilterList("term: ", "type to filter", items, 0, keys, styles),
		doc:      doc,
		catalog:  c,
		keys:     keys,
		styles:   styles,
		rendered: -1,
	}
}

// Open focuses the term filter.
func (g *glossaryView) Open() tea.Cmd {
	g.open = true
	cmd := g.list.Open(max(0, g.list.Selected()))
	g.render()
	return cmd
}

func (g *glossaryView) Close() {
	g.open = false
	g.list.Close()
}

func (g *glossaryView) SetStyles(s Styles) {
	g.styles = s
	g.list.SetStyles(s)
	g.rendered = -1
	g.render()
}

// SetSize lays the list and the definition out side by side when there is room.
func (g *glossaryView) SetSize(w, h int) {
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

// render draws the definition under the cursor, only while the glossary is open.
func (g *glossaryView) render() {
	i := g.list.Selected()
	if i == g.rendered || !g.open {
		return
	}
	g.rendered = i
	if i < 0 {
		g.doc.SetContent(g.styles.Muted.Render("No term matches."))
		return
	}
	t := g.catalog.Glossary[i]
	g.doc.SetContent(RenderDocument(t.Term, "", g.catalog.GlossarySheet(t), g.styles, g.doc.Width()))
	g.doc.GotoTop()
}

// ScrollBy scrolls the definition, for the mouse wheel.
func (g *glossaryView) ScrollBy(n int) {
	if n > 0 {
		g.doc.ScrollDown(n)
	} else {
		g.doc.ScrollUp(-n)
	}
}

func (g glossaryView) Update(msg tea.Msg) (glossaryView, tea.Cmd, filterAction) {
	if k, ok := msg.(tea.KeyPressMsg); ok && key.Matches(k, g.keys.DocUp, g.keys.DocDown) {
		var cmd tea.Cmd
		g.doc, cmd = g.doc.Update(msg)
		return g, cmd, filterNone
	}
	var cmd tea.Cmd
	var action filterAction
	g.list, cmd, action = g.list.Update(msg)
	g.render()
	return g, cmd, action
}

func (g glossaryView) View() string {
	if g.wide {
		gap := "  "
		return lipgloss.JoinHorizontal(lipgloss.Top, lipgloss.NewStyle().Width(g.list.width).Render(g.list.View()), gap, g.doc.View())
	}
	return g.list.View() + "\n\n" + g.doc.View()
}
