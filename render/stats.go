package render

import (
	"fmt"
	"math"
	"strings"
	"time"

	"github.com/omt-reference/omt/study"
)

// Stats lays out a progress report in width columns: the command line
// prints the same page.
func Stats(rep study.Report, titles map[string]string, now time.Time, width int, s *Styles) string {
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
		fmt.Fprintf(&b, "%3.0f%%  %s (%d reviews, %d forgotten)\n", 100*d.Retention, Truncate(title, max(10, width-34), s.G.Ellipsis), d.Graded, d.Forgotten)
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
		fmt.Fprintf(&b, "%3d lapses  %s%s\n", l.Lapses, Truncate(l.Card, max(10, width-14-len(mark)), s.G.Ellipsis), mark)
	}
	fmt.Fprintf(&b, "Suspended: %s. %s\n\n", Plural(rep.Suspended, "card", "cards"),
		s.Muted.Render("@ in a session, or omt study suspend, keeps a card out of study."))
	return b.String()
}

// Plural is n and the word for it: "1 card", "2 cards".
func Plural(n int, one, many string) string {
	if n == 1 {
		return fmt.Sprintf("%d %s", n, one)
	}
	return fmt.Sprintf("%d %s", n, many)
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
