// Package filters is the screens that narrow the browse list: the
// condition picker (c), the facets (f: approach, participation, family,
// region) and the patient's findings (p). Each reads the words the command
// line reads (--condition, the facets' values and abbreviations, --patient)
// in a list that narrows as you type, and answers the root with what to
// narrow by (common.ChooseCondition, SetFacets, SetPatient).
package filters

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/omt-reference/omt/techniques/search"
	"github.com/omt-reference/omt/ui/common"
)

// Picker chooses a condition, showing how many techniques each has. Its first
// row clears the condition filter. A query is read the way --condition reads
// it, so the browser and the command line accept the same words.
type Picker struct {
	common.Common
	list common.FilterList
	ids  []string // parallel to the list's items; "" clears
}

var _ common.Screen = (*Picker)(nil)

// ConditionEntry opens the condition picker (c) on the condition chosen.
func ConditionEntry() common.Entry {
	return common.Entry{
		Key: key.NewBinding(key.WithKeys("c"), key.WithHelp("c", "condition")),
		Open: func(c common.Context) (common.Screen, tea.Cmd, string) {
			return common.Opened(NewPicker(c.Common, c.Condition, ""))
		},
	}
}

// NewPicker opens the picker on the current condition, or with a query
// already typed (for a word that named several conditions).
func NewPicker(c common.Common, current, query string) (*Picker, tea.Cmd) {
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
	p := &Picker{Common: c, ids: ids,
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

// Title heads the screen.
func (p *Picker) Title() string { return "Pick a condition" }

// ShortHelp is the keys that work now, for the footer.
func (p *Picker) ShortHelp() []key.Binding {
	return []key.Binding{p.Keys.Choose, p.Keys.Dismiss, p.Keys.PrevItem, p.Keys.NextItem}
}

// FullHelp is the keys for the help: those that work now.
func (p *Picker) FullHelp() [][]key.Binding { return [][]key.Binding{p.ShortHelp()} }

// SetSize lays the screen out in w columns and h lines.
func (p *Picker) SetSize(w, h int) { p.list.SetSize(w, h) }

// SetStyles draws the screen in s.
func (p *Picker) SetStyles(s *common.Styles) {
	p.Styles = s
	p.list.SetStyles(s)
}

// Chosen is the condition id under the cursor; ok is false when nothing matches.
func (p *Picker) Chosen() (id string, ok bool) {
	i := p.list.Selected()
	if i < 0 {
		return "", false
	}
	return p.ids[i], true
}

// Update handles a message; the effect is what it asks of the root.
func (p *Picker) Update(msg tea.Msg) (common.Screen, tea.Cmd, common.Effect) {
	i, cmd, closing := p.list.Pick(msg)
	if i >= 0 {
		return p, cmd, common.ChooseCondition{ID: p.ids[i]}
	}
	return p, cmd, closing
}

// View draws the screen.
func (p *Picker) View() string { return p.list.View() }

// Full reports whether the screen's text input can take no more text.
func (p *Picker) Full() bool { return p.list.Full() }

// Query is what was typed to find a condition.
func (p *Picker) Query() string { return p.list.Query() }
