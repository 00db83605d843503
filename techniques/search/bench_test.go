package search_test

import (
	"fmt"
	"testing"

	"github.com/omt-reference/omt/techniques"
	"github.com/omt-reference/omt/techniques/search"
	"github.com/omt-reference/omt/techniques/techniquestest"
)

// sizes are the shipped catalogue (0 stands for it) and two synthetic ones, to
// show how the cost grows.
var sizes = []int{0, 1000, 10000}

func catalogue(b *testing.B, n int) *techniques.Catalog {
	b.Helper()
	var c *techniques.Catalog
	var err error
	if n == 0 {
		c, err = techniques.Load()
	} else {
		c, err = techniquestest.Synthetic(n)
	}
	if err != nil {
		b.Fatal(err)
	}
	return c
}

func name(c *techniques.Catalog) string { return fmt.Sprintf("techniques=%d", len(c.Techniques)) }

// BenchmarkConditionFilter filters by condition, as the TUI and list do.
func BenchmarkConditionFilter(b *testing.B) {
	for _, n := range sizes {
		c := catalogue(b, n)
		x := search.New(c)
		b.Run(name(c), func(b *testing.B) {
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
		c := catalogue(b, n)
		x := search.New(c)
		x.Search("warm") // build the index once, as the first keystroke does
		b.Run(name(c), func(b *testing.B) {
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
		c := catalogue(b, n)
		b.Run(name(c), func(b *testing.B) {
			for b.Loop() {
				b.StopTimer()
				fresh := search.New(c)
				b.StartTimer()
				fresh.Search("h")
			}
		})
	}
}
