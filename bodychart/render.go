package bodychart

import (
	"math"
	"slices"
)

// Mark is a labelled place: one option of a card, drawn as its label at
// the point's primary place on the view (Chart.Primary).
type Mark struct {
	Point string
	Label string // one narrow character: "1", "a"
}

// Options say what a picture shows and how large it is.
type Options struct {
	View View
	// Width and Height are the picture's size in character cells.
	Width, Height int
	// ASCII draws with ASCII strokes instead of braille.
	ASCII bool
	// Points are drawn plain, Lit are lit, Marks are drawn as their labels;
	// each on the view only.
	Points []string
	Lit    []string
	Marks  []Mark
	// Around, or Marks, when not empty, crop the picture to the primary
	// places (Chart.Primary) of these points and of Lit and Marks on the view,
	// with a margin, instead of showing the whole body: close enough to
	// tell neighbouring points apart, wide enough to show the landmarks
	// around them. The other side's places show where the crop reaches.
	Around []string
}

// The whole body, in the frame, with a little room around it.
const (
	bodyHalfWidth = 0.215
	bodyTop       = -0.01
	bodyBottom    = 1.01
)

// Crops are at least this large, so that a cropped picture still shows
// the landmarks a student counts from.
const (
	cropMargin = 0.025
	cropMin    = 0.10
)

// window maps the frame onto the picture's dots: x0, y0 is the frame place
// (in screen terms: X as the viewer sees it) of the top-left dot's corner,
// and scale is dots per unit of height, the same both ways.
type window struct {
	x0, y0, scale float64
}

// screenX is a place's X as the viewer of a view sees it: the front view
// shows the patient's right on the viewer's left.
func screenX(v View, p Pos) float64 {
	if v == Back {
		return -p.X
	}
	return p.X
}

// frameX undoes screenX.
func frameX(v View, x float64) float64 { return screenX(v, Pos{X: x}) }

// window fits the region the options ask for into the picture's size.
func (ch *Chart) window(o Options) window {
	minX, maxX, minY, maxY := -bodyHalfWidth, bodyHalfWidth, bodyTop, bodyBottom
	if len(o.Around) > 0 || len(o.Marks) > 0 {
		minX, maxX, minY, maxY = math.Inf(1), math.Inf(-1), math.Inf(1), math.Inf(-1)
		ids := slices.Concat(o.Around, o.Lit)
		for _, m := range o.Marks {
			ids = append(ids, m.Point)
		}
		for _, id := range ids {
			pl, ok := ch.Primary(id, o.View)
			if !ok {
				continue
			}
			for _, p := range []Pos{pl.Pos, pl.End} {
				x := screenX(o.View, p)
				minX, maxX, minY, maxY = min(minX, x), max(maxX, x), min(minY, p.Y), max(maxY, p.Y)
			}
		}
		if math.IsInf(minX, 0) { // nothing of them on this view: the whole body
			return ch.window(Options{View: o.View, Width: o.Width, Height: o.Height})
		}
		minX, maxX, minY, maxY = minX-cropMargin, maxX+cropMargin, minY-cropMargin, maxY+cropMargin
		if h := maxY - minY; h < cropMin {
			minY, maxY = minY-(cropMin-h)/2, maxY+(cropMin-h)/2
		}
		if w := maxX - minX; w < cropMin {
			minX, maxX = minX-(cropMin-w)/2, maxX+(cropMin-w)/2
		}
	}
	dotsW, dotsH := float64(2*o.Width), float64(4*o.Height)
	scale := min(dotsW/(maxX-minX), dotsH/(maxY-minY))
	cx, cy := (minX+maxX)/2, (minY+maxY)/2
	return window{x0: cx - dotsW/scale/2, y0: cy - dotsH/scale/2, scale: scale}
}

// placesOn are the places of some points on a view.
func (ch *Chart) placesOn(ids []string, v View) []Place {
	var out []Place
	for _, id := range ids {
		p, ok := ch.points[id]
		if !ok {
			continue
		}
		for _, pl := range ch.Places(p) {
			if pl.View == v {
				out = append(out, pl)
			}
		}
	}
	return out
}

// dot is the frame place at the centre of a dot.
func (w window) dot(v View, i, j int) Pos {
	return Pos{X: frameX(v, w.x0+(float64(i)+0.5)/w.scale), Y: w.y0 + (float64(j)+0.5)/w.scale}
}

// toDot is the dot a frame place falls in.
func (w window) toDot(v View, p Pos) (int, int) {
	return int(math.Floor((screenX(v, p) - w.x0) * w.scale)), int(math.Floor((p.Y - w.y0) * w.scale))
}

// Render draws the chart as the options ask. A size below one cell gives
// an empty picture.
func (ch *Chart) Render(o Options) Picture {
	if o.Width < 1 || o.Height < 1 {
		return Picture{}
	}
	w := ch.window(o)
	c := newCanvas(o.Width, o.Height)
	ch.drawOutline(c, w, o.View)
	ch.drawStructures(c, w, o.View)
	rows := make([][]Cell, o.Height)
	for r := range rows {
		rows[r] = make([]Cell, o.Width)
		for col := range rows[r] {
			rows[r][col] = c.cell(col, r, o.ASCII)
		}
	}
	ch.drawPoints(rows, w, o)
	return Picture{rows: rows}
}

// drawOutline marks the dots inside the body that have a neighbour outside.
func (ch *Chart) drawOutline(c *canvas, w window, v View) {
	// in holds a border of one dot all round, so that the outline is the
	// body's and not the picture's edge.
	pw, ph := c.w+2, c.h+2
	in := make([]bool, pw*ph)
	for j := range ph {
		for i := range pw {
			in[j*pw+i] = ch.fig.inside(w.dot(v, i-1, j-1))
		}
	}
	for j := 1; j <= c.h; j++ {
		for i := 1; i <= c.w; i++ {
			k := j*pw + i
			if in[k] && (!in[k-1] || !in[k+1] || !in[k-pw] || !in[k+pw]) {
				c.set(i-1, j-1, Outline)
			}
		}
	}
}

// drawStructures draws the landmarks' lines: the clavicles, the sternum
// and costal margins, the scapulae, the spine, the iliac crests. Ribs and
// single spinous processes are drawn only when the picture is close
// enough to keep them apart.
func (ch *Chart) drawStructures(c *canvas, w window, v View) {
	fine := stepT*w.scale >= 3
	for _, line := range ch.structures(v, fine) {
		for i, p := range line {
			x, y := w.toDot(v, p)
			if i == 0 {
				c.set(x, y, Structure)
				continue
			}
			px, py := w.toDot(v, line[i-1])
			c.line(px, py, x, y, Structure)
		}
	}
}

// drawPoints puts the points over the outline: plain, then lit, then the
// labelled marks, each over the last. A label that would cover another
// moves to a free cell beside it.
func (ch *Chart) drawPoints(rows [][]Cell, w window, o Options) {
	g := GlyphsFor(o.ASCII)
	put := func(pl Place, cell Cell) {
		x0, y0 := w.toDot(o.View, pl.Pos)
		x1, y1 := w.toDot(o.View, pl.End)
		steps := max(abs(x1-x0)/2, abs(y1-y0)/4, 0)
		for s := 0; s <= steps; s++ {
			t := 0.0
			if steps > 0 {
				t = float64(s) / float64(steps)
			}
			col := int(math.Floor((float64(x0) + t*float64(x1-x0)) / 2))
			row := int(math.Floor((float64(y0) + t*float64(y1-y0)) / 4))
			if row >= 0 && row < len(rows) && col >= 0 && col < len(rows[row]) {
				rows[row][col] = cell
			}
		}
	}
	for _, pl := range ch.placesOn(o.Points, o.View) {
		put(pl, Cell{g.Spot, Plain})
	}
	for _, pl := range ch.placesOn(o.Lit, o.View) {
		put(pl, Cell{g.Lit, Lit})
	}
	for _, m := range o.Marks {
		pl, ok := ch.Primary(m.Point, o.View)
		if !ok {
			continue
		}
		x, y := w.toDot(o.View, pl.Pos)
		col, row := freeCell(rows, floorDiv(x, 2), floorDiv(y, 4))
		if row >= 0 && row < len(rows) && col >= 0 && col < len(rows[row]) {
			rows[row][col] = Cell{m.Label, Label}
		}
	}
}

// freeCell is the cell at col, row, or the nearest beside it that holds no
// label.
func freeCell(rows [][]Cell, col, row int) (int, int) {
	for _, d := range [][2]int{{0, 0}, {1, 0}, {-1, 0}, {0, 1}, {0, -1}, {2, 0}, {-2, 0}} {
		c, r := col+d[0], row+d[1]
		if r < 0 || r >= len(rows) || c < 0 || c >= len(rows[r]) {
			continue
		}
		if rows[r][c].Kind != Label {
			return c, r
		}
	}
	return col, row
}

// Caption says which way a view faces, for the line under a picture.
func Caption(v View) string {
	if v == Back {
		return "Back view: the patient's right is on your right."
	}
	return "Front view: the patient's right is on your left."
}

// floorDiv divides rounding down, for dots left of or above the picture.
func floorDiv(a, b int) int {
	if a < 0 {
		return -((-a + b - 1) / b)
	}
	return a / b
}
