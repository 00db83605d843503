package ui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/omt-reference/omt/techniques/search"
)

// picker chooses a condition, showing how many techniques each has. Its first
// row clears the condition filter. A query is read the way --condition reads
// it, so the browser and the command line accept the same words.
type picker struct {
	common
	list filterList
	ids  []string // parallel to the list's items; "" clears
}

var _ overlay = (*picker)(nil)

// conditionEntry opens the condition picker (c) on the condition chosen.
func conditionEntry() entry {
	return entry{
		key: key.NewBinding(key.WithKeys("c"), key.WithHelp("c", "condition")),
		open: func(m Model) (overlay, tea.Cmd, string) {
			return opened(newPicker(m.common, m.browse.condition, ""))
		},
	}
}

// newPicker opens the picker on the current condition, or with a query
// already typed (for a word that named several conditions).
func newPicker(c common, current, query string) (*picker, tea.Cmd) {
	items := []filterItem{{label: "Any condition (clear the filter)"}}
	ids := []string{""}
	index := map[string]int{}
	for _, x := range c.catalog.Conditions {
		index[x.ID] = len(items)
		items = append(items, filterItem{
			label:  fmt.Sprintf("%s (%d)", x.Name, c.catalog.CountFor(x.ID)),
			detail: strings.Join(x.Synonyms, ", "),
			keys:   append([]string{x.Name}, x.Synonyms...),
		})
		ids = append(ids, x.ID)
	}
	p := &picker{common: c, ids: ids,
		list: newFilterList("condition: ", "type to filter (name, synonym or abbreviation)", items, 1, c.keys, c.styles)}
	p.list.rank = func(q string) []int {
		var out []int
		for _, r := range c.index.SearchAll(q) {
			if r.Kind == search.KindCondition {
				out = append(out, index[c.catalog.Conditions[r.Index].ID])
			}
		}
		return out
	}
	cur := 0
	for i, id := range ids {
		if id == current {
			cur = i
		}
	}
	cmd := p.list.Open(cur)
	if query != "" {
		p.list.SetQuery(query)
	}
	return p, cmd
}

func (p *picker) Title() string { return "Pick a condition" }

func (p *picker) ShortHelp() []key.Binding {
	return []key.Binding{p.keys.Choose, p.keys.Dismiss, p.keys.PrevItem, p.keys.NextItem}
}

func (p *picker) SetSize(w, h int) { p.list.SetSize(w, h) }

func (p *picker) SetStyles(s *Styles) {
	p.styles = s
	p.list.SetStyles(s)
}

// Chosen is the condition id under the cursor; ok is false when nothing matches.
func (p *picker) Chosen() (id string, ok bool) {
	i := p.list.Selected()
	if i < 0 {
		return "", false
	}
	return p.ids[i], true
}

func (p *picker) Update(msg tea.Msg) (overlay, tea.Cmd, effect) {
	i, cmd, closing := p.list.pick(msg)
	if i >= 0 {
		return p, cmd, chooseCondition{p.ids[i]}
	}
	return p, cmd, closing
}

func (p *picker) View() string { return p.list.View() }

// full reports whether the overlay's input can take no more text.
func (p *picker) full() bool { return p.list.full() }
