package ui

import "charm.land/bubbles/v2/key"

// KeyMap declares every key the browser answers to, once. Components receive
// their bindings from here so that help and behaviour cannot drift apart.
// Movement follows less and vim: j/k, g/G (or home/end) for top and bottom,
// space and pgdown for a page.
type KeyMap struct {
	Up          key.Binding
	Down        key.Binding
	PrevItem    key.Binding // moves a list while a text input has focus
	NextItem    key.Binding
	DocUp       key.Binding // scrolls a document while a text input has focus
	DocDown     key.Binding
	PageUp      key.Binding
	PageDown    key.Binding
	Top         key.Binding
	Bottom      key.Binding
	Open        key.Binding
	Back        key.Binding
	Search      key.Binding
	Condition   key.Binding
	Filters     key.Binding
	Glossary    key.Binding
	Maps        key.Binding
	Patient     key.Binding
	ShowContra  key.Binding
	SwitchPane  key.Binding
	PrevSection key.Binding
	NextSection key.Binding
	Sections    [5]key.Binding // 1-5: contraindications, set-up, steps, evidence, sources
	Copy        key.Binding
	Note        key.Binding
	Compare     key.Binding
	Study       key.Binding // the study screen: choose a deck
	StudyStats  key.Binding
	AddToStudy  key.Binding // put the technique's cards in today's study
	Bookmark    key.Binding
	Bookmarks   key.Binding // the bookmarks and history
	MyNote      key.Binding // the user's own note on the technique
	SaveNote    key.Binding // in the note editor
	Plan        key.Binding // plan a visit for the condition in view
	Mouse       key.Binding
	Help        key.Binding
	Quit        key.Binding
	ForceQuit   key.Binding
	Suspend     key.Binding // hands the terminal back to the shell; fg returns
	Timer       key.Binding // times the technique in view (see timerview.go)

	// Keys of the overlays with a text input, where letters type.
	Toggle      key.Binding // tick a row of a checklist without leaving it
	ToggleClear key.Binding // tick a row and clear the query, to type the next one
	ClearAll    key.Binding

	// The same keys as Open and Back, described for where they are used, so
	// that the footer says what they do there.
	Done      key.Binding // leave a text input, keeping what was typed
	Clear     key.Binding // leave a text input, clearing it
	Choose    key.Binding // pick the highlighted row
	Dismiss   key.Binding // clear a filter, then close the overlay
	CloseHelp key.Binding
	Close     key.Binding // close a read-only overlay
	BackList  key.Binding // from the detail pane to the list
	AddThird  key.Binding // the compare key, in the comparison: add a third entry

	// Keys of a study session, where there is no text input.
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

	// Keys of the visit plan.
	BudgetMore key.Binding
	BudgetLess key.Binding

	// The timer's keys, for hands that are busy: big keys, each with one job.
	TimerPause  key.Binding // start, pause and resume
	TimerNext   key.Binding // end a phase that waits for the operator
	TimerBell   key.Binding // the bell at each phase change, off and on
	TimerCancel key.Binding // stop the timer and close it
}

// sectionNames are what the five section keys jump to, in order.
func sectionNames() [5]string {
	return [5]string{"contraindications", "set-up", "steps", "evidence", "sources"}
}

// DefaultKeyMap returns the browser's keys.
func DefaultKeyMap() KeyMap {
	k := KeyMap{
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
		Open:        key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "open")),
		Back:        key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "back/clear")),
		Search:      key.NewBinding(key.WithKeys("/"), key.WithHelp("/", "search")),
		Condition:   key.NewBinding(key.WithKeys("c"), key.WithHelp("c", "condition")),
		Filters:     key.NewBinding(key.WithKeys("f"), key.WithHelp("f", "filters")),
		Glossary:    key.NewBinding(key.WithKeys("d"), key.WithHelp("d", "glossary")),
		Maps:        key.NewBinding(key.WithKeys("m"), key.WithHelp("m", "maps")),
		Patient:     key.NewBinding(key.WithKeys("p"), key.WithHelp("p", "patient")),
		ShowContra:  key.NewBinding(key.WithKeys("a"), key.WithHelp("a", "show contraindicated")),
		SwitchPane:  key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", "switch pane")),
		PrevSection: key.NewBinding(key.WithKeys("["), key.WithHelp("[", "previous section")),
		NextSection: key.NewBinding(key.WithKeys("]"), key.WithHelp("]", "next section")),
		Copy:        key.NewBinding(key.WithKeys("y"), key.WithHelp("y", "copy")),
		Note:        key.NewBinding(key.WithKeys("n"), key.WithHelp("n", "chart note")),
		Compare:     key.NewBinding(key.WithKeys("="), key.WithHelp("=", "compare")),
		Study:       key.NewBinding(key.WithKeys("s"), key.WithHelp("s", "study")),
		StudyStats:  key.NewBinding(key.WithKeys("S"), key.WithHelp("S", "study stats")),
		AddToStudy:  key.NewBinding(key.WithKeys("+"), key.WithHelp("+", "study this technique")),
		Bookmark:    key.NewBinding(key.WithKeys("b"), key.WithHelp("b", "bookmark")),
		Bookmarks:   key.NewBinding(key.WithKeys("B"), key.WithHelp("B", "bookmarks & history")),
		MyNote:      key.NewBinding(key.WithKeys("e"), key.WithHelp("e", "my note")),
		SaveNote:    key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "save and close")),
		Reveal:      key.NewBinding(key.WithKeys("space"), key.WithHelp("space", "show answer")),
		Grade:       key.NewBinding(key.WithKeys("1", "2", "3", "4"), key.WithHelp("1-4", "again/hard/good/easy")),
		Answer:      key.NewBinding(key.WithKeys("1", "2", "3", "4", "a", "b", "c", "d"), key.WithHelp("1-4/a-d", "answer")),
		NextCard:    key.NewBinding(key.WithKeys("space", "enter"), key.WithHelp("space", "next card")),
		ShowSource:  key.NewBinding(key.WithKeys("o"), key.WithHelp("o", "sources")),
		EndSession:  key.NewBinding(key.WithKeys("esc", "q"), key.WithHelp("esc", "end session")),
		SuspendCard: key.NewBinding(key.WithKeys("@"), key.WithHelp("@", "suspend card")),
		Plan:        key.NewBinding(key.WithKeys("P"), key.WithHelp("P", "plan a visit")),
		Mouse:       key.NewBinding(key.WithKeys("M"), key.WithHelp("M", "mouse on/off")),
		Help:        key.NewBinding(key.WithKeys("?"), key.WithHelp("?", "help")),
		Quit:        key.NewBinding(key.WithKeys("q"), key.WithHelp("q", "quit")),
		ForceQuit:   key.NewBinding(key.WithKeys("ctrl+c"), key.WithHelp("ctrl+c", "quit")),
		Suspend:     key.NewBinding(key.WithKeys("ctrl+z"), key.WithHelp("ctrl+z", "suspend")),
		Timer:       key.NewBinding(key.WithKeys("t"), key.WithHelp("t", "timer")),
		Toggle:      key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", "tick")),
		ToggleClear: key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "tick, type next")),
		ClearAll:    key.NewBinding(key.WithKeys("ctrl+x"), key.WithHelp("ctrl+x", "untick all")),
		Done:        key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "done")),
		Clear:       key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "clear")),
		Choose:      key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "choose")),
		Dismiss:     key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "clear/close")),
		CloseHelp:   key.NewBinding(key.WithKeys("?", "esc", "q"), key.WithHelp("?/esc", "close help")),
		Close:       key.NewBinding(key.WithKeys("esc", "q", "n"), key.WithHelp("esc", "close")),
		BackList:    key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "back")),
		AddThird:    key.NewBinding(key.WithKeys("="), key.WithHelp("=", "add a third")),
		TimerPause:  key.NewBinding(key.WithKeys("space"), key.WithHelp("space", "start/pause")),
		TimerNext:   key.NewBinding(key.WithKeys("enter", "n"), key.WithHelp("enter/n", "next")),
		TimerBell:   key.NewBinding(key.WithKeys("s"), key.WithHelp("s", "bell off")),
		TimerCancel: key.NewBinding(key.WithKeys("esc", "q"), key.WithHelp("esc/q", "cancel")),
		BudgetMore:  key.NewBinding(key.WithKeys("+", "="), key.WithHelp("+", "more time")),
		BudgetLess:  key.NewBinding(key.WithKeys("-"), key.WithHelp("-", "less time")),
	}
	for i := range k.Grades {
		n, letter := string(rune('1'+i)), string(rune('a'+i))
		k.Grades[i] = key.NewBinding(key.WithKeys(n))
		k.Choices[i] = key.NewBinding(key.WithKeys(n, letter))
	}
	for i, name := range sectionNames() {
		n := string(rune('1' + i))
		k.Sections[i] = key.NewBinding(key.WithKeys(n), key.WithHelp(n, name))
	}
	return k
}

// ShortHelp is the one-line help in the footer while browsing the list.
func (k KeyMap) ShortHelp() []key.Binding {
	return []key.Binding{k.Search, k.Help, k.Condition, k.Open, k.Maps, k.Glossary, k.Filters, k.Patient, k.Back, k.Quit}
}

// FullHelp is the help overlay shown by ?.
func (k KeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom, k.SwitchPane},
		{k.Open, k.Back, k.PrevSection, k.NextSection, k.Sections[0], k.Sections[1], k.Sections[2], k.Sections[3], k.Sections[4]},
		{k.Search, k.Condition, k.Filters, k.Patient, k.ShowContra, k.Glossary, k.Maps, k.Study, k.StudyStats, k.AddToStudy},
		{k.Copy, k.Note, k.Compare, k.Plan, k.Timer, k.Bookmark, k.Bookmarks, k.MyNote},
		{k.Mouse, k.Help, k.Quit, k.ForceQuit, k.Suspend},
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
