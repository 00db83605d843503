package chartview_test

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/omt-reference/omt/bodychart"
	"github.com/omt-reference/omt/cards"
	"github.com/omt-reference/omt/techniques/techniquestest"
	"github.com/omt-reference/omt/ui/chartview"
)

func shipped(t *testing.T) (*bodychart.Chart, []string) {
	t.Helper()
	c := techniquestest.Shipped(t)
	ch, err := bodychart.New(c)
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, r := range c.Maps.TenderPoints.Rows {
		ids = append(ids, bodychart.PointID(bodychart.MapTenderPoints, r.ID))
	}
	return ch, ids
}

// fits fails the test when a drawing is wider or taller than it was given.
func fits(t *testing.T, what, s string, w, h int) {
	t.Helper()
	lines := strings.Split(s, "\n")
	if len(lines) > h {
		t.Errorf("%s: %d lines in %d:\n%s", what, len(lines), h, s)
	}
	for _, l := range lines {
		if ansi.StringWidth(l) > w {
			t.Errorf("%s: a line %d wide in %d: %q", what, ansi.StringWidth(l), w, l)
		}
	}
}

// TestMapChartLightsTheRow: the maps screen's chart shows both views when
// it has room, lights the row under the cursor with a glyph of its own
// (no colour needed), and where there is room for one view only, shows the
// one the lit point is on.
func TestMapChartLightsTheRow(t *testing.T) {
	ch, ids := shipped(t)
	st := chartview.Styles{ASCII: true}
	lit := bodychart.GlyphsFor(true).Lit
	m := chartview.New(ch, ids, st)
	m.Light("tender-points/pt4")
	for _, size := range [][2]int{{60, 24}, {30, 20}, {20, 10}, {12, 3}} {
		m.SetSize(size[0], size[1])
		s := m.View()
		fits(t, "map chart", s, size[0], size[1])
		if !strings.Contains(s, lit) {
			t.Errorf("at %v nothing is lit:\n%s", size, s)
		}
		both := strings.Contains(s, "Front") && strings.Contains(s, "Back")
		if want := (size[0]-2)/2 >= 12; both != want {
			t.Errorf("at %v both views shown: %v, want %v:\n%s", size, both, want, s)
		}
		if !both && !strings.Contains(s, "Back view") {
			t.Errorf("at %v one view, not the back where PT4 is:\n%s", size, s)
		}
	}
	m.SetSize(8, 3)
	if s := m.View(); s != "" {
		t.Errorf("too narrow to draw, yet drew:\n%s", s)
	}
}

// TestCardChartFits: a card's chart fills its size, shows its marks, and
// styles the answer's mark once answered; its caption names the view.
func TestCardChartFits(t *testing.T) {
	ch, _ := shipped(t)
	card := &cards.Chart{View: "back", Marks: []cards.Mark{
		{Point: "tender-points/pt4", Label: "A"}, {Point: "tender-points/pt8", Label: "B"},
		{Point: "tender-points/pt2", Label: "C"}, {Point: "tender-points/pt6", Label: "D"}}}
	st := chartview.Styles{ASCII: true}
	for _, size := range [][2]int{{24, 9}, {30, 12}, {40, 16}} {
		s := chartview.Card(ch, card, size[0], size[1], st, "")
		fits(t, "card chart", s, size[0], size[1])
		for _, label := range []string{"A", "B", "C", "D"} {
			if !strings.Contains(s, label) {
				t.Errorf("at %v mark %s is missing:\n%s", size, label, s)
			}
		}
		if n := strings.Count(s, "\n") + 1; n != size[1] {
			t.Errorf("at %v: %d lines, not the %d given", size, n, size[1])
		}
	}
	marked := chartview.Styles{ASCII: true, Answer: st.Lit.Reverse(true)}
	if a, b := chartview.Card(ch, card, 30, 12, marked, ""), chartview.Card(ch, card, 30, 12, marked, "A"); a == b {
		t.Error("the answer's mark is drawn the same before and after the answer")
	}
	if c := chartview.Caption(card); !strings.HasPrefix(c, "Back view") {
		t.Errorf("caption %q", c)
	}
	if s := chartview.Card(ch, &cards.Chart{View: "side"}, 30, 12, st, ""); s != "" {
		t.Errorf("an unknown view drew:\n%s", s)
	}
}

// TestCardBodySetsTheTextBesideOrBelow: where the width holds the smallest
// chart and a text column, the text is beside the chart, else below it;
// the text is drawn at the width it is given, and the chart is never less
// than a card's smallest picture tall.
func TestCardBodySetsTheTextBesideOrBelow(t *testing.T) {
	ch, _ := shipped(t)
	card := cards.Card{Answer: 0, Chart: &cards.Chart{View: "front", Lit: []string{"tender-points/al3"}}}
	for _, tc := range []struct {
		width  int
		beside bool
	}{{80, true}, {60, true}, {50, true}, {49, false}, {30, false}} {
		var asked int
		body := chartview.CardBody(ch, card, tc.width, 3, chartview.Styles{ASCII: true}, false, func(w int) string {
			asked = w
			return "TEXT"
		})
		lines := strings.Split(body, "\n")
		beside := false
		for _, l := range lines {
			if strings.Contains(l, "TEXT") {
				beside = !strings.HasPrefix(l, "TEXT")
			}
		}
		if beside != tc.beside || asked < 20 || asked > tc.width || len(lines) < bodychart.CardRows {
			t.Errorf("width %d: beside %v (want %v), text at width %d:\n%s", tc.width, beside, tc.beside, asked, body)
		}
		fits(t, "card body", body, tc.width, 99)
	}
}
