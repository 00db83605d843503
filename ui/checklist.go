package ui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/omt-reference/omt/techniques"
)

// checklist toggles patient flags. It has no text input, so j, k and space
// are free to move and toggle.
type checklist struct {
	flags   []techniques.Flag
	checked map[string]bool
	cursor  int
	offset  int
	width   int
	height  int
	keys    KeyMap
	styles  Styles
}

func newChecklist(c *techniques.Catalog, keys KeyMap, styles Styles) checklist {
	return checklist{flags: c.Flags, checked: map[string]bool{}, keys: keys, styles: styles}
}

// Set replaces the checked flags.
func (l *checklist) Set(ids []string) {
	l.checked = map[string]bool{}
	for _, id := range ids {
		l.checked[id] = true
	}
}

// Checked lists the checked flag ids in catalogue order.
func (l checklist) Checked() []string {
	var out []string
	for _, f := range l.flags {
		if l.checked[f.ID] {
			out = append(out, f.ID)
		}
	}
	return out
}

func (l *checklist) SetSize(w, h int) {
	l.width, l.height = max(0, w), max(0, h)
	l.scroll()
}

func (l *checklist) SetStyles(s Styles) { l.styles = s }

func (l *checklist) rows() int { return max(1, l.height-2) }

func (l *checklist) scroll() { l.offset = follow(l.cursor, l.offset, l.rows()) }

// Update moves and toggles; it reports filterClose when the list should close.
func (l checklist) Update(msg tea.Msg) (checklist, filterAction) {
	k, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return l, filterNone
	}
	switch {
	case key.Matches(k, l.keys.Up):
		l.cursor = max(0, l.cursor-1)
	case key.Matches(k, l.keys.Down):
		l.cursor = min(len(l.flags)-1, l.cursor+1)
	case key.Matches(k, l.keys.Toggle):
		if len(l.flags) > 0 {
			id := l.flags[l.cursor].ID
			l.checked[id] = !l.checked[id]
			if !l.checked[id] {
				delete(l.checked, id)
			}
		}
	case key.Matches(k, l.keys.ClearFlags):
		l.checked = map[string]bool{}
	case key.Matches(k, l.keys.Done, l.keys.Dismiss, l.keys.Patient):
		return l, filterClose
	}
	l.scroll()
	return l, filterNone
}

func (l checklist) View() string {
	lines := []string{l.styles.Muted.Render(ansi.Truncate(
		"space toggles a finding; only the findings ticked here are screened for.", l.width, l.styles.G.Ellipsis))}
	end := min(len(l.flags), l.offset+l.rows())
	for i := l.offset; i < end; i++ {
		f := l.flags[i]
		box := "[ ]"
		if l.checked[f.ID] {
			box = "[x]"
		}
		style := l.styles.Item
		if i == l.cursor {
			style = l.styles.ItemSelected
		}
		line := style.Render(box+" "+f.Name) + "  " + l.styles.Muted.Render(f.Definition)
		lines = append(lines, ansi.Truncate(line, l.width, l.styles.G.Ellipsis))
	}
	if more := len(l.flags) - end; more > 0 {
		lines = append(lines, l.styles.Muted.Render(fmt.Sprintf("  %s %d more", l.styles.G.Ellipsis, more)))
	}
	return strings.Join(lines, "\n")
}
