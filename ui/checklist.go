package ui

import (
	"slices"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/omt-reference/omt/render"
)

// checklist ticks the patient's findings. It filters as you type with the
// names, aliases, brand names and synonyms the command line's --patient
// accepts ("warfarin", "Eliquis", "pregnant"), so the two read the same words,
// and offers for a typo the flags the command line would suggest.
type checklist struct {
	common
	list  filterList
	ids   []string // flag ids, parallel to the list's items
	width int
}

var _ overlay = (*checklist)(nil)

// patientEntry opens the patient's findings (p), those ticked ticked.
func patientEntry() entry {
	return entry{
		key: key.NewBinding(key.WithKeys("p"), key.WithHelp("p", "patient")),
		open: func(m Model) (overlay, tea.Cmd, string) {
			return opened(newChecklist(m.common, m.browse.patient))
		},
	}
}

func newChecklist(c common, ticked []string) (*checklist, tea.Cmd) {
	flags := c.catalog.Flags
	items := make([]filterItem, len(flags))
	ids := make([]string, len(flags))
	for i, f := range flags {
		items[i] = filterItem{label: f.Name, detail: f.Definition, keys: append([]string{f.ID}, f.Aliases...)}
		ids[i] = f.ID
	}
	l := &checklist{common: c, ids: ids,
		list: newFilterList("finding: ", "type a finding, drug or synonym (warfarin, pregnant, osteopenia)", items, 0, c.keys, c.styles)}
	l.list.checked = map[int]bool{}
	l.list.closest = func(q string) []int { // what omt list --patient suggests for a typo
		var out []int
		seen := map[string]bool{}
		for _, word := range c.catalog.SuggestFlags(q, 3) {
			if f, ok := c.catalog.ResolveFlag(word); ok && !seen[f.ID] {
				seen[f.ID] = true
				out = append(out, slices.Index(ids, f.ID))
			}
		}
		return out
	}
	for i, id := range ids {
		for _, t := range ticked {
			if t == id {
				l.list.checked[i] = true
			}
		}
	}
	return l, l.list.Open(0)
}

func (l *checklist) Title() string { return "Patient findings to screen for" }

func (l *checklist) ShortHelp() []key.Binding {
	return []key.Binding{l.keys.ToggleClear, l.keys.Toggle, l.keys.PrevItem, l.keys.NextItem, l.keys.ClearAll, l.keys.Dismiss}
}

func (l *checklist) SetSize(w, h int) {
	l.width = w
	l.list.SetSize(w, max(1, h-1)) // a line of guidance above the list
}

func (l *checklist) SetStyles(s *Styles) {
	l.styles = s
	l.list.SetStyles(s)
}

// Checked lists the ticked flag ids in catalogue order.
func (l *checklist) Checked() []string {
	var out []string
	for i, id := range l.ids {
		if l.list.checked[i] {
			out = append(out, id)
		}
	}
	return out
}

func (l *checklist) Update(msg tea.Msg) (overlay, tea.Cmd, effect) {
	cmd, eff := l.list.tick(msg, l)
	return l, cmd, eff
}

func (l *checklist) toggle(row int) {
	if l.list.checked[row] {
		delete(l.list.checked, row)
	} else {
		l.list.checked[row] = true
	}
}

func (l *checklist) untickAll() { clear(l.list.checked) }

func (l *checklist) ticked() effect { return setPatient{l.Checked()} }

func (l *checklist) View() string {
	guide := l.styles.Muted.Render(render.Truncate(
		"Only the findings ticked here are screened for. enter ticks and clears the line; tab ticks.", l.width, l.styles.G.Ellipsis))
	return guide + "\n" + l.list.View()
}

// full reports whether the overlay's input can take no more text.
func (l *checklist) full() bool { return l.list.full() }
