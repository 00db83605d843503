package ui

import "charm.land/bubbles/v2/key"

// globalKeys are the program's own keys, which the root reads before any
// screen: Ctrl+C and Ctrl+Z from anywhere, q and M wherever no text input
// has the keys.
type globalKeys struct {
	Quit      key.Binding
	ForceQuit key.Binding
	Suspend   key.Binding // hands the terminal back to the shell; fg returns
	Mouse     key.Binding
}

func newGlobalKeys() globalKeys {
	return globalKeys{
		Quit:      key.NewBinding(key.WithKeys("q"), key.WithHelp("q", "quit")),
		ForceQuit: key.NewBinding(key.WithKeys("ctrl+c"), key.WithHelp("ctrl+c", "quit")),
		Suspend:   key.NewBinding(key.WithKeys("ctrl+z"), key.WithHelp("ctrl+z", "suspend")),
		Mouse:     key.NewBinding(key.WithKeys("M"), key.WithHelp("M", "mouse on/off")),
	}
}
