package anki

import (
	"strings"
	"testing"

	"github.com/omt-reference/omt/cards"
	"github.com/omt-reference/omt/techniques"
)

// TestChartCardsAreLeftOut: a body-chart card asks about a picture the
// study screen draws at its own size ("Which counterstrain tender point is
// lit on the chart?"); a note carries no picture, so in Anki the card could
// not be answered. Both exports are made of FromCards's notes, which leave
// those cards out and keep every other.
func TestChartCardsAreLeftOut(t *testing.T) {
	c, err := techniques.Load()
	if err != nil {
		t.Fatal(err)
	}
	all := cards.Generate(c)
	charts := 0
	for _, k := range all {
		if k.Chart != nil {
			charts++
		}
	}
	notes := FromCards(c, all)
	for _, n := range notes {
		if strings.Contains(n.Front, "on the chart") {
			t.Fatalf("a chart card became note %s: %q", n.GUID, n.Front)
		}
	}
	if charts == 0 || len(notes) != len(all)-charts {
		t.Errorf("%d notes from %d cards of which %d show a chart", len(notes), len(all), charts)
	}
}
