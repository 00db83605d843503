package common

import "charm.land/bubbles/v2/key"

// KeyMap is the keys the screens share: moving about a list or a document,
// the keys of a list that filters as you type, and closing a screen. A
// screen's own keys are declared in its own key map, beside it (the browse
// page's, a study session's, the timer's ...); the keys that open a screen,
// in its Entry; the program's own, in the root. Movement follows less and
// vim: j/k, g/G (or home/end) for top and bottom, space and pgdown for a
// page.
type KeyMap struct {
	Up       key.Binding
	Down     key.Binding
	PrevItem key.Binding // moves a list while a text input has focus
	NextItem key.Binding
	DocUp    key.Binding // scrolls a document while a text input has focus
	DocDown  key.Binding
	PageUp   key.Binding
	PageDown key.Binding
	Top      key.Binding
	Bottom   key.Binding

	Back        key.Binding // the browse page's esc, and a document's
	Copy        key.Binding // copy what is on show, as markdown
	PrevSection key.Binding
	NextSection key.Binding

	// Keys of the lists with a text input (FilterList), where letters type.
	Choose      key.Binding // pick the highlighted row
	Dismiss     key.Binding // clear a filter, then close the screen
	Toggle      key.Binding // tick a row of a checklist without leaving it
	ToggleClear key.Binding // tick a row and clear the query, to type the next one
	ClearAll    key.Binding

	Close key.Binding // close a screen that has no text input
}

// DefaultKeyMap returns the keys the screens share.
func DefaultKeyMap() KeyMap {
	return KeyMap{
		Up:          key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", "up")),
		Down:        key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", "down")),
		PrevItem:    key.NewBinding(key.WithKeys("up", "ctrl+p"), key.WithHelp("↑", "previous")),
		NextItem:    key.NewBinding(key.WithKeys("down", "ctrl+n"), key.WithHelp("↓", "next")),
		DocUp:       key.NewBinding(key.WithKeys("pgup"), key.WithHelp("pgup", "scroll up")),
		DocDown:     key.NewBinding(key.WithKeys("pgdown"), key.WithHelp("pgdn", "scroll down")),
		PageUp:      key.NewBinding(key.WithKeys("pgup", "ctrl+b"), key.WithHelp("pgup", "page up")),
		PageDown:    key.NewBinding(key.WithKeys("pgdown", "ctrl+f", "space"), key.WithHelp("pgdn/space", "page down")),
		Top:         key.NewBinding(key.WithKeys("home", "g"), key.WithHelp("g/home", "top")),
		Bottom:      key.NewBinding(key.WithKeys("end", "G"), key.WithHelp("G/end", "bottom")),
		Back:        key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "back/clear")),
		Copy:        key.NewBinding(key.WithKeys("y"), key.WithHelp("y", "copy")),
		PrevSection: key.NewBinding(key.WithKeys("["), key.WithHelp("[", "previous section")),
		NextSection: key.NewBinding(key.WithKeys("]"), key.WithHelp("]", "next section")),
		Choose:      key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "choose")),
		Dismiss:     key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "clear/close")),
		Toggle:      key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", "tick")),
		ToggleClear: key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "tick, type next")),
		ClearAll:    key.NewBinding(key.WithKeys("ctrl+x"), key.WithHelp("ctrl+x", "untick all")),
		Close:       key.NewBinding(key.WithKeys("esc", "q", "n"), key.WithHelp("esc", "close")),
	}
}

// ASCIIKeyMap is DefaultKeyMap with help that a non-UTF-8 terminal can show.
func ASCIIKeyMap() KeyMap {
	k := DefaultKeyMap()
	k.Up.SetHelp("up/k", "up")
	k.Down.SetHelp("down/j", "down")
	k.PrevItem.SetHelp("up", "previous")
	k.NextItem.SetHelp("down", "next")
	return k
}

// WithHelp is b described for where it is used now.
func WithHelp(b key.Binding, desc string) key.Binding {
	b.SetHelp(b.Help().Key, desc)
	return b
}
