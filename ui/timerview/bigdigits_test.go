package timerview

import (
	"testing"
	"time"

	"github.com/omt-reference/omt/render"
)

func TestClockText(t *testing.T) {
	for _, tc := range []struct {
		d       time.Duration
		roundUp bool
		want    string
	}{
		{90 * time.Second, true, "1:30"},
		{89200 * time.Millisecond, true, "1:30"}, // a countdown shows the second it is in
		{59500 * time.Millisecond, true, "1:00"},
		{300 * time.Millisecond, true, "1"}, // never 0 while time is left
		{59900 * time.Millisecond, false, "59"},
		{10 * time.Minute, false, "10:00"},
		{0, false, "0"},
	} {
		if got := clockText(tc.d, tc.roundUp); got != tc.want {
			t.Errorf("clockText(%v, %v) = %q; want %q", tc.d, tc.roundUp, got, tc.want)
		}
	}
}

// TestBigClockIsRectangular checks that every line of a big clock is as wide
// as the others, so that centring it keeps the digits in their columns.
func TestBigClockIsRectangular(t *testing.T) {
	for _, g := range []render.Glyphs{render.UnicodeGlyphs(), render.ASCIIGlyphs()} {
		for _, rows := range []int{clockLarge, clockCompact} {
			lines := bigClock("10:29", rows, g)
			if len(lines) != rows {
				t.Fatalf("%d lines; want %d", len(lines), rows)
			}
			for i, l := range lines {
				if render.Width(l) != render.Width(lines[0]) {
					t.Errorf("%s, %d rows: line %d is %d wide, line 0 %d:\n%q", g.Block, rows, i, render.Width(l), render.Width(lines[0]), lines)
				}
			}
		}
	}
	if got := bigClock("1", clockLarge, render.ASCIIGlyphs()); got[4] != "######" {
		t.Errorf("the foot of a large ASCII 1 is %q", got[4])
	}
}
