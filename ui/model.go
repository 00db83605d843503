package ui

import (
	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"github.com/omt-reference/omt/store"
	"github.com/omt-reference/omt/techniques"
	"github.com/omt-reference/omt/techniques/search"
	"github.com/omt-reference/omt/ui/common"
	"github.com/omt-reference/omt/ui/filters"
)

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

// Model is the root of the browser: the router. It holds the browse page,
// the screen open over it (if any) and the frame around them, routes every
// message and key to where it belongs, applies what a screen asks of it
// (an effect), and draws the frame. It alone returns a tea.View; the
// screens return strings.
type Model struct {
	common.Common
	ascii    bool // drawn with ASCII only
	global   globalKeys
	menu     menu          // the keys of the browse page and the screens they open
	browse   browse        // the page the browser opens on and returns to
	overlay  common.Screen // the screen open over the page; nil while browsing
	help     help.Model
	frame    frame  // the header and footer drawn, and the sizes measured from them
	status   string // a one-line message for the footer, until the next key
	mouseOff bool   // the user turned mouse capture off to select text
	flushDue bool   // a wheel flush is on its way (see InputFilter)

	// The session: the user's data (nil when there is none to use), what
	// is due to study now (once counted), the command a screen opened by
	// New needs run at Init, --resume, the user's editor for notes, and
	// whether the user left with Ctrl+C.
	data        *userData
	due         *dueCountMsg
	startCmd    tea.Cmd
	resume      bool
	editor      string
	interrupted bool

	// The timer's settings: its bell starts off when quiet, and it reads
	// the time from clock in its commands only (tests set a fake).
	quiet bool
	clock common.Clock

	// shown is the page last in sight, and opened the item last written to
	// the history (see noteOpened).
	shown  onShow
	opened openVisitMsg
}

var _ tea.Model = Model{}

// New builds the browser over a catalogue. Styles start dark and are rebuilt
// when the terminal reports its background.
func New(c *techniques.Catalog, opts Options) Model {
	keys := common.DefaultKeyMap()
	styles := common.NewStyles(true)
	if opts.ASCII {
		keys = common.ASCIIKeyMap()
		styles = styles.ASCII()
	}
	index := opts.Search
	if index == nil {
		index = search.New(c)
	}
	cm := common.Common{Catalog: c, Index: index, Keys: &keys, Styles: styles}
	h := help.New()
	h.Styles = styles.Help
	if opts.ASCII {
		h.ShortSeparator, h.FullSeparator, h.Ellipsis = " - ", "   ", "..."
	}
	m := Model{
		Common: cm,
		ascii:  opts.ASCII,
		global: newGlobalKeys(),
		help:   h,
		quiet:  opts.Quiet,
		clock:  common.RealClock(),
		status: opts.Status,
		resume: opts.Resume,
		editor: opts.Editor,
	}
	if opts.Data != nil {
		opts.Data.ShareCards()
		m.data = &userData{UserData: *opts.Data}
	}
	m.menu = newMenu(&keys, newBrowseKeys(), m.global, m.data, m.editor)
	m.browse = newBrowse(cm, opts, m.menu.named(m.global), m.data)
	if opts.ConditionQuery != "" {
		m.overlay, _ = filters.NewPicker(cm, "", opts.ConditionQuery)
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
	c, index := m.Catalog, m.Index
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

// Update handles one message: it routes it, then draws the frame again
// where what it shows changed and sizes the screens to what the frame
// leaves (fit), then keeps the history of the pages opened (noteOpened).
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	next, cmd := m.update(msg)
	next.fit()
	return next.noteOpened(msg, cmd, m.opened)
}

func (m Model) update(msg tea.Msg) (Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.setSize(msg.Width, msg.Height)
		return m, nil
	case tea.BackgroundColorMsg:
		s := common.NewStyles(msg.IsDark())
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
		return m.key(msg)
	}
	if next, cmd, ok := m.dataMsg(msg); ok {
		return next, cmd
	}
	if m.overlay != nil {
		// The answers of a screen's commands (a study session's queue, a
		// timer's tick) and its inputs' blinks go back to it.
		return m.routeToOverlay(msg)
	}
	return m, nil
}

// key routes a key: the program's own keys first, then the open screen,
// or the browse page and the screens it opens. A key typed into a text
// input is text, not a command.
func (m Model) key(msg tea.KeyPressMsg) (Model, tea.Cmd) {
	g := m.global
	switch {
	case key.Matches(msg, g.ForceQuit):
		// Quit at once, but remember it was an interrupt, so the shell sees
		// status 130 as it would for Ctrl+C delivered as a signal. (Bubble
		// Tea's own interrupt path takes seconds to shut down.)
		m.interrupted = true
		return m, m.quit()
	case key.Matches(msg, g.Suspend):
		// From any screen, as a shell user expects; Bubble Tea leaves the
		// alternate screen, stops the process, and redraws on fg.
		return m, tea.Suspend
	case m.overlay != nil:
		return m.routeToOverlay(msg)
	case m.browse.typing():
		return m.routeToBrowse(msg)
	case key.Matches(msg, g.Quit):
		return m, m.quit()
	case m.frame.tooSmall:
		return m, nil
	case key.Matches(msg, g.Mouse):
		m.mouseOff = !m.mouseOff
		m.status = "Mouse on: the wheel scrolls. Press M to select text with the terminal."
		if m.mouseOff {
			m.status = "Mouse off: select text with the terminal. Press M to scroll with the wheel again."
		}
		return m, nil
	}
	if e, ok := m.menu.find(msg); ok {
		return m.open(e)
	}
	return m.routeToBrowse(msg)
}

// routeToBrowse hands a message to the browse page and applies its effect.
func (m Model) routeToBrowse(msg tea.Msg) (Model, tea.Cmd) {
	var cmd tea.Cmd
	var eff common.Effect
	m.browse, cmd, eff = m.browse.Update(msg)
	return m.apply(eff, cmd)
}

// routeToOverlay hands a message to the open screen and applies its effect.
func (m Model) routeToOverlay(msg tea.Msg) (Model, tea.Cmd) {
	next, cmd, eff := m.overlay.Update(msg)
	m.overlay = next
	return m.apply(eff, cmd)
}

// apply carries out what a screen asked for.
func (m Model) apply(eff common.Effect, cmd tea.Cmd) (Model, tea.Cmd) {
	switch e := eff.(type) {
	case common.CloseScreen:
		if _, studied := m.overlay.(*studyView); studied && m.data != nil {
			cmd = tea.Batch(cmd, m.data.countDue(m.Catalog)) // the header's count is out of date
		}
		m.overlay = nil
	case common.OpenItem:
		return m.openVisit(openVisitMsg{kind: e.Kind, id: e.ID})
	case common.SwitchScreen:
		m.overlay = e.To // fit sizes it
	case common.ChooseCondition:
		m.overlay = nil
		m.browse.chooseCondition(e.ID)
		if e.ID != "" { // chosen, it is opened, whether or not its overview is in sight
			cmd = tea.Batch(cmd, m.remember(store.VisitCondition, e.ID))
		}
	case common.SetPatient:
		m.browse.patient = e.Flags
		m.browse.refilter(false)
	case common.SetFacets:
		m.browse.facets = e.Filter
		m.browse.refilter(false)
	case common.CopyText:
		m.status = "Copied " + e.What + " to the clipboard (through the terminal)."
		return m, tea.Batch(cmd, tea.SetClipboard(e.Text))
	case common.Notice:
		m.status = e.Text
	}
	return m, cmd
}

// setStyles gives every screen the styles for the terminal's background.
func (m *Model) setStyles(s *common.Styles) {
	m.Styles = s
	m.help.Styles = s.Help
	m.browse.SetStyles(s)
	if m.overlay != nil {
		m.overlay.SetStyles(s)
	}
}
