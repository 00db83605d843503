package ui

import "charm.land/bubbles/v2/key"

// KeyMap declares every key the browser answers to, once. Components receive
// their bindings from here so that help and behaviour cannot drift apart.
type KeyMap struct {
	Up         key.Binding
	Down       key.Binding
	PrevItem   key.Binding // moves a list while a text input has focus
	NextItem   key.Binding
	DocUp      key.Binding // scrolls a document while a text input has focus
	DocDown    key.Binding
	PageUp     key.Binding
	PageDown   key.Binding
	Top        key.Binding
	Bottom     key.Binding
	Open       key.Binding
	Back       key.Binding
	Search     key.Binding
	Condition  key.Binding
	Glossary   key.Binding
	Patient    key.Binding
	Toggle     key.Binding
	ClearFlags key.Binding
	ShowContra key.Binding
	SwitchPane key.Binding
	Help       key.Binding
	Quit       key.Binding
	ForceQuit  key.Binding
	Suspend    key.Binding // hands the terminal back to the shell; fg returns

	// The same keys as Open and Back, described for where they are used, so
	// that the footer says what they do there.
	Done      key.Binding // leave a text input, keeping what was typed
	Clear     key.Binding // leave a text input, clearing it
	Choose    key.Binding // pick the highlighted row
	Dismiss   key.Binding // clear a filter, then close the overlay
	CloseHelp key.Binding
	BackList  key.Binding // from the detail pane to the list
}

// DefaultKeyMap returns the browser's keys.
func DefaultKeyMap() KeyMap {
	return KeyMap{
		Up:         key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", "up")),
		Down:       key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", "down")),
		PrevItem:   key.NewBinding(key.WithKeys("up", "ctrl+p"), key.WithHelp("↑", "previous")),
		NextItem:   key.NewBinding(key.WithKeys("down", "ctrl+n"), key.WithHelp("↓", "next")),
		DocUp:      key.NewBinding(key.WithKeys("pgup"), key.WithHelp("pgup", "scroll up")),
		DocDown:    key.NewBinding(key.WithKeys("pgdown"), key.WithHelp("pgdn", "scroll down")),
		PageUp:     key.NewBinding(key.WithKeys("pgup", "b"), key.WithHelp("pgup/b", "page up")),
		PageDown:   key.NewBinding(key.WithKeys("pgdown", "f", "space"), key.WithHelp("pgdn/f", "page down")),
		Top:        key.NewBinding(key.WithKeys("home"), key.WithHelp("home", "top")),
		Bottom:     key.NewBinding(key.WithKeys("end", "G"), key.WithHelp("G/end", "bottom")),
		Open:       key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "open")),
		Back:       key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "back/clear")),
		Search:     key.NewBinding(key.WithKeys("/"), key.WithHelp("/", "search")),
		Condition:  key.NewBinding(key.WithKeys("c"), key.WithHelp("c", "condition")),
		Glossary:   key.NewBinding(key.WithKeys("g"), key.WithHelp("g", "glossary")),
		Patient:    key.NewBinding(key.WithKeys("p"), key.WithHelp("p", "patient flags")),
		Toggle:     key.NewBinding(key.WithKeys("space", "x"), key.WithHelp("space", "toggle")),
		ClearFlags: key.NewBinding(key.WithKeys("backspace"), key.WithHelp("backspace", "clear all")),
		ShowContra: key.NewBinding(key.WithKeys("a"), key.WithHelp("a", "show contraindicated")),
		SwitchPane: key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", "switch pane")),
		Help:       key.NewBinding(key.WithKeys("?"), key.WithHelp("?", "help")),
		Quit:       key.NewBinding(key.WithKeys("q"), key.WithHelp("q", "quit")),
		ForceQuit:  key.NewBinding(key.WithKeys("ctrl+c"), key.WithHelp("ctrl+c", "quit")),
		Suspend:    key.NewBinding(key.WithKeys("ctrl+z"), key.WithHelp("ctrl+z", "suspend")),
		Done:       key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "done")),
		Clear:      key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "clear")),
		Choose:     key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "choose")),
		Dismiss:    key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "clear/close")),
		CloseHelp:  key.NewBinding(key.WithKeys("?", "esc", "q"), key.WithHelp("?/esc", "close help")),
		BackList:   key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "back")),
	}
}

// ShortHelp is the one-line help in the footer.
func (k KeyMap) ShortHelp() []key.Binding {
	return []key.Binding{k.Search, k.Condition, k.Patient, k.Glossary, k.Open, k.Back, k.SwitchPane, k.Help, k.Quit}
}

// FullHelp is the help overlay shown by ?.
func (k KeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom},
		{k.Open, k.Back, k.SwitchPane, k.Suspend},
		{k.Search, k.Condition, k.Patient, k.ShowContra, k.Glossary},
		{k.Help, k.Quit, k.ForceQuit},
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
