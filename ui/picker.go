package ui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/omt-reference/omt/techniques/search"
	"github.com/omt-reference/omt/ui/common"
)

// picker chooses a condition, showing how many techniques each has. Its first
// row clears the condition filter. A query is read the way --condition reads
// it, so the browser and the command line accept the same words.
type picker struct {
	common.Common
	list common.FilterList
	ids  []string // parallel to the list's items; "" clears
}

var _ common.Screen = (*picker)(nil)

// conditionEntry opens the condition picker (c) on the condition chosen.
func conditionEntry() common.Entry {
	return common.Entry{
		Key: key.NewBinding(key.WithKeys("c"), key.WithHelp("c", "condition")),
		Open: func(c common.Context) (common.Screen, tea.Cmd, string) {
			return common.Opened(newPicker(c.Common, c.Condition, ""))
		},
	}
}

// newPicker opens the picker on the current condition, or with a query
// already typed (for a word that named several conditions).
func newPicker(c common.Common, current, query string) (*picker, tea.Cmd) {
	items := []common.FilterItem{{Label: "Any condition (clear the filter)"}}
	ids := []string{""}
	index := map[string]int{}
	for _, x := range c.Catalog.Conditions {
		index[x.ID] = len(items)
		items = append(items, common.FilterItem{
			Label:  fmt.Sprintf("%s (%d)", x.Name, c.Catalog.CountFor(x.ID)),
			Detail: strings.Join(x.Synonyms, ", "),
			Keys:   append([]string{x.Name}, x.Synonyms...),
		})
		ids = append(ids, x.ID)
	}
	p := &picker{Common: c, ids: ids,
		list: common.NewFilterList("condition: ", "type to filter (name, synonym or abbreviation)", items, 1, c.Keys, c.Styles)}
	p.list.Rank = func(q string) []int {
		var out []int
		for _, r := range c.Index.SearchAll(q) {
			if r.Kind == search.KindCondition {
				out = append(out, index[c.Catalog.Conditions[r.Index].ID])
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
	return []key.Binding{p.Keys.Choose, p.Keys.Dismiss, p.Keys.PrevItem, p.Keys.NextItem}
}

// FullHelp is the keys for the help: those that work now.
func (p *picker) FullHelp() [][]key.Binding { return [][]key.Binding{p.ShortHelp()} }

func (p *picker) SetSize(w, h int) { p.list.SetSize(w, h) }

func (p *picker) SetStyles(s *common.Styles) {
	p.Styles = s
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

func (p *picker) Update(msg tea.Msg) (common.Screen, tea.Cmd, common.Effect) {
	i, cmd, closing := p.list.Pick(msg)
	if i >= 0 {
		return p, cmd, common.ChooseCondition{ID: p.ids[i]}
	}
	return p, cmd, closing
}

func (p *picker) View() string { return p.list.View() }

// full reports whether the overlay's input can take no more text.
func (p *picker) Full() bool { return p.list.Full() }
