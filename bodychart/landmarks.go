package bodychart

import (
	"strconv"

	"github.com/omt-reference/omt/notation"
)

// Landmark is a surface landmark in the body frame: a bony point a student
// palpates, at the level the anatomy texts give it. Every place on a chart
// is a landmark, or a weighted mix of landmarks, plus a short offset
// (points.go), so that a point sits where its sources put it rather than
// where it looked right.
type Landmark struct {
	ID   string
	Name string
	// Terms are the words a catalogue location names it by ("ASIS",
	// "anterior superior iliac spine"); the tests read a point's location
	// for them to check that the point is anchored where its row says.
	Terms []string
	View  View
	// Pos is the landmark's place; X is its distance from the midline, on
	// both sides when Paired.
	Pos    Pos
	Paired bool
	// Level is the vertebral level its sources give ("T2/3", "L4"), or ""
	// for a landmark placed by the figure's own proportions (a joint of a
	// limb, the inion).
	Level string
	// Source says where the level comes from: the anatomy texts of
	// /work/research21.md section 4, by author, or "figure" for a place the
	// drawing itself fixes.
	Source string
}

// Horizontal distances from the midline, in centimetres of the reference
// adult, for the lines a location names.
const (
	xSternalEdge     = 2 / stature   // the edge of the sternum
	xTransverse      = 4.5 / stature // the tip of a transverse process
	xRibAngle        = 6 / stature   // a rib's angle: "about 6 cm from the midline" (the PR rows)
	xAnteriorAxilla  = 15 / stature  // the anterior axillary line
	xMidclavicular   = 9.5 / stature // the nipple line of the male chest
	xNeckTransverse  = 4 / stature   // the tips of the cervical transverse processes, at the side of the neck
	xArticularPillar = 2.5 / stature // the back of a cervical articular pillar
)

// landmarkTable lists every landmark, front then back. Levels come from the
// anatomy texts (research21.md section 4); where they disagree, the
// majority value is used and the range is noted.
func landmarkTable(j joints) []Landmark {
	jugular := between(notation.T(2), notation.T(3))
	sternalAngle := between(notation.T(4), notation.T(5))
	xiphisternal := levelY(notation.T(9))
	transpyloric := levelY(notation.L(1))
	symphysis := 2*transpyloric - jugular
	asis := levelY(notation.S(2))
	out := []Landmark{
		{ID: "jugular-notch", Name: "jugular (suprasternal) notch", Terms: []string{"suprasternal", "sternal notch", "jugular notch"},
			View: Front, Pos: Pos{0, jugular}, Level: "T2/3", Source: "Gray's 1918; Duke; Ellis p.3; Rawling; Chung ch.2"},
		{ID: "sternal-angle", Name: "sternal angle (of Louis)", Terms: []string{"manubriosternal", "angle of Louis", "sternal angle"},
			View: Front, Pos: Pos{0, sternalAngle}, Level: "T4/5", Source: "Chung ch.2; Ellis p.3; Rawling; Netter (Gray's 1918 says T5)"},
		{ID: "xiphisternal", Name: "xiphisternal joint", Terms: []string{"xiphisternal"},
			View: Front, Pos: Pos{0, xiphisternal}, Level: "T9", Source: "Ellis; Chung (T9/10 in Gray's and Rawling, T10 in Netter and Dartmouth)"},
		{ID: "xiphoid-tip", Name: "tip of the xiphoid process", Terms: []string{"xiphoid"},
			View: Front, Pos: Pos{0, xiphisternal + cm(4)}, Source: "figure: the xiphoid drawn 4 cm long below the xiphisternal joint"},
		{ID: "transpyloric", Name: "transpyloric plane", Terms: []string{"transpyloric"},
			View: Front, Pos: Pos{0, transpyloric}, Level: "L1", Source: "Ellis p.55; Dartmouth fig. 25-1"},
		{ID: "umbilicus", Name: "umbilicus", Terms: []string{"umbilicus"},
			View: Front, Pos: Pos{0, between(notation.L(3), notation.L(4))}, Level: "L3/4", Source: "Rawling; Gray's 1918 (range L3-L5)"},
		{ID: "pubic-symphysis", Name: "pubic symphysis", Terms: []string{"symphysis", "pubic"},
			View: Front, Pos: Pos{0, symphysis}, Level: "twice as far below the jugular notch as L1",
			Source: "Ellis p.55: the transpyloric plane (L1) lies halfway between the jugular notch and the pubic symphysis"},
		{ID: "pubic-tubercle", Name: "pubic tubercle", Terms: []string{"pubic"}, View: Front, Paired: true,
			Pos: Pos{cm(2.5), symphysis - cm(1)}, Source: "figure: beside the symphysis (Ellis p.55; Rawling find it by the adductor longus)"},
		{ID: "asis", Name: "anterior superior iliac spine (ASIS)", Terms: []string{"ASIS", "anterior superior iliac spine"},
			View: Front, Paired: true, Pos: Pos{cm(12), asis}, Level: "S2", Source: "Dartmouth; Ellis p.55"},
		{ID: "aiis", Name: "anterior inferior iliac spine (AIIS)", Terms: []string{"AIIS", "anterior inferior iliac spine"},
			View: Front, Paired: true, Pos: Pos{cm(11), asis + cm(4)}, Source: "figure: 4 cm below and medial to the ASIS"},
		{ID: "iliac-crest-front", Name: "iliac crest at the midaxillary line", Terms: []string{"iliac crest", "midaxillary"},
			View: Front, Paired: true, Pos: Pos{cm(15.5), levelY(notation.L(4))}, Level: "L4", Source: "Netter; Dartmouth; Duke; Ellis p.55 (the crests' highest points)"},
		{ID: "clavicle-medial", Name: "medial end of the clavicle", Terms: []string{"clavicle", "sternoclavicular"},
			View: Front, Paired: true, Pos: Pos{cm(2.5), jugular}, Level: "T2/3", Source: "Gray's 1918: the jugular notch lies between the medial ends of the clavicles"},
		{ID: "clavicle-rib1", Name: "the clavicle where it crosses the first rib", Terms: []string{"clavicle", "first rib"},
			View: Front, Paired: true, Pos: Pos{cm(6), jugular - cm(0.5)}, Source: "figure: the clavicle's medial third"},
		{ID: "nipple", Name: "nipple (male)", Terms: []string{"nipple"}, View: Front, Paired: true,
			Pos: Pos{xMidclavicular, (frontRibY(4) + frontRibY(5)) / 2}, Level: "4th intercostal space, 9-10 cm from the midline", Source: "Gray's 1918 §6"},
	}
	out = append(out, frontRibs()...)
	out = append(out, neckLandmarks()...)
	out = append(out, backLandmarks(j)...)
	out = append(out, spinousProcesses()...)
	return append(out, limbLandmarks(j)...)
}

// frontRibY is the height of a rib's costal cartilage where it meets the
// sternum or the costal margin: rib 2 at the sternal angle (Chung; Ellis;
// Rawling), rib 7 at the xiphisternal joint where the costal margin
// begins (Chung; Ellis p.55: the margin is cartilages 7-10), the tip of the
// 9th cartilage at the transpyloric plane, L1 (Chung; Ellis p.55), rib 10
// lowest, at the subcostal plane, L3 (Ellis; Rawling; L2 in another text).
// Ribs between are spaced evenly; rib 1 lies under the clavicle, halfway
// between the jugular notch and the sternal angle. Ribs 11 and 12 end in the
// flank, at L2 and L3 (Holden and egofelix put the 12th's tip near L1-L2;
// its exact level is unverified).
func frontRibY(n int) float64 {
	jugular := between(notation.T(2), notation.T(3))
	angle := between(notation.T(4), notation.T(5))
	xiphi := levelY(notation.T(9))
	l1, l3 := levelY(notation.L(1)), levelY(notation.L(3))
	switch {
	case n <= 1:
		return (jugular + angle) / 2
	case n <= 7:
		return angle + float64(n-2)*(xiphi-angle)/5
	case n <= 9:
		return xiphi + float64(n-7)*(l1-xiphi)/2
	case n == 10:
		return l3
	case n == 11:
		return levelY(notation.L(2))
	}
	return between(notation.L(2), notation.L(3))
}

// frontRibX is where a rib's cartilage meets the sternum, or for ribs 8 to
// 12 the costal margin and the flank.
func frontRibX(n int) float64 {
	switch {
	case n <= 7:
		return xSternalEdge
	case n == 8:
		return cm(6)
	case n == 9:
		return cm(9.5)
	case n == 10:
		return cm(13.5)
	}
	return cm(14.5)
}

// frontRibs are the ribs' anterior ends, "rib-N-front", and for ribs 3 to 6
// their place on the anterior axillary line, "rib-N-axilla".
func frontRibs() []Landmark {
	var out []Landmark
	for n := 1; n <= 12; n++ {
		num := strconv.Itoa(n)
		out = append(out, Landmark{ID: "rib-" + num + "-front", Name: "costal cartilage of rib " + num, Terms: ribTerms(n),
			View: Front, Paired: true, Pos: Pos{frontRibX(n), frontRibY(n)}, Level: "rib " + num,
			Source: "spaced between the sternal angle (rib 2), the xiphisternal joint (rib 7), the transpyloric plane (9th cartilage) and the subcostal plane (rib 10): Chung; Ellis; Rawling"})
		if n >= 3 && n <= 6 {
			out = append(out, Landmark{ID: "rib-" + num + "-axilla", Name: "rib " + num + " at the anterior axillary line",
				Terms: []string{"rib " + num, "anterior axillary line"}, View: Front, Paired: true,
				Pos: Pos{xAnteriorAxilla, frontRibY(n)}, Level: "rib " + num, Source: "drawn level with its cartilage's sternal end"})
		}
	}
	return out
}

// neckLandmarks are the head's and neck's: the cervical transverse
// processes at the side of the neck (front), the articular pillars (back),
// the mastoid, the inion and the mandible.
func neckLandmarks() []Landmark {
	out := []Landmark{
		{ID: "inion", Name: "inion (external occipital protuberance)", Terms: []string{"inion", "external occipital protuberance"},
			View: Back, Pos: Pos{0, yC1 - cm(4)}, Source: "figure: on the back of the head above C1"},
		{ID: "mastoid", Name: "mastoid process", Terms: []string{"mastoid"}, View: Back, Paired: true,
			Pos: Pos{cm(5.5), yC1}, Level: "C1", Source: "the catalogue's AC1: the C1 transverse process lies at the mastoid's tip"},
		{ID: "mandible-ramus", Name: "ascending ramus of the mandible", Terms: []string{"ramus of the mandible", "mandible"},
			View: Front, Paired: true, Pos: Pos{cm(5), yC1}, Level: "C1", Source: "figure: its back edge beside the C1 transverse process"},
	}
	for n := 1; n <= 7; n++ {
		l := notation.C(n)
		out = append(out,
			Landmark{ID: "tp-" + l.String() + "-front", Name: l.String() + " transverse process", Terms: []string{l.String() + " transverse process", l.String()},
				View: Front, Paired: true, Pos: Pos{xNeckTransverse, levelY(l)}, Level: l.String(), Source: "the spine's scale (frame.go)"},
			Landmark{ID: "pillar-" + l.String(), Name: l.String() + " articular pillar", Terms: []string{l.String() + " articular pillar", "articular pillar", l.String()},
				View: Back, Paired: true, Pos: Pos{xArticularPillar, levelY(l)}, Level: l.String(), Source: "the spine's scale (frame.go)"})
	}
	return out
}

// backLandmarks are the scapulae, the iliac crests, the PSIS and the sacrum,
// from research21.md section 4.1, and the posterior ribs.
func backLandmarks(j joints) []Landmark {
	out := []Landmark{
		{ID: "vertebra-prominens", Name: "vertebra prominens", Terms: []string{"vertebra prominens"}, View: Back,
			Pos: Pos{0, levelY(notation.C(7))}, Level: "C7", Source: "Netter plate 149; sharinginhealth.ca (T1 may be more prominent)"},
		{ID: "scapula-superior-angle", Name: "superior angle of the scapula", Terms: []string{"superior angle of the scapula"}, View: Back,
			Paired: true, Pos: Pos{cm(7.5), levelY(notation.T(2))}, Level: "T2", Source: "Netter; Ellis p.3"},
		{ID: "scapular-spine-root", Name: "root of the spine of the scapula", Terms: []string{"spine of the scapula"}, View: Back,
			Paired: true, Pos: Pos{cm(7), levelY(notation.T(3))}, Level: "T3", Source: "Netter; Ellis; Dartmouth"},
		{ID: "scapula-inferior-angle", Name: "inferior angle of the scapula", Terms: []string{"inferior angle"}, View: Back,
			Paired: true, Pos: Pos{cm(9), levelY(notation.T(7))}, Level: "T7", Source: "Netter; Dartmouth; egofelix (T8 in Ellis)"},
		{ID: "acromion-back", Name: "acromion", Terms: []string{"acromioclavicular", "acromion"}, View: Back,
			Paired: true, Pos: j.shoulderTip, Source: "figure: the point of the shoulder"},
		{ID: "iliac-crest", Name: "highest point of the iliac crest", Terms: []string{"iliac crest"}, View: Back,
			Paired: true, Pos: Pos{cm(13), levelY(notation.L(4))}, Level: "L4", Source: "Netter; Dartmouth; Duke; Ellis p.55"},
		{ID: "psis", Name: "posterior superior iliac spine (PSIS)", Terms: []string{"PSIS", "posterior superior iliac spine"}, View: Back,
			Paired: true, Pos: Pos{cm(4.5), levelY(notation.S(2))}, Level: "S2", Source: "Netter; Dartmouth; egofelix; Rawling"},
		{ID: "sacral-base", Name: "base of the sacrum", Terms: []string{"sacral base", "sacrum"}, View: Back,
			Paired: true, Pos: Pos{cm(2.5), levelY(notation.S(1))}, Level: "S1", Source: "the spine's scale (frame.go)"},
		{ID: "ila", Name: "inferior lateral angle of the sacrum (ILA)", Terms: []string{"ILA", "inferior lateral angle"}, View: Back,
			Paired: true, Pos: Pos{cm(3.5), levelY(notation.S(5))}, Level: "S5", Source: "the spine's scale (frame.go)"},
	}
	for n := 1; n <= 12; n++ {
		num := strconv.Itoa(n)
		x := xRibAngle
		if n == 1 {
			x = cm(5) // rib 1 turns forward close to the spine
		}
		out = append(out, Landmark{ID: "rib-" + num + "-back", Name: "angle of rib " + num, Terms: ribTerms(n),
			View: Back, Paired: true, Pos: Pos{x, levelY(notation.T(n))}, Level: "T" + num,
			Source: "rib " + num + " meets the T" + num + " transverse process; its angle about 6 cm from the midline (the catalogue's PR rows)"})
	}
	return out
}

// spinousProcesses are the level landmarks of the back, C2 to S2:
// "spinous-T4" and a transverse process beside each thoracic and lumbar one.
func spinousProcesses() []Landmark {
	var out []Landmark
	for l := notation.C(2); ; {
		out = append(out, Landmark{ID: "spinous-" + l.String(), Name: l.String() + " spinous process", Terms: []string{l.String() + " spinous process", l.String()},
			View: Back, Pos: Pos{0, levelY(l)}, Level: l.String(), Source: "the spine's scale (frame.go)"})
		if l.Region == notation.Thoracic || l.Region == notation.Lumbar {
			out = append(out, Landmark{ID: "tp-" + l.String(), Name: l.String() + " transverse process", Terms: []string{l.String() + " transverse process", l.String()},
				View: Back, Paired: true, Pos: Pos{xTransverse, levelY(l)}, Level: l.String(), Source: "the spine's scale (frame.go)"})
		}
		if l == notation.S(2) {
			return out
		}
		l, _ = l.Next()
	}
}

// ribTerms are the ways a location names rib n: "rib 5", "ribs 5 and 6",
// "the fifth intercostal space", "the 12th rib", "(between ribs 8 and 9),
// 9 and 10".
func ribTerms(n int) []string {
	ordinals := []string{"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth"}
	num := strconv.Itoa(n)
	suffix := "th"
	switch n {
	case 1:
		suffix = "st"
	case 2:
		suffix = "nd"
	case 3:
		suffix = "rd"
	}
	return []string{"rib " + num, "ribs " + num, ordinals[n-1], num + suffix, num + " and", "and " + num}
}
