package bodychart

import "math"

// The smallest picture a card's chart is drawn at: the study screen gives
// a chart card at least this many rows and columns, side by side with its
// choices on a 60x20 terminal. A card's points are chosen so that this
// picture, cropped around them, keeps them in different cells (CardFits);
// a larger picture only keeps them further apart.
const (
	CardRows = 8
	CardCols = 24
)

// minCellsApart is how far apart, across or down, in character cells, two
// places must fall in the smallest card picture to be shown as different
// points: more than one cell, so that no rounding puts them in one.
const minCellsApart = 1.2

// CardCells are where the primary places of some points fall, in cells
// (with their fractions), in the smallest card picture cropped around
// them; false for a point with no place on the view.
func (ch *Chart) CardCells(v View, ids []string) ([][2]float64, bool) {
	w := ch.window(Options{View: v, Width: CardCols, Height: CardRows, Around: ids})
	out := make([][2]float64, len(ids))
	for i, id := range ids {
		pl, ok := ch.Primary(id, v)
		if !ok {
			return nil, false
		}
		out[i] = [2]float64{(screenX(v, pl.Pos) - w.x0) * w.scale / 2, (pl.Pos.Y - w.y0) * w.scale / 4}
	}
	return out, true
}

// CardFits reports whether a card can show these points together as
// different points: each on the view, and every two of them more than a
// cell apart across or down in the smallest card picture.
func (ch *Chart) CardFits(v View, ids []string) bool {
	cells, ok := ch.CardCells(v, ids)
	if !ok {
		return false
	}
	for i := range cells {
		for j := range i {
			if !cellsApart(cells[i], cells[j]) {
				return false
			}
		}
	}
	return true
}

func cellsApart(a, b [2]float64) bool {
	return math.Abs(a[0]-b[0]) >= minCellsApart || math.Abs(a[1]-b[1]) >= minCellsApart
}

// Apart is how far apart two places are, in steps of 2.5 cm across or 4
// cm down (a character cell is about twice as tall as it is wide): a
// measure of how easily a student tells them apart, to offer the closest
// options first.
func Apart(a, b Pos) float64 {
	return max(math.Abs(a.X-b.X)/cm(2.5), math.Abs(a.Y-b.Y)/cm(4))
}
