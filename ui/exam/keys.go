package exam

import "charm.land/bubbles/v2/key"

// KeyMap is every key of the exam screen. Options take the letters a to e
// (and 1 to 5), so no other action is on those keys.
type KeyMap struct {
	Choose   [5]key.Binding // A to E
	Next     key.Binding
	Previous key.Binding
	Flag     key.Binding
	Navigate key.Binding // the list of every question, to jump to one
	Submit   key.Binding
	Leave    key.Binding
	Up       key.Binding // scroll a long question or explanation
	Down     key.Binding
	Jump     key.Binding // in the list: go to the question under the cursor
	Back     key.Binding // from the list, or from the review to the score
	Review   key.Binding // from the score: every question with its explanation
	Yes      key.Binding
	No       key.Binding
	Help     key.Binding
	// ForceQuit and Suspend are the program's (see Program).
	ForceQuit key.Binding
	Suspend   key.Binding
}

// DefaultKeyMap is the exam screen's keys.
func DefaultKeyMap() KeyMap {
	k := KeyMap{
		Next:      key.NewBinding(key.WithKeys("n", "right", "l"), key.WithHelp("n/→", "next")),
		Previous:  key.NewBinding(key.WithKeys("p", "left", "h"), key.WithHelp("p/←", "prev")),
		Flag:      key.NewBinding(key.WithKeys("f"), key.WithHelp("f", "flag")),
		Navigate:  key.NewBinding(key.WithKeys("g", "tab"), key.WithHelp("g", "list")),
		Submit:    key.NewBinding(key.WithKeys("s"), key.WithHelp("s", "submit")),
		Leave:     key.NewBinding(key.WithKeys("q", "esc"), key.WithHelp("q", "leave")),
		Up:        key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", "scroll up")),
		Down:      key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", "scroll down")),
		Jump:      key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "go to it")),
		Back:      key.NewBinding(key.WithKeys("esc", "backspace"), key.WithHelp("esc", "back")),
		Review:    key.NewBinding(key.WithKeys("r"), key.WithHelp("r", "review")),
		Yes:       key.NewBinding(key.WithKeys("y", "enter"), key.WithHelp("y", "yes")),
		No:        key.NewBinding(key.WithKeys("n", "esc"), key.WithHelp("n", "no")),
		Help:      key.NewBinding(key.WithKeys("?"), key.WithHelp("?", "help")),
		ForceQuit: key.NewBinding(key.WithKeys("ctrl+c"), key.WithHelp("ctrl+c", "quit")),
		Suspend:   key.NewBinding(key.WithKeys("ctrl+z"), key.WithHelp("ctrl+z", "suspend")),
	}
	for i := range k.Choose {
		letter := string(rune('a' + i))
		k.Choose[i] = key.NewBinding(key.WithKeys(letter, string(rune('1'+i))), key.WithHelp("a-d", "answer"))
	}
	return k
}

// ASCIIKeyMap is DefaultKeyMap with help that a terminal without UTF-8 can
// show.
func ASCIIKeyMap() KeyMap {
	k := DefaultKeyMap()
	k.Next.SetHelp("n/right", "next")
	k.Previous.SetHelp("p/left", "prev")
	k.Up.SetHelp("up/k", "scroll up")
	k.Down.SetHelp("down/j", "scroll down")
	return k
}
