package bodychart_test

import (
	"testing"

	"github.com/omt-reference/omt/bodychart"
	"github.com/omt-reference/omt/notation"
	"github.com/omt-reference/omt/techniques"
)

// TestChapmanPointsLandInPlace checks each organ's Chapman points against
// its row: anterior spots on the front and posterior ones on the back (one
// view for each text the row gives, none for an empty one), on the side
// the text names, within the row's levels (ribs in front, vertebrae
// behind), placed from a landmark the text names, and on the thigh for the
// iliotibial band.
func TestChapmanPointsLandInPlace(t *testing.T) {
	c, ch := shippedChart(t)
	for _, r := range c.Maps.Chapman.Rows {
		t.Run(r.ID, func(t *testing.T) {
			p, ok := ch.Point(bodychart.PointID(bodychart.MapChapman, r.ID))
			if !ok {
				t.Fatal("not on the chart")
			}
			text := func(v bodychart.View) string {
				if v == bodychart.Back {
					return r.Posterior
				}
				return r.Anterior
			}
			places := ch.Places(p)
			for _, v := range []bodychart.View{bodychart.Front, bodychart.Back} {
				var on []bodychart.Place
				for _, pl := range places {
					if pl.View == v {
						on = append(on, pl)
					}
				}
				if (len(on) > 0) != (text(v) != "") {
					t.Errorf("%d places on the %s view for the text %q", len(on), v, text(v))
				}
				checkSides(t, p, on, true, sideNamed(text(v)))
				checkChapmanLevels(t, ch, r, v, on)
				for _, pl := range on {
					if !ch.Inside(pl.Pos) || !ch.Inside(pl.End) {
						t.Errorf("place %+v is off the body", pl)
					}
				}
				if names(text(v), "iliotibial band") {
					checkLimb(t, ch, on, false)
				}
				if names(text(v), "upper arm") {
					checkLimb(t, ch, on, true)
				}
			}
			checkNamed(t, ch, p, text)
		})
	}
}

// sideNamed is the side a Chapman text gives ("Right side, ...", "the
// right 12th rib"), or "" when it names none or both.
func sideNamed(text string) string {
	right, left := names(text, "right"), names(text, "left")
	switch {
	case right && !left:
		return "right"
	case left && !right:
		return "left"
	}
	return ""
}

// checkChapmanLevels: a view's places lie within the row's levels for it:
// its rib ranges in front (from the rib above's space to the rib below's),
// its spinal ranges behind (to half a segment either side).
func checkChapmanLevels(t *testing.T, ch *bodychart.Chart, r techniques.ChapmanPoint, v bodychart.View, places []bodychart.Place) {
	t.Helper()
	for _, s := range r.Levels {
		rg, err := notation.ParseRange(s)
		if err != nil {
			t.Fatalf("level %q: %v", s, err)
		}
		var top, bottom float64
		switch {
		case rg.From.IsRib() && v == bodychart.Front:
			// The ribs' own heights, a space either side: ribs 11 and 12
			// end in the flank above the 10th's lowest point, so the range
			// is by height, not by number.
			top, bottom = 1.0, 0.0
			for _, l := range rg.Levels() {
				a, b := ribBounds(t, ch, v, l.Number)
				top, bottom = min(top, a), max(bottom, b)
			}
		case !rg.From.IsRib() && v == bodychart.Back:
			a, _ := bodychart.SpineY(rg.From)
			b, _ := bodychart.SpineY(rg.To)
			top, bottom = a-cm(1.2), b+cm(1.2)
		default:
			continue
		}
		for _, pl := range places {
			if pl.Pos.Y <= top || pl.Pos.Y >= bottom {
				t.Errorf("%s: a place at y=%.4f is outside %s (%.4f to %.4f)", v, pl.Pos.Y, s, top, bottom)
			}
		}
	}
}
