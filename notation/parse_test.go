package notation

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// reading is what a test expects from Parse and Explain for one text.
type reading struct {
	in      string
	canon   string // Diagnosis.String
	key     string // Diagnosis.Key
	free    string // Explain().Free, "; "-joined
	barrier string // Explain().DirectBarrier, "; "-joined
	fryette int    // Explain().Mechanics.FryetteType()
	mech    Mechanics
	keyRib  Level
	ribMove string // Explain().RibMotions, "; "-joined
	axis    Axis
	torsion TorsionDirection
	note    string // a substring one of Explain().Notes must contain
	readAs  string // a substring of ParseNoted's notes: how a word with two senses was read
}

func joinMotions(ms []Motion) string {
	parts := make([]string, len(ms))
	for i, m := range ms {
		parts[i] = m.String()
	}
	return strings.Join(parts, "; ")
}

// readings covers every form issue 10 and the package brief list, with the
// explanation each must give.
func readings() []reading {
	ers := "extension; rotation left; side-bending left"
	ersBarrier := "flexion; rotation right; side-bending right"
	nslrr := "rotation right; side-bending left"
	nslrrBarrier := "rotation left; side-bending right"
	return []reading{
		// Spinal segments, every way of writing the side.
		{in: "T4 ERS(L)", canon: "T4 ERS(L)", key: "fryette-2", free: ers, barrier: ersBarrier, fryette: 2, mech: MechanicsTypeII},
		{in: "T4 ER(L)S(L)", canon: "T4 ERS(L)", key: "fryette-2", free: ers, barrier: ersBarrier, fryette: 2, mech: MechanicsTypeII},
		{in: "T4 ERlSl", canon: "T4 ERS(L)", key: "fryette-2", free: ers, barrier: ersBarrier, fryette: 2, mech: MechanicsTypeII},
		{in: "T4 ERSL", canon: "T4 ERS(L)", key: "fryette-2", free: ers, barrier: ersBarrier, fryette: 2, mech: MechanicsTypeII},
		{in: "t4 ers left", canon: "T4 ERS(L)", key: "fryette-2", free: ers, barrier: ersBarrier, fryette: 2, mech: MechanicsTypeII},
		{in: "T4 ERS-L", canon: "T4 ERS(L)", key: "fryette-2", free: ers, barrier: ersBarrier, fryette: 2, mech: MechanicsTypeII},
		{in: "T4 E RL SL", canon: "T4 ERS(L)", key: "fryette-2", free: ers, barrier: ersBarrier, fryette: 2, mech: MechanicsTypeII},
		{in: "T4 extended, rotated and side-bent left", canon: "T4 ERS(L)", key: "fryette-2", free: ers, barrier: ersBarrier, fryette: 2, mech: MechanicsTypeII},
		{in: "T4 extended, rotated left and sidebent to the left", canon: "T4 ERS(L)", key: "fryette-2", free: ers, barrier: ersBarrier, fryette: 2, mech: MechanicsTypeII},
		{in: "T4 extended, side-bent and rotated left", canon: "T4 ERS(L)", key: "fryette-2", free: ers, barrier: ersBarrier, fryette: 2, mech: MechanicsTypeII},
		{in: "T4 ESR(L)", canon: "T4 ERS(L)", key: "fryette-2", free: ers, barrier: ersBarrier, fryette: 2, mech: MechanicsTypeII},
		{in: "T4 F RS left", canon: "T4 FRS(L)", key: "fryette-2", free: "flexion; rotation left; side-bending left", barrier: "extension; rotation right; side-bending right", fryette: 2, mech: MechanicsTypeII},
		{in: "L4 FRS(R)", canon: "L4 FRS(R)", key: "fryette-2", free: "flexion; rotation right; side-bending right", barrier: "extension; rotation left; side-bending left", fryette: 2, mech: MechanicsTypeII},
		{in: "T6 ERRSR", canon: "T6 ERS(R)", key: "fryette-2", free: "extension; rotation right; side-bending right", barrier: "flexion; rotation left; side-bending left", fryette: 2, mech: MechanicsTypeII},
		{in: "L3 NSlRr", canon: "L3 NS(L)R(R)", key: "fryette-1", free: nslrr, barrier: nslrrBarrier, fryette: 1, mech: MechanicsTypeI, note: "single level written N"},
		{in: "L3 neutral, side-bent left, rotated right", canon: "L3 NS(L)R(R)", key: "fryette-1", free: nslrr, barrier: nslrrBarrier, fryette: 1, mech: MechanicsTypeI, note: "convex to the right"},
		{in: "T8 NSRRL", canon: "T8 NS(R)R(L)", key: "fryette-1", free: "rotation left; side-bending right", barrier: "rotation right; side-bending left", fryette: 1, mech: MechanicsTypeI, note: "convex to the left"},
		{in: "C3 FRS right", canon: "C3 FRS(R)", key: "fryette-cervical-typical", free: "flexion; rotation right; side-bending right", barrier: "extension; rotation left; side-bending left", fryette: 2, mech: MechanicsCervical, note: "same side in any position"},
		{in: "C3 FRSr", canon: "C3 FRS(R)", key: "fryette-cervical-typical", free: "flexion; rotation right; side-bending right", barrier: "extension; rotation left; side-bending left", fryette: 2, mech: MechanicsCervical},
		{in: "C5 NRS(L)", canon: "C5 NRS(L)", key: "fryette-cervical-typical", free: "rotation left; side-bending left", barrier: "rotation right; side-bending right", fryette: 2, mech: MechanicsCervical},
		{in: "OA E SlRr", canon: "OA ES(L)R(R)", key: "fryette-cervical-oa", free: "extension; rotation right; side-bending left", barrier: "flexion; rotation left; side-bending right", mech: MechanicsOA, note: "opposite sides"},
		{in: "OA ESlRr", canon: "OA ES(L)R(R)", key: "fryette-cervical-oa", free: "extension; rotation right; side-bending left", barrier: "flexion; rotation left; side-bending right", mech: MechanicsOA},
		{in: "OA F SrRl", canon: "OA FS(R)R(L)", key: "fryette-cervical-oa", free: "flexion; rotation left; side-bending right", barrier: "extension; rotation right; side-bending left", mech: MechanicsOA},
		{in: "AA Rl", canon: "AA R(L)", key: "fryette-cervical-aa", free: "rotation left", barrier: "rotation right", mech: MechanicsAA, note: "rotation alone"},
		{in: "AA RR", canon: "AA R(R)", key: "fryette-cervical-aa", free: "rotation right", barrier: "rotation left", mech: MechanicsAA},
		{in: "AA rotated left", canon: "AA R(L)", key: "fryette-cervical-aa", free: "rotation left", barrier: "rotation right", mech: MechanicsAA},

		// Groups.
		{in: "T3-T8 NSlRr", canon: "T3-T8 NS(L)R(R)", key: "fryette-1", free: nslrr, barrier: nslrrBarrier, fryette: 1, mech: MechanicsTypeI, note: "not restricted in a neutral"},
		{in: "L1-L5 N SLRR", canon: "L1-L5 NS(L)R(R)", key: "fryette-1", free: nslrr, barrier: nslrrBarrier, fryette: 1, mech: MechanicsTypeI},
		{in: "T3-8 NSlRr", canon: "T3-T8 NS(L)R(R)", key: "fryette-1", free: nslrr, barrier: nslrrBarrier, fryette: 1, mech: MechanicsTypeI},
		{in: "T10-L2 NSrRl", canon: "T10-L2 NS(R)R(L)", key: "fryette-1", free: "rotation left; side-bending right", barrier: "rotation right; side-bending left", fryette: 1, mech: MechanicsTypeI},
		{in: "T5-T6 ERS(R)", canon: "T5-T6 ERS(R)", key: "fryette-2", free: "extension; rotation right; side-bending right", barrier: "flexion; rotation left; side-bending left", fryette: 2, mech: MechanicsTypeII, note: "each level of this range"},

		// Ribs.
		{in: "left rib 4 exhaled", canon: "left rib 4 exhalation dysfunction", key: "rib-exhalation-dysfunction", free: "exhalation", barrier: "inhalation", keyRib: R(4), ribMove: "pump handle"},
		{in: "rib 4 exhalation dysfunction left", canon: "left rib 4 exhalation dysfunction", key: "rib-exhalation-dysfunction", free: "exhalation", barrier: "inhalation", keyRib: R(4), ribMove: "pump handle"},
		{in: "ribs 3-5 inhalation dysfunction", canon: "ribs 3-5 inhalation dysfunction", key: "rib-inhalation-dysfunction", free: "inhalation", barrier: "exhalation", keyRib: R(5), ribMove: "pump handle", note: "key rib, rib 5"},
		{in: "ribs 3-5 exhalation dysfunction", canon: "ribs 3-5 exhalation dysfunction", key: "rib-exhalation-dysfunction", free: "exhalation", barrier: "inhalation", keyRib: R(3), ribMove: "pump handle", note: "key rib, rib 3"},
		{in: "right ribs 6-9 inhaled", canon: "right ribs 6-9 inhalation dysfunction", key: "rib-inhalation-dysfunction", free: "inhalation", barrier: "exhalation", keyRib: R(9), ribMove: "bucket handle"},
		{in: "left ribs 4-7 depressed", canon: "left ribs 4-7 exhalation dysfunction", key: "rib-exhalation-dysfunction", free: "exhalation", barrier: "inhalation", keyRib: R(4), ribMove: "pump handle; bucket handle"},
		{in: "exhaled ribs 10-12 right", canon: "right ribs 10-12 exhalation dysfunction", key: "rib-exhalation-dysfunction", free: "exhalation", barrier: "inhalation", keyRib: R(10), ribMove: "bucket handle; caliper"},
		{in: "R rib 1 elevated", canon: "right rib 1 inhalation dysfunction", key: "rib-inhalation-dysfunction", free: "inhalation", barrier: "exhalation", keyRib: R(1), ribMove: "pump handle", note: "first rib"},
		{in: "right superior first rib", canon: "right rib 1 inhalation dysfunction", key: "rib-inhalation-dysfunction", free: "inhalation", barrier: "exhalation", keyRib: R(1), ribMove: "pump handle"},
		{in: "left 4th rib inhaled", canon: "left rib 4 inhalation dysfunction", key: "rib-inhalation-dysfunction", free: "inhalation", barrier: "exhalation", keyRib: R(4), ribMove: "pump handle"},
		{in: "R11 exhaled", canon: "rib 11 exhalation dysfunction", key: "rib-exhalation-dysfunction", free: "exhalation", barrier: "inhalation", keyRib: R(11), ribMove: "caliper"},
		// The side said after the diagnosis, as clinicians say it (issue 19).
		{in: "rib 6 exhaled on the right", canon: "right rib 6 exhalation dysfunction", key: "rib-exhalation-dysfunction", free: "exhalation", barrier: "inhalation", keyRib: R(6), ribMove: "bucket handle"},
		{in: "6th rib exhaled on the right", canon: "right rib 6 exhalation dysfunction", key: "rib-exhalation-dysfunction", free: "exhalation", barrier: "inhalation", keyRib: R(6), ribMove: "bucket handle"},
		{in: "ribs 3-5 inhaled on the left side", canon: "left ribs 3-5 inhalation dysfunction", key: "rib-inhalation-dysfunction", free: "inhalation", barrier: "exhalation", keyRib: R(5), ribMove: "pump handle"},
		{in: "rib 4 on the left exhaled", canon: "left rib 4 exhalation dysfunction", key: "rib-exhalation-dysfunction", free: "exhalation", barrier: "inhalation", keyRib: R(4), ribMove: "pump handle"},

		// Sacrum.
		{in: "left on left sacral torsion", canon: "left-on-left sacral torsion", key: "sacrum-torsion-left-on-left", free: "rotation left", barrier: "rotation right", axis: AxisLeftOblique, torsion: Forward},
		{in: "L on L", canon: "left-on-left sacral torsion", key: "sacrum-torsion-left-on-left", free: "rotation left", barrier: "rotation right", axis: AxisLeftOblique, torsion: Forward},
		{in: "R on R forward torsion", canon: "right-on-right sacral torsion", key: "sacrum-torsion-right-on-right", free: "rotation right", barrier: "rotation left", axis: AxisRightOblique, torsion: Forward},
		{in: "left-on-right torsion", canon: "left-on-right sacral torsion", key: "sacrum-torsion-left-on-right", free: "rotation left", barrier: "rotation right", axis: AxisRightOblique, torsion: Backward, note: "rotates the sacrum right about it"},
		{in: "backward sacral torsion, right on left", canon: "right-on-left sacral torsion", key: "sacrum-torsion-right-on-left", free: "rotation right", barrier: "rotation left", axis: AxisLeftOblique, torsion: Backward},
		{in: "right unilateral sacral flexion", canon: "right unilateral sacral flexion", key: "sacrum-unilateral-flexion-right", free: "right sacral base anterior (flexion)", barrier: "right sacral base posterior (extension)", axis: AxisUnnamed},
		{in: "left unilateral sacral extension", canon: "left unilateral sacral extension", key: "sacrum-unilateral-extension-left", free: "left sacral base posterior (extension)", barrier: "left sacral base anterior (flexion)", axis: AxisUnnamed},
		{in: "bilateral sacral flexion", canon: "bilateral sacral flexion", key: "sacrum-bilateral-flexion", free: "sacral flexion (base anterior)", barrier: "sacral extension (base posterior)", axis: AxisMiddleTransverse},
		{in: "bilateral sacral extension", canon: "bilateral sacral extension", key: "sacrum-bilateral-extension", free: "sacral extension (base posterior)", barrier: "sacral flexion (base anterior)", axis: AxisMiddleTransverse},
		{in: "sacral shear left", canon: "left unilateral sacral flexion", key: "sacrum-unilateral-flexion-left", free: "left sacral base anterior (flexion)", barrier: "left sacral base posterior (extension)", axis: AxisUnnamed, readAs: "synonym"},
		{in: "sacral shear on the right", canon: "right unilateral sacral flexion", key: "sacrum-unilateral-flexion-right", free: "right sacral base anterior (flexion)", barrier: "right sacral base posterior (extension)", axis: AxisUnnamed, readAs: "right unilateral sacral extension"},

		// Innominates and pubic bones.
		{in: "right anterior innominate", canon: "right anterior innominate rotation", key: "innominate-anterior-rotation", free: "anterior rotation", barrier: "posterior rotation", axis: AxisInferiorTransverse},
		{in: "left posterior innominate rotation", canon: "left posterior innominate rotation", key: "innominate-posterior-rotation", free: "posterior rotation", barrier: "anterior rotation", axis: AxisInferiorTransverse},
		{in: "left superior innominate shear", canon: "left superior innominate shear", key: "innominate-superior-shear", free: "superior glide", barrier: "inferior glide", axis: AxisTranslation},
		{in: "left upslip", canon: "left superior innominate shear", key: "innominate-superior-shear", free: "superior glide", barrier: "inferior glide", axis: AxisTranslation},
		{in: "right inferior shear", canon: "right inferior innominate shear", key: "innominate-inferior-shear", free: "inferior glide", barrier: "superior glide", axis: AxisTranslation},
		{in: "left inflare", canon: "left innominate inflare", key: "innominate-inflare", free: "inflare (ASIS medial)", barrier: "outflare (ASIS lateral)", axis: AxisVertical},
		{in: "right outflare", canon: "right innominate outflare", key: "innominate-outflare", free: "outflare (ASIS lateral)", barrier: "inflare (ASIS medial)", axis: AxisVertical},
		{in: "left superior pubic shear", canon: "left superior pubic shear", key: "pubic-superior-shear", free: "superior glide", barrier: "inferior glide", axis: AxisTranslation},
		{in: "pubic inferior shear right", canon: "right inferior pubic shear", key: "pubic-inferior-shear", free: "inferior glide", barrier: "superior glide", axis: AxisTranslation},
	}
}

func TestParseAndExplain(t *testing.T) {
	for _, tt := range readings() {
		t.Run(tt.in, func(t *testing.T) {
			d, err := Parse(tt.in)
			if err != nil {
				t.Fatalf("Parse(%q): %v", tt.in, err)
			}
			if got := d.String(); got != tt.canon {
				t.Errorf("String() = %q, want %q", got, tt.canon)
			}
			if got := d.Key(); got != tt.key {
				t.Errorf("Key() = %q, want %q", got, tt.key)
			}
			e := Explain(d)
			if got := joinMotions(e.Free); got != tt.free {
				t.Errorf("free = %q, want %q", got, tt.free)
			}
			if got := joinMotions(e.DirectBarrier); got != tt.barrier {
				t.Errorf("direct barrier = %q, want %q", got, tt.barrier)
			}
			if got := joinMotions(e.Restricted); got != tt.barrier {
				t.Errorf("restricted = %q, want the barrier %q", got, tt.barrier)
			}
			if !slices.Equal(e.IndirectEase, e.Free) {
				t.Errorf("indirect ease %v differs from the free motions %v", e.IndirectEase, e.Free)
			}
			if e.Mechanics != tt.mech || e.Mechanics.FryetteType() != tt.fryette {
				t.Errorf("mechanics %v (Fryette %d), want %v (Fryette %d)", e.Mechanics, e.Mechanics.FryetteType(), tt.mech, tt.fryette)
			}
			if e.KeyRib != tt.keyRib {
				t.Errorf("key rib %v, want %v", e.KeyRib, tt.keyRib)
			}
			var moves []string
			for _, m := range e.RibMotions {
				moves = append(moves, m.String())
			}
			if got := strings.Join(moves, "; "); got != tt.ribMove {
				t.Errorf("rib motions %q, want %q", got, tt.ribMove)
			}
			if e.Axis != tt.axis || e.Torsion != tt.torsion {
				t.Errorf("axis %v, torsion %v; want %v, %v", e.Axis, e.Torsion, tt.axis, tt.torsion)
			}
			if tt.note != "" && !strings.Contains(strings.Join(e.Notes, "\n"), tt.note) {
				t.Errorf("no note contains %q: %q", tt.note, e.Notes)
			}
			if e.Summary == "" || e.Key != d.Key() || e.Diagnosis != d {
				t.Errorf("summary %q, key %q, diagnosis %v: incomplete explanation", e.Summary, e.Key, e.Diagnosis)
			}
			noted, readAs, err := ParseNoted(tt.in)
			if err != nil || noted != d {
				t.Errorf("ParseNoted(%q) = %v, %v; Parse gave %v", tt.in, noted, err, d)
			}
			if got := strings.Join(readAs, "\n"); (tt.readAs == "") != (got == "") || !strings.Contains(got, tt.readAs) {
				t.Errorf("read-as notes %q, want one containing %q (none when empty)", got, tt.readAs)
			}
		})
	}
}

// TestCanonicalRoundTrip checks String writes a form Parse reads back to the
// same Diagnosis, for every reading above.
func TestCanonicalRoundTrip(t *testing.T) {
	for _, tt := range readings() {
		d, err := Parse(tt.in)
		if err != nil {
			t.Fatalf("Parse(%q): %v", tt.in, err)
		}
		back, err := Parse(d.String())
		if err != nil || back != d {
			t.Errorf("%q -> %q -> %+v, %v; want %+v", tt.in, d.String(), back, err, d)
		}
	}
}

// TestEverySegmentRoundTrips builds every segment the types can hold at every
// spinal level and checks that Parse accepts its canonical form exactly when
// the rules accept it, and then reads it back unchanged.
func TestEverySegmentRoundTrips(t *testing.T) {
	var ranges []Range
	for l, ok := OAJoint(), true; ok; l, ok = l.Next() {
		ranges = append(ranges, Single(l))
	}
	ranges = append(ranges, Range{T(3), T(8)}, Range{T(12), L(3)}, Range{C(2), C(4)})
	sides := []Side{SideNone, Left, Right}
	accepted := 0
	for _, r := range ranges {
		for _, pos := range []Position{PositionNone, Flexed, Extended, Neutral} {
			for _, rot := range sides[1:] {
				for _, sb := range sides {
					s := Segment{Range: r, Position: pos, Rotation: rot, SideBend: sb}
					ok := segmentLevelProblem(r) == "" && segmentMotionProblem(s, true, sb != SideNone) == ""
					d := Diagnosis{Kind: KindSegment, Segment: s}
					back, err := Parse(d.String())
					switch {
					case ok && (err != nil || back != d):
						t.Errorf("%q: %+v, %v; want %+v", d.String(), back, err, d)
					case !ok && err == nil:
						t.Errorf("%q was accepted, but the rules refuse %+v", d.String(), s)
					}
					if ok {
						accepted++
					}
				}
			}
		}
	}
	// Per thoracic/lumbar level: F and E with two same-side pairs, N with two
	// opposite pairs (6); per C2-C7 level F, E, N with two same-side pairs (6);
	// OA: F and E with two opposite pairs (4); AA: two rotations.
	want := 17*6 + 6*6 + 4 + 2 + 3*6
	if accepted != want {
		t.Errorf("%d segments accepted, want %d", accepted, want)
	}
}

// TestEveryOtherDiagnosisRoundTrips does the same for ribs, the sacrum, the
// innominates and the pubic bones.
func TestEveryOtherDiagnosisRoundTrips(t *testing.T) {
	var all []Diagnosis
	for from := 1; from <= 12; from++ {
		for to := from; to <= 12; to++ {
			for _, side := range []Side{SideNone, Left, Right} {
				for _, k := range []RibKind{Inhalation, Exhalation} {
					all = append(all, Diagnosis{Kind: KindRib, Rib: Rib{Side: side, Range: Range{R(from), R(to)}, Kind: k}})
				}
			}
		}
	}
	for _, rot := range []Side{Left, Right} {
		for _, axis := range []Side{Left, Right} {
			all = append(all, Diagnosis{Kind: KindSacrum, Sacrum: Sacrum{Kind: Torsion, Side: rot, Axis: axis}})
		}
		for _, k := range []SacrumKind{UnilateralFlexion, UnilateralExtension} {
			all = append(all, Diagnosis{Kind: KindSacrum, Sacrum: Sacrum{Kind: k, Side: rot}})
		}
		for k := AnteriorRotation; k <= Outflare; k++ {
			all = append(all, Diagnosis{Kind: KindInnominate, Innominate: Innominate{Side: rot, Kind: k}})
		}
		for _, k := range []PubicKind{PubicSuperior, PubicInferior} {
			all = append(all, Diagnosis{Kind: KindPubic, Pubic: Pubic{Side: rot, Kind: k}})
		}
	}
	all = append(all, Diagnosis{Kind: KindSacrum, Sacrum: Sacrum{Kind: BilateralFlexion}}, Diagnosis{Kind: KindSacrum, Sacrum: Sacrum{Kind: BilateralExtension}})
	keys := map[string]bool{}
	for _, d := range all {
		back, err := Parse(d.String())
		if err != nil || back != d {
			t.Errorf("%q: %+v, %v; want %+v", d.String(), back, err, d)
		}
		if d.Key() == "" {
			t.Errorf("%q has no map key", d)
		}
		keys[d.Key()] = true
	}
	// Every sacral, innominate and pubic row id of the schema, and the two rib rows.
	want := 2 + 10 + 6 + 2
	if len(keys) != want {
		t.Errorf("%d distinct keys, want %d: %v", len(keys), want, keys)
	}
}

// TestExamplesParse keeps the examples shown in errors honest.
func TestExamplesParse(t *testing.T) {
	for _, ex := range Examples() {
		if _, err := Parse(ex); err != nil {
			t.Errorf("example %q does not parse: %v", ex, err)
		}
	}
	for _, ex := range LevelExamples() {
		if _, err := ParseLevel(ex); err != nil {
			t.Errorf("level example %q does not parse: %v", ex, err)
		}
	}
	for _, ex := range RangeExamples() {
		if _, err := ParseRange(ex); err != nil {
			t.Errorf("range example %q does not parse: %v", ex, err)
		}
	}
}

// TestErrorsGiveTheirCallsExamples: a level that does not read is answered
// with levels, a diagnosis with diagnoses.
func TestErrorsGiveTheirCallsExamples(t *testing.T) {
	_, err := ParseLevel("T13")
	if err == nil || !strings.Contains(err.Error(), "try: T10, C2") || strings.Contains(err.Error(), "ERS") {
		t.Errorf("ParseLevel(T13): %v", err)
	}
	_, err = ParseRange("T8-T3")
	if err == nil || !strings.Contains(err.Error(), "T3-T8") {
		t.Errorf("ParseRange(T8-T3): %v", err)
	}
	_, err = Parse("T13 ERS(L)")
	if err == nil || !strings.Contains(err.Error(), "try: T4 ERS(L)") {
		t.Errorf("Parse(T13 ERS(L)): %v", err)
	}
}

func ExampleParse() {
	d, _ := Parse("T4 ERlSl")
	e := Explain(d)
	fmt.Println(d)
	fmt.Println(e.Summary)
	fmt.Println("free:", e.Free)
	fmt.Println("direct barrier:", e.DirectBarrier)
	fmt.Println("Fryette type:", e.Mechanics.FryetteType())
	// Output:
	// T4 ERS(L)
	// T4 is extended, rotated left and side-bent left relative to T5.
	// free: [extension rotation left side-bending left]
	// direct barrier: [flexion rotation right side-bending right]
	// Fryette type: 2
}
