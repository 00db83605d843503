package techniques_test

import (
	"testing"

	"github.com/omt-reference/omt/techniques"
	"github.com/omt-reference/omt/techniques/techniquestest"
)

// sizes are the shipped catalogue (0 stands for it) and two synthetic ones, to
// show how the cost grows.
var sizes = []int{0, 1000, 10000}

// BenchmarkLoadEmbedded is what omt does at start: take the generated
// catalogue and find one technique (which builds the id index).
func BenchmarkLoadEmbedded(b *testing.B) {
	for b.Loop() {
		c, err := techniques.Load()
		if err != nil {
			b.Fatal(err)
		}
		if _, ok := c.Technique("counterstrain-lumbar"); !ok {
			b.Fatal("lookup failed")
		}
	}
}

// BenchmarkLoadYAML is the validating path the generator and the tests take:
// parse every YAML file, validate and index. omt no longer pays it at start.
func BenchmarkLoadYAML(b *testing.B) {
	for b.Loop() {
		if _, err := techniques.LoadFS(techniques.Files()); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkValidateAndIndex validates and indexes catalogues of each size:
// the part of loading that grows with the catalogue once parsing is gone.
func BenchmarkValidateAndIndex(b *testing.B) {
	for _, n := range sizes {
		c := techniquestest.Sized(b, n)
		b.Run(techniquestest.SizeName(c), func(b *testing.B) {
			for b.Loop() {
				if _, err := techniques.New(c.Records); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
