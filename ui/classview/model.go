// Package classview is the instructor's class view (issue 23): the roster,
// one student drilled into, the class's weakest cards and decks, and the
// assignments with who finished them, where a deck can be assigned with a
// due date. Every list sorts (s, S) and filters (/).
//
// It is a self-contained component, as the browser's screens are to be:
// Update returns its own type, View a string, SetSize lays it out, and it
// has its own keys and help. Program runs it full-screen, for `ssh -t host
// class`; the browser can open the same Model for an instructor.
//
// The answers are the class package's: the view asks its Class and draws
// them. It does no I/O in Update: every question to the database runs as a
// command.
package classview

import (
	"time"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"github.com/omt-reference/omt/class"
)

// page is what the view shows.
type page int

const (
	pageRoster      page = iota // every student
	pageCards                   // the class's weakest cards
	pageDecks                   // the class's weakest decks
	pageAssignments             // the assignments and who finished
	pageStudent                 // one student drilled into
	pageAssignment              // one assignment's students
)

func (p page) String() string {
	return [...]string{"roster", "cards", "decks", "assignments", "student", "assignment"}[p]
}

// tabs are the pages the tab bar lists, in order.
var tabs = [...]page{pageRoster, pageCards, pageDecks, pageAssignments}

// Options set up the view.
type Options struct {
	// Class answers every question; the view only draws.
	Class *class.Class
	// By is who assigns from the view: the instructor at the keyboard.
	By class.Assigner
	// Now is the clock, for the due date an assignment is offered.
	Now func() time.Time
	// ASCII draws with ASCII symbols only.
	ASCII bool
}

// Model is the class view.
type Model struct {
	opts   Options
	keys   KeyMap
	styles Styles
	width  int
	height int

	page  page
	back  page      // where esc goes from a drill-in
	lists [6]list   // each page's cursor, filter and sort
	data  classData // what has been read
	// loading counts the reads in flight, so that the view says so.
	loading int

	filtering bool // the filter's input has focus
	filter    textinput.Model
	form      *assignForm // the assignment form, when open
	scroll    int         // the first line of a drill-in shown
	notice    string      // one line of feedback, until the next key
	showAll   bool        // the full help
	done      bool        // the instructor left
}

// New is the view over a class; Init reads it.
func New(opts Options) Model {
	if opts.Now == nil {
		opts.Now = time.Now
	}
	m := Model{opts: opts, keys: DefaultKeyMap(), styles: NewStyles(true, opts.ASCII), filter: newInput()}
	if opts.ASCII {
		m.keys = ASCIIKeyMap()
	}
	m.filter.Prompt = "/ "
	m.filter.CharLimit = 100
	m.lists[pageCards].desc, m.lists[pageDecks].desc = true, true
	return m
}

// Init reads the class.
func (m Model) Init() tea.Cmd {
	return m.reload()
}

// Done reports whether the instructor has left the view.
func (m Model) Done() bool { return m.done }

// SetSize lays the view out in w columns and h lines.
func (m *Model) SetSize(w, h int) {
	m.width, m.height = max(1, w), max(1, h)
	m.filter.SetWidth(max(1, w-4))
	m.clampLists()
}

// SetStyles changes the styles, as when the terminal reports its
// background.
func (m *Model) SetStyles(s Styles) {
	m.styles = s
}

// Page names what the view shows, for tests and the program's title.
func (m Model) Page() string { return m.page.String() }

// Update handles one message.
func (m Model) Update(msg tea.Msg) (Model, tea.Cmd) {
	switch msg := msg.(type) {
	case loadedMsg:
		return m.loaded(msg), nil
	case assignedMsg:
		return m.assigned(msg)
	case tea.PasteMsg:
		if m.form != nil {
			return m.formKey(msg)
		}
		if m.filtering {
			return m.filterInput(msg)
		}
	case tea.KeyPressMsg:
		m.notice = ""
		switch {
		case m.form != nil:
			return m.formKey(msg)
		case m.filtering:
			return m.filterKey(msg)
		case key.Matches(msg, m.keys.Help):
			m.showAll = !m.showAll
			return m, nil
		}
		return m.pageKey(msg)
	}
	return m, nil
}

// pageKey handles a key on a page, no input having focus.
func (m Model) pageKey(msg tea.KeyPressMsg) (Model, tea.Cmd) {
	for i, b := range m.keys.Pages {
		if key.Matches(msg, b) {
			return m.goTo(tabs[i]), nil
		}
	}
	switch {
	case key.Matches(msg, m.keys.Quit):
		m.done = true
		return m, nil
	case key.Matches(msg, m.keys.Back):
		return m.leave(), nil
	case key.Matches(msg, m.keys.Refresh):
		return m, m.reload()
	case m.drilledIn():
		return m.drillKey(msg)
	case key.Matches(msg, m.keys.NextPage):
		return m.goTo(tabs[(m.tabIndex()+1)%len(tabs)]), nil
	case key.Matches(msg, m.keys.PrevPage):
		return m.goTo(tabs[(m.tabIndex()+len(tabs)-1)%len(tabs)]), nil
	case key.Matches(msg, m.keys.Filter):
		m.filtering = true
		m.filter.SetValue(m.lists[m.page].query)
		m.filter.CursorEnd()
		return m, m.filter.Focus()
	case key.Matches(msg, m.keys.Sort):
		l := &m.lists[m.page]
		l.sort = (l.sort + 1) % m.sortCount()
		return m.resorted(), nil
	case key.Matches(msg, m.keys.Reverse):
		m.lists[m.page].desc = !m.lists[m.page].desc
		return m.resorted(), nil
	case key.Matches(msg, m.keys.Assign):
		return m.openForm()
	case key.Matches(msg, m.keys.Open):
		return m.open()
	}
	return m.moveKey(msg), nil
}

// moveKey moves the cursor of the page's list.
func (m Model) moveKey(msg tea.KeyPressMsg) Model {
	n, h := len(m.shown()), m.listHeight()
	l := &m.lists[m.page]
	switch {
	case key.Matches(msg, m.keys.Up):
		l.move(-1, n, h)
	case key.Matches(msg, m.keys.Down):
		l.move(1, n, h)
	case key.Matches(msg, m.keys.PageUp):
		l.move(-h, n, h)
	case key.Matches(msg, m.keys.PageDown):
		l.move(h, n, h)
	case key.Matches(msg, m.keys.Top):
		l.move(-n, n, h)
	case key.Matches(msg, m.keys.Bottom):
		l.move(n, n, h)
	}
	return m
}

// drilledIn reports whether the view shows one student or one assignment.
func (m Model) drilledIn() bool { return m.page == pageStudent || m.page == pageAssignment }

// drillKey scrolls a drill-in.
func (m Model) drillKey(msg tea.KeyPressMsg) (Model, tea.Cmd) {
	if m.page == pageAssignment {
		return m.moveKey(msg), nil
	}
	switch {
	case key.Matches(msg, m.keys.Up):
		m.scroll--
	case key.Matches(msg, m.keys.Down):
		m.scroll++
	case key.Matches(msg, m.keys.PageUp):
		m.scroll -= m.height / 2
	case key.Matches(msg, m.keys.PageDown):
		m.scroll += m.height / 2
	case key.Matches(msg, m.keys.Top):
		m.scroll = 0
	}
	m.scroll = max(0, m.scroll)
	return m, nil
}

// goTo shows a tab's page.
func (m Model) goTo(p page) Model {
	m.page, m.scroll = p, 0
	m.clampLists()
	return m
}

// leave goes back from a drill-in, or clears the page's filter.
func (m Model) leave() Model {
	if m.drilledIn() {
		return m.goTo(m.back)
	}
	m.lists[m.page].query = ""
	m.clampLists()
	return m
}

func (m Model) tabIndex() int {
	for i, p := range tabs {
		if p == m.page {
			return i
		}
	}
	return 0
}

// filterKey handles a key while the filter has focus: enter keeps what was
// typed, esc clears it; the arrows still move the list.
func (m Model) filterKey(msg tea.KeyPressMsg) (Model, tea.Cmd) {
	switch {
	case key.Matches(msg, m.keys.Done):
		m.filtering = false
		m.filter.Blur()
		return m, nil
	case key.Matches(msg, m.keys.Clear):
		m.filtering = false
		m.filter.Blur()
		m.lists[m.page].query = ""
		m.clampLists()
		return m, nil
	case msg.Code == tea.KeyUp || msg.Code == tea.KeyDown:
		return m.moveKey(msg), nil
	}
	return m.filterInput(msg)
}

// filterInput types into the filter, and narrows the list as it goes.
func (m Model) filterInput(msg tea.Msg) (Model, tea.Cmd) {
	var cmd tea.Cmd
	m.filter, cmd = m.filter.Update(msg)
	l := &m.lists[m.page]
	if l.query != m.filter.Value() {
		l.query, l.cursor, l.offset = m.filter.Value(), 0, 0
	}
	return m, cmd
}

// clampLists keeps every list's cursor on a row it shows.
func (m *Model) clampLists() {
	p := m.page
	for i := range m.lists {
		m.page = page(i)
		m.lists[i].scroll(len(m.shown()), m.listHeight())
	}
	m.page = p
}
