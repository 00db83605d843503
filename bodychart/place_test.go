package bodychart_test

import (
	"math"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/omt-reference/omt/bodychart"
	"github.com/omt-reference/omt/notation"
	"github.com/omt-reference/omt/techniques"
	"github.com/omt-reference/omt/techniques/techniquestest"
)

func shippedChart(t testing.TB) (*techniques.Catalog, *bodychart.Chart) {
	t.Helper()
	c := techniquestest.Shipped(t)
	ch, err := bodychart.New(c)
	if err != nil {
		t.Fatal(err)
	}
	return c, ch
}

// cm is a length in centimetres of the frame's 170 cm adult.
func cm(n float64) float64 { return n / 170 }

// TestEveryRowIsPlaced: every tender point and every Chapman row of the
// catalogue is on the chart, with at least one place.
func TestEveryRowIsPlaced(t *testing.T) {
	c, ch := shippedChart(t)
	want := len(c.Maps.TenderPoints.Rows) + len(c.Maps.Chapman.Rows)
	if got := len(ch.Points()); got != want {
		t.Fatalf("%d points placed; the catalogue has %d rows", got, want)
	}
	for _, p := range ch.Points() {
		if len(ch.Places(p)) == 0 {
			t.Errorf("%s has no place", p.ID)
		}
	}
}

// TestTenderPointsLandInPlace checks each tender point against its row:
// the view its surface gives, its sides, its level between the
// neighbouring landmarks, its limb, and that it is placed from a landmark
// its location names.
func TestTenderPointsLandInPlace(t *testing.T) {
	c, ch := shippedChart(t)
	for _, r := range c.Maps.TenderPoints.Rows {
		t.Run(r.ID, func(t *testing.T) {
			p, ok := ch.Point(bodychart.PointID(bodychart.MapTenderPoints, r.ID))
			if !ok {
				t.Fatal("not on the chart")
			}
			places := ch.Places(p)
			want := bodychart.Front
			if r.Surface == "posterior" {
				want = bodychart.Back
			}
			for _, pl := range places {
				if pl.View != want {
					t.Errorf("a %s point drawn on the %s view", r.Surface, pl.View)
				}
				if !ch.Inside(pl.Pos) {
					t.Errorf("place %+v is off the body", pl.Pos)
				}
			}
			midlineOK := strings.Contains(strings.ToLower(r.Location+" "+r.Name), "midline")
			checkSides(t, p, places, midlineOK, "")
			checkNamed(t, ch, p, func(bodychart.View) string { return r.Location + " " + r.Level })
			switch r.Region {
			case "upper-extremity", "lower-extremity":
				checkLimb(t, ch, places, r.Region == "upper-extremity")
			}
			if r.Level != "" {
				checkTenderLevel(t, ch, r, places)
			}
		})
	}
}

// TestTenderPointSeriesInOrder: within a series (AT1 to AT12, AC1 to AC8,
// AL1 to AL5 ...), a lower level never sits higher on the body.
func TestTenderPointSeriesInOrder(t *testing.T) {
	c, ch := shippedChart(t)
	type last struct {
		level notation.Level
		x, y  float64
		id    string
	}
	seen := map[string]last{}
	for _, r := range c.Maps.TenderPoints.Rows {
		l, err := notation.ParseLevel(r.Level)
		if err != nil {
			continue
		}
		series := r.Region + "/" + r.Surface
		pl, _ := ch.Primary(bodychart.PointID(bodychart.MapTenderPoints, r.ID), viewOfSurface(r.Surface))
		prev, ok := seen[series]
		// Only points on one vertical line are compared: AT12 lies on the
		// iliac crest out at the side, above AT11 below the umbilicus.
		if ok && l.Compare(prev.level) > 0 && math.Abs(pl.Pos.X-prev.x) < cm(4) && pl.Pos.Y < prev.y-1e-9 {
			t.Errorf("%s (%s) sits above %s (%s)", r.ID, l, prev.id, prev.level)
		}
		seen[series] = last{l, pl.Pos.X, pl.Pos.Y, r.ID}
	}
}

func viewOfSurface(s string) bodychart.View {
	if s == "posterior" {
		return bodychart.Back
	}
	return bodychart.Front
}

// checkSides: a spot is on both sides, mirrored, or on the midline (only
// where the row says so); or, when side names one ("right", "left"), on
// that side alone.
func checkSides(t *testing.T, p bodychart.Point, places []bodychart.Place, midlineOK bool, side string) {
	t.Helper()
	for _, pl := range places {
		switch pl.Side {
		case bodychart.Right:
			if pl.Pos.X >= 0 {
				t.Errorf("a right-side place at x=%.3f, not on the patient's right", pl.Pos.X)
			}
		case bodychart.Left:
			if pl.Pos.X <= 0 {
				t.Errorf("a left-side place at x=%.3f, not on the patient's left", pl.Pos.X)
			}
		case bodychart.Midline:
			if pl.Pos.X != 0 || !midlineOK {
				t.Errorf("a midline place at x=%.3f; midline allowed: %v", pl.Pos.X, midlineOK)
			}
		}
		if side != "" && pl.Side.String() != side {
			t.Errorf("a place on the %s side; the row says %s", pl.Side, side)
		}
	}
	if side != "" {
		return
	}
	for _, pl := range places {
		if pl.Side == bodychart.Midline {
			continue
		}
		mirrored := false
		for _, q := range places {
			if q.View == pl.View && q.Side != pl.Side && q.Side != bodychart.Midline &&
				math.Abs(q.Pos.X+pl.Pos.X) < 1e-9 && math.Abs(q.Pos.Y-pl.Pos.Y) < 1e-9 {
				mirrored = true
			}
		}
		if !mirrored {
			t.Errorf("the place %+v on the %s has no twin on the other side", pl.Pos, pl.Side)
		}
	}
}

// checkNamed: every spot is placed from at least one landmark that the
// row's text for its view names, as a whole word or phrase.
func checkNamed(t *testing.T, ch *bodychart.Chart, p bodychart.Point, text func(bodychart.View) string) {
	t.Helper()
	for i, s := range p.Spots {
		named := false
		for _, w := range append(append([]bodychart.Weight{}, s.Near...), s.To...) {
			l, ok := ch.Landmark(w.Landmark)
			if !ok {
				t.Fatalf("spot %d: no landmark %q", i, w.Landmark)
			}
			for _, term := range l.Terms {
				if names(text(s.View), term) {
					named = true
				}
			}
		}
		if !named {
			t.Errorf("spot %d is placed from %v, none of which %q names", i, s.Near, text(s.View))
		}
	}
}

// names reports whether text holds term as whole words, ignoring case.
func names(text, term string) bool {
	re := regexp.MustCompile(`(?i)\b` + regexp.QuoteMeta(term) + `\b`)
	return re.MatchString(text)
}

func checkLimb(t *testing.T, ch *bodychart.Chart, places []bodychart.Place, upper bool) {
	t.Helper()
	for _, pl := range places {
		for _, pos := range []bodychart.Pos{pl.Pos, pl.End} {
			if !ch.OnLimb(pos, upper) {
				t.Errorf("place %+v is not on the %s limb", pos, map[bool]string{true: "upper", false: "lower"}[upper])
			}
		}
	}
}

// checkTenderLevel: a point whose location names the vertebra's own
// anatomy (its transverse or spinous process, its articular pillar) has a
// place between the levels above and below; a rib point lies between the
// ribs above and below on its view.
func checkTenderLevel(t *testing.T, ch *bodychart.Chart, r techniques.TenderPoint, places []bodychart.Place) {
	t.Helper()
	l, err := notation.ParseLevel(r.Level)
	if err != nil {
		t.Fatalf("level %q: %v", r.Level, err)
	}
	var top, bottom float64
	switch {
	case l.IsRib():
		top, bottom = ribBounds(t, ch, viewOfSurface(r.Surface), l.Number)
	case names(r.Location, l.String()+" transverse process") || names(r.Location, l.String()+" spinous process") ||
		names(r.Location, l.String()+" articular pillar"):
		top, bottom = spineBounds(l)
	default:
		return // placed by the landmark its location names (checkNamed) and its series' order
	}
	for _, pl := range places {
		if pl.Pos.Y > top && pl.Pos.Y < bottom {
			return
		}
	}
	t.Errorf("no place between %.4f and %.4f (the levels beside %s): %+v", top, bottom, l, places)
}

// spineBounds are the heights of the levels above and below a spinal level
// (the top of the frame above C1).
func spineBounds(l notation.Level) (top, bottom float64) {
	next, _ := l.Next()
	bottom, _ = bodychart.SpineY(next)
	for p := notation.C(1); p != l; p, _ = p.Next() {
		top, _ = bodychart.SpineY(p)
	}
	return top, bottom
}

// ribBounds are the heights of the ribs above and below rib n on a view;
// above rib 1 lies the clavicle.
func ribBounds(t *testing.T, ch *bodychart.Chart, v bodychart.View, n int) (top, bottom float64) {
	t.Helper()
	y := func(k int) float64 {
		id := "rib-" + strconv.Itoa(k) + "-" + v.String()
		l, ok := ch.Landmark(id)
		if !ok {
			t.Fatalf("no landmark %s", id)
		}
		return l.Pos.Y
	}
	switch {
	case n == 1 && v == bodychart.Front:
		clav, _ := ch.Landmark("clavicle-medial")
		top = clav.Pos.Y - cm(1.5)
	case n == 1:
		top, _ = bodychart.SpineY(notation.C(7))
	default:
		top = y(n - 1)
	}
	if n == 12 {
		return top, y(12) + cm(2)
	}
	return top, y(n + 1)
}
