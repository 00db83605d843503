package ui

import (
	"charm.land/bubbles/v2/key"

	"github.com/omt-reference/omt/ui/common"
)

// studyKeys are a study session's own keys, where there is no text input;
// the rest it shares (KeyMap).
type studyKeys struct {
	*common.KeyMap
	Reveal     key.Binding
	Grades     [4]key.Binding // 1-4: Again, Hard, Good, Easy
	Choices    [4]key.Binding // 1-4 or a-d: the choices of a multiple-choice card
	Grade      key.Binding    // the grades, as one entry of help
	Answer     key.Binding    // the choices, as one entry of help
	NextCard   key.Binding
	ShowSource key.Binding
	EndSession key.Binding
	// SuspendCard suspends the card on show, or unsuspends it (Anki's @).
	SuspendCard key.Binding
}

func newStudyKeys(shared *common.KeyMap) studyKeys {
	k := studyKeys{
		KeyMap:      shared,
		Reveal:      key.NewBinding(key.WithKeys("space"), key.WithHelp("space", "show answer")),
		Grade:       key.NewBinding(key.WithKeys("1", "2", "3", "4"), key.WithHelp("1-4", "again/hard/good/easy")),
		Answer:      key.NewBinding(key.WithKeys("1", "2", "3", "4", "a", "b", "c", "d"), key.WithHelp("1-4/a-d", "answer")),
		NextCard:    key.NewBinding(key.WithKeys("space", "enter"), key.WithHelp("space", "next card")),
		ShowSource:  key.NewBinding(key.WithKeys("o"), key.WithHelp("o", "sources")),
		EndSession:  key.NewBinding(key.WithKeys("esc", "q"), key.WithHelp("esc", "end session")),
		SuspendCard: key.NewBinding(key.WithKeys("@"), key.WithHelp("@", "suspend card")),
	}
	for i := range k.Grades {
		n, letter := string(rune('1'+i)), string(rune('a'+i))
		k.Grades[i] = key.NewBinding(key.WithKeys(n))
		k.Choices[i] = key.NewBinding(key.WithKeys(n, letter))
	}
	return k
}
