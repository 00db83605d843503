package techniques

import (
	"slices"
	"testing"

	"github.com/omt-reference/omt/notation"
)

// TestAtLevelHonoursTechniqueLevels: a technique taught for narrower levels
// than its region (the first rib, the OA, C2-C7) is offered at those levels
// only, as the notation reader already does; "what is at rib 4?" must not
// offer a first-rib thrust, nor "what is at OA?" the C2-C7 thrust.
func TestAtLevelHonoursTechniqueLevels(t *testing.T) {
	c := mustLoad(t)
	for _, tc := range []struct {
		level     string
		want, not []string
	}{
		{"rib 1", []string{"hvla-first-rib", "counterstrain-ribs"}, []string{"hvla-ribs"}},
		{"rib 4", []string{"hvla-ribs", "counterstrain-ribs"}, []string{"hvla-first-rib", "muscle-energy-first-rib"}},
		{"OA", []string{"muscle-energy-occipitoatlantal", "counterstrain-cervical"}, []string{"hvla-cervical", "muscle-energy-atlantoaxial"}},
		{"C4", []string{"hvla-cervical", "muscle-energy-cervical"}, []string{"hvla-atlantoaxial", "muscle-energy-occipitoatlantal"}},
	} {
		l, err := notation.ParseLevel(tc.level)
		if err != nil {
			t.Fatalf("%s: %v", tc.level, err)
		}
		var got []string
		for _, x := range c.AtLevel(l).Techniques {
			got = append(got, x.ID)
		}
		for _, id := range tc.want {
			if !slices.Contains(got, id) {
				t.Errorf("%s: %s missing from %v", tc.level, id, got)
			}
		}
		for _, id := range tc.not {
			if slices.Contains(got, id) {
				t.Errorf("%s: offers %s, which is taught for other levels", tc.level, id)
			}
		}
	}
}
