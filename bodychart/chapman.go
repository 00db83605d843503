package bodychart

import (
	"slices"
	"strconv"

	"github.com/omt-reference/omt/techniques"
)

// chapmanPoint places an organ's Chapman points: the anterior ones on the
// front view, the posterior ones on the back, each from the landmark its
// row's text names (quoted beside it) and on the side the text gives
// ("Right side, ..."); a point whose text gives no side is on both. A row
// with no posterior text has no spot on the back.
func chapmanPoint(r techniques.ChapmanPoint, table map[string][2][]Spot) (Point, bool) {
	p := Point{ID: PointID(MapChapman, r.ID), Map: MapChapman, Row: r.ID, Name: r.Organ}
	spots, ok := table[r.ID]
	p.Spots = slices.Concat(spots[0], spots[1])
	return p, ok
}

// ics is the middle of an anterior intercostal space: the space below rib n.
func ics(n int) []Weight {
	return mix("rib-"+strconv.Itoa(n)+"-front", "rib-"+strconv.Itoa(n+1)+"-front", 0.5)
}

// midwaySPTP is midway between the spinous and transverse processes of a
// level, or of two levels ("between T5 and T6").
func midwaySPTP(levels ...string) []Weight {
	var out []Weight
	w := 1 / float64(2*len(levels))
	for _, l := range levels {
		out = append(out, Weight{"spinous-" + l, w}, Weight{"tp-" + l, w})
	}
	return out
}

// chapmanTable lists each row's anterior and posterior spots, by row id.
func chapmanTable() map[string][2][]Spot {
	f := func(sides []Side, near []Weight, dx, dy float64) Spot {
		return Spot{View: Front, Near: near, DX: dx, DY: dy, Sides: sides}
	}
	b := func(sides []Side, near []Weight, dx, dy float64) Spot {
		return Spot{View: Back, Near: near, DX: dx, DY: dy, Sides: sides}
	}
	right, left := []Side{Right}, []Side{Left}
	// The iliotibial band, from the greater trochanter to just above the knee.
	band := func(dx float64) Spot {
		return Spot{View: Front, Near: at("greater-trochanter"), DX: dx, DY: cm(3), To: at("knee-lateral"), ToDY: -cm(5), Sides: both()}
	}
	return map[string][2][]Spot{
		// just above the clavicle where it crosses the first rib; the C1 articular pillar
		"chapman-ear": {[]Spot{f(both(), at("clavicle-rib1"), 0, -cm(0.5))}, []Spot{b(both(), at("pillar-C1"), 0, 0)}},
		// over the upper humerus; just behind the mastoid process
		"chapman-eye": {[]Spot{f(both(), at("humerus-neck"), 0, 0)}, []Spot{b(both(), at("mastoid"), -cm(0.5), cm(0.5))}},
		// on the first and second ribs close to the clavicle; the C2 articular pillar
		"chapman-sinuses": {[]Spot{f(both(), mix("rib-1-front", "rib-2-front", 0.5), cm(3), 0)}, []Spot{b(both(), at("pillar-C2"), 0, 0)}},
		// on the first rib below the sternoclavicular joint, an inch from the sternum; the C2 pillar
		"chapman-pharynx": {[]Spot{f(both(), at("rib-1-front"), cm(2.5), 0)}, []Spot{b(both(), at("pillar-C2"), 0, cm(0.5))}},
		// in the first intercostal space; at C1
		"chapman-tonsils": {[]Spot{f(both(), ics(1), cm(1.5), 0)}, []Spot{b(both(), at("pillar-C1"), -cm(0.5), 0)}},
		// in the second intercostal space; at T2, midway between the spinous and transverse processes
		"chapman-bronchi": {[]Spot{f(both(), ics(2), cm(3), 0)}, []Spot{b(both(), midwaySPTP("T2"), 0, 0)}},
		// in the second intercostal space at the sternum; between T2 and T3
		"chapman-heart": {[]Spot{f(both(), ics(2), cm(0.5), 0)}, []Spot{b(both(), midwaySPTP("T2", "T3"), 0, 0)}},
		// in the third intercostal space next to the sternum; between T3 and T4
		"chapman-lung-upper": {[]Spot{f(both(), ics(3), cm(1), 0)}, []Spot{b(both(), midwaySPTP("T3", "T4"), 0, 0)}},
		// in the fourth intercostal space next to the sternum; near the T4 transverse process
		"chapman-lung-lower": {[]Spot{f(both(), ics(4), cm(1), 0)}, []Spot{b(both(), at("tp-T4"), 0, 0)}},
		// in the second intercostal space at the sternum; at T2
		"chapman-oesophagus": {[]Spot{f(both(), ics(2), cm(0.5), 0)}, []Spot{b(both(), midwaySPTP("T2"), 0, 0)}},
		// left, fifth intercostal space; left, between T5 and T6
		"chapman-stomach-acidity": {[]Spot{f(left, ics(5), cm(1.5), 0)}, []Spot{b(left, midwaySPTP("T5", "T6"), 0, 0)}},
		// left, sixth intercostal space; left, between T6 and T7
		"chapman-stomach-peristalsis": {[]Spot{f(left, ics(6), cm(1.5), 0)}, []Spot{b(left, midwaySPTP("T6", "T7"), 0, 0)}},
		// right, fifth to seventh intercostal spaces; right, between T5 and T7
		"chapman-liver": {[]Spot{f(right, ics(5), cm(1.5), 0), f(right, ics(6), cm(1.5), 0), f(right, ics(7), cm(1.5), 0)}, []Spot{b(right, midwaySPTP("T5", "T6"), 0, 0), b(right, midwaySPTP("T6", "T7"), 0, 0)}},
		// right, the space between ribs 5 and 6, toward its sternal end; no posterior point
		"chapman-gallbladder": {[]Spot{f(right, ics(5), cm(0.5), 0)}, nil},
		// right, seventh to eighth intercostal spaces; right, between T7 and T8
		"chapman-pancreas": {[]Spot{f(right, ics(7), cm(1.5), 0), f(right, ics(8), cm(1.5), 0)}, []Spot{b(right, midwaySPTP("T7", "T8"), 0, 0)}},
		// left, seventh intercostal space; left, between T7 and T8
		"chapman-spleen": {[]Spot{f(left, ics(7), cm(1.5), 0)}, []Spot{b(left, midwaySPTP("T7", "T8"), 0, 0)}},
		// an inch above and an inch lateral to the umbilicus; between T12 and L1
		"chapman-kidney": {[]Spot{f(both(), at("umbilicus"), cm(2.5), -cm(2.5))}, []Spot{b(both(), midwaySPTP("T12", "L1"), 0, 0)}},
		// two inches above and an inch lateral to the umbilicus; between T11 and T12
		"chapman-adrenal": {[]Spot{f(both(), at("umbilicus"), cm(2.5), -cm(5))}, []Spot{b(both(), midwaySPTP("T11", "T12"), 0, 0)}},
		// at the tip of the right 12th rib; at the transverse process of T11
		"chapman-appendix": {[]Spot{f(right, at("rib-12-front"), -cm(1), 0)}, []Spot{b(both(), at("tp-T11"), 0, 0)}},
		// the spaces between ribs 8 and 9, 9 and 10, 10 and 11
		"chapman-small-intestine": {[]Spot{f(both(), ics(8), 0, 0), f(both(), ics(9), 0, 0), f(both(), ics(10), -cm(1), 0)}, nil},
		// along the iliotibial band of both thighs
		"chapman-colon-ascending": {[]Spot{band(-cm(1))}, nil},
		// along the iliotibial band of both thighs
		"chapman-colon-transverse-proximal": {[]Spot{band(-cm(1))}, nil},
		// along the iliotibial band of both thighs
		"chapman-colon-transverse-distal": {[]Spot{band(-cm(1))}, nil},
		// along the iliotibial band of both thighs
		"chapman-colon-descending": {[]Spot{band(-cm(1))}, nil},
		// along the iliotibial band of both thighs
		"chapman-colon-sigmoid": {[]Spot{band(-cm(1))}, nil},
		// around the umbilicus; at the L2 transverse process
		"chapman-bladder": {[]Spot{{View: Front, Near: at("umbilicus"), Sides: []Side{Midline}}}, []Spot{b(both(), at("tp-L2"), 0, 0)}},
		// on the upper edge of the superior pubic ramus, about 2 cm from the symphysis
		"chapman-urethra": {[]Spot{f(both(), at("pubic-symphysis"), cm(2), -cm(1))}, nil},
		// along the posterior edge of the iliotibial band; the sacral base, both sides
		"chapman-prostate": {[]Spot{band(0)}, []Spot{b(both(), at("sacral-base"), 0, 0)}},
	}
}
