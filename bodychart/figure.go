package bodychart

import (
	"math"

	"github.com/omt-reference/omt/notation"
)

// The figure: an adult standing in the anatomical position (arms a little
// away from the sides, palms forward), drawn as the union of a head, a
// trunk with its legs, and the two arms. Its proportions are a drawing's
// (the head an eighth of the height, the shoulders a quarter of it wide);
// what must be anatomically right are the landmarks' levels, and those come
// from the spine's scale (frame.go), which the tests hold to the sources.

// joints are the figure's joints on one side, X from the midline.
type joints struct {
	shoulderTip Pos // the acromion, the point of the shoulder
	elbow, wrist, fingertip,
	trochanter, knee, ankle Pos
}

func figureJoints() joints {
	return joints{
		shoulderTip: Pos{0.118, 0.188}, elbow: Pos{0.160, 0.370}, wrist: Pos{0.185, 0.515}, fingertip: Pos{0.190, 0.600},
		trochanter: Pos{0.097, 0.475}, knee: Pos{0.037, 0.720}, ankle: Pos{0.027, 0.950},
	}
}

const (
	upperArmRadius = 0.021
	forearmRadius  = 0.017
	handRadius     = 0.016
)

// halfBody is the outline of the right half of the head's neck, the trunk
// and one leg, from the neck down the outside and back up the inside of the
// leg to the crotch, closed along the midline.
func halfBody() []Pos {
	return []Pos{
		{0, 0.105}, {0.030, 0.105}, {0.034, 0.170}, {0.090, 0.181}, {0.118, 0.190},
		{0.129, 0.206}, {0.126, 0.228}, {0.104, 0.246}, {0.100, 0.280}, {0.092, 0.330},
		{0.086, 0.370}, {0.092, 0.410}, {0.100, 0.460}, {0.099, 0.520}, {0.085, 0.620},
		{0.064, 0.700}, {0.061, 0.730}, {0.063, 0.780}, {0.049, 0.880}, {0.036, 0.950},
		{0.046, 0.985}, {0.046, 1.000}, {0.009, 1.000}, {0.016, 0.950}, {0.019, 0.880},
		{0.016, 0.780}, {0.013, 0.730}, {0.011, 0.700}, {0.006, 0.600}, {0.004, 0.525},
		{0, 0.525},
	}
}

// figure is the body's silhouette, ready to ask what is inside it.
type figure struct {
	half []Pos
	j    joints
}

func newFigure() figure { return figure{half: halfBody(), j: figureJoints()} }

// inside reports whether a place lies within the body. The figure is
// symmetric, so a place is tested by its distance from the midline.
func (f figure) inside(p Pos) bool {
	x := math.Abs(p.X)
	if ellipse(x, p.Y, 0, 0.062, 0.050, 0.062) {
		return true
	}
	if inPolygon(Pos{x, p.Y}, f.half) {
		return true
	}
	return f.onArm(Pos{x, p.Y}, 0)
}

// onLimb reports whether a place lies on an arm (upper) or a leg (lower), or
// on the girdle that carries it: the shoulder and scapula, the hip.
func (f figure) onLimb(p Pos, upper bool) bool {
	x := math.Abs(p.X)
	q := Pos{x, p.Y}
	if upper {
		girdle := x >= cm(4) && p.Y >= levelY(notation.C(7))-0.01 && p.Y <= levelY(notation.T(8))
		return f.inside(p) && (girdle || f.onArm(q, 0.004))
	}
	crotch := f.half[len(f.half)-1].Y
	return f.inside(p) && p.Y >= levelY(notation.L(4)) && (p.Y >= crotch || x >= cm(3))
}

// onArm reports whether a place (X from the midline) lies within the arm,
// widened by slack.
func (f figure) onArm(q Pos, slack float64) bool {
	j := f.j
	return nearSegment(q, Pos{j.shoulderTip.X, 0.205}, j.elbow, upperArmRadius+slack) ||
		nearSegment(q, j.elbow, j.wrist, forearmRadius+slack) ||
		nearSegment(q, j.wrist, j.fingertip, handRadius+slack)
}

func ellipse(x, y, cx, cy, rx, ry float64) bool {
	dx, dy := (x-cx)/rx, (y-cy)/ry
	return dx*dx+dy*dy <= 1
}

// inPolygon is the even-odd test of a place against a closed polygon.
func inPolygon(p Pos, poly []Pos) bool {
	in := false
	for i, j := 0, len(poly)-1; i < len(poly); j, i = i, i+1 {
		a, b := poly[i], poly[j]
		if (a.Y > p.Y) != (b.Y > p.Y) && p.X < (b.X-a.X)*(p.Y-a.Y)/(b.Y-a.Y)+a.X {
			in = !in
		}
	}
	return in
}

// nearSegment reports whether p lies within r of the segment a-b.
func nearSegment(p, a, b Pos, r float64) bool {
	dx, dy := b.X-a.X, b.Y-a.Y
	t := ((p.X-a.X)*dx + (p.Y-a.Y)*dy) / (dx*dx + dy*dy)
	t = math.Max(0, math.Min(1, t))
	ex, ey := p.X-(a.X+t*dx), p.Y-(a.Y+t*dy)
	return ex*ex+ey*ey <= r*r
}

// limbLandmarks are the limbs' landmarks, placed on the figure's joints.
// Lateral and medial surfaces show at the edges of the front view.
func limbLandmarks(j joints) []Landmark {
	const src = "figure"
	elbow, wrist, trochanter, knee, ankle := j.elbow, j.wrist, j.trochanter, j.knee, j.ankle
	thigh := Pos{0.046, (trochanter.Y + knee.Y) / 2}
	lm := func(id, name string, v View, p Pos, terms ...string) Landmark {
		return Landmark{ID: id, Name: name, Terms: terms, View: v, Paired: true, Pos: p, Source: src}
	}
	return []Landmark{
		lm("acromioclavicular", "acromioclavicular joint", Front, Pos{0.105, 0.187}, "acromioclavicular", "clavicle"),
		lm("acromioclavicular-back", "acromioclavicular joint", Back, Pos{0.105, 0.187}, "acromioclavicular"),
		lm("coracoid", "coracoid process", Front, Pos{0.097, 0.203}, "coracoid"),
		lm("bicipital-groove", "bicipital groove", Front, Pos{0.124, 0.222}, "bicipital groove"),
		lm("axilla", "axilla", Front, Pos{0.104, 0.238}, "axilla"),
		lm("humerus-neck", "surgical neck of the humerus", Front, Pos{0.140, 0.240}, "humerus", "upper arm"),
		lm("lateral-epicondyle", "lateral epicondyle", Front, Pos{elbow.X + 0.015, elbow.Y}, "radial head", "lateral epicondyle"),
		lm("medial-epicondyle", "medial epicondyle", Front, Pos{elbow.X - 0.016, elbow.Y}, "medial epicondyle"),
		lm("wrist-front", "palmar wrist", Front, wrist, "wrist", "pisiform", "metacarpal"),
		lm("wrist-back", "back of the wrist", Back, wrist, "wrist", "metacarpal"),
		lm("greater-trochanter", "greater trochanter", Front, trochanter, "greater trochanter", "trochanter", "iliotibial band"),
		lm("greater-trochanter-back", "greater trochanter", Back, trochanter, "greater trochanter", "trochanter"),
		lm("thigh-back", "back of the thigh halfway down the femur", Back, thigh, "thigh", "femur"),
		lm("knee-medial", "medial joint line of the knee", Front, Pos{knee.X - 0.022, knee.Y}, "medial joint line", "anteromedial joint line", "knee"),
		lm("knee-lateral", "lateral joint line of the knee", Front, Pos{knee.X + 0.022, knee.Y}, "lateral joint line", "knee"),
		lm("popliteal-fossa", "popliteal fossa", Back, Pos{knee.X, knee.Y - 0.005}, "popliteal"),
		lm("medial-malleolus", "medial malleolus", Front, Pos{ankle.X - 0.010, ankle.Y}, "medial malleolus"),
	}
}
