package ui

import (
	"fmt"
	"strings"

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

// facets narrows the techniques by approach, participation, family and
// region: one filterable list of every value, each facet taking at most one.
type facets struct {
	common.Common
	list   common.FilterList
	values []facetValue // parallel to the list's items
	filter techniques.Filter
	width  int
}

var _ common.Screen = (*facets)(nil)

// filtersEntry opens the filters (f) on the facets chosen.
func filtersEntry() common.Entry {
	return common.Entry{
		Key: key.NewBinding(key.WithKeys("f"), key.WithHelp("f", "filters")),
		Open: func(c common.Context) (common.Screen, tea.Cmd, string) {
			return common.Opened(newFacets(c.Common, c.Facets))
		},
	}
}

func newFacets(c common.Common, current techniques.Filter) (*facets, tea.Cmd) {
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
	f := &facets{Common: c, values: values, filter: current,
		list: common.NewFilterList("filter: ", "type to find a value (indirect, MET, lumbar)", items, 0, c.Keys, c.Styles)}
	f.list.Checked = map[int]bool{}
	f.sync()
	return f, f.list.Open(0)
}

// sync ticks the rows that the filter holds.
func (f *facets) sync() {
	clear(f.list.Checked)
	for i, v := range f.values {
		if f.get(v.facet) == v.value {
			f.list.Checked[i] = true
		}
	}
}

func (f *facets) get(facet string) string {
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

func (f *facets) set(facet, value string) {
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

func (f *facets) Title() string { return "Filter the techniques" }

func (f *facets) ShortHelp() []key.Binding {
	return []key.Binding{f.Keys.ToggleClear, f.Keys.Toggle, f.Keys.PrevItem, f.Keys.NextItem, f.Keys.ClearAll, f.Keys.Dismiss}
}

// FullHelp is the keys for the help: those that work now.
func (f *facets) FullHelp() [][]key.Binding { return [][]key.Binding{f.ShortHelp()} }

func (f *facets) SetSize(w, h int) {
	f.width = w
	f.list.SetSize(w, max(1, h-1))
}

func (f *facets) SetStyles(s *common.Styles) {
	f.Styles = s
	f.list.SetStyles(s)
}

func (f *facets) Update(msg tea.Msg) (common.Screen, tea.Cmd, common.Effect) {
	cmd, eff := f.list.Tick(msg, f)
	return f, cmd, eff
}

// Toggle sets the row's value of its facet, replacing the one it had, or
// clears it if it was the row's.
func (f *facets) Toggle(row int) {
	v := f.values[row]
	if f.get(v.facet) == v.value {
		f.set(v.facet, "")
	} else {
		f.set(v.facet, v.value)
	}
	f.sync()
}

func (f *facets) UntickAll() {
	f.filter = techniques.Filter{}
	f.sync()
}

func (f *facets) Ticked() common.Effect { return common.SetFacets{Filter: f.filter} }

func (f *facets) View() string {
	guide := f.Styles.Muted.Render(render.Truncate(
		"One value per facet; ticking another replaces it. enter ticks and clears the line; tab ticks.", f.width, f.Styles.G.Ellipsis))
	return guide + "\n" + f.list.View()
}

// describeFacets spells the facets for the filter bar: "indirect, Counterstrain, lumbar".
func describeFacets(c *techniques.Catalog, f techniques.Filter) string {
	var parts []string
	if f.Approach != "" {
		parts = append(parts, string(f.Approach))
	}
	if f.Participation != "" {
		parts = append(parts, string(f.Participation))
	}
	if fam, ok := c.Family(f.Family); ok {
		parts = append(parts, fam.Name)
	}
	if f.Region != "" {
		parts = append(parts, f.Region)
	}
	return strings.Join(parts, ", ")
}

// full reports whether the overlay's input can take no more text.
func (f *facets) Full() bool { return f.list.Full() }
