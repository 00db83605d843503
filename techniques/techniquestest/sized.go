package techniquestest

import (
	"fmt"
	"testing"

	"github.com/omt-reference/omt/techniques"
)

// Shipped is the embedded catalogue; it fails tb when that does not load.
func Shipped(tb testing.TB) *techniques.Catalog {
	tb.Helper()
	c, err := techniques.Load()
	if err != nil {
		tb.Fatal(err)
	}
	return c
}

// Sized is the embedded catalogue for n = 0, and a synthetic one of n
// techniques otherwise (see Synthetic), for benchmarks that show how a cost
// grows with the catalogue.
func Sized(tb testing.TB, n int) *techniques.Catalog {
	tb.Helper()
	if n == 0 {
		return Shipped(tb)
	}
	c, err := Synthetic(n)
	if err != nil {
		tb.Fatal(err)
	}
	return c
}

// SizeName names a catalogue by its size, for a sub-benchmark: "techniques=66".
func SizeName(c *techniques.Catalog) string { return fmt.Sprintf("techniques=%d", len(c.Techniques)) }
