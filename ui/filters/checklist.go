package filters

import (
	"slices"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/omt-reference/omt/render"
	"github.com/omt-reference/omt/ui/common"
)

// Checklist ticks the patient's findings. It filters as you type with the
// names, aliases, brand names and synonyms the command line's --patient
// accepts ("warfarin", "Eliquis", "pregnant"), so the two read the same words,
// and offers for a typo the flags the command line would suggest.
type Checklist struct {
	common.Common
	list  common.FilterList
	ids   []string // flag ids, parallel to the list's items
	width int
}

var _ common.Screen = (*Checklist)(nil)

// PatientEntry opens the patient's findings (p), those ticked ticked.
func PatientEntry() common.Entry {
	return common.Entry{
		Key: key.NewBinding(key.WithKeys("p"), key.WithHelp("p", "patient")),
		Open: func(c common.Context) (common.Screen, tea.Cmd, string) {
			return common.Opened(NewChecklist(c.Common, c.Patient))
		},
	}
}

// NewChecklist opens the findings with those of ticked (flag ids) ticked.
func NewChecklist(c common.Common, ticked []string) (*Checklist, tea.Cmd) {
	flags := c.Catalog.Flags
	items := make([]common.FilterItem, len(flags))
	ids := make([]string, len(flags))
	for i, f := range flags {
		items[i] = common.FilterItem{Label: f.Name, Detail: f.Definition, Keys: append([]string{f.ID}, f.Aliases...)}
		ids[i] = f.ID
	}
	l := &Checklist{Common: c, ids: ids,
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

// Title heads the screen.
func (l *Checklist) Title() string { return "Patient findings to screen for" }

// ShortHelp is the keys that work now, for the footer.
func (l *Checklist) ShortHelp() []key.Binding {
	return []key.Binding{l.Keys.ToggleClear, l.Keys.Toggle, l.Keys.PrevItem, l.Keys.NextItem, l.Keys.ClearAll, l.Keys.Dismiss}
}

// FullHelp is the keys for the help: those that work now.
func (l *Checklist) FullHelp() [][]key.Binding { return [][]key.Binding{l.ShortHelp()} }

// SetSize lays the screen out in w columns and h lines.
func (l *Checklist) SetSize(w, h int) {
	l.width = w
	l.list.SetSize(w, max(1, h-1)) // a line of guidance above the list
}

// SetStyles draws the screen in s.
func (l *Checklist) SetStyles(s *common.Styles) {
	l.Styles = s
	l.list.SetStyles(s)
}

// Checked lists the ticked flag ids in catalogue order.
func (l *Checklist) Checked() []string {
	var out []string
	for i, id := range l.ids {
		if l.list.Checked[i] {
			out = append(out, id)
		}
	}
	return out
}

// Update handles a message; the effect is what it asks of the root.
func (l *Checklist) Update(msg tea.Msg) (common.Screen, tea.Cmd, common.Effect) {
	cmd, eff := l.list.Tick(msg, l)
	return l, cmd, eff
}

// Toggle ticks the finding of a row, or unticks it.
func (l *Checklist) Toggle(row int) {
	if l.list.Checked[row] {
		delete(l.list.Checked, row)
	} else {
		l.list.Checked[row] = true
	}
}

// UntickAll unticks every finding.
func (l *Checklist) UntickAll() { clear(l.list.Checked) }

// Ticked asks the root to screen for the findings ticked.
func (l *Checklist) Ticked() common.Effect { return common.SetPatient{Flags: l.Checked()} }

// View draws the screen.
func (l *Checklist) View() string {
	guide := l.Styles.Muted.Render(render.Truncate(
		"Only the findings ticked here are screened for. enter ticks and clears the line; tab ticks.", l.width, l.Styles.G.Ellipsis))
	return guide + "\n" + l.list.View()
}

// Full reports whether the screen's text input can take no more text.
func (l *Checklist) Full() bool { return l.list.Full() }

// Query is what was typed to find a finding.
func (l *Checklist) Query() string { return l.list.Query() }

// Highlighted is the flag id under the cursor, or "" when nothing matches.
func (l *Checklist) Highlighted() string {
	if i := l.list.Selected(); i >= 0 {
		return l.ids[i]
	}
	return ""
}
