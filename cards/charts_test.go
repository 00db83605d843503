package cards_test

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/omt-reference/omt/bodychart"
	"github.com/omt-reference/omt/cards"
	"github.com/omt-reference/omt/techniques"
)

// chartOracle says what the catalogue and the chart make right on an
// image-occlusion card. An option is right when it is the point asked
// about, when the catalogue gives it a location that reads like that
// point's (related), or when the card's smallest picture draws it within a
// cell of that point, where a student could not tell them apart: any of
// these could fairly be chosen.
func chartOracle(c *techniques.Catalog, card cards.Card, mapID, row, field string) (oracle, error) {
	ch, err := bodychart.New(c)
	if err != nil {
		return oracle{}, err
	}
	if mapID != bodychart.MapTenderPoints || card.Chart == nil {
		return oracle{}, fmt.Errorf("a chart card of map %s with chart %v", mapID, card.Chart)
	}
	points := c.Maps.TenderPoints.Rows
	p := find(points, func(q techniques.TenderPoint) bool { return q.ID == row })
	view := bodychart.Front
	if p.Surface == "posterior" {
		view = bodychart.Back
	}
	// The card's picture is cropped around every point it draws.
	drawn := slices.Concat(card.Chart.Lit, card.Chart.Around)
	for _, m := range card.Chart.Marks {
		drawn = append(drawn, m.Point)
	}
	cell := func(q techniques.TenderPoint) ([2]float64, bool) {
		cells, ok := ch.CardCells(view, append(slices.Clone(drawn), bodychart.PointID(mapID, q.ID)))
		if !ok {
			return [2]float64{}, false
		}
		return cells[len(cells)-1], true
	}
	here, ok := cell(p)
	if !ok {
		return oracle{}, fmt.Errorf("%s has no place on the %s view", p.ID, view)
	}
	fits := func(q techniques.TenderPoint) bool {
		at, ok := cell(q)
		return q.ID == p.ID || related(q.Location, p.Location) || ok && !cellsApart(at, here)
	}
	byName := func(name string) (techniques.TenderPoint, bool) {
		i := slices.IndexFunc(points, func(q techniques.TenderPoint) bool { return q.Name == name })
		if i < 0 {
			return techniques.TenderPoint{}, false
		}
		return points[i], true
	}
	// shown are the points a card offers, in the order of its choices.
	var shown func(card cards.Card) ([]techniques.TenderPoint, string)
	var valid func(ch string) bool
	switch field {
	case "name":
		valid = func(choice string) bool { q, ok := byName(choice); return ok && fits(q) }
		shown = func(card cards.Card) ([]techniques.TenderPoint, string) {
			if !slices.Equal(card.Chart.Lit, []string{bodychart.PointID(mapID, p.ID)}) {
				return nil, fmt.Sprintf("lights %q, not %s", card.Chart.Lit, p.ID)
			}
			var out []techniques.TenderPoint
			for _, choice := range card.Choices {
				q, ok := byName(choice)
				if !ok {
					return nil, choice + " names no tender point"
				}
				if !slices.Contains(card.Chart.Around, bodychart.PointID(mapID, q.ID)) {
					return nil, "the crop leaves out " + q.ID
				}
				out = append(out, q)
			}
			return out, ""
		}
	case "place":
		mark := func(choice string) (techniques.TenderPoint, bool) {
			label, ok := strings.CutPrefix(choice, "Mark ")
			i := slices.IndexFunc(card.Chart.Marks, func(m cards.Mark) bool { return m.Label == label })
			if !ok || i < 0 {
				return techniques.TenderPoint{}, false
			}
			id := strings.TrimPrefix(card.Chart.Marks[i].Point, mapID+"/")
			j := slices.IndexFunc(points, func(q techniques.TenderPoint) bool { return q.ID == id })
			return points[max(j, 0)], j >= 0
		}
		valid = func(choice string) bool { q, ok := mark(choice); return ok && fits(q) }
		shown = func(card cards.Card) ([]techniques.TenderPoint, string) {
			if len(card.Chart.Marks) != len(card.Choices) {
				return nil, fmt.Sprintf("%d marks for %d choices", len(card.Chart.Marks), len(card.Choices))
			}
			var out []techniques.TenderPoint
			for _, choice := range card.Choices {
				q, ok := mark(choice)
				if !ok {
					return nil, choice + " is no mark on the chart"
				}
				out = append(out, q)
			}
			return out, ""
		}
	default:
		return oracle{}, fmt.Errorf("no oracle for chart field %s", field)
	}
	return oracle{valid: valid, extra: func(card cards.Card) string {
		if card.Chart.View != view.String() {
			return "drawn on the " + card.Chart.View + " view; the point is on the " + view.String()
		}
		if card.Kind == cards.Recall {
			return ""
		}
		offered, msg := shown(card)
		if msg != "" {
			return msg
		}
		return sameRegionApart(mapID, p, offered, cell)
	}}, nil
}

// cellsApart reports whether two places fall at least a cell apart,
// across or down.
func cellsApart(a, b [2]float64) bool {
	return math.Abs(a[0]-b[0]) >= 1 || math.Abs(a[1]-b[1]) >= 1
}

// sameRegionApart: every option is a point of the asked point's region on
// its view, and no two options fall within a cell of each other in the
// card's smallest picture.
func sameRegionApart(mapID string, p techniques.TenderPoint, offered []techniques.TenderPoint, cell func(techniques.TenderPoint) ([2]float64, bool)) string {
	var cells [][2]float64
	for _, q := range offered {
		at, ok := cell(q)
		switch {
		case q.Region != p.Region:
			return q.ID + " is of another region"
		case !ok:
			return q.ID + " is not on the card's view"
		}
		for i, other := range cells {
			if !cellsApart(other, at) {
				return q.ID + " is drawn within a cell of " + offered[i].ID
			}
		}
		cells = append(cells, at)
	}
	return ""
}

// TestChartCardsDrawApart draws every chart card as the study screen does
// at its smallest (bodychart.CardRows high) and checks that the picture
// shows what the card asks about: the lit point, and each mark at its own
// place, none pushed aside by another.
func TestChartCardsDrawApart(t *testing.T) {
	c, all := shipped(t)
	ch, err := bodychart.New(c)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, card := range all {
		if card.Chart == nil {
			continue
		}
		n++
		view, err := bodychart.ParseView(card.Chart.View)
		if err != nil {
			t.Fatalf("%s: %v", card.ID, err)
		}
		for _, width := range []int{24, 40, 56} {
			o := bodychart.Options{View: view, Width: width, Height: bodychart.CardRows, ASCII: true, Lit: card.Chart.Lit, Around: card.Chart.Around}
			for _, m := range card.Chart.Marks {
				o.Marks = append(o.Marks, bodychart.Mark{Point: m.Point, Label: m.Label})
			}
			all := ch.Render(o)
			if len(card.Chart.Lit) > 0 && !strings.Contains(all.String(), bodychart.GlyphsFor(true).Lit) {
				t.Errorf("%s at %dx%d: the lit point is not drawn:\n%s", card.ID, width, o.Height, all)
			}
			for _, m := range o.Marks {
				// Drawn alone, with the others still in the crop, a mark
				// shows where its place falls.
				alone := o
				alone.Marks = []bodychart.Mark{m}
				for _, other := range o.Marks {
					alone.Around = append(alone.Around, other.Point)
				}
				if at, want := cellOf(all, m.Label), cellOf(ch.Render(alone), m.Label); at != want || at[0] < 0 {
					t.Errorf("%s at %dx%d: mark %s drawn at %v, its place is %v:\n%s", card.ID, width, o.Height, m.Label, at, want, all)
				}
			}
		}
	}
	if n < 100 {
		t.Errorf("only %d chart cards", n)
	}
}

// cellOf is the row and column of the cell that shows a label.
func cellOf(p bodychart.Picture, label string) [2]int {
	for r, row := range p.Cells() {
		for col, cell := range row {
			if cell.Kind == bodychart.Label && cell.Text == label {
				return [2]int{r, col}
			}
		}
	}
	return [2]int{-1, -1}
}

// TestHashCoversTheChart: a chart card's hash changes with what its chart
// shows, so that a card whose lit point or marks change comes back as new;
// a card without a chart hashes as it always did (TestHashOfIsPinned).
func TestHashCoversTheChart(t *testing.T) {
	card := cards.Card{Kind: cards.Choice, Front: "Q?", Back: "A", Choices: []string{"A", "B", "C", "D"},
		Chart: &cards.Chart{View: "front", Lit: []string{"tender-points/al3"}}}
	base := cards.HashOf(card)
	for name, edit := range map[string]func(c *cards.Chart){
		"view":   func(c *cards.Chart) { c.View = "back" },
		"lit":    func(c *cards.Chart) { c.Lit = []string{"tender-points/al2"} },
		"around": func(c *cards.Chart) { c.Around = []string{"tender-points/al2"} },
		"marks":  func(c *cards.Chart) { c.Marks = []cards.Mark{{Point: "tender-points/al2", Label: "A"}} },
	} {
		edited := card
		chart := *card.Chart
		edit(&chart)
		edited.Chart = &chart
		if cards.HashOf(edited) == base {
			t.Errorf("changing the chart's %s leaves the hash", name)
		}
	}
	without := card
	without.Chart = nil
	if cards.HashOf(without) == base {
		t.Error("a card with a chart hashes as one without")
	}
}

// TestChartOracleCatchesMistakes: the oracle is not a copy of the
// generator. It calls a card wrong when its key points elsewhere, when a
// mark is moved onto the answer's place, and when an offered name is a
// point drawn in the lit point's cell.
func TestChartOracleCatchesMistakes(t *testing.T) {
	c, all := shipped(t)
	rightChoices := func(card cards.Card) []int {
		t.Helper()
		parts := strings.Split(card.ID, "/")
		o, err := chartOracle(c, card, parts[1], parts[2], parts[3])
		if err != nil {
			t.Fatal(err)
		}
		var right []int
		for i, ch := range card.Choices {
			if o.valid(ch) {
				right = append(right, i)
			}
		}
		return right
	}
	place, ok := cards.Find(all, "chart/tender-points/pt4/place")
	name, ok2 := cards.Find(all, "chart/tender-points/pt4/name")
	if !ok || !ok2 || place.Kind != cards.Choice || name.Kind != cards.Choice {
		t.Fatal("no multiple-choice chart cards for PT4")
	}
	if got := rightChoices(place); !slices.Equal(got, []int{place.Answer}) {
		t.Fatalf("the shipped card: right choices %v, answer %d", got, place.Answer)
	}

	moved := place
	moved.Chart = &cards.Chart{View: place.Chart.View, Marks: slices.Clone(place.Chart.Marks)}
	other := (place.Answer + 1) % len(moved.Chart.Marks)
	moved.Chart.Marks[other].Point = moved.Chart.Marks[place.Answer].Point
	if got := rightChoices(moved); len(got) != 2 {
		t.Errorf("a mark moved onto PT4's place: right choices %v, want two", got)
	}

	wrongKey := place
	wrongKey.Answer = other
	if got := rightChoices(wrongKey); slices.Contains(got, wrongKey.Answer) {
		t.Errorf("a key moved to mark %d: the oracle calls it right", other)
	}

	crowded := name
	crowded.Choices = slices.Clone(name.Choices)
	crowded.Choices[(name.Answer+1)%4] = "PT5" // one level below PT4: the same cell at the card's size
	if got := rightChoices(crowded); len(got) != 2 {
		t.Errorf("PT5 offered beside PT4: right choices %v, want two", got)
	}
}
