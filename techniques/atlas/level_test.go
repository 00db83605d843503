package atlas

import (
	"slices"
	"testing"

	"github.com/omt-reference/omt/notation"
	"github.com/omt-reference/omt/techniques"
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
		for _, x := range AtLevel(c, l).Techniques {
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

func TestAtLevel(t *testing.T) {
	c := mustLoad(t)
	l, _ := notation.ParseLevel("T10")
	rep := AtLevel(c, l)
	organs := func(rows []techniques.OrganLevels) []string {
		var out []string
		for _, r := range rows {
			out = append(out, r.Organ)
		}
		return out
	}
	if !slices.Contains(organs(rep.Viscerosomatic), "appendix") {
		t.Errorf("T10 does not list the appendix: %v", organs(rep.Viscerosomatic))
	}
	if rep.Region != "thoracic" || len(rep.Techniques) == 0 || len(rep.TenderPoints) == 0 {
		t.Errorf("T10: region %q, %d techniques, %d tender points", rep.Region, len(rep.Techniques), len(rep.TenderPoints))
	}
	rib, _ := notation.ParseLevel("rib 4")
	if rep := AtLevel(c, rib); rep.Region != "rib" {
		t.Errorf("rib 4 is in region %q", rep.Region)
	}
}
