// Package ui is the Bubble Tea browser of the omt catalogue: a list filtered
// by condition, facets and search, and a detail pane that puts the
// contraindications before the steps.
package ui

import (
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"github.com/omt-reference/omt/render"
	"github.com/omt-reference/omt/store"
	"github.com/omt-reference/omt/techniques"
	"github.com/omt-reference/omt/techniques/search"
)

// disclaimerFor is the disclaimer in words that fit a line of w columns
// where they can: below 80 columns the full wording would take two of the
// screen's rows. Every wording names who it is for and that it is not for
// self-treatment.
func disclaimerFor(w int) string {
	const (
		shorter  = "Reference for trained practitioners and students; not self-treatment."
		shortest = "For trained practitioners and students. Not self-treatment."
	)
	switch {
	case w >= render.Width(render.Disclaimer):
		return render.Disclaimer
	case w >= render.Width(shorter):
		return shorter
	case w >= render.Width(shortest):
		return shortest
	}
	// Two lines, broken between the sentences rather than at "self-".
	return strings.Replace(shortest, ". ", ".\n", 1)
}

// disclaimerLines is the disclaimer laid out in w columns, for a footer.
func disclaimerLines(w int) string {
	lines := strings.Split(disclaimerFor(w), "\n")
	for i, l := range lines {
		lines[i] = render.Wrap(l, w) // each on its own: wrap joins lines
	}
	return strings.Join(lines, "\n")
}

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

// Options set up the browser's first screen.
type Options struct {
	Condition string // condition id to filter by, or ""
	// ConditionQuery opens the condition picker filtered by these words, for
	// a word that names several conditions ("pregnancy").
	ConditionQuery string
	Filter         techniques.Filter // facets to start with; its Condition and Query are ignored
	Patient        []string          // flag ids to screen for
	ASCII          bool              // draw with ASCII only: the locale is not UTF-8
	Quiet          bool              // the timer rings no bell at its phase changes (s turns it on)
	// Data is the user's own data (study progress); nil turns study off.
	Data *UserData
	// StudyDeck, when set, opens a study session on this deck at start
	// (omt study).
	StudyDeck *StudyDeck
	// Status is a message for the status line at start, such as a school
	// overlay that was left out; it goes at the first key, as every status does.
	Status string
	// Resume reopens the technique or condition opened last (--resume).
	Resume bool
	// Editor is the user's $VISUAL or $EDITOR: when set, e writes the note
	// there instead of in the browser's own text area.
	Editor string
	// Search is the catalogue's search index, for browsers that share one
	// catalogue (omt serve's sessions) to build it once; nil makes one.
	Search *search.Index
}

// StudyDeck names a deck to study: Name as cards carry it ("" is
// everything due), Title as people read it.
type StudyDeck struct{ Name, Title string }

// Model is the root of the browser. It alone returns a tea.View; its children
// return strings. It owns the filter (condition, facets, query, patient) and
// the two panes; an overlay, when one is open, takes the keys.
type Model struct {
	common
	ascii       bool
	width       int
	height      int
	layout      layout
	focus       pane
	searching   bool // the search input has focus: keys type text
	condition   string
	facets      techniques.Filter // approach, participation, family, region
	patient     []string          // flag ids: the one source of truth for screening
	showAll     bool              // list contraindicated techniques too, in their own section
	search      textinput.Model
	list        techList
	detail      detail
	overlay     overlay // nil while browsing
	help        help.Model
	status      string // a one-line message for the footer, until the next key
	mouseOff    bool   // the user turned mouse capture off to select text
	interrupted bool   // left with Ctrl+C
	memos       *memos // parts of the last frame, reused while unchanged
	flushDue    bool   // a wheel flush is on its way (see InputFilter)

	// The timer's settings: its bell starts off when quiet, and it reads
	// the time from clock in its commands only (tests set a fake).
	quiet bool
	clock timerClock

	// data is the user's own data, nil when there is none to use; due is
	// what is due to study now, once counted.
	data     *userData
	mine     mine // the user's bookmarks and notes, once read
	due      *dueCountMsg
	startCmd tea.Cmd // what an overlay opened by New needs run at Init
	resume   bool    // reopen the item opened last, once the history is read
	editor   string  // the user's editor for notes, if any
	// shown is the page last in sight, and opened the item last written to
	// the history (see noteOpened).
	shown  onShow
	opened openVisitMsg
}

// memos are the parts of the screen drawn once and reused while their inputs
// stay the same.
type memos struct {
	header, footer memo
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
	index := opts.Search
	if index == nil {
		index = search.New(c)
	}
	cm := common{catalog: c, index: index, keys: &keys, styles: styles}
	search := newTextInput()
	search.Prompt = ""
	search.Placeholder = "name, abbreviation, condition or term"
	search.CharLimit = techniques.MaxQueryLen
	search.SetStyles(styles.TextInput)
	h := help.New()
	h.Styles = styles.Help
	if opts.ASCII {
		h.ShortSeparator, h.FullSeparator, h.Ellipsis = " - ", "   ", "..."
	}
	facets := opts.Filter
	facets.Condition, facets.Query = "", ""
	m := Model{
		common:    cm,
		ascii:     opts.ASCII,
		search:    search,
		list:      newTechList(&keys, styles),
		detail:    newDetail(cm),
		help:      h,
		condition: opts.Condition,
		facets:    facets,
		patient:   opts.Patient,
		memos:     &memos{},
		quiet:     opts.Quiet,
		clock:     realClock(),
		status:    opts.Status,
		resume:    opts.Resume,
		editor:    opts.Editor,
	}
	if opts.Data != nil {
		opts.Data.ShareCards()
		m.data = &userData{UserData: *opts.Data}
	}
	m.refilter(false)
	if opts.ConditionQuery != "" {
		p, _ := newPicker(cm, "", opts.ConditionQuery)
		m.overlay = p
	}
	if opts.StudyDeck != nil && m.data != nil {
		m.overlay, m.startCmd = newStudyView(cm, m.data, opts.StudyDeck.Name, opts.StudyDeck.Title)
	}
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
	c, index := m.catalog, m.index
	cmds := []tea.Cmd{tea.RequestBackgroundColor, func() tea.Msg {
		index.Prepare()
		return searchReadyMsg{}
	}}
	if m.overlay != nil {
		cmds = append(cmds, textinput.Blink, m.startCmd)
	}
	if m.data != nil {
		cmds = append(cmds, m.data.countDue(c), m.data.loadMine())
		if m.resume {
			cmds = append(cmds, m.data.lastVisit())
		}
	}
	return tea.Batch(cmds...)
}

// Update handles one message. The header can change height with the filter,
// so the layout is measured again after every message; then the page in
// sight, if it is new, goes into the history.
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	next, cmd := m.update(msg)
	next.relayout()
	return next.noteOpened(msg, cmd, m.opened)
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
		m, cmd := m.scroll(msg.Mouse())
		return m, tea.Batch(cmd, m.scheduleFlush())
	case wheelFlushMsg:
		return m.flushWheel(msg)
	case tea.PasteMsg:
		m.status = ""
		return m.paste(msg)
	case tea.KeyPressMsg:
		m.status = ""
		return m.handleKey(msg)
	case dueCountMsg:
		m.due = &msg
		if msg.notice != "" {
			m.status = msg.notice
		}
		return m, nil
	case studyAddedMsg:
		m.status = msg.text
		return m, m.data.countDue(m.catalog)
	case mineLoadedMsg, bookmarkMsg:
		return m.applyMine(msg)
	case noteSavedMsg:
		m, _ = m.applyMine(msg)
		if m.overlay != nil {
			return m.routeToOverlay(msg) // the editor closes once its note is kept
		}
		return m, nil
	case openVisitMsg:
		return m.openVisit(msg)
	case noteFileMsg:
		if msg.err != nil {
			m.status = "The note could not be opened in your editor: " + msg.err.Error()
			return m, nil
		}
		return m, m.runEditor(msg)
	case noteEditedMsg:
		return m, m.data.readEdited(msg)
	}
	if m.overlay != nil {
		// The answers of an overlay's commands (a study session's queue, a
		// timer's tick) and its inputs' blinks go back to it.
		return m.routeToOverlay(msg)
	}
	return m, nil
}

// routeToOverlay hands a message to the open overlay and applies its effect.
func (m Model) routeToOverlay(msg tea.Msg) (Model, tea.Cmd) {
	next, cmd, eff := m.overlay.Update(msg)
	m.overlay = next
	return m.apply(eff, cmd)
}

// apply carries out what an overlay asked for.
func (m Model) apply(eff effect, cmd tea.Cmd) (Model, tea.Cmd) {
	switch e := eff.(type) {
	case closeOverlay:
		if _, studied := m.overlay.(*studyView); studied && m.data != nil {
			cmd = tea.Batch(cmd, m.data.countDue(m.catalog)) // the header's count is out of date
		}
		m.overlay = nil
	case openItem:
		return m.openVisit(e.visit)
	case switchOverlay:
		m.overlay = e.to
		m.layout.key = "" // the new overlay must be sized in relayout
	case chooseCondition:
		m.overlay = nil
		m.condition = e.id
		m.refilter(false)
		m.list.SelectOverview()
		m.syncDetail()
		if e.id != "" { // chosen, it is opened, whether or not its overview is in sight
			cmd = tea.Batch(cmd, m.remember(store.VisitCondition, e.id))
		}
	case setPatient:
		m.patient = e.flags
		m.refilter(false)
	case setFacets:
		m.facets = e.filter
		m.refilter(false)
	case copyText:
		m.status = "Copied " + e.what + " to the clipboard (through the terminal)."
		return m, tea.Batch(cmd, tea.SetClipboard(e.text))
	}
	return m, cmd
}

// open shows an overlay, sized and styled for the screen now.
func (m *Model) open(o overlay, cmd tea.Cmd) tea.Cmd {
	m.overlay = o
	m.layout.key = "" // the overlay must be sized in relayout
	return cmd
}

func (m *Model) setStyles(s *Styles) {
	m.styles = s
	m.search.SetStyles(s.TextInput)
	m.help.Styles = s.Help
	m.list.SetStyles(s)
	m.detail.SetStyles(s)
	if m.overlay != nil {
		m.overlay.SetStyles(s)
	}
}

// listItems is for tests: the items the list holds.
func (m Model) listItems() []row { return m.list.items }
