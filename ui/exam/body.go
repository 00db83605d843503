package exam

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"github.com/omt-reference/omt/exam"
)

// questionLines is question i: the stem and the lettered options, the one
// chosen marked; revealed, the right and wrong marks, the verdict, the
// explanation and where it comes from.
func (m Model) questionLines(i int, revealed bool) []string {
	s, g, w := m.styles, m.styles.G, m.width
	it := m.session.Item(i)
	lines := wrapStyled(s.Heading, it.Stem, w)
	lines = append(lines, "")
	for j, option := range it.Options {
		mark, style := "  ", s.Text
		switch {
		case revealed && j == it.Answer:
			mark, style = s.Right.Render(g.Right)+" ", s.Right
		case revealed && j == it.Chosen:
			mark, style = s.Wrong.Render(g.Wrong)+" ", s.Wrong
		case j == it.Chosen:
			mark, style = s.Title.Render(g.Pointer)+" ", s.Title
		}
		for k, l := range hang(exam.Letter(j)+". ", option, w-2) {
			lead := "  "
			if k == 0 {
				lead = mark
			}
			lines = append(lines, lead+style.Render(l))
		}
	}
	if !revealed {
		return lines
	}
	lines = append(lines, "", m.verdict(it), "")
	lines = append(lines, paragraphs(it.Explanation, w)...)
	src := it.Source
	lines = append(lines, "")
	lines = append(lines, wrapStyled(s.Muted, fmt.Sprintf("From the catalogue's %s %q (%s). Topic: %s.",
		src.Kind, src.Name, src.Field, it.TopicTitle), w)...)
	return lines
}

// verdict says whether the answer was right, and which was.
func (m Model) verdict(it exam.Item) string {
	s := m.styles
	answer := " The answer is " + exam.Letter(it.Answer) + "."
	switch {
	case it.Right():
		return s.Right.Render("Right.")
	case it.Answered():
		return s.Wrong.Render("Not this one.") + answer
	}
	return s.Muted.Render("Not answered.") + answer
}

// verdictMark is the review's mark of a question: right, wrong or not
// answered.
func (m Model) verdictMark(it exam.Item) string {
	s, g := m.styles, m.styles.G
	switch {
	case it.Right():
		return s.Right.Render(g.Right + " right")
	case it.Answered():
		return s.Wrong.Render(g.Wrong + " wrong")
	}
	return s.Muted.Render(g.Omitted + " not answered")
}

// status is question i's mark in the strip and the list: answered,
// flagged or not while the block is sat; right or wrong once its answer is
// revealed (at the end, or in tutor mode once answered); not answered at
// the end.
func (m Model) status(i int) string {
	s, g := m.styles, m.styles.G
	it, revealed := m.session.Item(i), m.session.Revealed(i)
	switch {
	case revealed && it.Right():
		return s.Right.Render(g.Right)
	case revealed && it.Answered():
		return s.Wrong.Render(g.Wrong)
	case m.session.State().Finished():
		return s.Muted.Render(g.Omitted)
	case it.Flagged:
		return s.Flag.Render(g.Flag)
	case it.Answered():
		return s.Text.Render(g.Answered)
	}
	return s.Muted.Render(g.Unanswered)
}

// strip is one line of every question's mark, the current one in brackets,
// then the counts; where the line is too short for all, a window around
// the current one.
func (m Model) strip(current int) string {
	s, g := m.styles, m.styles.G
	n := m.session.Len()
	counts := m.stripCounts()
	room := m.width
	if n+2+2+ansi.StringWidth(counts) <= m.width {
		room = n + 2
	} else {
		counts = ""
	}
	from, to := 0, n
	if n+2 > room {
		ew := ansi.StringWidth(g.Ellipsis)
		keep := max(1, room-2-2*ew)
		from = max(0, min(current-keep/2, n-keep))
		to = from + keep
	}
	var b strings.Builder
	if from > 0 {
		b.WriteString(s.Muted.Render(g.Ellipsis))
	}
	for i := from; i < to; i++ {
		mark := m.status(i)
		if i == current {
			mark = s.Current.Render("[") + mark + s.Current.Render("]")
		}
		b.WriteString(mark)
	}
	if to < n {
		b.WriteString(s.Muted.Render(g.Ellipsis))
	}
	if counts != "" {
		b.WriteString("  " + s.Muted.Render(counts))
	}
	return b.String()
}

// stripCounts sums up the strip: answered and flagged, or right and wrong.
func (m Model) stripCounts() string {
	if m.session.State().Finished() {
		sc := m.session.Score()
		return fmt.Sprintf("%d right %s %d wrong %s %d not answered", sc.Right, m.styles.G.Dot, sc.Wrong, m.styles.G.Dot, sc.Omitted)
	}
	answered, flagged := m.session.Counts()
	return fmt.Sprintf("%d of %d answered %s %d flagged", answered, m.session.Len(), m.styles.G.Dot, flagged)
}

// listColumns is how many questions the list shows on a line.
func (m Model) listColumns() int {
	return max(1, (m.width+2)/(len(strconv.Itoa(m.session.Len()))+6))
}

// listLines is every question in a grid, with its mark, the cursor's
// pointed at.
func (m Model) listLines() []string {
	s, g := m.styles, m.styles.G
	legend := fmt.Sprintf("%s answered  %s not answered  %s flagged", g.Answered, g.Unanswered, g.Flag)
	if m.session.State().Finished() {
		legend = fmt.Sprintf("%s right  %s wrong  %s not answered", g.Right, g.Wrong, g.Omitted)
	}
	lines := wrapStyled(s.Muted, legend+". Enter goes to the question under the cursor.", m.width)
	lines = append(lines, "")
	digits := len(strconv.Itoa(m.session.Len()))
	cols := m.listColumns()
	var row strings.Builder
	for i := range m.session.Len() {
		it := m.session.Item(i)
		pointer := " "
		if i == m.cursor {
			pointer = s.Title.Render(g.Pointer)
		}
		flag := " "
		if it.Flagged && m.session.State().Finished() {
			flag = s.Flag.Render(g.Flag)
		}
		num := fmt.Sprintf("%*d", digits, i+1)
		if i == m.cursor {
			num = s.Current.Render(num)
		}
		row.WriteString(pointer + num + " " + m.status(i) + flag)
		if (i+1)%cols == 0 || i == m.session.Len()-1 {
			lines = append(lines, row.String())
			row.Reset()
		} else {
			row.WriteString("  ")
		}
	}
	return lines
}

// topicTableWidth keeps a topic's figures near its title on a wide screen.
const topicTableWidth = 72

// scoreLines is the end of a block: how it ended, the score, the time, the
// score of each topic weakest first, and what it did to the study schedule.
func (m Model) scoreLines() []string {
	s, w := m.styles, m.width
	b := m.session.Block()
	sc := b.Score()
	ended := s.Heading.Render("You submitted the block.")
	if b.State == exam.TimedOut {
		ended = s.Warning.Render("Time is up: the block has ended.")
	}
	lines := []string{ended, ""}
	lines = append(lines,
		fmt.Sprintf("Score  %s", s.Title.Render(fmt.Sprintf("%d of %d right (%d%%)", sc.Right, sc.Total, sc.Percent))),
		fmt.Sprintf("       %d wrong, %d not answered", sc.Wrong, sc.Omitted))
	used := "Time   " + clock(b.Used)
	if b.Limit > 0 {
		used += " of " + clock(b.Limit)
	}
	lines = append(lines, used, "", s.Heading.Render("By topic, weakest first"))
	tw := min(w, topicTableWidth)
	for _, t := range sc.ByTopic {
		figures := fmt.Sprintf("%3d of %-3d %3d%%", t.Right, t.Total, t.Percent)
		title := cut(t.Title, max(4, tw-ansi.StringWidth(figures)-4), s.G.Ellipsis)
		lines = append(lines, "  "+title+strings.Repeat(" ", max(1, tw-2-ansi.StringWidth(title)-ansi.StringWidth(figures)))+figures)
	}
	lines = append(lines, "")
	if b.CountReviews {
		lines = append(lines, wrapStyled(s.Muted, fmt.Sprintf("Its answers count as study reviews: %d recorded.", m.reviews), w)...)
	} else {
		lines = append(lines, wrapStyled(s.Muted, "This block leaves your study schedule as it was.", w)...)
	}
	return append(lines, "", s.Muted.Render(fmt.Sprintf("Press %s to review every question with its explanation.", m.keys.Review.Help().Key)))
}
