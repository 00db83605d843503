package filters

import (
	"fmt"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/omt-reference/omt/render"
	"github.com/omt-reference/omt/techniques"
	"github.com/omt-reference/omt/ui/common"
)

// facetValue is one value of one facet, as a row of the filters overlay.
type facetValue struct {
	facet string // approach, participation, family or region
	value string
}

// Facets narrows the techniques by approach, participation, family and
// region: one filterable list of every value, each facet taking at most one.
type Facets struct {
	common.Common
	list   common.FilterList
	values []facetValue // parallel to the list's items
	filter techniques.Filter
	width  int
}

var _ common.Screen = (*Facets)(nil)

// FiltersEntry opens the filters (f) on the facets chosen.
func FiltersEntry() common.Entry {
	return common.Entry{
		Key: key.NewBinding(key.WithKeys("f"), key.WithHelp("f", "filters")),
		Open: func(c common.Context) (common.Screen, tea.Cmd, string) {
			return common.Opened(NewFacets(c.Common, c.Facets))
		},
	}
}

// NewFacets opens the filters with the facets of current ticked.
func NewFacets(c common.Common, current techniques.Filter) (*Facets, tea.Cmd) {
	var items []common.FilterItem
	var values []facetValue
	add := func(facet, value, label string, keys ...string) {
		items = append(items, common.FilterItem{Label: fmt.Sprintf("%s: %s", facet, label), Keys: append([]string{value, label}, keys...)})
		values = append(values, facetValue{facet, value})
	}
	for _, a := range techniques.Approaches() {
		add("approach", a, a)
	}
	for _, p := range techniques.Participations() {
		add("participation", p, p)
	}
	for _, f := range c.Catalog.Families {
		add("family", f.ID, f.Name, f.Abbreviations...)
	}
	for _, r := range techniques.Regions() {
		add("region", r, r)
	}
	f := &Facets{Common: c, values: values, filter: current,
		list: common.NewFilterList("filter: ", "type to find a value (indirect, MET, lumbar)", items, 0, c.Keys, c.Styles)}
	f.list.Checked = map[int]bool{}
	f.sync()
	return f, f.list.Open(0)
}

// sync ticks the rows that the filter holds.
func (f *Facets) sync() {
	clear(f.list.Checked)
	for i, v := range f.values {
		if f.get(v.facet) == v.value {
			f.list.Checked[i] = true
		}
	}
}

func (f *Facets) get(facet string) string {
	switch facet {
	case "approach":
		return string(f.filter.Approach)
	case "participation":
		return string(f.filter.Participation)
	case "family":
		return f.filter.Family
	default:
		return f.filter.Region
	}
}

func (f *Facets) set(facet, value string) {
	switch facet {
	case "approach":
		f.filter.Approach = techniques.Approach(value)
	case "participation":
		f.filter.Participation = techniques.Participation(value)
	case "family":
		f.filter.Family = value
	default:
		f.filter.Region = value
	}
}

// Title heads the screen.
func (f *Facets) Title() string { return "Filter the techniques" }

// ShortHelp is the keys that work now, for the footer.
func (f *Facets) ShortHelp() []key.Binding {
	return []key.Binding{f.Keys.ToggleClear, f.Keys.Toggle, f.Keys.PrevItem, f.Keys.NextItem, f.Keys.ClearAll, f.Keys.Dismiss}
}

// FullHelp is the keys for the help: those that work now.
func (f *Facets) FullHelp() [][]key.Binding { return [][]key.Binding{f.ShortHelp()} }

// SetSize lays the screen out in w columns and h lines.
func (f *Facets) SetSize(w, h int) {
	f.width = w
	f.list.SetSize(w, max(1, h-1))
}

// SetStyles draws the screen in s.
func (f *Facets) SetStyles(s *common.Styles) {
	f.Styles = s
	f.list.SetStyles(s)
}

// Update handles a message; the effect is what it asks of the root.
func (f *Facets) Update(msg tea.Msg) (common.Screen, tea.Cmd, common.Effect) {
	cmd, eff := f.list.Tick(msg, f)
	return f, cmd, eff
}

// Toggle sets the row's value of its facet, replacing the one it had, or
// clears it if it was the row's.
func (f *Facets) Toggle(row int) {
	v := f.values[row]
	if f.get(v.facet) == v.value {
		f.set(v.facet, "")
	} else {
		f.set(v.facet, v.value)
	}
	f.sync()
}

// UntickAll clears every facet.
func (f *Facets) UntickAll() {
	f.filter = techniques.Filter{}
	f.sync()
}

// Ticked asks the root to narrow the list by the facets ticked.
func (f *Facets) Ticked() common.Effect { return common.SetFacets{Filter: f.filter} }

// View draws the screen.
func (f *Facets) View() string {
	guide := f.Styles.Muted.Render(render.Truncate(
		"One value per facet; ticking another replaces it. enter ticks and clears the line; tab ticks.", f.width, f.Styles.G.Ellipsis))
	return guide + "\n" + f.list.View()
}

// Full reports whether the screen's text input can take no more text.
func (f *Facets) Full() bool { return f.list.Full() }

// Query is what was typed to find a value.
func (f *Facets) Query() string { return f.list.Query() }
