package bodychart

import (
	"fmt"
	"slices"
	"strings"

	"github.com/omt-reference/omt/techniques"
)

// The maps whose rows a chart places.
const (
	MapTenderPoints = "tender-points"
	MapChapman      = "chapman"
)

// PointID names a map row as a chart point: "tender-points/al3",
// "chapman/chapman-liver".
func PointID(mapID, row string) string { return mapID + "/" + row }

// Point is one map row placed on the body: a tender point, or an organ's
// pair of Chapman points (anterior spots on the front view, posterior ones
// on the back).
type Point struct {
	ID, Map, Row string
	// Name is the row's name ("AL3", or the organ's for a Chapman point).
	Name  string
	Spots []Spot
}

// Spot is one place of a point: a weighted mix of landmarks plus an offset,
// on one view, on the sides the row gives.
type Spot struct {
	View View
	// Near are the landmarks the spot is placed from, with weights that sum
	// to one: {"asis", 1} is at the ASIS; {"xiphoid-tip", .5},
	// {"umbilicus", .5} halfway between them.
	Near []Weight
	// DX moves the spot away from the midline (toward it when negative), DY
	// down (up when negative), in fractions of height.
	DX, DY float64
	// Sides are the patient's sides the spot is found on; Midline alone for
	// a spot on the midline.
	Sides []Side
	// To, for a spot that is a band rather than a point (the iliotibial
	// band's Chapman points), is where the band ends, placed as Near is,
	// with the same DX and its own ToDY.
	To   []Weight
	ToDY float64
}

// Weight is one landmark a spot is placed from and its share.
type Weight struct {
	Landmark string
	W        float64
}

// at is a spot at one landmark.
func at(id string) []Weight { return []Weight{{id, 1}} }

// mix is a spot a fraction of the way from one landmark to another.
func mix(from, to string, frac float64) []Weight {
	return []Weight{{from, 1 - frac}, {to, frac}}
}

// Place is where one spot of a point is drawn on one side.
type Place struct {
	View View
	Side Side
	Pos  Pos
	// End is where a band ends; it equals Pos for a point.
	End Pos
}

// both are the two sides of a paired spot.
func both() []Side { return []Side{Right, Left} }

// Chart is the catalogue's tender points and Chapman points placed on the
// body, with the landmarks they were placed from. It is immutable once made.
type Chart struct {
	landmarks map[string]Landmark
	order     []string // landmark ids in table order
	points    map[string]Point
	ids       []string // point ids in the maps' order
	fig       figure
}

// New places every tender point and Chapman point of the catalogue. A row
// the package has no placement for is left off the chart and reported in
// the error (the tests make that an error of the build); the rest of the
// chart is still usable.
func New(c *techniques.Catalog) (*Chart, error) {
	ch := &Chart{landmarks: map[string]Landmark{}, points: map[string]Point{}, fig: newFigure()}
	for _, l := range landmarkTable(ch.fig.j) {
		if _, dup := ch.landmarks[l.ID]; dup {
			panic("bodychart: landmark " + l.ID + " listed twice")
		}
		ch.landmarks[l.ID] = l
		ch.order = append(ch.order, l.ID)
	}
	var missing []string
	add := func(p Point, ok bool) {
		if !ok {
			missing = append(missing, p.ID)
			return
		}
		ch.points[p.ID] = p
		ch.ids = append(ch.ids, p.ID)
	}
	tender, chapman := tenderTable(), chapmanTable()
	for _, r := range c.Maps.TenderPoints.Rows {
		add(tenderPoint(r, tender))
	}
	for _, r := range c.Maps.Chapman.Rows {
		add(chapmanPoint(r, chapman))
	}
	var bad []string
	for _, id := range ch.ids {
		for _, s := range ch.points[id].Spots {
			for _, w := range append(slices.Clone(s.Near), s.To...) {
				if _, ok := ch.landmarks[w.Landmark]; !ok {
					bad = append(bad, id+" ("+w.Landmark+")")
				}
			}
		}
	}
	switch {
	case len(bad) > 0:
		return ch, fmt.Errorf("bodychart: points placed from unknown landmarks: %s", strings.Join(bad, ", "))
	case len(missing) > 0:
		return ch, fmt.Errorf("bodychart: no placement for %s", strings.Join(missing, ", "))
	}
	return ch, nil
}

// Landmarks lists the landmarks in table order.
func (ch *Chart) Landmarks() []Landmark {
	out := make([]Landmark, len(ch.order))
	for i, id := range ch.order {
		out[i] = ch.landmarks[id]
	}
	return out
}

// Landmark is the landmark with an id.
func (ch *Chart) Landmark(id string) (Landmark, bool) {
	l, ok := ch.landmarks[id]
	return l, ok
}

// Points lists the placed points in the maps' order.
func (ch *Chart) Points() []Point {
	out := make([]Point, len(ch.ids))
	for i, id := range ch.ids {
		out[i] = ch.points[id]
	}
	return out
}

// Point is the placed point with an id.
func (ch *Chart) Point(id string) (Point, bool) {
	p, ok := ch.points[id]
	return p, ok
}

// Places are where a point is drawn: each spot on each of its sides, the
// patient's right first.
func (ch *Chart) Places(p Point) []Place {
	var out []Place
	for _, s := range p.Spots {
		base := ch.anchor(s.Near, s.DX, s.DY)
		end := base
		if len(s.To) > 0 {
			end = ch.anchor(s.To, s.DX, s.ToDY)
		}
		for _, side := range s.Sides {
			out = append(out, Place{View: s.View, Side: side, Pos: onSide(base, side), End: onSide(end, side)})
		}
	}
	return out
}

// anchor is the place a weighted mix of landmarks and an offset give, on
// the patient's left.
func (ch *Chart) anchor(near []Weight, dx, dy float64) Pos {
	var p Pos
	for _, w := range near {
		l := ch.landmarks[w.Landmark]
		p.X += w.W * l.Pos.X
		p.Y += w.W * l.Pos.Y
	}
	return Pos{p.X + dx, p.Y + dy}
}

// onSide moves a place given on the patient's left to a side.
func onSide(p Pos, s Side) Pos {
	switch s {
	case Right:
		p.X = -p.X
	case Midline:
		p.X = 0
	}
	return p
}

// Primary is the place that stands for a point on a view when only one is
// drawn (a labelled mark): its first spot on the view, on the patient's
// right when it has two sides. False when the point has no spot there.
func (ch *Chart) Primary(id string, v View) (Place, bool) {
	p, ok := ch.points[id]
	if !ok {
		return Place{}, false
	}
	places := ch.Places(p)
	i := slices.IndexFunc(places, func(pl Place) bool { return pl.View == v })
	if i < 0 {
		return Place{}, false
	}
	return places[i], true
}

// Views are the views a point has spots on, front first.
func (ch *Chart) Views(id string) []View {
	var out []View
	for _, pl := range ch.Places(ch.points[id]) {
		if !slices.Contains(out, pl.View) {
			out = append(out, pl.View)
		}
	}
	slices.Sort(out)
	return out
}

// OnLimb reports whether a place lies on an arm and its girdle (upper) or on
// a leg and the hip (lower).
func (ch *Chart) OnLimb(p Pos, upper bool) bool { return ch.fig.onLimb(p, upper) }

// Inside reports whether a place lies within the drawn body.
func (ch *Chart) Inside(p Pos) bool { return ch.fig.inside(p) }
