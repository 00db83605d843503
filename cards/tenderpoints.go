package cards

import (
	"fmt"

	"github.com/omt-reference/omt/notation"
	"github.com/omt-reference/omt/techniques"
)

// tenderPointCards asks, for every counterstrain tender point, where it is,
// which point lies at a described place, and its position of ease. Wrong
// answers come from the same region, nearest levels first (AC2 is tested
// against PC2, AC1 and AC3), so they differ in the detail a student must
// know. The position of ease is a recall card: neighbouring points share
// much of their positioning, so another point's position may be close
// enough to be right.
func (b *builder) tenderPointCards() {
	m := b.c.Maps.TenderPoints
	location := make(map[string]string, len(m.Rows))
	for _, p := range m.Rows {
		location[p.ID] = oneLine(p.Location)
	}
	for _, p := range m.Rows {
		decks := []string{mapDeck(m.ID), regionDeck(p.Region)}
		if p.Technique != "" {
			decks = append(decks, techniqueDeck(p.Technique))
		}
		var locations, names [4][]option // by distance: same level, one away, two away, further
		for _, o := range m.Rows {
			if o.ID == p.ID || o.Region != p.Region || b.overlaps(location[o.ID], location[p.ID]) {
				continue
			}
			d := min(b.levelDistance(p.Level, o.Level), len(locations)-1)
			locations[d] = append(locations[d], option{key: o.ID, text: location[o.ID]})
			names[d] = append(names[d], option{key: o.ID, text: o.Name})
		}
		src := mapSource(m.ID, p.ID, p.Name, "location", p.Sources)
		b.ask(question{
			kind: Choice, id: mapCardID(m.ID, p.ID, src.Field),
			front:  "Where is the counterstrain tender point " + p.Name + "?",
			answer: option{key: p.ID, text: oneLine(p.Location)}, why: b.treatedWith(p),
			pools: locations[:], src: src, decks: decks,
		})
		src = mapSource(m.ID, p.ID, p.Name, "name", p.Sources)
		b.ask(question{
			kind: Choice, id: mapCardID(m.ID, p.ID, src.Field),
			front:  "Which counterstrain tender point is this?\n" + oneLine(p.Location),
			answer: option{key: p.ID, text: p.Name}, why: b.treatedWith(p),
			pools: names[:], src: src, decks: decks,
		})
		src = mapSource(m.ID, p.ID, p.Name, "position-of-ease", p.Sources)
		back := oneLine(p.BoardEase())
		if d := b.literatureDiffers(oneLine(p.PositionOfEase), oneLine(p.BoardEase()), p.Sources, p.Board); d != "" {
			back += "\n\n" + d
		}
		if p.HoldSeconds > 0 {
			back += fmt.Sprintf("\nHold: %d s.", p.HoldSeconds)
		}
		b.recall(mapCardID(m.ID, p.ID, src.Field), "What is the position of ease for the tender point "+p.Name+", and how long is it held?",
			back, src, decks)
	}
}

// treatedWith names the technique that treats a tender point.
func (b *builder) treatedWith(p techniques.TenderPoint) string {
	if t, ok := b.c.Technique(p.Technique); ok {
		return "Treated with " + t.Name + "."
	}
	return ""
}

// levelDistance is how many levels apart two tender points are on the same
// axis: 0 for the same level, large when either has no level or they lie on
// different axes.
func (b *builder) levelDistance(p, q string) int {
	const far = 1 << 10
	xs, ys := b.levelSet([]string{p}), b.levelSet([]string{q})
	if len(xs) != 1 || len(ys) != 1 {
		return far
	}
	var x, y notation.Level
	for l := range xs {
		x = l
	}
	for l := range ys {
		y = l
	}
	if x.Region != y.Region {
		return far
	}
	if d := x.Number - y.Number; d >= 0 {
		return d
	}
	return y.Number - x.Number
}
