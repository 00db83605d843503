package bodychart_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/charmbracelet/x/exp/golden"

	"github.com/omt-reference/omt/bodychart"
)

// TestGoldenCharts pins the charts at a few sizes, in braille and in
// ASCII: the whole body front and back with every tender point and one
// lit, the two views side by side as a maps screen would show them, and
// the crops the study cards draw. Regenerate with go test ./bodychart
// -update after a deliberate change, and read the pictures.
func TestGoldenCharts(t *testing.T) {
	c, ch := shippedChart(t)
	var all []string
	for _, r := range c.Maps.TenderPoints.Rows {
		all = append(all, bodychart.PointID(bodychart.MapTenderPoints, r.ID))
	}
	tp := func(id string) string { return bodychart.PointID(bodychart.MapTenderPoints, id) }
	cases := []struct {
		name string
		draw func(ascii bool) bodychart.Picture
	}{
		{"front-al3_24x24", func(ascii bool) bodychart.Picture {
			return ch.Render(bodychart.Options{View: bodychart.Front, Width: 24, Height: 24, ASCII: ascii, Points: all, Lit: []string{tp("al3")}})
		}},
		{"back-pt4_40x30", func(ascii bool) bodychart.Picture {
			return ch.Render(bodychart.Options{View: bodychart.Back, Width: 40, Height: 30, ASCII: ascii, Points: all, Lit: []string{tp("pt4")}})
		}},
		{"both-chapman-liver_60x20", func(ascii bool) bodychart.Picture {
			var chapman []string
			for _, r := range c.Maps.Chapman.Rows {
				chapman = append(chapman, bodychart.PointID(bodychart.MapChapman, r.ID))
			}
			o := bodychart.Options{Width: 28, Height: 20, ASCII: ascii, Points: chapman, Lit: []string{bodychart.PointID(bodychart.MapChapman, "chapman-liver")}}
			front := ch.Render(o)
			o.View = bodychart.Back
			return bodychart.Beside(front, ch.Render(o), 4)
		}},
		{"crop-lit-al3_30x10", func(ascii bool) bodychart.Picture {
			return ch.Render(bodychart.Options{View: bodychart.Front, Width: 30, Height: 10, ASCII: ascii,
				Lit: []string{tp("al3")}, Around: []string{tp("al2"), tp("al4"), tp("iliacus")}})
		}},
		{"crop-marks-pt4_24x8", func(ascii bool) bodychart.Picture {
			return ch.Render(bodychart.Options{View: bodychart.Back, Width: 24, Height: 8, ASCII: ascii,
				Marks: []bodychart.Mark{{Point: tp("pt4"), Label: "A"}, {Point: tp("pt8"), Label: "B"}, {Point: tp("pt2"), Label: "C"}, {Point: tp("pt6"), Label: "D"}}})
		}},
	}
	for _, tc := range cases {
		for _, ascii := range []bool{false, true} {
			name := tc.name + map[bool]string{false: "_unicode", true: "_ascii"}[ascii]
			t.Run(name, func(t *testing.T) {
				p := tc.draw(ascii)
				if ascii {
					for _, line := range p.Lines() {
						for _, r := range line {
							if r > 127 {
								t.Fatalf("non-ASCII %q in the ASCII picture:\n%s", r, p)
							}
						}
					}
				}
				golden.RequireEqual(t, []byte(strings.Join(p.Lines(), "|\n")+"|\n"))
			})
		}
	}
}

// TestPictureSize: a picture is exactly as large as asked, at any size,
// and a size below one cell draws nothing.
func TestPictureSize(t *testing.T) {
	_, ch := shippedChart(t)
	for _, size := range [][2]int{{1, 1}, {3, 2}, {24, 8}, {80, 40}, {0, 5}, {5, 0}, {-1, 3}} {
		for _, v := range []bodychart.View{bodychart.Front, bodychart.Back} {
			p := ch.Render(bodychart.Options{View: v, Width: size[0], Height: size[1], Lit: []string{"tender-points/al3"}})
			lines := p.Lines()
			want := max(size[1], 0)
			if size[0] < 1 {
				want = 0
			}
			if len(lines) != want {
				t.Errorf("%v at %v: %d lines", v, size, len(lines))
			}
			for _, line := range lines {
				if n := len([]rune(line)); n != size[0] {
					t.Errorf("%v at %v: a line %d wide: %q", v, size, n, line)
				}
			}
		}
	}
	if got := fmt.Sprint(len(bodychart.Beside(bodychart.Picture{}, bodychart.Picture{}, 2).Lines())); got != "0" {
		t.Errorf("two empty pictures side by side: %s lines", got)
	}
}
