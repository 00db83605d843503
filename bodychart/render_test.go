package bodychart_test

import (
	"strings"
	"testing"

	"github.com/omt-reference/omt/bodychart"
)

// TestRenderedSides: a point on the patient's right is drawn left of the
// midline on the front view (the patient faces the viewer) and right of it
// on the back view; the left, the other way. The liver's Chapman points
// are on the right, the stomach's on the left, the appendix's in front on
// the right (behind, its text gives no side).
func TestRenderedSides(t *testing.T) {
	_, ch := shippedChart(t)
	const width = 41 // the midline falls in the middle column
	both := []bodychart.View{bodychart.Front, bodychart.Back}
	for _, tc := range []struct {
		point string
		right bool
		views []bodychart.View
	}{
		{"chapman/chapman-liver", true, both},
		{"chapman/chapman-stomach-acidity", false, both},
		{"chapman/chapman-appendix", true, both[:1]},
	} {
		for _, v := range tc.views {
			for _, ascii := range []bool{false, true} {
				p := ch.Render(bodychart.Options{View: v, Width: width, Height: 30, ASCII: ascii, Lit: []string{tc.point}})
				onViewersLeft := tc.right == (v == bodychart.Front)
				lit := 0
				for r, row := range p.Cells() {
					for col, cell := range row {
						if cell.Kind != bodychart.Lit {
							continue
						}
						lit++
						if left := col < width/2; left != onViewersLeft {
							t.Errorf("%s on the %s view: lit at column %d of row %d, on the viewer's %s", tc.point, v, col, r, map[bool]string{true: "left", false: "right"}[left])
						}
					}
				}
				if lit == 0 {
					t.Errorf("%s on the %s view: nothing lit", tc.point, v)
				}
			}
		}
	}
}

// TestLitShowsWithoutColour: in ASCII the lit point has a glyph of its own,
// so the row under the cursor shows on a terminal without colour; and the
// styling a renderer applies reaches the lit cells.
func TestLitShowsWithoutColour(t *testing.T) {
	_, ch := shippedChart(t)
	all := []string{"tender-points/al1", "tender-points/al2", "tender-points/al3", "tender-points/al4"}
	p := ch.Render(bodychart.Options{View: bodychart.Front, Width: 40, Height: 12, ASCII: true, Points: all, Lit: all[2:3], Around: all})
	g := bodychart.GlyphsFor(true)
	if n := strings.Count(p.String(), g.Lit); n == 0 || strings.Count(p.String(), g.Spot) == 0 {
		t.Fatalf("%d lit glyphs; the plain points as %q:\n%s", n, g.Spot, p)
	}
	styled := p.Styled(func(k bodychart.Kind, s string) string {
		if k == bodychart.Lit {
			return "[" + s + "]"
		}
		return s
	})
	if !strings.Contains(styled, "["+g.Lit+"]") {
		t.Errorf("the lit cell was not styled:\n%s", styled)
	}
	if plain := strings.NewReplacer("[", "", "]", "").Replace(styled); plain != p.String() {
		t.Errorf("styling changed the text:\n%s\n%s", plain, p)
	}
}
