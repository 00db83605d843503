package search_test

import (
	"testing"

	"github.com/omt-reference/omt/techniques"
	"github.com/omt-reference/omt/techniques/search"
	"github.com/omt-reference/omt/techniques/techniquestest"
)

// sizes are the shipped catalogue (0 stands for it) and two synthetic ones, to
// show how the cost grows.
var sizes = []int{0, 1000, 10000}

// BenchmarkConditionFilter filters by condition, as the TUI and list do.
func BenchmarkConditionFilter(b *testing.B) {
	for _, n := range sizes {
		c := techniquestest.Sized(b, n)
		x := search.New(c)
		b.Run(techniquestest.SizeName(c), func(b *testing.B) {
			for b.Loop() {
				if len(x.Find(techniques.Filter{Condition: "low-back-pain"})) == 0 {
					b.Fatal("no result")
				}
			}
		})
	}
}

// BenchmarkSearch is one keystroke's search, typed letter by letter: each
// iteration runs every prefix of the query, and reports the cost per keystroke.
func BenchmarkSearch(b *testing.B) {
	queries := []string{"counterstain lumbar", "ear infection", "hvla", "myofacial"}
	for _, n := range sizes {
		c := techniquestest.Sized(b, n)
		x := search.New(c)
		x.Search("warm") // build the index once, as the first keystroke does
		b.Run(techniquestest.SizeName(c), func(b *testing.B) {
			keystrokes := 0
			for b.Loop() {
				for _, q := range queries {
					for i := 1; i <= len(q); i++ {
						x.Search(q[:i])
						keystrokes++
					}
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(keystrokes), "ns/keystroke")
		})
	}
}

// BenchmarkFirstSearch is the first keystroke, which also builds the search
// index: the one-off cost a session pays.
func BenchmarkFirstSearch(b *testing.B) {
	for _, n := range sizes {
		c := techniquestest.Sized(b, n)
		b.Run(techniquestest.SizeName(c), func(b *testing.B) {
			for b.Loop() {
				b.StopTimer()
				fresh := search.New(c)
				b.StartTimer()
				fresh.Search("h")
			}
		})
	}
}
