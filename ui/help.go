package ui

import (
	"fmt"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/omt-reference/omt/render"
	"github.com/omt-reference/omt/ui/common"
	"github.com/omt-reference/omt/ui/helpview"
)

// helpEntry opens the help (?) on every key of the browse page and the
// legend of the marks its list draws.
func helpEntry() common.Entry {
	return common.Entry{
		Key: key.NewBinding(key.WithKeys("?"), key.WithHelp("?", "help")),
		Open: func(c common.Context) (common.Screen, tea.Cmd, string) {
			return helpview.New(c.Common, c.Help, c.PageKeys, legend(c.Styles.G)), nil, ""
		},
	}
}

// legend explains the marks the list draws before a row.
func legend(g render.Glyphs) []string {
	return []string{
		fmt.Sprintf("%s  caution: a relative contraindication for the findings ticked (p)", g.Caution),
		fmt.Sprintf("%s  contraindicated: an absolute contraindication (listed last, after a)", g.Cross),
		fmt.Sprintf("%s  a condition's overview: red flags, evidence and the techniques used", g.Overview),
		fmt.Sprintf("%s  a glossary term", g.Term),
		fmt.Sprintf("%s  from the maps: an organ, a tender point, a level or a diagnosis (m opens it in the maps)", g.Map),
	}
}
