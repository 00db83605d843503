package ui

import (
	"strings"
	"testing"

	"github.com/omt-reference/omt/ui/common"

	"github.com/omt-reference/omt/render"
)

// TestHelpLegendNamesEveryMark: each mark the list draws before a row is
// explained under ? (the README says ? explains ◇, from the maps), in both
// glyph sets.
func TestHelpLegendNamesEveryMark(t *testing.T) {
	for _, g := range []render.Glyphs{common.NewStyles(true).G, common.NewStyles(true).ASCII().G} {
		lines := legend(g)
		for _, mark := range []struct{ glyph, says string }{
			{g.Caution, "caution"}, {g.Cross, "contraindicated"}, {g.Overview, "overview"},
			{g.Term, "glossary"}, {g.Map, "maps"},
		} {
			found := false
			for _, l := range lines {
				if strings.HasPrefix(l, mark.glyph+" ") && strings.Contains(l, mark.says) {
					found = true
				}
			}
			if !found {
				t.Errorf("the help's legend does not explain %q (%s):\n%s", mark.glyph, mark.says, strings.Join(lines, "\n"))
			}
		}
	}
	m := send(t, realSized(t, 120, 40, Options{}), press("?"))
	if s := screen(m); !strings.Contains(s, "◇  from the maps") {
		t.Errorf("? does not show the maps' mark:\n%s", s)
	}
}
