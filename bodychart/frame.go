package bodychart

import (
	"fmt"

	"github.com/omt-reference/omt/notation"
)

// View is which outline a place is drawn on: the body seen from the front
// (anterior) or from the back (posterior).
type View int

// The two views. Front shows the anterior surface and, at its edges, the
// lateral and medial surfaces of the limbs; Back shows the posterior one.
const (
	Front View = iota
	Back
)

// String names the view as a card stores it: "front" or "back".
func (v View) String() string {
	if v == Back {
		return "back"
	}
	return "front"
}

// ParseView reads "front" or "back".
func ParseView(s string) (View, error) {
	switch s {
	case "front":
		return Front, nil
	case "back":
		return Back, nil
	}
	return Front, fmt.Errorf("unknown chart view %q: use front or back", s)
}

// Side is the patient's side a place is on.
type Side int

// The sides. Midline places sit on the body's midline.
const (
	Midline Side = iota
	Right
	Left
)

// String names the side: "midline", "right" or "left".
func (s Side) String() string {
	switch s {
	case Right:
		return "right"
	case Left:
		return "left"
	}
	return "midline"
}

// Pos is a place in the body frame: the body standing in the anatomical
// position, measured in fractions of its height (stature). Y runs down from
// the vertex (0) to the soles (1); X runs from the midline (0) toward the
// patient's left (positive) or right (negative). A view turns it into a
// column: the front view shows the patient's right on the viewer's left.
type Pos struct {
	X, Y float64
}

// stature is the height, in centimetres, of the adult the frame is drawn
// for: it turns the catalogue's offsets in centimetres ("about 6 cm from the
// midline") into the frame's fractions of height.
const stature = 170.0

// cm is a length in centimetres as a fraction of the frame's stature.
func cm(n float64) float64 { return n / stature }

// The vertical scale of the spine: where each vertebra's level lies in the
// frame. The steps are the drawing's convention (a cervical segment, a
// thoracic and a lumbar one, each a fixed share of height); they are chosen
// so that the sourced surface landmarks (landmarks.go) fall where an adult's
// do: C7 at the base of the neck, the iliac crests (L4) and the umbilicus
// (L3/4) at the waist, the pubic symphysis twice as far below the jugular
// notch as the transpyloric plane (L1) is. TestSourcedRelations holds the
// frame to those sources.
const (
	yC1   = 0.098  // the atlas, level with the mastoid tip
	stepC = 0.0095 // one cervical segment
	stepT = 0.0145 // one thoracic segment
	stepL = 0.0195 // one lumbar segment
	stepS = 0.0135 // one sacral segment
	yC7   = yC1 + 6*stepC
	yT12  = yC7 + 12*stepT
	yL5   = yT12 + 5*stepL
)

// SpineY is the height in the frame of a spinal level's spinous process,
// C1 to S5; false for a rib or the OA and AA joints.
func SpineY(l notation.Level) (float64, bool) {
	if !l.Valid() {
		return 0, false
	}
	n := float64(l.Number)
	switch l.Region {
	case notation.Cervical:
		return yC1 + (n-1)*stepC, true
	case notation.Thoracic:
		return yC7 + n*stepT, true
	case notation.Lumbar:
		return yT12 + n*stepL, true
	case notation.Sacral:
		return yL5 + n*stepS, true
	}
	return 0, false
}

// levelY is SpineY for a level the package itself names; it panics on a
// level that is not spinal, a programming error the tests catch.
func levelY(l notation.Level) float64 {
	y, ok := SpineY(l)
	if !ok {
		panic("bodychart: not a spinal level: " + l.String())
	}
	return y
}

// between is the height midway between two levels: "the T2/3 disc".
func between(a, b notation.Level) float64 { return (levelY(a) + levelY(b)) / 2 }
