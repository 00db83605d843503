package bodychart_test

import (
	"math"
	"strings"
	"testing"

	"github.com/omt-reference/omt/bodychart"
	"github.com/omt-reference/omt/notation"
)

// TestSourcedRelations holds the frame to what the anatomy texts say about
// the landmarks together (research21.md section 4), beyond each one's own
// level: if the spine's scale is changed, these still have to hold.
func TestSourcedRelations(t *testing.T) {
	_, ch := shippedChart(t)
	y := func(id string) float64 {
		t.Helper()
		l, ok := ch.Landmark(id)
		if !ok {
			t.Fatalf("no landmark %s", id)
		}
		return l.Pos.Y
	}
	halfT := (mustY(t, notation.T(2)) - mustY(t, notation.T(1))) / 2

	// egofelix: the T12 spinous process lies midway between the inferior
	// angle of the scapula and the iliac crest.
	if mid := (y("scapula-inferior-angle") + y("iliac-crest")) / 2; math.Abs(mustY(t, notation.T(12))-mid) > halfT {
		t.Errorf("T12 at %.4f, not midway (%.4f) between the inferior angle and the iliac crest", mustY(t, notation.T(12)), mid)
	}
	// Ellis p.55: the transpyloric plane (L1) is halfway between the
	// jugular notch and the pubic symphysis.
	if mid := (y("jugular-notch") + y("pubic-symphysis")) / 2; math.Abs(y("transpyloric")-mid) > 1e-9 {
		t.Errorf("the transpyloric plane at %.4f, not halfway (%.4f)", y("transpyloric"), mid)
	}
	// Chung; Ellis; Rawling: rib 2's cartilage joins the sternum at the
	// sternal angle, where rib counting starts.
	if y("rib-2-front") != y("sternal-angle") {
		t.Errorf("rib 2 at %.4f, the sternal angle at %.4f", y("rib-2-front"), y("sternal-angle"))
	}
	// Gray's 1918: the male nipple lies in the 4th intercostal space,
	// about 9-10 cm from the midline.
	nipple, _ := ch.Landmark("nipple")
	if n := nipple.Pos.Y; n <= y("rib-4-front") || n >= y("rib-5-front") || nipple.Pos.X < cm(9) || nipple.Pos.X > cm(10) {
		t.Errorf("the nipple at %+v, not in the 4th space 9-10 cm out", nipple.Pos)
	}
	// The order down each view.
	for _, order := range [][]string{
		{"jugular-notch", "sternal-angle", "xiphisternal", "transpyloric", "umbilicus", "asis", "pubic-symphysis"},
		{"vertebra-prominens", "scapula-superior-angle", "scapular-spine-root", "scapula-inferior-angle", "iliac-crest", "psis"},
	} {
		for i := 1; i < len(order); i++ {
			if y(order[i-1]) >= y(order[i]) {
				t.Errorf("%s (%.4f) is not above %s (%.4f)", order[i-1], y(order[i-1]), order[i], y(order[i]))
			}
		}
	}
}

// TestLandmarksAtTheirLevels: every landmark with a vertebral level sits at
// that level's height, has a source, and lies on the body.
func TestLandmarksAtTheirLevels(t *testing.T) {
	_, ch := shippedChart(t)
	for _, l := range ch.Landmarks() {
		t.Run(l.ID, func(t *testing.T) {
			if l.Source == "" {
				t.Error("no source")
			}
			if !ch.Inside(l.Pos) {
				t.Errorf("%+v is off the body", l.Pos)
			}
			if want, ok := levelHeight(l.Level); ok && math.Abs(l.Pos.Y-want) > 1e-9 {
				t.Errorf("at y=%.4f; its level %s is at %.4f", l.Pos.Y, l.Level, want)
			}
		})
	}
}

// levelHeight reads "T4" or "T4/5" (a disc) as a height; false for
// anything else ("rib 4", a description).
func levelHeight(level string) (float64, bool) {
	upper, lower, disc := strings.Cut(level, "/")
	a, err := notation.ParseLevel(upper)
	if err != nil || a.IsRib() {
		return 0, false
	}
	ya, ok := bodychart.SpineY(a)
	if !ok {
		return 0, false
	}
	if !disc {
		return ya, true
	}
	b, err := notation.ParseLevel(upper[:1] + lower)
	if err != nil {
		return 0, false
	}
	yb, _ := bodychart.SpineY(b)
	return (ya + yb) / 2, true
}

func mustY(t *testing.T, l notation.Level) float64 {
	t.Helper()
	y, ok := bodychart.SpineY(l)
	if !ok {
		t.Fatalf("no height for %s", l)
	}
	return y
}
