package render

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/omt-reference/omt/render/sheet"
	"github.com/omt-reference/omt/techniques/techniquestest"
)

// TestCompareLabelsBreakBetweenWords: a field's label wraps at a space,
// never inside a word ("Absolute contraindication" then "s ≠"), at every
// width the table is drawn side by side, in both glyph sets.
func TestCompareLabelsBreakBetweenWords(t *testing.T) {
	c := techniquestest.Shipped(t)
	for _, ids := range [][]string{{"muscle-energy-lumbar", "hvla-lumbar"}, {"muscle-energy-lumbar", "hvla-lumbar", "still-technique"}} {
		cmp, err := sheet.Compare(c, ids...)
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range []*Styles{NewStyles(true), NewStyles(true).ASCII()} {
			for _, w := range []int{100, 120, 140, 200} {
				if !ComparisonFits(cmp, w) {
					continue
				}
				out := ansi.Strip(Comparison(cmp, w, s))
				labels := tableLabels(out, s.G.Pane.Left)
				for i, r := range cmp.Rows {
					if want := fieldLabel(r, s.G); i >= len(labels) || labels[i] != want {
						got := "(none)"
						if i < len(labels) {
							got = labels[i]
						}
						t.Errorf("%d techniques at %d columns: row %d reads %q; want %q:\n%s", len(ids), w, i, got, want, out)
					}
				}
				for _, l := range strings.Split(out, "\n") {
					if ansi.StringWidth(l) > w {
						t.Errorf("%d techniques at %d columns: a line of %d columns", len(ids), w, ansi.StringWidth(l))
					}
				}
			}
		}
	}
}

// tableLabels reads the first column of a bordered table, a row at a time,
// its lines joined by spaces.
func tableLabels(table, bar string) []string {
	var labels []string
	var cur []string
	flush := func() {
		if len(cur) > 0 {
			labels = append(labels, strings.Join(cur, " "))
		}
		cur = nil
	}
	for _, l := range strings.Split(table, "\n") {
		cells := strings.Split(l, bar)
		if len(cells) < 3 { // a border line between rows
			flush()
			continue
		}
		if s := strings.TrimSpace(cells[1]); s != "" {
			cur = append(cur, s)
		}
	}
	flush()
	return labels // the header's first cell is empty, so its row reads as nothing
}
