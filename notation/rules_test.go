package notation

import (
	"strings"
	"testing"
)

// Each mechanical rule is tested on its own, against the convention its
// comment names, so that a wrong rule fails here and not only through Parse.

func TestSegmentMechanicsAndCoupling(t *testing.T) {
	tests := []struct {
		level    Level
		pos      Position
		mech     Mechanics
		coupling Coupling
		fryette  int
	}{
		{T(4), Neutral, MechanicsTypeI, CouplingOpposite, 1},
		{L(3), Neutral, MechanicsTypeI, CouplingOpposite, 1},
		{T(4), Extended, MechanicsTypeII, CouplingSame, 2},
		{L(5), Flexed, MechanicsTypeII, CouplingSame, 2},
		{C(3), Flexed, MechanicsCervical, CouplingSame, 2},
		{C(7), Neutral, MechanicsCervical, CouplingSame, 2},
		{OAJoint(), Extended, MechanicsOA, CouplingOpposite, 0},
		{AAJoint(), PositionNone, MechanicsAA, CouplingRotationOnly, 0},
		{T(4), PositionNone, MechanicsNone, CouplingNone, 0},
	}
	for _, tt := range tests {
		m := segmentMechanics(Single(tt.level), tt.pos)
		if tt.coupling != CouplingNone && (coupling(m).String() == "" || m.String() == "") {
			t.Errorf("%v %v: mechanics or coupling without a description", tt.level, tt.pos)
		}
		if m != tt.mech || coupling(m) != tt.coupling || m.FryetteType() != tt.fryette {
			t.Errorf("%v %v: %v/%v/Fryette %d, want %v/%v/Fryette %d", tt.level, tt.pos, m, coupling(m), m.FryetteType(), tt.mech, tt.coupling, tt.fryette)
		}
	}
}

func TestSegmentLevelProblem(t *testing.T) {
	for _, r := range []Range{Single(S(1)), {L(4), S(1)}, Single(C(1)), {C(6), T(2)}} {
		if segmentLevelProblem(r) == "" {
			t.Errorf("%v should not carry a segment diagnosis", r)
		}
	}
	for _, r := range []Range{Single(C(2)), {C(2), C(7)}, {T(1), T(12)}, {T(12), L(5)}, Single(OAJoint()), Single(AAJoint())} {
		if p := segmentLevelProblem(r); p != "" {
			t.Errorf("%v refused: %s", r, p)
		}
	}
}

// TestSegmentFreeIsNamedPosition: ERS(L) moves freely into extension, left
// rotation and left side-bending, the motions it is named for.
func TestSegmentFreeIsNamedPosition(t *testing.T) {
	s := Segment{Range: Single(T(4)), Position: Extended, Rotation: Left, SideBend: Left}
	if got := joinMotions(segmentFree(s)); got != "extension; rotation left; side-bending left" {
		t.Errorf("T4 ERS(L) free in %q", got)
	}
	if got := joinMotions(restrictedOf(segmentFree(s))); got != "flexion; rotation right; side-bending right" {
		t.Errorf("T4 ERS(L) restricted in %q", got)
	}
	n := Segment{Range: Range{T(3), T(8)}, Position: Neutral, Rotation: Right, SideBend: Left}
	if got := joinMotions(segmentFree(n)); got != "rotation right; side-bending left" {
		t.Errorf("a neutral group is free in %q; flexion and extension should not appear", got)
	}
	if convexSide(n) != Right {
		t.Errorf("a group side-bent left, rotated right is convex to the %v, want right", convexSide(n))
	}
}

func TestSegmentNotes(t *testing.T) {
	single := Segment{Range: Single(L(3)), Position: Neutral, Rotation: Right, SideBend: Left}
	group := Segment{Range: Range{T(5), T(6)}, Position: Extended, Rotation: Right, SideBend: Right}
	plain := Segment{Range: Single(T(4)), Position: Extended, Rotation: Left, SideBend: Left}
	if len(segmentNotes(single)) != 1 || len(segmentNotes(group)) != 1 || len(segmentNotes(plain)) != 0 {
		t.Errorf("notes: single N %v, F/E group %v, plain %v", segmentNotes(single), segmentNotes(group), segmentNotes(plain))
	}
}

// TestOppositeIsAnInvolution: every movement has an opposite that differs
// from it, and going back gives the motion again.
func TestOppositeIsAnInvolution(t *testing.T) {
	for mv := MoveFlexion; mv <= MoveOutflare; mv++ {
		for _, side := range []Side{SideNone, Left, Right} {
			if (mv == MoveRotation || mv == MoveSideBending) && side == SideNone {
				continue
			}
			m := Motion{mv, side}
			if m.Opposite() == m || m.Opposite().Opposite() != m {
				t.Errorf("%v: opposite %v, back %v", m, m.Opposite(), m.Opposite().Opposite())
			}
			if m.String() == "" {
				t.Errorf("movement %d has no description", mv)
			}
		}
	}
}

// TestKeyRib: bottom inhaled, top exhaled.
func TestKeyRib(t *testing.T) {
	tests := []struct {
		r    Rib
		want Level
	}{
		{Rib{Range: Range{R(3), R(5)}, Kind: Inhalation}, R(5)},
		{Rib{Range: Range{R(3), R(5)}, Kind: Exhalation}, R(3)},
		{Rib{Range: Range{R(6), R(9)}, Kind: Inhalation}, R(9)},
		{Rib{Range: Range{R(6), R(9)}, Kind: Exhalation}, R(6)},
		{Rib{Range: Single(R(4)), Kind: Exhalation}, R(4)},
	}
	for _, tt := range tests {
		if got := keyRib(tt.r); got != tt.want {
			t.Errorf("key rib of %v is %v, want %v", tt.r, got, tt.want)
		}
	}
}

func TestRibMotionOf(t *testing.T) {
	var got []string
	for n := 0; n <= 13; n++ {
		got = append(got, ribMotionOf(n).String())
	}
	want := []string{"", "pump handle", "pump handle", "pump handle", "pump handle", "pump handle",
		"bucket handle", "bucket handle", "bucket handle", "bucket handle", "bucket handle", "caliper", "caliper", ""}
	if strings.Join(got, ",") != strings.Join(want, ",") {
		t.Errorf("rib motions 0-13:\n got %q\nwant %q", got, want)
	}
}

func TestRibFree(t *testing.T) {
	in := Rib{Range: Single(R(4)), Kind: Inhalation}
	ex := Rib{Range: Single(R(4)), Kind: Exhalation}
	if joinMotions(ribFree(in)) != "inhalation" || joinMotions(restrictedOf(ribFree(in))) != "exhalation" {
		t.Errorf("an inhalation dysfunction is free in %v", ribFree(in))
	}
	if joinMotions(ribFree(ex)) != "exhalation" || joinMotions(restrictedOf(ribFree(ex))) != "inhalation" {
		t.Errorf("an exhalation dysfunction is free in %v", ribFree(ex))
	}
	if ribNotes(Rib{Range: Single(R(1)), Kind: Inhalation}) == nil || ribNotes(in) != nil {
		t.Error("only an inhaled first rib carries the elevated-first-rib note")
	}
}

// TestTorsions checks direction, axis and the base that moved for all four
// torsions against the standard descriptions (left on left: forward, on the
// left oblique axis, right base anterior; left on right: backward, left base
// posterior; right on left: backward, right base posterior).
func TestTorsions(t *testing.T) {
	tests := []struct {
		rot, axis Side
		dir       TorsionDirection
		obl       Axis
		base      string
	}{
		{Left, Left, Forward, AxisLeftOblique, "right sacral base anterior (flexion)"},
		{Right, Right, Forward, AxisRightOblique, "left sacral base anterior (flexion)"},
		{Left, Right, Backward, AxisRightOblique, "left sacral base posterior (extension)"},
		{Right, Left, Backward, AxisLeftOblique, "right sacral base posterior (extension)"},
	}
	for _, tt := range tests {
		s := Sacrum{Kind: Torsion, Side: tt.rot, Axis: tt.axis}
		if got := torsionDirection(tt.rot, tt.axis); got != tt.dir {
			t.Errorf("%v: %v, want %v", s, got, tt.dir)
		}
		if got := sacrumAxis(s); got != tt.obl {
			t.Errorf("%v: axis %v, want %v", s, got, tt.obl)
		}
		if got := torsionMovedBase(s).String(); got != tt.base {
			t.Errorf("%v: moved base %q, want %q", s, got, tt.base)
		}
		if got := joinMotions(sacrumFree(s)); got != "rotation "+tt.rot.String() {
			t.Errorf("%v free in %q", s, got)
		}
	}
}

func TestSacralAndPelvicAxes(t *testing.T) {
	for k, want := range map[SacrumKind]Axis{BilateralFlexion: AxisMiddleTransverse, BilateralExtension: AxisMiddleTransverse, UnilateralFlexion: AxisUnnamed, UnilateralExtension: AxisUnnamed} {
		if got := sacrumAxis(Sacrum{Kind: k, Side: Left}); got != want {
			t.Errorf("sacrum kind %d: axis %v, want %v", k, got, want)
		}
	}
	for k, want := range map[InnominateKind]Axis{AnteriorRotation: AxisInferiorTransverse, PosteriorRotation: AxisInferiorTransverse, Inflare: AxisVertical, Outflare: AxisVertical, SuperiorShear: AxisTranslation, InferiorShear: AxisTranslation} {
		if got := innominateAxis(k); got != want {
			t.Errorf("innominate kind %d: axis %v, want %v", k, got, want)
		}
	}
}

func TestPelvicFree(t *testing.T) {
	for k, want := range map[InnominateKind]string{AnteriorRotation: "anterior rotation", PosteriorRotation: "posterior rotation", SuperiorShear: "superior glide", InferiorShear: "inferior glide", Inflare: "inflare (ASIS medial)", Outflare: "outflare (ASIS lateral)"} {
		if got := innominateFree(k).String(); got != want {
			t.Errorf("innominate kind %d free in %q, want %q", k, got, want)
		}
	}
	if pubicFree(PubicSuperior).String() != "superior glide" || pubicFree(PubicInferior).String() != "inferior glide" {
		t.Error("pubic shears are free in the direction they are named for")
	}
	for k, want := range map[SacrumKind]string{UnilateralFlexion: "left sacral base anterior (flexion)", UnilateralExtension: "left sacral base posterior (extension)", BilateralFlexion: "sacral flexion (base anterior)", BilateralExtension: "sacral extension (base posterior)"} {
		s := Sacrum{Kind: k}
		if k == UnilateralFlexion || k == UnilateralExtension {
			s.Side = Left
		}
		if got := joinMotions(sacrumFree(s)); got != want {
			t.Errorf("sacrum kind %d free in %q, want %q", k, got, want)
		}
	}
}

func TestBelowName(t *testing.T) {
	for l, want := range map[Level]string{T(4): "T5", C(7): "T1", T(12): "L1", L(5): "the sacrum", C(2): "C3"} {
		if got := belowName(l); got != want {
			t.Errorf("below %v: %q, want %q", l, got, want)
		}
	}
}
