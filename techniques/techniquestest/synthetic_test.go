package techniquestest

import (
	"testing"

	"github.com/omt-reference/omt/techniques/search"
)

func TestSyntheticIsValidAndSized(t *testing.T) {
	for _, n := range []int{10, 1000} {
		c, err := Synthetic(n)
		if err != nil {
			t.Fatalf("Synthetic(%d): %v", n, err)
		}
		if len(c.Techniques) != n {
			t.Errorf("Synthetic(%d) has %d techniques", n, len(c.Techniques))
		}
		if got := search.New(c).Search("synth00999x"); n == 1000 && len(got) != 1 {
			t.Errorf("the unique word of technique 999 finds %d techniques", len(got))
		}
	}
}
