package ui

import (
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/omt-reference/omt/bodychart"
	"github.com/omt-reference/omt/cards"
	"github.com/omt-reference/omt/ui/chartview"
)

// studyCharts is what the study screen needs to draw the body chart of an
// image-occlusion card: the catalogue's points placed (made once, when the
// session opens) and the chart's styles (made when the styles are).
type studyCharts struct {
	body   *bodychart.Chart
	styles chartview.Styles
}

// newStudyCharts places the catalogue's points for a session. A row the
// chart cannot place has no chart card (bodychart's tests name it), so an
// error here leaves the rest of the chart usable.
func newStudyCharts(c common) studyCharts {
	body, _ := bodychart.New(c.catalog)
	return studyCharts{body: body, styles: chartStyles(c.styles)}
}

// chartStyles paints a chart in the browser's colours: the lit point as a
// contraindication is (it must catch the eye), the marks as headings, the
// right mark once answered as the right choice's pointer, reversed.
func chartStyles(s *Styles) chartview.Styles {
	return chartview.Styles{
		Outline: s.Muted, Structure: s.Muted, Plain: s.Text, Lit: s.Absolute, Label: s.Heading,
		Answer: s.Title.Reverse(!s.Plain), Caption: s.Muted, ASCII: s.G == asciiGlyphs(),
	}
}

// Where a chart card's picture goes: beside its choices when the screen is
// wide enough for both, else above them; never smaller than a card's
// smallest picture (bodychart.CardRows by CardCols), and no taller than
// chartMaxRows, a little more than the choices beside it need.
const (
	chartMaxRows   = 14
	chartMaxCols   = 40
	minChoicesCols = 24
)

// chartCard draws an image-occlusion card below its front: the chart, and
// beside it which way it faces, the choices and, once answered, the
// answer; where the screen is too narrow for both, the chart comes first
// and the rest below. used is how many lines the card has drawn above it,
// so that the chart takes the rest of the screen.
func (v *studyView) chartCard(card cards.Card, used int) string {
	rows := min(chartMaxRows, max(bodychart.CardRows, v.height-2-used))
	answer := ""
	if v.phase == studyAnswered && card.Answer >= 0 && card.Answer < len(card.Chart.Marks) {
		answer = card.Chart.Marks[card.Answer].Label
	}
	revealed := v.phase == studyBack || v.phase == studyAnswered
	column := func(width int) string {
		wrapped := ansi.Wordwrap(chartview.Caption(card.Chart), width, "")
		out := v.styles.Muted.Render(wrapped) + "\n" + v.choiceLines(card, width)
		if revealed {
			out += "\n\n" + v.answerText(card, width)
		}
		return out
	}
	cols := min(chartMaxCols, max(bodychart.CardCols, v.width*2/5))
	if beside := v.width - cols - 2; beside >= minChoicesCols {
		chart := chartview.Card(v.charts.body, card.Chart, cols, rows, v.charts.styles, answer)
		return lipgloss.JoinHorizontal(lipgloss.Top, chart, "  ", column(beside)) + "\n"
	}
	chart := chartview.Card(v.charts.body, card.Chart, min(v.width, chartMaxCols), rows, v.charts.styles, answer)
	return chart + "\n" + column(v.width) + "\n"
}
