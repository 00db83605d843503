// Package ui is the Bubble Tea browser of the omt catalogue: a technique list
// filtered by condition and search, and a detail pane that puts the
// contraindications before the steps.
package ui

import (
	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"github.com/omt-reference/omt/techniques"
)

// Disclaimer is said once, plainly, on every screen.
const Disclaimer = "Reference for trained practitioners and students. Not a guide to self-treatment."

// pane is the part of the browser that has focus. In a narrow terminal it is
// also the page on show.
type pane int

const (
	listPane pane = iota
	detailPane
)

func (p pane) String() string {
	if p == detailPane {
		return "detail"
	}
	return "list"
}

// mode is what the keyboard is driving.
type mode int

const (
	browsing  mode = iota
	searching      // the search input has focus: keys type text
	picking        // the condition picker is open: keys type text
	glossing       // the glossary is open: keys type text
	flagging       // the patient checklist is open
	helping        // the full help is open
)

func (m mode) String() string {
	return [...]string{"browsing", "searching", "picking", "glossing", "flagging", "helping"}[m]
}

// Options set up the browser's first screen.
type Options struct {
	Condition string // condition id to filter by, or ""
	// ConditionQuery opens the condition picker filtered by these words, for
	// a word that names several conditions ("pregnancy").
	ConditionQuery string
	Filter         techniques.Filter // facets to start with; its Condition and Query are ignored
	Patient        []string          // flag ids to screen for
	ASCII          bool              // draw with ASCII only: the locale is not UTF-8
}

// Model is the root of the browser. It alone returns a tea.View; its children
// return strings.
type Model struct {
	catalog     *techniques.Catalog
	ascii       bool
	keys        KeyMap
	styles      Styles
	width       int
	height      int
	layout      layout
	focus       pane
	mode        mode
	condition   string // condition id, or "" for all
	search      textinput.Model
	list        techList
	detail      detail
	picker      picker
	glossary    glossaryView
	flags       checklist // the patient's flags: the one source of truth for screening
	showAll     bool      // list contraindicated techniques too, in their own section
	interrupted bool      // left with Ctrl+C
	help        help.Model
}

var _ tea.Model = Model{}

// New builds the browser over a catalogue. Styles start dark and are rebuilt
// when the terminal reports its background.
func New(c *techniques.Catalog, opts Options) Model {
	keys := DefaultKeyMap()
	styles := NewStyles(true)
	if opts.ASCII {
		keys = ASCIIKeyMap()
		styles = styles.ASCII()
	}
	search := textinput.New()
	search.Prompt = ""
	search.Placeholder = "name, abbreviation or condition"
	search.SetStyles(styles.TextInput)
	h := help.New()
	h.Styles = styles.Help
	if opts.ASCII {
		h.ShortSeparator, h.FullSeparator, h.Ellipsis = " - ", "   ", "..."
	}
	m := Model{
		catalog:   c,
		ascii:     opts.ASCII,
		keys:      keys,
		styles:    styles,
		search:    search,
		list:      newTechList(keys, styles),
		detail:    newDetail(c, keys, styles),
		picker:    newPicker(c, keys, styles),
		glossary:  newGlossaryView(c, keys, styles),
		flags:     newChecklist(c, keys, styles),
		help:      h,
		condition: opts.Condition,
	}
	m.flags.Set(opts.Patient)
	m.refilter()
	return m
}

// searchReadyMsg reports that the search index was built in the background.
type searchReadyMsg struct{}

// Interrupted reports whether the user left with Ctrl+C rather than q.
func (m Model) Interrupted() bool { return m.interrupted }

// Init asks the terminal for its background colour, so the styles can match
// it, and builds the search index off the UI goroutine so the first keystroke
// of a search does not pay for it.
func (m Model) Init() tea.Cmd {
	c := m.catalog
	return tea.Batch(tea.RequestBackgroundColor, func() tea.Msg {
		c.PrepareSearch()
		return searchReadyMsg{}
	})
}

// Update handles one message. The header can change height with the filter,
// so the layout is measured again after every message.
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	next, cmd := m.update(msg)
	next.relayout()
	return next, cmd
}

func (m Model) update(msg tea.Msg) (Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.setSize(msg.Width, msg.Height)
		return m, nil
	case tea.BackgroundColorMsg:
		s := NewStyles(msg.IsDark())
		if m.ascii {
			s = s.ASCII()
		}
		m.setStyles(s)
		return m, nil
	case tea.MouseWheelMsg:
		m.wheel(msg.Mouse())
		return m, nil
	case tea.KeyPressMsg:
		return m.handleKey(msg)
	}
	return m, nil
}

// refilter reruns the query for the current condition and search.
func (m *Model) refilter() {
	var overview *techniques.Condition
	grade := techniques.GradeLabel(techniques.None)
	if x, ok := m.catalog.Condition(m.condition); ok {
		overview = &x
		if e, ok := m.catalog.ConditionEvidence(x.ID); ok {
			grade = techniques.GradeLabel(e.Grade)
		}
	}
	patient := m.flags.Checked()
	m.detail.SetPatient(patient)
	m.list.SetMatches(m.catalog, m.catalog.Find(techniques.Filter{Condition: m.condition, Query: m.search.Value()}),
		patient, m.showAll, overview, grade)
	if !m.list.HasSelection() {
		m.focus = listPane
	}
	m.syncDetail()
}

// syncDetail shows the selected technique, or the condition overview, in the detail pane.
func (m *Model) syncDetail() {
	if t, ok := m.list.Selected(); ok {
		m.detail.Show(t)
		return
	}
	if x, ok := m.list.SelectedOverview(); ok {
		m.detail.ShowCondition(x)
		return
	}
	if m.list.Len() == 0 && m.list.Hidden() > 0 {
		m.detail.ShowNote("all-hidden", "Every technique that matches is contraindicated for the findings ticked (p). "+
			"Press a to list them with the reasons.")
		return
	}
	if m.list.OnDivider() {
		m.detail.ShowNote("contraindicated", "The techniques below this line are contraindicated for the findings ticked (p). "+
			"They are listed so you can read why; do not use them for this patient. Press a to hide them.")
		return
	}
	m.detail.Clear()
}

func (m *Model) setStyles(s Styles) {
	m.styles = s
	m.search.SetStyles(s.TextInput)
	m.help.Styles = s.Help
	m.list.SetStyles(s)
	m.detail.SetStyles(s)
	m.picker.list.SetStyles(s)
	m.glossary.SetStyles(s)
	m.flags.SetStyles(s)
}
