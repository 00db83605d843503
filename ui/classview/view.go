package classview

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"

	"github.com/omt-reference/omt/class"
)

// View draws the view in its size: the tab bar, the page, and a status
// line. The program adds the keys at the foot.
func (m Model) View() string {
	if m.width <= 0 || m.height <= 0 {
		return ""
	}
	lines := m.header()
	switch {
	case m.form != nil:
		lines = append(lines, m.formView(m.height-len(lines)-len(m.footer()))...)
	case m.page == pageStudent:
		lines = append(lines, m.studentView(m.height-len(lines)-len(m.footer()))...)
	default:
		lines = append(lines, m.listView(m.height-len(lines)-len(m.footer()))...)
	}
	for len(lines) < m.height-len(m.footer()) {
		lines = append(lines, "")
	}
	lines = append(lines[:min(len(lines), m.height-len(m.footer()))], m.footer()...)
	for i, l := range lines {
		lines[i] = cut(l, m.width, "")
	}
	return strings.Join(lines[:min(len(lines), m.height)], "\n")
}

// header is the tab bar and a rule.
func (m Model) header() []string {
	s := m.styles
	parts := []string{s.Title.Render("Class")}
	for i, p := range tabs {
		name := fmt.Sprintf("%d %s", i+1, tabTitle(p))
		if p == m.page || (m.drilledIn() && p == m.back) {
			parts = append(parts, s.ActiveTab.Render(name))
		} else {
			parts = append(parts, s.Tab.Render(name))
		}
	}
	return []string{strings.Join(parts, "  "), s.Rule.Render(strings.Repeat(s.G.Rule, m.width))}
}

func tabTitle(p page) string {
	switch p {
	case pageCards:
		return "Weakest cards"
	case pageDecks:
		return "Weakest decks"
	case pageAssignments:
		return "Assignments"
	}
	return "Roster"
}

// footer is the status line: the filter being typed, a notice, or where
// the list stands.
func (m Model) footer() []string {
	s := m.styles
	switch {
	case m.filtering:
		return []string{m.filter.View()}
	case m.notice != "":
		return []string{s.Warning.Render(m.notice)}
	case m.data.err != "":
		return []string{s.Bad.Render(m.data.err)}
	case m.loading > 0 && !m.data.got[partOf(m.page)]:
		return []string{s.Muted.Render("Reading the class" + s.G.Ellipsis)}
	}
	return []string{s.Muted.Render(m.status())}
}

// status says what the page holds and how it is ordered.
func (m Model) status() string {
	if m.page == pageStudent || m.form != nil {
		return ""
	}
	n, all := len(m.shown()), len(m.rows())
	what := map[page]string{pageRoster: "students", pageCards: "cards lapsed on", pageDecks: "decks tried enough",
		pageAssignments: "assignments", pageAssignment: "students"}[m.page]
	out := fmt.Sprintf("%d %s", all, what)
	if q := m.lists[m.page].query; q != "" {
		out = fmt.Sprintf("%d of %d %s match %q", n, all, what, q)
	}
	if by := m.sortName(); by != "" {
		out += " " + m.styles.G.Dot + " " + by
	}
	if m.page == pageRoster {
		out += " " + m.styles.G.Dot + " reviews and right first tries of the last 7 days"
	}
	return out
}

// listView is the page's table, and under the weakest cards the question
// under the cursor, in full.
func (m Model) listView(height int) []string {
	s := m.styles
	var lines []string
	if m.page == pageAssignment {
		a, ok := m.drilledAssignment()
		if !ok {
			return []string{s.Muted.Render("That assignment is no longer there.")}
		}
		lines = append(lines, s.Heading.Render(cut(strings.Join(a.Titles, " + "), m.width, s.G.Ellipsis)),
			s.Muted.Render(fmt.Sprintf("due %s %s %d cards %s assigned by %s %s %d of %d finished",
				day(a.Due, m.opts.Now()), s.G.Dot, a.Cards, s.G.Dot, a.ByName, s.G.Dot, a.Finished(), len(a.Students))))
		height -= 2
	}
	rows, shown := m.rows(), m.shown()
	if m.data.got[partOf(m.page)] && len(rows) == 0 {
		return append(lines, s.Muted.Render(m.empty()))
	}
	detail := m.cardDetail(shown, rows)
	table := drawTable(&s, m.columns(), rows, shown, m.lists[m.page], m.width, height-len(detail))
	return append(append(lines, table...), detail...)
}

// empty says why a page has no row.
func (m Model) empty() string {
	switch m.page {
	case pageRoster:
		return "No student yet: the students are the keys of --authorized-keys, or everyone who has connected."
	case pageCards:
		return "No card has been lapsed on yet."
	case pageDecks:
		return fmt.Sprintf("No deck has been tried %d times yet.", class.MinDeckTries)
	case pageAssignments:
		return "Nothing is assigned. Press " + m.keys.Assign.Help().Key + " to assign a deck."
	}
	return ""
}

// cardDetail is the weakest card under the cursor: its question and decks,
// under the table, when the page has room.
func (m Model) cardDetail(shown []int, rows []row) []string {
	i := m.selected()
	if m.page != pageCards || i < 0 || m.height < 16 {
		return nil
	}
	w := m.data.cards[i]
	s := m.styles
	text := s.Muted.Render(cut(w.Card.ID+"  "+strings.Join(w.Card.Decks, ", "), m.width, s.G.Ellipsis))
	return []string{s.Rule.Render(strings.Repeat(s.G.Rule, m.width)), cut(w.Card.Front, m.width, s.G.Ellipsis), text}
}

// ShortHelp is the keys the page uses most, for the foot of the screen.
func (m Model) ShortHelp() []key.Binding {
	k := m.keys
	switch {
	case m.form != nil:
		return m.formHelp()
	case m.filtering:
		return []key.Binding{k.Done, k.Clear}
	case m.page == pageStudent:
		return []key.Binding{k.Down, k.Up, k.Back, k.Refresh, k.Quit, k.Help}
	case m.page == pageAssignment:
		return []key.Binding{k.Down, k.Up, k.Back, k.Refresh, k.Quit, k.Help}
	case m.page == pageRoster:
		return []key.Binding{k.Open, k.Sort, k.Reverse, k.Filter, k.NextPage, k.Quit, k.Help}
	case m.page == pageAssignments:
		return []key.Binding{k.Open, k.Assign, k.Filter, k.NextPage, k.Quit, k.Help}
	case m.page == pageDecks:
		return []key.Binding{k.Assign, k.Sort, k.Reverse, k.Filter, k.NextPage, k.Quit, k.Help}
	}
	return []key.Binding{k.Sort, k.Reverse, k.Filter, k.NextPage, k.Quit, k.Help}
}

// FullHelp is every key of the view, in groups.
func (m Model) FullHelp() [][]key.Binding {
	k := m.keys
	return [][]key.Binding{
		{k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom},
		{k.NextPage, k.PrevPage, k.Pages[0], k.Open, k.Back},
		{k.Sort, k.Reverse, k.Filter, k.Assign, k.Refresh},
		{k.Help, k.Quit},
	}
}
