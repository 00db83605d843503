// Package compareview is the comparison screen (=): two or three techniques
// side by side, as omt compare prints them (render.Comparison). It opens on
// the technique in view and asks, in a list that narrows as you type, for
// the one to compare it with; = adds a third.
package compareview

import (
	"slices"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/omt-reference/omt/render"
	"github.com/omt-reference/omt/render/sheet"
	"github.com/omt-reference/omt/ui/common"
)

// View sets two or three techniques side by side. It opens on the
// technique in view and asks for the one to compare it with; = adds a third.
type View struct {
	common.Common
	ids      []string // the techniques compared, in order
	cmp      sheet.Comparison
	picking  bool
	list     common.FilterList // the techniques that can be added
	choices  []string          // technique ids, parallel to the list's items
	doc      common.Scroller
	lines    []string
	width    int
	height   int
	addThird key.Binding // the compare key, in the comparison
}

var _ common.Screen = (*View)(nil)

// Entry opens the comparison (=) on the technique in view.
func Entry() common.Entry {
	return common.Entry{
		Key: key.NewBinding(key.WithKeys("="), key.WithHelp("=", "compare")),
		Open: func(c common.Context) (common.Screen, tea.Cmd, string) {
			if c.Technique == nil {
				return nil, nil, "Select a technique to compare it with another."
			}
			return common.Opened(New(c.Common, c.Technique.ID))
		},
	}
}

// New compares the technique first with the one the user picks next.
func New(c common.Common, first string) (*View, tea.Cmd) {
	v := &View{Common: c, ids: []string{first}, doc: common.Scroller{Keys: c.Keys},
		addThird: key.NewBinding(key.WithKeys("="), key.WithHelp("=", "add a third"))}
	return v, v.pick()
}

// pick opens the list of techniques not yet compared.
func (v *View) pick() tea.Cmd {
	c := v.Catalog
	var items []common.FilterItem
	v.choices = v.choices[:0]
	index := map[string]int{}
	for _, t := range c.Techniques {
		if slices.Contains(v.ids, t.ID) {
			continue
		}
		index[t.ID] = len(items)
		items = append(items, common.FilterItem{Label: t.Name, Detail: string(t.Approach) + ", " + string(t.Participation),
			Keys: append([]string{t.ID}, t.Aliases...)})
		v.choices = append(v.choices, t.ID)
	}
	v.list = common.NewFilterList("with: ", "type a technique (muscle energy, HVLA, FPR…)", items, 0, v.Keys, v.Styles)
	v.list.Rank = func(q string) []int {
		var out []int
		for _, m := range v.Index.Search(q) {
			if i, ok := index[m.Technique.ID]; ok {
				out = append(out, i)
			}
		}
		return out
	}
	v.picking = true
	v.SetSize(v.width, v.height)
	return v.list.Open(0)
}

// ScrollMark is the comparison's; the list of techniques to add says itself
// how many more there are.
func (v *View) ScrollMark() string {
	if v.picking {
		return ""
	}
	return v.doc.Mark(v.Styles.G, v.Keys.Down)
}

// Title heads the screen.
func (v *View) Title() string {
	if v.picking {
		name := v.ids[0]
		if t, ok := v.Catalog.Technique(v.ids[0]); ok {
			name = t.Name
		}
		if len(v.ids) > 1 {
			return "Add a third to the comparison"
		}
		return "Compare " + name + " with…"
	}
	names := make([]string, len(v.cmp.Techniques))
	for i, t := range v.cmp.Techniques {
		names[i] = t.ID
	}
	return "Compare: " + strings.Join(names, " vs ")
}

// ShortHelp is the keys that work now, for the footer.
func (v *View) ShortHelp() []key.Binding {
	if v.picking {
		return []key.Binding{v.Keys.Choose, v.Keys.PrevItem, v.Keys.NextItem, v.Keys.Dismiss}
	}
	help := []key.Binding{v.Keys.Up, v.Keys.Down, v.Keys.PageDown}
	if len(v.ids) < sheet.MaxCompared {
		help = append(help, v.addThird)
	}
	return append(help, v.Keys.Close)
}

// FullHelp is the keys for the help: those that work now.
func (v *View) FullHelp() [][]key.Binding { return [][]key.Binding{v.ShortHelp()} }

// SetSize lays the screen out in w columns and h lines.
func (v *View) SetSize(w, h int) {
	v.width, v.height = w, h
	v.list.SetSize(w, max(1, h))
	v.layout()
}

// SetStyles draws the screen in s.
func (v *View) SetStyles(s *common.Styles) {
	v.Styles = s
	v.list.SetStyles(s)
	v.layout()
}

// layout renders the comparison for the width; the legend takes a line.
func (v *View) layout() {
	v.doc.SetHeight(max(0, v.height-2))
	if len(v.cmp.Techniques) == 0 || v.width == 0 {
		return
	}
	v.lines = strings.Split(render.Comparison(v.cmp, v.width, &v.Styles.Styles), "\n")
	v.doc.SetTotal(len(v.lines))
}

// Update handles a message; the effect is what it asks of the root.
func (v *View) Update(msg tea.Msg) (common.Screen, tea.Cmd, common.Effect) {
	if v.picking {
		i, cmd, closing := v.list.Pick(msg)
		switch {
		case i >= 0:
			v.ids = append(v.ids, v.choices[i])
			if len(v.ids) >= 2 {
				v.show()
			}
		case closing != nil && len(v.ids) < 2:
			return v, cmd, closing
		case closing != nil:
			v.picking = false // back to the comparison as it was
		}
		return v, cmd, nil
	}
	if k, ok := msg.(tea.KeyPressMsg); ok && key.Matches(k, v.addThird) && len(v.ids) < sheet.MaxCompared {
		return v, v.pick(), nil
	}
	return v, nil, v.doc.Read(msg, v.Keys)
}

// show compares the techniques chosen so far.
func (v *View) show() {
	cmp, err := sheet.Compare(v.Catalog, v.ids...)
	if err != nil { // the list offers only known, distinct techniques
		v.ids = v.ids[:len(v.ids)-1]
		return
	}
	v.cmp, v.picking = cmp, false
	v.doc.GotoTop()
	v.layout()
}

// View draws the screen.
func (v *View) View() string {
	if v.picking {
		return v.list.View()
	}
	from := min(v.doc.YOffset(), len(v.lines))
	to := min(len(v.lines), from+v.doc.Height())
	head := v.Styles.Muted.Render(render.Truncate(render.ComparisonLegend(v.Styles.G), v.width, v.Styles.G.Ellipsis))
	return head + "\n" + strings.Join(v.lines[from:to], "\n")
}

// Full reports whether the screen's text input can take no more text.
func (v *View) Full() bool { return v.picking && v.list.Full() }

// Picking reports whether the screen is asking for a technique to add.
func (v *View) Picking() bool { return v.picking }

// IDs are the techniques chosen so far, in order.
func (v *View) IDs() []string { return v.ids }

// Query is what was typed to find the technique to add.
func (v *View) Query() string { return v.list.Query() }
