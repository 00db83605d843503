package classview

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/omt-reference/omt/class"
)

// columns are the page's table columns.
func (m Model) columns() []column {
	switch m.page {
	case pageRoster:
		return []column{{title: "Student"}, {title: "Last seen", width: 9}, {title: "Reviews", width: 7, right: true},
			{title: "Right", width: 5, right: true}, {title: "Due", width: 4, right: true},
			{title: "Overdue", width: 7, right: true}, {title: "Exams", width: 9, right: true}}
	case pageCards:
		return []column{{title: "Card"}, {title: "Lapses", width: 6, right: true},
			{title: "Failed", width: 9, right: true}, {title: "Rate", width: 5, right: true}}
	case pageDecks:
		return []column{{title: "Deck"}, {title: "Tries", width: 6, right: true},
			{title: "Lapses", width: 6, right: true}, {title: "Rate", width: 5, right: true},
			{title: "Failing", width: 7, right: true}}
	case pageAssignments:
		return []column{{title: "Decks"}, {title: "Due", width: 10}, {title: "By", width: 12},
			{title: "Finished", width: 9, right: true}}
	case pageAssignment:
		return []column{{title: "Student"}, {title: "Done", width: 9, right: true}, {title: "Finished", width: 16}}
	}
	return nil
}

// rows are the page's rows, in their sorted order, unfiltered.
func (m Model) rows() []row {
	now := m.opts.Now()
	var out []row
	switch m.page {
	case pageRoster:
		for _, s := range m.data.roster {
			r := row{cells: []string{s.Name, seen(s.Seen, now), strconv.Itoa(s.Reviews), pct(s.Retention()),
				strconv.Itoa(s.Due), strconv.Itoa(s.Overdue), exams(s)}, filter: s.Name}
			if s.Overdue > 0 || s.Seen.IsZero() || now.Sub(s.Seen) > class.Week {
				r.style = &m.styles.Warning
			}
			out = append(out, r)
		}
	case pageCards:
		for _, w := range m.data.cards {
			out = append(out, row{cells: []string{w.Card.Front, strconv.Itoa(w.Lapses),
				fmt.Sprintf("%d of %d", w.Failed, w.Students), pct(w.LapseRate())},
				filter: w.Card.Front + " " + w.Card.ID + " " + strings.Join(w.Card.Decks, " ")})
		}
	case pageDecks:
		for _, w := range m.data.decks {
			out = append(out, row{cells: []string{w.Deck.Title, strconv.Itoa(w.Tries), strconv.Itoa(w.Lapses),
				pct(w.LapseRate()), fmt.Sprintf("%d/%d", w.Failing, w.Tried)},
				filter: w.Deck.Title + " " + w.Deck.Name})
		}
	case pageAssignments:
		for _, a := range m.data.assignments {
			out = append(out, row{cells: []string{strings.Join(a.Titles, " + "), day(a.Due, now), a.ByName,
				fmt.Sprintf("%d of %d", a.Finished(), len(a.Students))},
				filter: strings.Join(a.Titles, " ") + " " + strings.Join(a.Decks, " ") + " " + a.ByName})
		}
	case pageAssignment:
		a, _ := m.drilledAssignment()
		for _, s := range a.Students {
			r := row{cells: []string{s.Name, fmt.Sprintf("%d/%d", s.Done, s.Cards), finished(s, now, m.styles.G)},
				filter: s.Name}
			if s.Late(now) {
				r.style = &m.styles.Warning
			}
			out = append(out, r)
		}
	}
	return out
}

// shown is the indexes of the page's rows its filter keeps.
func (m Model) shown() []int {
	return filtered(m.rows(), m.lists[m.page].query)
}

// listHeight is how many rows of the page's table show at once.
func (m Model) listHeight() int {
	return max(1, m.height-len(m.header())-len(m.footer())-1)
}

// seen says when a student was last seen, in the few characters a column
// has: "never", "now", "3h ago", "5d ago".
func seen(at, now time.Time) string {
	if at.IsZero() {
		return "never"
	}
	d := now.Sub(at)
	switch {
	case d < time.Minute:
		return "now"
	case d < time.Hour:
		return fmt.Sprintf("%dm ago", int(d.Minutes()))
	case d < 48*time.Hour:
		return fmt.Sprintf("%dh ago", int(d.Hours()))
	}
	return fmt.Sprintf("%dd ago", int(d.Hours()/24))
}

// pct is a share as a whole percentage, or "-" for none.
func pct(x float64) string {
	if x < 0 {
		return "-"
	}
	return fmt.Sprintf("%.0f%%", 100*x)
}

// exams is a student's exam count and mean.
func exams(s class.Student) string {
	if s.Exams == 0 {
		return "-"
	}
	return fmt.Sprintf("%d: %.0f%%", s.Exams, 100*s.ExamMean)
}

// day is a date, with its weekday when it is this year.
func day(t, now time.Time) string {
	t = t.In(now.Location())
	if t.Year() == now.Year() {
		return t.Format("Mon Jan 2")
	}
	return t.Format("2006-01-02")
}

// finished says when a student finished an assignment, or that they have
// not.
func finished(s class.AssignmentProgress, now time.Time, g Glyphs) string {
	switch {
	case s.Complete() && s.Late(now):
		return g.Done + " " + day(s.Finished, now) + " late"
	case s.Complete():
		return g.Done + " " + day(s.Finished, now)
	case s.Late(now):
		return "not yet, late"
	}
	return "not yet"
}
