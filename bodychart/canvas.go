package bodychart

import (
	"slices"
	"strings"
)

// Kind is what a cell of a picture shows, for a renderer to style it.
type Kind uint8

// The kinds of cell.
const (
	Blank     Kind = iota
	Outline        // the body's outline
	Structure      // a drawn landmark: a clavicle, the spine, a scapula, an iliac crest
	Plain          // a point drawn plain
	Lit            // a lit point: the row under the cursor, the point a card asks about
	Label          // a labelled mark: an option of a card
)

// Cell is one character cell of a picture.
type Cell struct {
	Text string
	Kind Kind
}

// Picture is a chart drawn at a size: rows of cells, each marked with what
// it shows. Without colour, the lit points still differ by their glyph
// (Glyphs).
type Picture struct {
	rows [][]Cell
}

// Lines are the picture's rows as plain text, each as wide as the picture.
func (p Picture) Lines() []string {
	out := make([]string, len(p.rows))
	for i, row := range p.rows {
		var b strings.Builder
		for _, c := range row {
			b.WriteString(c.Text)
		}
		out[i] = b.String()
	}
	return out
}

// String is the picture as plain text, a line a row.
func (p Picture) String() string { return strings.Join(p.Lines(), "\n") }

// Styled is the picture with each run of cells of one kind passed through
// style, which a renderer uses to colour the lit points (and may leave the
// other kinds as they are).
func (p Picture) Styled(style func(k Kind, text string) string) string {
	lines := make([]string, len(p.rows))
	for i, row := range p.rows {
		var b, run strings.Builder
		kind := Blank
		flush := func() {
			if run.Len() > 0 {
				b.WriteString(style(kind, run.String()))
				run.Reset()
			}
		}
		for _, c := range row {
			if c.Kind != kind {
				flush()
				kind = c.Kind
			}
			run.WriteString(c.Text)
		}
		flush()
		lines[i] = b.String()
	}
	return strings.Join(lines, "\n")
}

// Cells is the picture's cells, a row at a time; the rows are the
// picture's own, not to be changed.
func (p Picture) Cells() [][]Cell { return p.rows }

// Glyphs are the characters points are drawn with.
type Glyphs struct {
	Spot, Lit string
}

// GlyphsFor is the glyph set of a character set: in ASCII a point is "o"
// and a lit one "@", so that the lit point shows without colour.
func GlyphsFor(ascii bool) Glyphs {
	if ascii {
		return Glyphs{Spot: "o", Lit: "@"}
	}
	return Glyphs{Spot: "•", Lit: "●"}
}

// canvas is a grid of dots, two across and four down to a cell as braille
// has them, each dot marked Outline or Structure.
type canvas struct {
	w, h int     // in dots
	dots []uint8 // Blank, Outline or Structure
}

func newCanvas(cols, rows int) *canvas {
	return &canvas{w: 2 * cols, h: 4 * rows, dots: make([]uint8, 4*cols*2*rows)}
}

func (c *canvas) set(x, y int, k Kind) {
	if x < 0 || y < 0 || x >= c.w || y >= c.h {
		return
	}
	if i := y*c.w + x; c.dots[i] < uint8(k) {
		c.dots[i] = uint8(k)
	}
}

// line draws a straight line of dots from (x0, y0) to (x1, y1).
func (c *canvas) line(x0, y0, x1, y1 int, k Kind) {
	dx, dy := abs(x1-x0), -abs(y1-y0)
	sx, sy := sign(x1-x0), sign(y1-y0)
	err := dx + dy
	for {
		c.set(x0, y0, k)
		if x0 == x1 && y0 == y1 {
			return
		}
		if e2 := 2 * err; e2 >= dy {
			err += dy
			x0 += sx
		} else {
			err += dx
			y0 += sy
		}
	}
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

func sign(n int) int {
	switch {
	case n > 0:
		return 1
	case n < 0:
		return -1
	}
	return 0
}

// brailleBit is the bit of a dot in a braille cell (column 0-1, row 0-3),
// in Unicode's order: dots 1-3 down the left, 4-6 down the right, then 7
// and 8 along the bottom.
func brailleBit(dx, dy int) rune {
	if dy == 3 {
		return 0x40 << dx
	}
	return 1 << (dy + 3*dx)
}

// cell turns the dots of one cell into its character and kind: a braille
// pattern, or in ASCII the stroke that best follows the dots.
func (c *canvas) cell(col, row int, ascii bool) Cell {
	var bits rune
	var xs, ys []int
	kind := Blank
	for dx := range 2 {
		for dy := range 4 {
			k := Kind(c.dots[(4*row+dy)*c.w+2*col+dx])
			if k == Blank {
				continue
			}
			bits |= brailleBit(dx, dy)
			xs, ys = append(xs, dx), append(ys, dy)
			kind = max(kind, k)
		}
	}
	if kind == Blank {
		return Cell{" ", Blank}
	}
	if !ascii {
		return Cell{string(0x2800 + bits), kind}
	}
	return Cell{asciiStroke(xs, ys), kind}
}

// asciiStroke is the ASCII character whose stroke is closest to a cell's
// dots (columns 0-1, rows 0-3).
func asciiStroke(xs, ys []int) string {
	n := len(xs)
	minY, maxY, sumX, sumY := 3, 0, 0, 0
	for i := range xs {
		minY, maxY = min(minY, ys[i]), max(maxY, ys[i])
		sumX += xs[i]
		sumY += ys[i]
	}
	oneColumn := sumX == 0 || sumX == n
	switch {
	case n == 1:
		if ys[0] == 3 {
			return "."
		}
		return "'"
	case oneColumn && maxY-minY >= 1:
		return "|"
	case maxY-minY <= 1 && !oneColumn:
		if minY >= 2 {
			return "_"
		}
		return "-"
	}
	// The covariance of column and row says which way the dots lean.
	cov := 0
	for i := range xs {
		cov += (n*xs[i] - sumX) * (n*ys[i] - sumY)
	}
	switch {
	case cov > 0:
		return `\`
	case cov < 0:
		return "/"
	}
	return "|"
}

// Beside sets two pictures side by side, gap blank cells apart, top
// aligned: the front and the back view together.
func Beside(left, right Picture, gap int) Picture {
	h := max(len(left.rows), len(right.rows))
	rows := make([][]Cell, h)
	for r := range rows {
		rows[r] = slices.Concat(rowOr(left, r), blanks(gap), rowOr(right, r))
	}
	return Picture{rows: rows}
}

// rowOr is a picture's row r, or blanks as wide as the picture below it.
func rowOr(p Picture, r int) []Cell {
	if r < len(p.rows) {
		return p.rows[r]
	}
	if len(p.rows) == 0 {
		return nil
	}
	return blanks(len(p.rows[0]))
}

func blanks(n int) []Cell {
	out := make([]Cell, max(n, 0))
	for i := range out {
		out[i] = Cell{" ", Blank}
	}
	return out
}
