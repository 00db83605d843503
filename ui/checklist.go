package ui

import (
	"slices"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/omt-reference/omt/render"
	"github.com/omt-reference/omt/ui/common"
)

// checklist ticks the patient's findings. It filters as you type with the
// names, aliases, brand names and synonyms the command line's --patient
// accepts ("warfarin", "Eliquis", "pregnant"), so the two read the same words,
// and offers for a typo the flags the command line would suggest.
type checklist struct {
	common.Common
	list  common.FilterList
	ids   []string // flag ids, parallel to the list's items
	width int
}

var _ common.Screen = (*checklist)(nil)

// patientEntry opens the patient's findings (p), those ticked ticked.
func patientEntry() common.Entry {
	return common.Entry{
		Key: key.NewBinding(key.WithKeys("p"), key.WithHelp("p", "patient")),
		Open: func(c common.Context) (common.Screen, tea.Cmd, string) {
			return common.Opened(newChecklist(c.Common, c.Patient))
		},
	}
}

func newChecklist(c common.Common, ticked []string) (*checklist, tea.Cmd) {
	flags := c.Catalog.Flags
	items := make([]common.FilterItem, len(flags))
	ids := make([]string, len(flags))
	for i, f := range flags {
		items[i] = common.FilterItem{Label: f.Name, Detail: f.Definition, Keys: append([]string{f.ID}, f.Aliases...)}
		ids[i] = f.ID
	}
	l := &checklist{Common: c, ids: ids,
		list: common.NewFilterList("finding: ", "type a finding, drug or synonym (warfarin, pregnant, osteopenia)", items, 0, c.Keys, c.Styles)}
	l.list.Checked = map[int]bool{}
	l.list.Closest = func(q string) []int { // what omt list --patient suggests for a typo
		var out []int
		seen := map[string]bool{}
		for _, word := range c.Catalog.SuggestFlags(q, 3) {
			if f, ok := c.Catalog.ResolveFlag(word); ok && !seen[f.ID] {
				seen[f.ID] = true
				out = append(out, slices.Index(ids, f.ID))
			}
		}
		return out
	}
	for i, id := range ids {
		for _, t := range ticked {
			if t == id {
				l.list.Checked[i] = true
			}
		}
	}
	return l, l.list.Open(0)
}

func (l *checklist) Title() string { return "Patient findings to screen for" }

func (l *checklist) ShortHelp() []key.Binding {
	return []key.Binding{l.Keys.ToggleClear, l.Keys.Toggle, l.Keys.PrevItem, l.Keys.NextItem, l.Keys.ClearAll, l.Keys.Dismiss}
}

// FullHelp is the keys for the help: those that work now.
func (l *checklist) FullHelp() [][]key.Binding { return [][]key.Binding{l.ShortHelp()} }

func (l *checklist) SetSize(w, h int) {
	l.width = w
	l.list.SetSize(w, max(1, h-1)) // a line of guidance above the list
}

func (l *checklist) SetStyles(s *common.Styles) {
	l.Styles = s
	l.list.SetStyles(s)
}

// Checked lists the ticked flag ids in catalogue order.
func (l *checklist) Checked() []string {
	var out []string
	for i, id := range l.ids {
		if l.list.Checked[i] {
			out = append(out, id)
		}
	}
	return out
}

func (l *checklist) Update(msg tea.Msg) (common.Screen, tea.Cmd, common.Effect) {
	cmd, eff := l.list.Tick(msg, l)
	return l, cmd, eff
}

func (l *checklist) Toggle(row int) {
	if l.list.Checked[row] {
		delete(l.list.Checked, row)
	} else {
		l.list.Checked[row] = true
	}
}

func (l *checklist) UntickAll() { clear(l.list.Checked) }

func (l *checklist) Ticked() common.Effect { return common.SetPatient{Flags: l.Checked()} }

func (l *checklist) View() string {
	guide := l.Styles.Muted.Render(render.Truncate(
		"Only the findings ticked here are screened for. enter ticks and clears the line; tab ticks.", l.width, l.Styles.G.Ellipsis))
	return guide + "\n" + l.list.View()
}

// full reports whether the overlay's input can take no more text.
func (l *checklist) Full() bool { return l.list.Full() }
