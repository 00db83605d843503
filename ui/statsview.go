package ui

import (
	"fmt"
	"math"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/omt-reference/omt/study"
)

// statsView shows the student's progress: what is due, reviews a day over
// the last month drawn as a chart, retention, and the weakest decks.
type statsView struct {
	common
	data   *userData
	report *study.Report
	titles map[string]string
	now    time.Time
	err    string
	doc    scroller
	width  int
	height int
}

var _ overlay = (*statsView)(nil)

type statsMsg struct {
	report study.Report
	err    error
}

func newStatsView(c common, data *userData) (*statsView, tea.Cmd) {
	d := data.deck.load(c.catalog)
	v := &statsView{common: c, data: data, titles: map[string]string{}, now: data.now(), doc: scroller{keys: c.keys}}
	for _, dk := range d.decks {
		v.titles[dk.Name] = dk.Title
	}
	now := v.now
	return v, func() tea.Msg {
		st, _, err := data.student()
		if err != nil {
			return statsMsg{err: err}
		}
		rep, err := st.Stats(d.refs, now)
		return statsMsg{report: rep, err: err}
	}
}

func (v *statsView) Title() string { return "Study statistics" }

func (v *statsView) scrollMark() string { return v.doc.mark(v.styles.G, v.keys.Down) }

func (v *statsView) ShortHelp() []key.Binding {
	return []key.Binding{v.keys.Up, v.keys.Down, v.keys.Close}
}

func (v *statsView) SetSize(w, h int) {
	v.width, v.height = w, h
	v.doc.SetHeight(h)
}

func (v *statsView) SetStyles(s *Styles) { v.styles = s }

func (v *statsView) Update(msg tea.Msg) (overlay, tea.Cmd, effect) {
	switch msg := msg.(type) {
	case statsMsg:
		if msg.err != nil {
			v.err = msg.err.Error()
		} else {
			v.report = &msg.report
		}
	case tea.KeyPressMsg:
		switch {
		case key.Matches(msg, v.keys.Close):
			return v, nil, closeOverlay{}
		default:
			v.doc, _ = v.doc.Update(msg)
		}
	}
	return v, nil, nil
}

func (v *statsView) View() string {
	switch {
	case v.err != "":
		return v.styles.Absolute.Render("Your study progress could not be read: ") + v.err
	case v.report == nil:
		return v.styles.Muted.Render("Counting your reviews…")
	}
	lines := strings.Split(RenderStats(*v.report, v.titles, v.now, v.width, v.styles), "\n")
	v.doc.SetTotal(len(lines))
	from := min(v.doc.YOffset(), len(lines))
	return strings.Join(lines[from:min(len(lines), from+v.doc.Height())], "\n")
}

// RenderStats lays out a progress report in width columns: the command line
// prints the same page.
func RenderStats(rep study.Report, titles map[string]string, now time.Time, width int, s *Styles) string {
	var b strings.Builder
	retention := "not measured yet (it counts reviews of cards past their learning steps)"
	if rep.Retention >= 0 {
		retention = fmt.Sprintf("%.0f%% of %d graded reviews", 100*rep.Retention, rep.Graded)
	}
	fmt.Fprintf(&b, "%s %d\n", s.Title.Render("Due today:"), rep.DueToday)
	fmt.Fprintf(&b, "%s %s\n\n", s.Title.Render("Remembered (30 days):"), retention)

	b.WriteString(s.Heading.Render("Due over the next 7 days") + "\n")
	peak := 1
	for _, n := range rep.DueAhead {
		peak = max(peak, n)
	}
	barW := max(4, min(40, width-16))
	for i, n := range rep.DueAhead {
		day := now.Local().AddDate(0, 0, i+1).Format("Mon 2")
		fmt.Fprintf(&b, "%-7s %4d %s\n", day, n, strings.Repeat(s.barGlyph(), int(math.Ceil(float64(barW)*float64(n)/float64(peak)))))
	}

	b.WriteString("\n" + s.Heading.Render(fmt.Sprintf("Reviews a day, last %d days", study.ReportDays)) + "\n")
	b.WriteString(sparkline(rep.ReviewsPerDay[:], s) + "\n")
	most := 0
	for _, n := range rep.ReviewsPerDay {
		most = max(most, n)
	}
	axis := fmt.Sprintf("%-*s%s", study.ReportDays-5, fmt.Sprintf("%d days ago", study.ReportDays-1), "today")
	b.WriteString(s.Muted.Render(axis) + "\n")
	fmt.Fprintf(&b, "%d reviews in all, %d on the busiest day\n\n", rep.Reviews, most)

	b.WriteString(s.Heading.Render("Cards") + "\n")
	fmt.Fprintf(&b, "Never shown: %d   Learning: %d   Review: %d   Relearning: %d\n\n",
		rep.Unseen, rep.States["Learning"], rep.States["Review"], rep.States["Relearning"])

	b.WriteString(leechSection(rep, width, s))

	b.WriteString(s.Heading.Render("Weakest decks") + "\n")
	if len(rep.Weakest) == 0 {
		b.WriteString(s.Muted.Render(fmt.Sprintf("None yet: a deck is ranked once it has %d graded reviews in the last %d days.", study.MinDeckReviews, study.ReportDays)) + "\n")
	}
	for _, d := range rep.Weakest {
		title := titles[d.Deck]
		if title == "" {
			title = d.Deck
		}
		fmt.Fprintf(&b, "%3.0f%%  %s (%d reviews, %d forgotten)\n", 100*d.Retention, cut(title, max(10, width-34), s.G.Ellipsis), d.Graded, d.Forgotten)
	}
	return strings.TrimRight(b.String(), "\n")
}

// leechSection lists the leeches, most lapses first, and counts the
// suspended cards: what a student may want to rewrite, or keep out of study.
func leechSection(rep study.Report, width int, s *Styles) string {
	var b strings.Builder
	b.WriteString(s.Heading.Render(fmt.Sprintf("Leeches (%d lapses or more)", study.LeechLapses)) + "\n")
	if len(rep.Leeches) == 0 {
		b.WriteString(s.Muted.Render("None.") + "\n")
	}
	for _, l := range rep.Leeches {
		mark := ""
		if l.Suspended {
			mark = " (suspended)"
		}
		fmt.Fprintf(&b, "%3d lapses  %s%s\n", l.Lapses, cut(l.Card, max(10, width-14-len(mark)), s.G.Ellipsis), mark)
	}
	fmt.Fprintf(&b, "Suspended: %s. %s\n\n", plural(rep.Suspended, "card", "cards"),
		s.Muted.Render("@ in a session, or omt study suspend, keeps a card out of study."))
	return b.String()
}

// barGlyph fills the bars of the charts.
func (s *Styles) barGlyph() string {
	if s.G.Bullet == "*" {
		return "#"
	}
	return "█"
}

// sparkline draws a count a column, in eight heights.
func sparkline(counts []int, s *Styles) string {
	levels := []rune("▁▂▃▄▅▆▇█")
	if s.G.Bullet == "*" {
		levels = []rune("._-=+*#@")
	}
	peak := 0
	for _, n := range counts {
		peak = max(peak, n)
	}
	var b strings.Builder
	for _, n := range counts {
		switch {
		case n == 0:
			b.WriteRune(' ')
		default:
			i := int(math.Ceil(float64(len(levels))*float64(n)/float64(peak))) - 1
			b.WriteRune(levels[max(0, min(len(levels)-1, i))])
		}
	}
	return b.String()
}
