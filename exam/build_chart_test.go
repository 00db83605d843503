package exam

import (
	"errors"
	"testing"

	"github.com/omt-reference/omt/cards"
)

// TestBuildLeavesOutChartCards: a body-chart card asks about a picture the
// study screen draws ("Which counterstrain tender point is lit on the
// chart?"); a block's question carries no picture and the exam screen draws
// none, so such a card is never asked.
func TestBuildLeavesOutChartCards(t *testing.T) {
	chart := choiceCard("chart/tender-points/al3/place", 1, cards.DeckCharts)
	chart.Chart = &cards.Chart{View: "front", Marks: []cards.Mark{{Point: "tender-points/al3", Label: "A"}}}
	all := append(smallDeck(), chart)
	b, err := Build(all, nil, Options{Seed: 1, Size: len(all)}, t0)
	if err != nil {
		t.Fatal(err)
	}
	for _, it := range b.Items {
		if it.CardID == chart.ID {
			t.Fatalf("a block asks the chart card %s", it.CardID)
		}
	}
	if _, err := Build(all, nil, Options{Seed: 1, Decks: []string{cards.DeckCharts}}, t0); !errors.Is(err, ErrNoQuestions) {
		t.Errorf("a block of the body charts' deck: %v, want ErrNoQuestions", err)
	}
}
