package ui

import (
	"fmt"
	"strings"

	tea "charm.land/bubbletea/v2"

	"github.com/omt-reference/omt/techniques"
)

// picker chooses a condition, showing how many techniques each has. Its first
// row clears the condition filter.
type picker struct {
	list filterList
	ids  []string // parallel to the list's items; "" clears
}

func newPicker(c *techniques.Catalog, keys KeyMap, styles Styles) picker {
	items := []filterItem{{label: "Any condition (clear the filter)"}}
	ids := []string{""}
	for _, x := range c.Conditions {
		items = append(items, filterItem{
			label:  fmt.Sprintf("%s (%d)", x.Name, c.CountFor(x.ID)),
			detail: strings.Join(x.Synonyms, ", "),
			keys:   append([]string{x.Name}, x.Synonyms...),
		})
		ids = append(ids, x.ID)
	}
	return picker{list: newFilterList("condition: ", "type to filter (name, synonym or abbreviation)", items, 1, keys, styles), ids: ids}
}

// Open shows the picker with the cursor on the current condition.
func (p *picker) Open(current string) tea.Cmd {
	for i, id := range p.ids {
		if id == current {
			return p.list.Open(i)
		}
	}
	return p.list.Open(0)
}

// Chosen is the condition id under the cursor; ok is false when nothing matches.
func (p picker) Chosen() (id string, ok bool) {
	i := p.list.Selected()
	if i < 0 {
		return "", false
	}
	return p.ids[i], true
}
