// Package techniquestest builds catalogues for tests and benchmarks.
package techniquestest

import (
	"fmt"

	"github.com/omt-reference/omt/techniques"
)

// Synthetic returns a valid catalogue of n techniques made from the embedded
// one: its entries are cycled, each copy given a new id, a numbered name and a
// word of its own, so that the vocabulary grows with the catalogue as real
// content would. The vocabularies (conditions, flags, references) stay real.
func Synthetic(n int) (*techniques.Catalog, error) {
	base, err := techniques.Load()
	if err != nil {
		return nil, err
	}
	r := base.Records
	r.Techniques = make([]techniques.Technique, 0, n)
	for i := range n {
		t := base.Techniques[i%len(base.Techniques)]
		if i >= len(base.Techniques) {
			t.ID = fmt.Sprintf("%s-%d", t.ID, i)
			t.Name = fmt.Sprintf("%s, variant %d", t.Name, i)
			t.Summary = fmt.Sprintf("%s Variant word synth%05dx.", t.Summary, i)
		}
		r.Techniques = append(r.Techniques, t)
	}
	return techniques.New(r)
}
