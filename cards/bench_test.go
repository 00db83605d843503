package cards_test

import (
	"testing"

	"github.com/omt-reference/omt/cards"
	"github.com/omt-reference/omt/techniques"
)

// BenchmarkGenerate makes every card of the shipped catalogue, as `omt study`
// does when it starts.
func BenchmarkGenerate(b *testing.B) {
	c, err := techniques.Load()
	if err != nil {
		b.Fatal(err)
	}
	n := 0
	for b.Loop() {
		n = len(cards.Generate(c))
	}
	b.ReportMetric(float64(n), "cards")
}
