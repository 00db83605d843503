package classview

import (
	"fmt"

	tea "charm.land/bubbletea/v2"

	"github.com/omt-reference/omt/class"
)

// classData is what the view has read of the class.
type classData struct {
	roster      []class.Student
	cards       []class.WeakCard
	decks       []class.WeakDeck
	assignments []class.Assignment
	student     *class.StudentDetail // the student drilled into
	assignment  int64                // the assignment drilled into
	err         string               // the last read's failure
	got         [partStudent]bool    // which parts have been read once
}

// part is what one read brings.
type part int

const (
	partRoster part = iota
	partCards
	partDecks
	partAssignments
	partStudent
)

// partOf is the read a page's list comes from.
func partOf(p page) part {
	switch p {
	case pageCards:
		return partCards
	case pageDecks:
		return partDecks
	case pageAssignments, pageAssignment:
		return partAssignments
	}
	return partRoster
}

// loadedMsg is the end of one read.
type loadedMsg struct {
	part        part
	roster      []class.Student
	cards       []class.WeakCard
	decks       []class.WeakDeck
	assignments []class.Assignment
	student     *class.StudentDetail
	err         error
}

// reload reads the whole class, each page's answer in a command of its
// own, so that the roster shows as soon as it is read.
func (m *Model) reload() tea.Cmd {
	c := m.opts.Class
	if c == nil {
		return nil
	}
	m.loading += 4
	return tea.Batch(
		func() tea.Msg {
			roster, err := c.Roster()
			return loadedMsg{part: partRoster, roster: roster, err: err}
		},
		func() tea.Msg {
			cards, err := c.WeakestCards()
			return loadedMsg{part: partCards, cards: cards, err: err}
		},
		func() tea.Msg {
			decks, err := c.WeakestDecks()
			return loadedMsg{part: partDecks, decks: decks, err: err}
		},
		func() tea.Msg {
			assignments, err := c.Assignments()
			return loadedMsg{part: partAssignments, assignments: assignments, err: err}
		},
	)
}

// readStudent reads one student drilled into, in a command.
func (m *Model) readStudent(profile string) tea.Cmd {
	c := m.opts.Class
	m.loading++
	return func() tea.Msg {
		d, err := c.Student(profile)
		return loadedMsg{part: partStudent, student: &d, err: err}
	}
}

// loaded takes what a read brought.
func (m Model) loaded(msg loadedMsg) Model {
	m.loading = max(0, m.loading-1)
	if msg.err != nil {
		m.data.err = "The class could not be read: " + msg.err.Error()
		return m
	}
	switch msg.part {
	case partStudent:
		m.data.student = msg.student
		m.back, m.page, m.scroll = pageRoster, pageStudent, 0
		return m
	case partRoster:
		m.data.roster = msg.roster
	case partCards:
		m.data.cards = msg.cards
	case partDecks:
		m.data.decks = msg.decks
	case partAssignments:
		m.data.assignments = msg.assignments
	}
	m.data.got[msg.part] = true
	if m.loading == 0 {
		m.data.err = ""
	}
	return m.resorted()
}

// resorted sorts every list as its page's sort says, keeping the cursor on
// the row it was on when that row is still there.
func (m Model) resorted() Model {
	l := m.lists
	class.SortStudents(m.data.roster, class.StudentOrders()[l[pageRoster].sort], l[pageRoster].desc)
	class.SortCards(m.data.cards, class.CardOrders()[l[pageCards].sort], l[pageCards].desc)
	class.SortDecks(m.data.decks, class.DeckOrders()[l[pageDecks].sort], l[pageDecks].desc)
	m.clampLists()
	return m
}

// sortCount is how many orders the page's list has.
func (m Model) sortCount() int {
	switch m.page {
	case pageCards:
		return len(class.CardOrders())
	case pageDecks:
		return len(class.DeckOrders())
	case pageRoster:
		return len(class.StudentOrders())
	}
	return 1
}

// sortName names the page's order, for the status line.
func (m Model) sortName() string {
	l := m.lists[m.page]
	dir := m.styles.G.Up
	if l.desc {
		dir = m.styles.G.Down
	}
	switch m.page {
	case pageRoster:
		return fmt.Sprintf("by %s %s", class.StudentOrders()[l.sort], dir)
	case pageCards:
		return fmt.Sprintf("by %s %s", class.CardOrders()[l.sort], dir)
	case pageDecks:
		return fmt.Sprintf("by %s %s", class.DeckOrders()[l.sort], dir)
	}
	return ""
}

// open drills into the row under the cursor: a student, or an assignment's
// students.
func (m Model) open() (Model, tea.Cmd) {
	i := m.selected()
	switch {
	case i < 0:
		return m, nil
	case m.page == pageRoster:
		return m, m.readStudent(m.data.roster[i].Profile)
	case m.page == pageAssignments:
		m.data.assignment = m.data.assignments[i].ID
		m.back, m.page = pageAssignments, pageAssignment
		m.lists[pageAssignment] = list{}
		return m, nil
	}
	return m, nil
}

// selected is the index, in the page's data, of the row under the cursor;
// -1 when there is none.
func (m Model) selected() int {
	shown := m.shown()
	l := m.lists[m.page]
	if l.cursor < 0 || l.cursor >= len(shown) {
		return -1
	}
	return shown[l.cursor]
}

// drilledAssignment is the assignment drilled into, if it is still there.
func (m Model) drilledAssignment() (class.Assignment, bool) {
	for _, a := range m.data.assignments {
		if a.ID == m.data.assignment {
			return a, true
		}
	}
	return class.Assignment{}, false
}
