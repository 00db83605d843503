// Package chartview draws body charts (package bodychart) for the screens:
// a study card's chart, cropped around what it lights or labels, and the
// maps screen's chart, the front and back of a map's points with the row
// under the cursor lit. It styles the cells a chart marks; it owns no
// state beyond what it is given, so any screen can drop it in.
package chartview

import (
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/omt-reference/omt/bodychart"
	"github.com/omt-reference/omt/cards"
)

// Styles paint a chart's cells, from the screen that draws it: Answer is
// the right mark's once a card is answered. ASCII draws with ASCII strokes
// and glyphs, for a terminal whose locale is not UTF-8.
type Styles struct {
	Outline, Structure, Plain, Lit, Label, Answer, Caption lipgloss.Style
	ASCII                                                  bool
}

// paint styles a picture's cells by kind.
func (st Styles) paint(p bodychart.Picture, answer string) string {
	return p.Styled(func(k bodychart.Kind, s string) string {
		switch k {
		case bodychart.Outline:
			return st.Outline.Render(s)
		case bodychart.Structure:
			return st.Structure.Render(s)
		case bodychart.Plain:
			return st.Plain.Render(s)
		case bodychart.Lit:
			return st.Lit.Render(s)
		case bodychart.Label:
			if answer != "" && strings.Contains(s, answer) {
				return styleRune(s, answer, st.Label, st.Answer)
			}
			return st.Label.Render(s)
		}
		return s
	})
}

// styleRune paints one label of a run of labels with its own style.
func styleRune(run, label string, rest, own lipgloss.Style) string {
	before, after, _ := strings.Cut(run, label)
	var b strings.Builder
	if before != "" {
		b.WriteString(rest.Render(before))
	}
	b.WriteString(own.Render(label))
	if after != "" {
		b.WriteString(rest.Render(after))
	}
	return b.String()
}

// Card draws a card's chart in width by height cells, cropped around the
// points it lights, labels or names. Once the card is answered, answer is
// the label of the right mark, drawn in the Answer style; "" before. A chart
// the catalogue cannot draw (an unknown view) gives "". Caption says which
// way the chart faces, for the screen to show beside it.
func Card(ch *bodychart.Chart, c *cards.Chart, width, height int, st Styles, answer string) string {
	view, err := bodychart.ParseView(c.View)
	if ch == nil || err != nil || width < 1 || height < 1 {
		return ""
	}
	o := bodychart.Options{View: view, Width: width, Height: height, ASCII: st.ASCII, Lit: c.Lit, Around: c.Around}
	for _, m := range c.Marks {
		o.Marks = append(o.Marks, bodychart.Mark{Point: m.Point, Label: m.Label})
	}
	return st.paint(ch.Render(o), answer)
}

// The body of a chart card: the chart is never smaller than a card's
// smallest picture (bodychart.CardRows by CardCols), and no larger than
// maxCardRows by maxCardCols, a little more than the choices beside it
// need; the text beside it is at least minTextCols wide, or it goes below.
const (
	maxCardRows = 14
	maxCardCols = 40
	minTextCols = 24
)

// CardBody lays out a chart card below its question in width by height
// cells: the chart, and beside it which way it faces and the card's text
// (its choices, and once answered its answer), which text draws at the
// width it is given; where the width is too small for both, the text goes
// below the chart. Once the card is answered, its right mark is drawn in
// the Answer style.
func CardBody(ch *bodychart.Chart, card cards.Card, width, height int, st Styles, answered bool, text func(width int) string) string {
	c := card.Chart
	rows := min(maxCardRows, max(bodychart.CardRows, height))
	answer := ""
	if answered && card.Answer >= 0 && card.Answer < len(c.Marks) {
		answer = c.Marks[card.Answer].Label
	}
	column := func(w int) string {
		return st.Caption.Render(ansi.Wordwrap(Caption(c), w, "")) + "\n" + text(w)
	}
	cols := min(maxCardCols, max(bodychart.CardCols, width*2/5))
	if beside := width - cols - 2; beside >= minTextCols {
		return lipgloss.JoinHorizontal(lipgloss.Top, Card(ch, c, cols, rows, st, answer), "  ", column(beside))
	}
	return Card(ch, c, min(width, maxCardCols), rows, st, answer) + "\n" + column(width)
}

// Caption says which way a card's chart faces ("Front view: the
// patient's right is on your left."), or "" for an unknown view.
func Caption(c *cards.Chart) string {
	view, err := bodychart.ParseView(c.View)
	if err != nil {
		return ""
	}
	return bodychart.Caption(view)
}

// Model is a map's chart for the maps screen: the front and the back view
// side by side (or the one view the lit point is on, where there is room
// for only one), every point of the map drawn plain and the row under the
// cursor lit. Sizes come in SetSize; it draws nothing until it has one.
type Model struct {
	chart         *bodychart.Chart
	styles        Styles
	points, lit   []string
	width, height int
}

// New is a chart of the given points (bodychart point ids: a map's rows).
func New(ch *bodychart.Chart, points []string, st Styles) Model {
	return Model{chart: ch, points: points, styles: st}
}

// SetSize gives the chart its width and height in cells.
func (m *Model) SetSize(w, h int) { m.width, m.height = w, h }

// SetStyles repaints the chart, as after the terminal reports its background.
func (m *Model) SetStyles(st Styles) { m.styles = st }

// Light lights the points of the row under the cursor.
func (m *Model) Light(ids ...string) { m.lit = ids }

// minViewWidth is the narrowest a view of the whole body is drawn: below
// it the figure is too small to place a point.
const minViewWidth = 12

// View draws the chart: both views side by side when each can be at least
// minViewWidth wide, else the view the lit point is on (the front when it
// has none), with the caption of each view under it.
func (m Model) View() string {
	if m.chart == nil || m.width < minViewWidth || m.height < 3 {
		return ""
	}
	rows := m.height - 1
	o := bodychart.Options{Height: rows, ASCII: m.styles.ASCII, Points: m.points, Lit: m.lit}
	const gap = 2
	if half := (m.width - gap) / 2; half >= minViewWidth {
		o.Width, o.View = half, bodychart.Front
		front := m.chart.Render(o)
		o.View = bodychart.Back
		pair := bodychart.Beside(front, m.chart.Render(o), gap)
		label := fitTo("Front (right on your left)", half) + strings.Repeat(" ", gap) + fitTo("Back (right on your right)", half)
		return m.styles.paint(pair, "") + "\n" + m.styles.Caption.Render(label)
	}
	o.Width, o.View = m.width, bodychart.Front
	if len(m.lit) > 0 {
		if views := m.chart.Views(m.lit[0]); len(views) > 0 {
			o.View = views[0]
		}
	}
	return m.styles.paint(m.chart.Render(o), "") + "\n" + m.styles.Caption.Render(ansi.Truncate(bodychart.Caption(o.View), m.width, ""))
}

// fitTo cuts or pads text to exactly width cells.
func fitTo(s string, width int) string {
	s = ansi.Truncate(s, width, "")
	return s + strings.Repeat(" ", max(0, width-ansi.StringWidth(s)))
}
