// Package ui is the Bubble Tea browser of the omt catalogue: a technique list
// filtered by condition and search, and a detail pane that puts the
// contraindications before the steps.
package ui

import (
	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
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
	Condition string   // condition id to filter by, or ""
	Patient   []string // flag ids to screen for
	ASCII     bool     // draw with ASCII only: the locale is not UTF-8
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

func (m Model) handleKey(msg tea.KeyPressMsg) (Model, tea.Cmd) {
	if key.Matches(msg, m.keys.ForceQuit) {
		// Quit at once, but remember it was an interrupt, so the shell sees
		// status 130 as it would for Ctrl+C delivered as a signal. (Bubble
		// Tea's own interrupt path takes seconds to shut down.)
		m.interrupted = true
		return m, tea.Quit
	}
	switch m.mode {
	case helping:
		if key.Matches(msg, m.keys.Help, m.keys.Back, m.keys.Quit) {
			m.mode = browsing
		}
		return m, nil
	case picking:
		return m.handlePickerKey(msg)
	case flagging:
		var action filterAction
		m.flags, action = m.flags.Update(msg)
		if action == filterClose {
			m.mode = browsing
		}
		m.refilter()
		return m, nil
	case glossing:
		var cmd tea.Cmd
		var action filterAction
		m.glossary, cmd, action = m.glossary.Update(msg)
		if action == filterClose {
			m.mode = browsing
			m.glossary.Close()
		}
		return m, cmd
	case searching:
		return m.handleSearchKey(msg)
	}
	if m.layout.tooSmall {
		if key.Matches(msg, m.keys.Quit) {
			return m, tea.Quit
		}
		return m, nil
	}
	switch {
	case key.Matches(msg, m.keys.Quit):
		return m, tea.Quit
	case key.Matches(msg, m.keys.Help):
		m.mode = helping
		return m, nil
	case key.Matches(msg, m.keys.Search):
		m.mode = searching
		m.focus = listPane
		return m, m.search.Focus()
	case key.Matches(msg, m.keys.Condition):
		m.mode = picking
		return m, m.picker.Open(m.condition)
	case key.Matches(msg, m.keys.Glossary):
		m.mode = glossing
		return m, m.glossary.Open()
	case key.Matches(msg, m.keys.Patient):
		m.mode = flagging
		return m, nil
	case key.Matches(msg, m.keys.ShowContra):
		m.showAll = !m.showAll
		m.refilter()
		return m, nil
	case key.Matches(msg, m.keys.SwitchPane):
		m.switchPane()
		return m, nil
	case key.Matches(msg, m.keys.Open):
		if m.list.HasSelection() && m.focus == listPane {
			m.focus = detailPane
		}
		return m, nil
	case key.Matches(msg, m.keys.Back):
		m.back()
		return m, nil
	}
	var cmd tea.Cmd
	if m.focus == detailPane {
		m.detail, cmd = m.detail.Update(msg)
		return m, cmd
	}
	m.list, cmd = m.list.Update(msg)
	m.syncDetail()
	return m, cmd
}

// handlePickerKey runs while the condition picker is open.
func (m Model) handlePickerKey(msg tea.KeyPressMsg) (Model, tea.Cmd) {
	var cmd tea.Cmd
	var action filterAction
	m.picker.list, cmd, action = m.picker.list.Update(msg)
	switch action {
	case filterChoose:
		if id, ok := m.picker.Chosen(); ok {
			m.condition = id
			m.refilter()
			m.list.SelectOverview()
			m.syncDetail()
		}
		fallthrough
	case filterClose:
		m.mode = browsing
		m.picker.list.Close()
	}
	return m, cmd
}

// handleSearchKey runs while the search input has focus: every key but the few
// that leave the input types text, so q types a q.
func (m Model) handleSearchKey(msg tea.KeyPressMsg) (Model, tea.Cmd) {
	switch {
	case key.Matches(msg, m.keys.Open):
		m.mode = browsing
		m.search.Blur()
		return m, nil
	case key.Matches(msg, m.keys.Back):
		m.mode = browsing
		m.search.Blur()
		m.search.SetValue("")
		m.refilter()
		return m, nil
	case key.Matches(msg, m.keys.PrevItem):
		m.list.MoveBy(-1)
		m.syncDetail()
		return m, nil
	case key.Matches(msg, m.keys.NextItem):
		m.list.MoveBy(1)
		m.syncDetail()
		return m, nil
	}
	before := m.search.Value()
	var cmd tea.Cmd
	m.search, cmd = m.search.Update(msg)
	if m.search.Value() != before {
		m.refilter()
	}
	return m, cmd
}

// back leaves the detail pane, or clears the search, or clears the condition.
func (m *Model) back() {
	switch {
	case m.focus == detailPane:
		m.focus = listPane
	case m.search.Value() != "":
		m.search.SetValue("")
		m.refilter()
	case m.condition != "":
		m.condition = ""
		m.refilter()
	}
}

func (m *Model) switchPane() {
	if m.focus == detailPane {
		m.focus = listPane
		return
	}
	if m.list.HasSelection() {
		m.focus = detailPane
	}
}

// wheel scrolls whatever is under the pointer.
func (m *Model) wheel(mouse tea.Mouse) {
	step := 0
	switch mouse.Button {
	case tea.MouseWheelUp:
		step = -1
	case tea.MouseWheelDown:
		step = 1
	default:
		return
	}
	if m.mode == glossing {
		m.glossary.ScrollBy(3 * step)
		return
	}
	if m.mode != browsing && m.mode != searching {
		return
	}
	overDetail := m.focus == detailPane
	if m.layout.wide {
		overDetail = mouse.X >= m.layout.listWidth
	}
	if overDetail {
		m.detail.ScrollBy(3 * step)
		return
	}
	m.list.MoveBy(step)
	m.syncDetail()
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
