package ui

import (
	"fmt"
	"math"
	"strings"
	"time"

	"github.com/charmbracelet/x/ansi"

	"github.com/omt-reference/omt/cards"
	"github.com/omt-reference/omt/render"
	"github.com/omt-reference/omt/render/sheet"
	"github.com/omt-reference/omt/study"
	"github.com/omt-reference/omt/ui/chartview"
	"github.com/omt-reference/omt/ui/common"
)

func (v *studyView) View() string {
	s := v.Styles
	switch v.phase {
	case studyLoading:
		return s.Muted.Render("Choosing your cards…")
	case studyFailed:
		return v.wrap(s.Absolute.Render("Study is not available: ") + v.err + "\n\n" +
			s.Muted.Render("Your earlier reviews are safe; nothing was changed. Press esc to go back."))
	case studyDone:
		return v.summaryView()
	}
	card, it, ok := v.current()
	if !ok {
		return ""
	}
	head := v.progressLine()
	lines := strings.Split(strings.TrimRight(v.cardBody(card, it), "\n"), "\n")
	// The grades, or where the card went, stay in view below the card
	// however long its answer: they are what the student acts on.
	foot := v.footLine()
	footH := 0
	if foot != "" {
		footH = strings.Count(foot, "\n") + 2
	}
	v.doc.SetHeight(max(1, v.height-2-footH))
	v.doc.SetTotal(len(lines))
	from := min(v.doc.YOffset(), len(lines))
	to := min(len(lines), from+v.doc.Height())
	body := head + "\n\n" + strings.Join(lines[from:to], "\n")
	if foot != "" {
		body += "\n\n" + strings.Repeat("\n", max(0, v.doc.Height()-(to-from))) + foot
	}
	return body
}

// footLine is what to do next: the grades with their intervals, or where
// the card just graded went.
func (v *studyView) footLine() string {
	s := v.Styles
	switch {
	case v.phase == studyBack:
		return v.gradeLine()
	case v.phase == studyAnswered && v.saving:
		return s.Muted.Render("Saving…")
	case v.phase == studyAnswered && v.lastAway > 0:
		return s.Muted.Render(v.wrap("Back in " + humanInterval(v.lastAway) + "." + v.leechNote() + " Space for the next card."))
	}
	return ""
}

// progressLine is "card 3 of 20", the bar, and the score so far.
func (v *studyView) progressLine() string {
	s := v.Styles
	done := float64(v.at) / float64(max(1, len(v.queue)))
	line := fmt.Sprintf("Card %d of %d  ", v.at+1, len(v.queue)) + v.bar.ViewAs(done)
	if v.reviewed > 0 {
		line += s.Muted.Render(fmt.Sprintf("  %d right of %d", v.correct, v.reviewed))
	}
	return common.Fit(line, v.width)
}

// cardBody is the card as it stands: the question, the choices, and once
// answered the answer, where it comes from, and what each grade would give.
// A card with a body chart has the rest beside its chart (chartview), its
// marks lettered in the order they are shown (cards.AsShown).
func (v *studyView) cardBody(card cards.Card, it study.Item) string {
	card = cards.AsShown(card, v.shown[card.ID])
	s := v.Styles
	var b strings.Builder
	b.WriteString(v.leechLines(card, it))
	if it.Updated {
		b.WriteString(s.WarningTitle.Render(v.wrap("Updated: this card's fact changed in a catalogue update, so it starts again as new.")) + "\n\n")
	} else if it.New {
		b.WriteString(s.Muted.Render("New card") + "\n")
	}
	b.WriteString(s.Heading.Render(v.wrap(card.Front)) + "\n")
	if card.Chart == nil {
		return b.String() + v.cardText(card, v.width)
	}
	st := chartview.Styles{Outline: s.Muted, Structure: s.Muted, Plain: s.Text, Lit: s.Absolute, Label: s.Heading,
		Answer: s.Title.Reverse(!s.Plain), Caption: s.Muted, ASCII: s.G == render.ASCIIGlyphs()}
	return b.String() + chartview.CardBody(v.charts, card, v.width, v.height-2-strings.Count(b.String(), "\n"),
		st, v.phase == studyAnswered, func(width int) string { return v.cardText(card, width) })
}

// cardText is the card below its question, in width columns.
func (v *studyView) cardText(card cards.Card, width int) string {
	s, g := v.Styles, v.Styles.G
	var b strings.Builder
	revealed := v.phase == studyBack || v.phase == studyAnswered
	for i := range card.Choices {
		c, mark := v.choiceAt(i), "  " // the choice in place i, lettered by its place
		if v.phase == studyAnswered {
			switch {
			case c == card.Answer:
				mark = s.Title.Render(g.Pointer) + " "
			case c == v.chosen:
				mark = s.Absolute.Render(g.Cross) + " "
			}
		}
		b.WriteString("\n" + hang(fmt.Sprintf("%s%d) %c. ", mark, i+1, 'a'+i), card.Choices[c], width))
	}
	b.WriteString("\n")
	if !revealed {
		return b.String()
	}
	b.WriteString("\n")
	if v.phase == studyAnswered && len(card.Choices) > 0 {
		verdict := s.Absolute.Render("Not this one.")
		if v.chosen == card.Answer {
			verdict = s.Title.Render("Right.")
		}
		b.WriteString(verdict + " ")
	}
	b.WriteString(hang("", card.Back, width) + "\n\n")
	b.WriteString(s.Muted.Render(hang("", fmt.Sprintf("From the catalogue's %s %q (%s).", card.Source.Kind, card.Source.Name, card.Source.Field), width)) + "\n")
	if v.sources {
		for _, id := range card.Source.References {
			b.WriteString(hang(g.Bullet+" ", sheet.Citation(v.Catalog, id), width) + "\n")
		}
	}
	return b.String()
}

// gradeLine offers the four grades with the interval each would give.
func (v *studyView) gradeLine() string {
	names := [4]string{"Again", "Hard", "Good", "Easy"}
	parts := make([]string, 4)
	for i, n := range names {
		parts[i] = v.Styles.Title.Render(fmt.Sprint(i+1)) + " " + n + " " + v.Styles.Muted.Render(humanInterval(v.intervals[i]))
	}
	for _, sep := range []string{"   ", "  "} {
		if line := strings.Join(parts, sep); render.Width(line) <= v.width {
			return line
		}
	}
	return strings.Join(parts[:2], "  ") + "\n" + strings.Join(parts[2:], "  ")
}

func (v *studyView) summaryView() string {
	s := v.Styles
	var b strings.Builder
	b.WriteString(s.Heading.Render("Session done") + "\n\n")
	if v.reviewed == 0 && len(v.queue) == 0 {
		b.WriteString(v.wrap("Nothing is due in this deck now. New cards come in each day; come back tomorrow, or pick another deck.") + "\n")
	} else {
		pct := 0
		if v.reviewed > 0 {
			pct = int(math.Round(100 * float64(v.correct) / float64(v.reviewed)))
		}
		b.WriteString(fmt.Sprintf("Reviewed: %s\nRight: %d (%d%%)\nTime: %s\n", render.Plural(v.reviewed, "card", "cards"), v.correct, pct, v.elapsed()))
	}
	if v.tomorrow != nil {
		b.WriteString(fmt.Sprintf("Tomorrow: %s due, and up to %s.\n", render.Plural(v.tomorrow.Due, "card", "cards"),
			render.Plural(v.tomorrow.New, "new card", "new cards")))
	}
	b.WriteString("\n" + s.Muted.Render("Every grade is saved. Press esc to go back."))
	return b.String()
}

func (v *studyView) wrap(text string) string { return ansi.Wordwrap(text, max(10, v.width), "") }

// hang wraps text after a lead, its lines under the text.
func hang(lead, text string, width int) string {
	w := render.Width(lead)
	body := ansi.Wordwrap(text, max(10, width-w), "")
	return lead + strings.ReplaceAll(body, "\n", "\n"+strings.Repeat(" ", w))
}

// humanInterval says an interval the way Anki does: 10m, 3h, 4d, 2mo, 1.5y.
func humanInterval(d time.Duration) string {
	switch {
	case d < time.Minute:
		return "<1m"
	case d < time.Hour:
		return fmt.Sprintf("%dm", int(d.Round(time.Minute).Minutes()))
	case d < 24*time.Hour:
		return fmt.Sprintf("%dh", int(d.Round(time.Hour).Hours()))
	case d < 30*24*time.Hour:
		return fmt.Sprintf("%dd", int(math.Round(d.Hours()/24)))
	case d < 365*24*time.Hour:
		return fmt.Sprintf("%.1fmo", d.Hours()/24/30)
	}
	return fmt.Sprintf("%.1fy", d.Hours()/24/365)
}
