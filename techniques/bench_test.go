package techniques_test

import (
	"fmt"
	"testing"

	"github.com/omt-reference/omt/techniques"
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
		c := catalogue(b, n)
		b.Run(name(c), func(b *testing.B) {
			for b.Loop() {
				if _, err := techniques.New(c.Records); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
