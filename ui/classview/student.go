package classview

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"github.com/omt-reference/omt/class"
)

// studentView is one student drilled into, as a document that scrolls:
// their figures, their trend by week, their weakest topics, their
// assignments and their decks.
func (m Model) studentView(height int) []string {
	d := m.data.student
	if d == nil {
		return nil
	}
	s := m.styles
	now := m.opts.Now()
	doc := []string{
		s.Heading.Render(d.Name),
		s.Muted.Render(cut(d.Profile, m.width, s.G.Ellipsis)),
		fmt.Sprintf("Last seen %s %s %d reviews this week, %s right first time %s %d due, %d overdue",
			seen(d.Seen, now), s.G.Dot, d.Reviews, pct(d.Retention()), s.G.Dot, d.Due, d.Overdue),
		fmt.Sprintf("In all: %d reviews, %s right first time %s practice exams: %s", d.AllReviews, pct(d.AllRetention()), s.G.Dot, exams(d.Student)),
		"",
		s.Heading.Render("Weeks"),
	}
	doc = append(doc, m.trend(d.Weeks)...)
	doc = append(doc, "", s.Heading.Render("Weakest topics"))
	if len(d.Weakest) == 0 {
		doc = append(doc, s.Muted.Render(fmt.Sprintf("None yet: a deck needs %d first tries.", class.MinTopicTries)))
	}
	for i, w := range d.Weakest {
		if i == 5 {
			break
		}
		doc = append(doc, fmt.Sprintf("%s %s lapsed, %d of %d first tries", pct(w.LapseRate()), w.Deck.Title, w.Lapses, w.Tries))
	}
	doc = append(doc, "", s.Heading.Render("Assignments"))
	if len(d.Assignments) == 0 {
		doc = append(doc, s.Muted.Render("Nothing is assigned."))
	}
	for _, a := range d.Assignments {
		line := fmt.Sprintf("%d/%d  due %s  %s", a.Done, a.Cards, day(a.Due, now), strings.Join(a.Decks, ", "))
		if a.Late(now) {
			line = s.Warning.Render(line + "  late")
		}
		doc = append(doc, line)
	}
	doc = append(doc, "", s.Heading.Render("Decks"))
	cols := []column{{title: "Deck"}, {title: "Tried", width: 5, right: true}, {title: "Lapsed", width: 6, right: true},
		{title: "Due", width: 5, right: true}}
	var rows []row
	for _, p := range d.Decks {
		rows = append(rows, row{cells: []string{p.Deck.Title, fmt.Sprint(p.Tried), pct(p.LapseRate()), fmt.Sprint(p.Due)}})
	}
	all := make([]int, len(rows))
	for i := range all {
		all[i] = i
	}
	doc = append(doc, drawTable(&s, cols, rows, all, list{cursor: -1}, m.width, len(rows)+1)...)
	var lines []string
	for _, l := range doc {
		lines = append(lines, wrap(l, m.width)...)
	}
	from := min(m.scroll, max(0, len(lines)-height))
	return lines[from:min(len(lines), from+height)]
}

// trend is the student's weeks as a small table, the oldest on the left:
// each week's reviews and share of first tries right, as many weeks as fit.
func (m Model) trend(weeks []class.WeekFigures) []string {
	const label, col = 16, 7
	n := min(len(weeks), max(1, (m.width-label)/col))
	weeks = weeks[len(weeks)-n:]
	rows := [3]strings.Builder{}
	rows[0].WriteString(fmt.Sprintf("%-*s", label, "Week from"))
	rows[1].WriteString(fmt.Sprintf("%-*s", label, "Reviews"))
	rows[2].WriteString(fmt.Sprintf("%-*s", label, "Right first time"))
	for _, w := range weeks {
		rows[0].WriteString(fmt.Sprintf("%*s", col, w.Start.Format("Jan 2")))
		rows[1].WriteString(fmt.Sprintf("%*d", col, w.Reviews))
		rows[2].WriteString(fmt.Sprintf("%*s", col, pct(w.Retention())))
	}
	return []string{m.styles.Muted.Render(rows[0].String()), rows[1].String(), rows[2].String()}
}

// wrap breaks a line that is too wide, at spaces where it can.
func wrap(s string, w int) []string {
	if w <= 0 || ansi.StringWidth(s) <= w {
		return []string{s}
	}
	return strings.Split(ansi.Wrap(s, w, ""), "\n")
}
