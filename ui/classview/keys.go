package classview

import "charm.land/bubbles/v2/key"

// KeyMap is every key of the class view. While a text input has focus
// (the filter, the assignment form) letters type, and only the keys that
// leave it or move its list act.
type KeyMap struct {
	NextPage, PrevPage key.Binding
	Pages              [4]key.Binding // 1-4: roster, cards, decks, assignments
	Up, Down           key.Binding
	PageUp, PageDown   key.Binding
	Top, Bottom        key.Binding
	Open               key.Binding // a student, or an assignment's students
	Back               key.Binding
	Sort               key.Binding // the next column
	Reverse            key.Binding // the other way
	Filter             key.Binding
	Assign             key.Binding
	Toggle             key.Binding // tick a deck in the assignment form
	Refresh            key.Binding
	Help               key.Binding
	Quit               key.Binding
	// Done and Clear leave the filter, keeping or clearing what was typed;
	// Confirm goes on in the assignment form.
	Done, Clear, Confirm key.Binding
	// ForceQuit and Suspend are the program's (see Program).
	ForceQuit, Suspend key.Binding
}

// DefaultKeyMap is the class view's keys.
func DefaultKeyMap() KeyMap {
	k := KeyMap{
		NextPage:  key.NewBinding(key.WithKeys("tab", "right", "l"), key.WithHelp("tab", "next page")),
		PrevPage:  key.NewBinding(key.WithKeys("shift+tab", "left", "h"), key.WithHelp("shift+tab", "prev page")),
		Up:        key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", "up")),
		Down:      key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", "down")),
		PageUp:    key.NewBinding(key.WithKeys("pgup", "b"), key.WithHelp("pgup", "page up")),
		PageDown:  key.NewBinding(key.WithKeys("pgdown", "f"), key.WithHelp("pgdown", "page down")),
		Top:       key.NewBinding(key.WithKeys("home", "g"), key.WithHelp("g", "top")),
		Bottom:    key.NewBinding(key.WithKeys("end", "G"), key.WithHelp("G", "bottom")),
		Open:      key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "open")),
		Back:      key.NewBinding(key.WithKeys("esc", "backspace"), key.WithHelp("esc", "back")),
		Sort:      key.NewBinding(key.WithKeys("s"), key.WithHelp("s", "sort")),
		Reverse:   key.NewBinding(key.WithKeys("S"), key.WithHelp("S", "reverse")),
		Filter:    key.NewBinding(key.WithKeys("/"), key.WithHelp("/", "filter")),
		Assign:    key.NewBinding(key.WithKeys("a"), key.WithHelp("a", "assign")),
		Toggle:    key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", "tick")),
		Refresh:   key.NewBinding(key.WithKeys("r"), key.WithHelp("r", "refresh")),
		Help:      key.NewBinding(key.WithKeys("?"), key.WithHelp("?", "help")),
		Quit:      key.NewBinding(key.WithKeys("q"), key.WithHelp("q", "quit")),
		Done:      key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "done")),
		Clear:     key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "clear")),
		Confirm:   key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "go on")),
		ForceQuit: key.NewBinding(key.WithKeys("ctrl+c"), key.WithHelp("ctrl+c", "quit")),
		Suspend:   key.NewBinding(key.WithKeys("ctrl+z"), key.WithHelp("ctrl+z", "suspend")),
	}
	for i := range k.Pages {
		n := string(rune('1' + i))
		k.Pages[i] = key.NewBinding(key.WithKeys(n), key.WithHelp("1-4", "page"))
	}
	return k
}

// ASCIIKeyMap is DefaultKeyMap with help that a terminal without UTF-8 can
// show.
func ASCIIKeyMap() KeyMap {
	k := DefaultKeyMap()
	k.Up.SetHelp("up/k", "up")
	k.Down.SetHelp("down/j", "down")
	return k
}
