package bodychart_test

import (
	"testing"

	"github.com/omt-reference/omt/bodychart"
	"github.com/omt-reference/omt/techniques/techniquestest"
)

func BenchmarkNew(b *testing.B) {
	c := techniquestest.Shipped(b)
	for b.Loop() {
		bodychart.New(c)
	}
}

func BenchmarkRenderCard(b *testing.B) {
	_, ch := shippedChart(b)
	for b.Loop() {
		ch.Render(bodychart.Options{View: bodychart.Back, Width: 30, Height: 12, Lit: []string{"tender-points/pt4"}, Around: []string{"tender-points/pt2", "tender-points/pt8"}})
	}
}

func BenchmarkRenderBody(b *testing.B) {
	_, ch := shippedChart(b)
	for b.Loop() {
		ch.Render(bodychart.Options{View: bodychart.Back, Width: 40, Height: 30, Lit: []string{"tender-points/pt4"}})
	}
}
