package ui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/omt-reference/omt/render"
	"github.com/omt-reference/omt/techniques"
)

// facetValue is one value of one facet, as a row of the filters overlay.
type facetValue struct {
	facet string // approach, participation, family or region
	value string
}

// facets narrows the techniques by approach, participation, family and
// region: one filterable list of every value, each facet taking at most one.
type facets struct {
	common
	list   filterList
	values []facetValue // parallel to the list's items
	filter techniques.Filter
	width  int
}

var _ overlay = (*facets)(nil)

// filtersEntry opens the filters (f) on the facets chosen.
func filtersEntry() entry {
	return entry{
		key: key.NewBinding(key.WithKeys("f"), key.WithHelp("f", "filters")),
		open: func(m Model) (overlay, tea.Cmd, string) {
			return opened(newFacets(m.common, m.browse.facets))
		},
	}
}

func newFacets(c common, current techniques.Filter) (*facets, tea.Cmd) {
	var items []filterItem
	var values []facetValue
	add := func(facet, value, label string, keys ...string) {
		items = append(items, filterItem{label: fmt.Sprintf("%s: %s", facet, label), keys: append([]string{value, label}, keys...)})
		values = append(values, facetValue{facet, value})
	}
	for _, a := range techniques.Approaches() {
		add("approach", a, a)
	}
	for _, p := range techniques.Participations() {
		add("participation", p, p)
	}
	for _, f := range c.catalog.Families {
		add("family", f.ID, f.Name, f.Abbreviations...)
	}
	for _, r := range techniques.Regions() {
		add("region", r, r)
	}
	f := &facets{common: c, values: values, filter: current,
		list: newFilterList("filter: ", "type to find a value (indirect, MET, lumbar)", items, 0, c.keys, c.styles)}
	f.list.checked = map[int]bool{}
	f.sync()
	return f, f.list.Open(0)
}

// sync ticks the rows that the filter holds.
func (f *facets) sync() {
	clear(f.list.checked)
	for i, v := range f.values {
		if f.get(v.facet) == v.value {
			f.list.checked[i] = true
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
	return []key.Binding{f.keys.ToggleClear, f.keys.Toggle, f.keys.PrevItem, f.keys.NextItem, f.keys.ClearAll, f.keys.Dismiss}
}

func (f *facets) SetSize(w, h int) {
	f.width = w
	f.list.SetSize(w, max(1, h-1))
}

func (f *facets) SetStyles(s *Styles) {
	f.styles = s
	f.list.SetStyles(s)
}

func (f *facets) Update(msg tea.Msg) (overlay, tea.Cmd, effect) {
	cmd, eff := f.list.tick(msg, f)
	return f, cmd, eff
}

// toggle sets the row's value of its facet, replacing the one it had, or
// clears it if it was the row's.
func (f *facets) toggle(row int) {
	v := f.values[row]
	if f.get(v.facet) == v.value {
		f.set(v.facet, "")
	} else {
		f.set(v.facet, v.value)
	}
	f.sync()
}

func (f *facets) untickAll() {
	f.filter = techniques.Filter{}
	f.sync()
}

func (f *facets) ticked() effect { return setFacets{f.filter} }

func (f *facets) View() string {
	guide := f.styles.Muted.Render(render.Truncate(
		"One value per facet; ticking another replaces it. enter ticks and clears the line; tab ticks.", f.width, f.styles.G.Ellipsis))
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
func (f *facets) full() bool { return f.list.full() }
