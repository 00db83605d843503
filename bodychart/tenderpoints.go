package bodychart

import (
	"maps"
	"strconv"
	"strings"

	"github.com/omt-reference/omt/notation"
	"github.com/omt-reference/omt/techniques"
)

// viewOf is the view a surface is drawn on: posterior points on the back;
// anterior ones, and the lateral and medial points of the limbs and
// trunk, on the front, whose edges show the body's sides.
func viewOf(surface string) View {
	if surface == "posterior" {
		return Back
	}
	return Front
}

// tenderPoint places a counterstrain tender point. The serial points (AC2
// to AC6, PC3 to PC7, AT3 to AT6, PT1 to PT12, LAT, AR3 to AR6, PR2 to
// PR6, PL1 to PL5) follow from their region, surface and level, each
// checked against the landmark its location names; the others are placed
// one by one from their locations (tenderTable). Every tender point is
// found on both sides, except the few that lie on the midline.
func tenderPoint(r techniques.TenderPoint, table map[string][]Spot) (Point, bool) {
	p := Point{ID: PointID(MapTenderPoints, r.ID), Map: MapTenderPoints, Row: r.ID, Name: r.Name}
	if spots, ok := table[r.ID]; ok {
		p.Spots = spots
		return p, true
	}
	lvl, err := notation.ParseLevel(r.Level)
	if err != nil {
		return p, false
	}
	loc := strings.ToLower(r.Location)
	v, n, l := viewOf(r.Surface), lvl.Number, lvl.String()
	spot := func(near []Weight, dx, dy float64) Spot {
		return Spot{View: v, Near: near, DX: dx, DY: dy, Sides: both()}
	}
	switch key := r.Region + "/" + r.Surface; {
	case key == "cervical/anterior" && strings.Contains(loc, "transverse process"):
		// "on the anterolateral tip of the CN transverse process at the side of the neck"
		p.Spots = []Spot{spot(at("tp-"+l+"-front"), 0, 0)}
	case key == "cervical/posterior" && strings.Contains(loc, "articular pillar") && n >= 3:
		// "Lateral point: on the back of the CN articular pillar. Midline
		// point: on the underside of the C(N-1) spinous process."
		above := "spinous-C" + strconv.Itoa(n-1)
		p.Spots = []Spot{spot(at("pillar-"+l), 0, 0), {View: v, Near: at(above), DY: cm(0.7), Sides: []Side{Midline}}}
	case key == "thoracic/posterior" && strings.Contains(loc, "transverse process"):
		// "at the tip of the TN transverse process"
		p.Spots = []Spot{spot(at("tp-"+l), 0, 0)}
	case key == "thoracic/anterior" && strings.Contains(loc, "costal cartilage of rib"):
		// "on the sternum at the level of the costal cartilage of rib N, in
		// the midline or just beside it"
		p.Spots = []Spot{spot(at("rib-"+strconv.Itoa(n)+"-front"), -cm(1.2), 0)}
	case key == "thoracic/lateral" && strings.Contains(loc, "costal cartilage of rib"):
		// "on the costal cartilage of rib N", out from the sternum
		p.Spots = []Spot{spot(at("rib-"+strconv.Itoa(n)+"-front"), cm(3.5), 0)}
	case key == "rib/anterior" && strings.Contains(loc, "anterior axillary line"):
		// "on rib N at the anterior axillary line"
		p.Spots = []Spot{spot(at("rib-"+strconv.Itoa(n)+"-axilla"), 0, 0)}
	case key == "rib/posterior" && strings.Contains(loc, "angle of rib"):
		// "on the upper edge of the angle of rib N ... about 6 cm from the midline"
		p.Spots = []Spot{spot(at("rib-"+strconv.Itoa(n)+"-back"), 0, -cm(0.5))}
	case key == "lumbar/posterior" && strings.Contains(loc, "spinous process"):
		// "on the LN spinous process, on its transverse process, or between the two"
		p.Spots = []Spot{spot(mix("spinous-"+l, "tp-"+l, 0.5), 0, 0)}
	default:
		return p, false
	}
	return p, true
}

// tenderTable places the tender points that are not one of a series,
// each from the landmark its location names (quoted above it), by row id.
func tenderTable() map[string][]Spot {
	table := neckAndTrunkSpots()
	maps.Copy(table, pelvisSpots())
	maps.Copy(table, upperLimbSpots())
	maps.Copy(table, lowerLimbSpots())
	return table
}

// neckAndTrunkSpots are the neck's and the trunk's single points.
func neckAndTrunkSpots() map[string][]Spot {
	front := func(near []Weight, dx, dy float64) []Spot {
		return []Spot{{View: Front, Near: near, DX: dx, DY: dy, Sides: both()}}
	}
	back := func(near []Weight, dx, dy float64) []Spot {
		return []Spot{{View: Back, Near: near, DX: dx, DY: dy, Sides: both()}}
	}
	midline := func(v View, near []Weight, dy float64) Spot {
		return Spot{View: v, Near: near, DY: dy, Sides: []Side{Midline}}
	}
	return map[string][]Spot{
		// on the back edge of the ascending ramus of the mandible, by the C1 transverse process
		"ac1": front(at("mandible-ramus"), 0, 0),
		// on the upper surface of the medial clavicle, the clavicular head of sternocleidomastoid
		"ac7": front(mix("clavicle-medial", "clavicle-rib1", 0.3), 0, -cm(0.8)),
		// at the medial end of the clavicle, beside the sternal notch
		"ac8": front(at("clavicle-medial"), -cm(0.8), 0),
		// in the midline at the inion
		"pc1-inion": []Spot{midline(Back, at("inion"), 0)},
		// on the occiput, midway between the inion and the mastoid process
		"pc1-lateral": back(mix("inion", "mastoid", 0.5), 0, 0),
		// on the upper surface of the C2 spinous process; and on the occiput, midway between the inion and PC1 lateral
		"pc2": append([]Spot{midline(Back, at("spinous-C2"), -cm(0.5))}, back(mix("inion", "mastoid", 0.25), 0, 0)...),
		// on the underside of the C7 spinous process
		"pc8": []Spot{midline(Back, at("spinous-C7"), cm(0.5))},

		// at the suprasternal notch, in the midline
		"at1": []Spot{midline(Front, at("jugular-notch"), 0)},
		// on the sternum at the manubriosternal junction (angle of Louis)
		"at2": []Spot{midline(Front, at("sternal-angle"), 0)},
		// beside the midline at the lower tip of the xiphoid process
		"at7": front(at("xiphoid-tip"), cm(1.5), 0),
		// within rectus abdominis, halfway between the xiphoid tip and the umbilicus
		"at8": front(mix("xiphoid-tip", "umbilicus", 0.5), cm(2.5), 0),
		// just above the umbilicus, three quarters of the way from the xiphoid tip
		"at9": front(mix("xiphoid-tip", "umbilicus", 0.75), cm(2.5), 0),
		// below the umbilicus, a quarter of the way to the pubic symphysis
		"at10": front(mix("umbilicus", "pubic-symphysis", 0.25), cm(2.5), 0),
		// below the umbilicus, halfway to the pubic symphysis
		"at11": front(mix("umbilicus", "pubic-symphysis", 0.5), cm(2.5), 0),
		// on the inner upper surface of the iliac crest at the midaxillary line
		"at12": front(at("iliac-crest-front"), -cm(1), cm(0.5)),
		// just below the clavicle on rib 1, beside the manubrium
		"ar1": front(at("rib-1-front"), cm(1), 0),
		// on rib 2 about 4 cm lateral to the sternum
		"ar2": front(at("rib-2-front"), cm(4), 0),
		// on the posterior upper surface of rib 1, lateral to the costotransverse joint
		"pr1": back(at("rib-1-back"), 0, -cm(0.5)),
	}
}

// pelvisSpots are the pelvis's and the lower back's single points.
func pelvisSpots() map[string][]Spot {
	front := func(near []Weight, dx, dy float64) []Spot {
		return []Spot{{View: Front, Near: near, DX: dx, DY: dy, Sides: both()}}
	}
	back := func(near []Weight, dx, dy float64) []Spot {
		return []Spot{{View: Back, Near: near, DX: dx, DY: dy, Sides: both()}}
	}
	return map[string][]Spot{
		// just medial to the ASIS
		"al1": front(at("asis"), -cm(2), 0),
		// just medial to the AIIS
		"al2": front(at("aiis"), -cm(1.5), 0),
		// just lateral to the AIIS
		"al3": front(at("aiis"), cm(1.5), 0),
		// just below the AIIS
		"al4": front(at("aiis"), 0, cm(2)),
		// on the pubic ramus just lateral to the symphysis
		"al5": front(at("pubic-tubercle"), 0, 0),
		// in the iliac fossa a third of the way from the ASIS toward the midline
		"iliacus": front(at("asis"), -cm(4), cm(1)),
		// above and medial to the PSIS, between the PSIS and the L5 spinous process
		"upl5": back(mix("psis", "spinous-L5", 0.6), 0, 0),
		// just below the PSIS
		"lpl5": back(at("psis"), 0, cm(2)),
		// about 2-3 cm lateral to the PSIS
		"high-ilium-sacroiliac": back(at("psis"), cm(2.5), 0),
		// halve the line from the PSIS to the ILA, then halve the distance to the greater trochanter
		"piriformis": back([]Weight{{"psis", 0.25}, {"ila", 0.25}, {"greater-trochanter-back", 0.5}}, 0, 0),
	}
}

// upperLimbSpots are the upper extremity's points, on the arm and the
// shoulder girdle.
func upperLimbSpots() map[string][]Spot {
	front := func(near []Weight, dx, dy float64) []Spot {
		return []Spot{{View: Front, Near: near, DX: dx, DY: dy, Sides: both()}}
	}
	back := func(near []Weight, dx, dy float64) []Spot {
		return []Spot{{View: Back, Near: near, DX: dx, DY: dy, Sides: both()}}
	}
	return map[string][]Spot{
		// just above the spine of the scapula, about midway along it
		"supraspinatus": back(mix("scapular-spine-root", "acromion-back", 0.5), 0, -cm(1.5)),
		// below the spine of the scapula toward its lateral end
		"infraspinatus": back(mix("scapular-spine-root", "acromion-back", 0.7), 0, cm(4)),
		// on the anterolateral border of the scapula, deep in the axilla
		"subscapularis": front(at("axilla"), 0, 0),
		// over the long head's tendon in the bicipital groove
		"biceps-long-head": front(at("bicipital-groove"), 0, 0),
		// just below and lateral to the coracoid process
		"biceps-short-head": front(at("coracoid"), cm(1), cm(2)),
		// at the superior angle of the scapula
		"levator-scapulae": back(at("scapula-superior-angle"), 0, 0),
		// just medial to the tip of the clavicle, over the front of the acromioclavicular joint
		"anterior-ac": front(at("acromioclavicular"), -cm(1), 0),
		// over the back of the acromioclavicular joint
		"posterior-ac": back(at("acromioclavicular-back"), 0, 0),
		// on the anterolateral radial head
		"radial-head-lateral": front(at("lateral-epicondyle"), 0, cm(2)),
		// just below the medial epicondyle
		"medial-epicondyle": front(at("medial-epicondyle"), 0, cm(1.5)),
		// on the back of the wrist at the base of the second metacarpal (the thumb's side)
		"dorsal-wrist-ecr": back(at("wrist-back"), cm(1), cm(2)),
		// on the back of the wrist at the base of the fifth metacarpal
		"dorsal-wrist-ecu": back(at("wrist-back"), -cm(1), cm(2)),
		// on the palm side at the bases of the second and third metacarpals
		"palmar-wrist-fcr": front(at("wrist-front"), cm(0.5), cm(2)),
		// on the palm side at the pisiform
		"palmar-wrist-fcu": front(at("wrist-front"), -cm(1.2), cm(1)),
	}
}

// lowerLimbSpots are the lower extremity's points, on the hip and the leg.
func lowerLimbSpots() map[string][]Spot {
	front := func(near []Weight, dx, dy float64) []Spot {
		return []Spot{{View: Front, Near: near, DX: dx, DY: dy, Sides: both()}}
	}
	back := func(near []Weight, dx, dy float64) []Spot {
		return []Spot{{View: Back, Near: near, DX: dx, DY: dy, Sides: both()}}
	}
	return map[string][]Spot{
		// below the iliac crest in the belly of tensor fasciae latae
		"tensor-fasciae-latae": front(at("iliac-crest-front"), -cm(1), cm(8)),
		// along the iliotibial band below the greater trochanter
		"iliotibial-band": front(at("greater-trochanter"), -cm(1), cm(6)),
		// in the back of the thigh medial to the midline, halfway down the femur
		"medial-hamstring": back(at("thigh-back"), -cm(2.5), 0),
		// in the back of the thigh lateral to the midline, halfway down the femur
		"lateral-hamstring": back(at("thigh-back"), cm(2.5), 0),
		// on the anteromedial joint line of the knee
		"medial-meniscus": front(at("knee-medial"), 0, 0),
		// on the lateral joint line of the knee
		"lateral-meniscus": front(at("knee-lateral"), 0, 0),
		// at the top of the popliteal fossa on the hamstring tendons, medially or laterally
		"acl": append(back(at("popliteal-fossa"), -cm(2.5), -cm(3)), back(at("popliteal-fossa"), cm(2.5), -cm(3))...),
		// in the centre of the popliteal fossa or just below it
		"pcl": back(at("popliteal-fossa"), 0, cm(1)),
		// in the belly of popliteus below the popliteal space
		"popliteus": back(at("popliteal-fossa"), -cm(0.8), cm(5)),
		// in the upper gastrocnemius just below the popliteal crease
		"gastrocnemius": back(at("popliteal-fossa"), cm(0.8), cm(3)),
		// in a small arc just below the medial malleolus
		"medial-ankle": front(at("medial-malleolus"), 0, cm(1.5)),
	}
}
