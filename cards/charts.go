package cards

import (
	"slices"
	"strings"

	"github.com/omt-reference/omt/bodychart"
	"github.com/omt-reference/omt/techniques"
)

// Chart card fields, the last part of their ids
// ("chart/tender-points/al3/name").
const (
	chartFieldName  = "name"  // a point lit: which tender point is it?
	chartFieldPlace = "place" // the reverse: where is it? Choose its mark.
)

// SourceChart is the first part of a chart card's id.
const SourceChart = "chart"

// chartCardID names a chart card: "chart/tender-points/al3/place".
func chartCardID(mapID, row, field string) string {
	return SourceChart + "/" + mapID + "/" + row + "/" + field
}

// chartCards makes the image-occlusion cards of the body chart (package
// bodychart), two for each tender point: the point lit on the chart,
// "which tender point is this?", and the reverse, "where is it?", answered
// by choosing among labelled marks. The other options are points of the
// same region on the same view, nearest first, that the picture, cropped
// around them, keeps in cells of their own (bodychart.CardFits), and never
// one whose location reads like another option's. The cards make their
// own deck.
func (b *builder) chartCards() {
	ch, _ := bodychart.New(b.c) // a row the chart cannot place gets no chart card; bodychart's tests name it
	m := b.c.Maps.TenderPoints
	location := make(map[string]string, len(m.Rows))
	for _, p := range m.Rows {
		location[p.ID] = oneLine(p.Location)
	}
	for _, p := range m.Rows {
		views := ch.Views(bodychart.PointID(m.ID, p.ID))
		if len(views) != 1 {
			continue
		}
		v := views[0]
		here, _ := ch.Primary(bodychart.PointID(m.ID, p.ID), v)
		var pools [3][]option // by distance: close, further, furthest
		for _, o := range m.Rows {
			if o.ID == p.ID || o.Region != p.Region || b.overlaps(location[o.ID], location[p.ID]) {
				continue
			}
			pl, ok := ch.Primary(bodychart.PointID(m.ID, o.ID), v)
			if !ok {
				continue
			}
			tier := min(int(bodychart.Apart(here.Pos, pl.Pos)/3), len(pools)-1)
			pools[tier] = append(pools[tier], option{key: o.ID, text: o.Name})
		}
		q := chartQuestion{point: p, view: v, pools: pools[:], location: location,
			fits: func(set []option) bool {
				ids := make([]string, len(set))
				for i, o := range set {
					ids[i] = bodychart.PointID(m.ID, o.key)
					for _, x := range set[:i] {
						if b.overlaps(location[x.key], location[o.key]) {
							return false
						}
					}
				}
				return ch.CardFits(v, ids)
			}}
		b.chartName(m.ID, q)
		b.chartPlace(m.ID, q)
	}
}

// chartQuestion is what both chart cards of a tender point are built from.
type chartQuestion struct {
	point    techniques.TenderPoint
	view     bodychart.View
	pools    [][]option
	location map[string]string // tender point id -> its location, on one line
	// fits reports whether a set of options can be offered together: no
	// two read alike, and a card's picture keeps them apart
	// (bodychart.CardFits).
	fits func(set []option) bool
}

// chartName lights the point and asks which it is; with fewer than three
// options that can be told apart from it, the student recalls the name.
func (b *builder) chartName(mapID string, q chartQuestion) {
	p := q.point
	id := chartCardID(mapID, p.ID, chartFieldName)
	answer := option{key: p.ID, text: p.Name}
	distractors := pickApart(id, answer, q.pools, choicesPerCard-1, q.fits)
	why := []string{joinWords(p.Name+": "+q.location[p.ID], b.treatedWith(p))}
	around := []string{bodychart.PointID(mapID, p.ID)}
	for _, d := range distractors {
		why = append(why, "Not "+d.text+": "+q.location[d.key])
		around = append(around, bodychart.PointID(mapID, d.key))
	}
	chart := &Chart{View: q.view.String(), Lit: []string{bodychart.PointID(mapID, p.ID)}, Around: around}
	src := mapSource(mapID, p.ID, p.Name, "chart-"+chartFieldName, p.Sources)
	front := "Which counterstrain tender point is lit on the chart?"
	back := p.Name + "\n\n" + strings.Join(why, "\n")
	if len(distractors) < choicesPerCard-1 {
		b.add(Card{ID: id, Kind: Recall, Front: front, Back: back, Answer: -1, Source: src, Decks: []string{DeckCharts}, Chart: chart})
		return
	}
	card := Card{ID: id, Kind: Choice, Front: front, Back: back, Source: src, Decks: []string{DeckCharts}, Chart: chart}
	for i, o := range rankedOptions(id, answer, distractors) {
		card.Choices = append(card.Choices, o.text)
		if o.key == answer.key {
			card.Answer = i
		}
	}
	b.add(card)
}

// chartPlace asks where the point is: the chart shows four labelled marks,
// the point's and three others', and the choices name the marks. Without
// three other marks there is no card.
func (b *builder) chartPlace(mapID string, q chartQuestion) {
	p := q.point
	id := chartCardID(mapID, p.ID, chartFieldPlace)
	answer := option{key: p.ID, text: p.Name}
	distractors := pickApart(id, answer, q.pools, choicesPerCard-1, q.fits)
	if len(distractors) < choicesPerCard-1 {
		return
	}
	chart := &Chart{View: q.view.String()}
	card := Card{ID: id, Kind: Choice, Front: "Where is the counterstrain tender point " + p.Name + "? Choose its mark on the chart.",
		Source: mapSource(mapID, p.ID, p.Name, "chart-"+chartFieldPlace, p.Sources), Decks: []string{DeckCharts}, Chart: chart}
	var why []string
	for i, o := range rankedOptions(id, answer, distractors) {
		label := string(rune('A' + i))
		chart.Marks = append(chart.Marks, Mark{Point: bodychart.PointID(mapID, o.key), Label: label})
		card.Choices = append(card.Choices, "Mark "+label)
		if o.key == answer.key {
			card.Answer = i
			why = slices.Insert(why, 0, joinWords(p.Name+" is at mark "+label+": "+q.location[p.ID], b.treatedWith(p)))
			continue
		}
		why = append(why, "Mark "+label+" is "+o.text+": "+q.location[o.key])
	}
	card.Back = card.Choices[card.Answer] + "\n\n" + strings.Join(why, "\n")
	b.add(card)
}

// pickApart draws up to n options that fit together with the answer
// (fits sees the answer first, then the options drawn). The pools are
// taken in order, each ranked by the card id as pickDistinct ranks them,
// and where the first choices block the rest it backtracks: on a chart the
// nearest points crowd each other out, and a set drawn further down the
// ranking may still fit. The first full set in that order wins, so the
// draw is deterministic; with none it returns the largest found.
func pickApart(id string, answer option, pools [][]option, n int, fits func(set []option) bool) []option {
	var ranked []option
	for _, pool := range pools {
		p := slices.Clone(pool)
		slices.SortStableFunc(p, func(x, y option) int { return cmpUint(rank(id, x.key), rank(id, y.key)) })
		ranked = append(ranked, p...)
	}
	var best []option
	taken := []option{answer}
	var search func(from int) bool
	search = func(from int) bool {
		if len(taken)-1 > len(best) {
			best = slices.Clone(taken[1:])
		}
		if len(taken)-1 == n {
			return true
		}
		for i := from; i < len(ranked); i++ {
			if ranked[i].key == answer.key {
				continue
			}
			taken = append(taken, ranked[i])
			if fits(taken) && search(i+1) {
				return true
			}
			taken = taken[:len(taken)-1]
		}
		return false
	}
	search(0)
	return best
}

// rankedOptions puts the answer and the distractors in the card's order,
// as ask does: by rank for the card id, so that the order is stable.
func rankedOptions(id string, answer option, distractors []option) []option {
	options := append([]option{answer}, distractors...)
	slices.SortStableFunc(options, func(x, y option) int {
		return cmpUint(rank(id+"#order", x.key), rank(id+"#order", y.key))
	})
	return options
}

// joinWords joins the non-empty parts with spaces.
func joinWords(parts ...string) string {
	return strings.Join(slices.DeleteFunc(parts, func(s string) bool { return s == "" }), " ")
}
