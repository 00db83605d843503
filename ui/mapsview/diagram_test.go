package mapsview

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/omt-reference/omt/notation"
	"github.com/omt-reference/omt/ui/common"
)

// TestDiagramPicksOutLevelsWithoutColour: a lit vertebra or rib differs by
// its glyph, upright and lying down, in Unicode and in ASCII, so that it
// shows on a terminal without colour.
func TestDiagramPicksOutLevelsWithoutColour(t *testing.T) {
	for _, ascii := range []bool{false, true} {
		s := common.NewStyles(true)
		if ascii {
			s = s.ASCII()
		}
		rib4 := spine{lit: []notation.Range{notation.Single(notation.R(4))}, styles: s}
		t10 := spine{lit: []notation.Range{notation.Single(notation.T(10))}, styles: s}
		litRib, litBody, pointer := "━━━", "█", "▸"
		if ascii {
			litRib, litBody, pointer = "===", "#", ">"
		}
		lines := strings.Split(ansi.Strip(rib4.view(22, 40)), "\n")
		for _, l := range lines {
			want := strings.HasPrefix(l, "T4 ")
			if got := strings.Contains(l, litRib) && strings.Contains(l, pointer); got != want {
				t.Errorf("ascii=%v, rib 4 upright: line %q picked out %v; want %v", ascii, l, got, want)
			}
		}
		for _, l := range strings.Split(ansi.Strip(t10.view(22, 40)), "\n") {
			if want := strings.HasPrefix(l, "T10"); strings.Contains(l, litBody) != want {
				t.Errorf("ascii=%v, T10 upright: line %q", ascii, l)
			}
		}
		lying := strings.Split(ansi.Strip(rib4.view(80, 3)), "\n")
		on := "■"
		if ascii {
			on = "#"
		}
		if len(lying) != 3 || strings.Count(lying[0], on) != 0 || strings.Count(lying[1], on) != 1 {
			t.Errorf("ascii=%v, rib 4 lying down:\n%s", ascii, strings.Join(lying, "\n"))
		}
	}
}
