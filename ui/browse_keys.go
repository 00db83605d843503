package ui

import "charm.land/bubbles/v2/key"

// browseKeys are the browse page's own keys.
type browseKeys struct {
	Open       key.Binding
	Search     key.Binding
	Done       key.Binding // leave the search, keeping what was typed
	Clear      key.Binding // leave the search, clearing it
	ShowContra key.Binding
	SwitchPane key.Binding
	BackList   key.Binding    // Back, described for the detail pane: to the list
	Sections   [5]key.Binding // 1-5: contraindications, set-up, steps, evidence, sources
	Bookmark   key.Binding
	AddToStudy key.Binding // put the technique's cards in today's study
}

// sectionNames are what the five section keys jump to, in order.
func sectionNames() [5]string {
	return [5]string{"contraindications", "set-up", "steps", "evidence", "sources"}
}

func newBrowseKeys() browseKeys {
	k := browseKeys{
		Open:       key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "open")),
		Search:     key.NewBinding(key.WithKeys("/"), key.WithHelp("/", "search")),
		Done:       key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "done")),
		Clear:      key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "clear")),
		ShowContra: key.NewBinding(key.WithKeys("a"), key.WithHelp("a", "show contraindicated")),
		SwitchPane: key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", "switch pane")),
		BackList:   key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "back")),
		Bookmark:   key.NewBinding(key.WithKeys("b"), key.WithHelp("b", "bookmark")),
		AddToStudy: key.NewBinding(key.WithKeys("+"), key.WithHelp("+", "study this technique")),
	}
	for i, name := range sectionNames() {
		n := string(rune('1' + i))
		k.Sections[i] = key.NewBinding(key.WithKeys(n), key.WithHelp(n, name))
	}
	return k
}

// openKeys are the keys of other screens that the browse page names, in
// its footer and its texts ("press m to open it in the maps"). The router
// hands them over (menu.named), so that each is declared once, with its
// screen.
type openKeys struct {
	Help, Condition, Filters, Patient, Glossary, Maps, Study, Note, Plan, Timer, Bookmarks, Quit key.Binding
}
