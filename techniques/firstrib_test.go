package techniques

import (
	"slices"
	"testing"
)

// TestInhaledFirstRibOffersFirstRibTechniques: the first-rib entries are
// taught for an elevated (inhaled) first rib only, so the notation reader
// offers them for rib 1 held in inhalation and for no other rib.
func TestInhaledFirstRibOffersFirstRibTechniques(t *testing.T) {
	c := mustLoad(t)
	firstRib := []string{"hvla-first-rib", "muscle-energy-first-rib"}
	for _, tc := range []struct {
		text  string
		offer bool
	}{
		{"elevated first rib", true},
		{"rib 1 inhaled", true},
		{"left rib 1 inhalation dysfunction", true},
		{"rib 2 inhaled", false},
		{"rib 4 inhaled", false},
		{"ribs 3-5 inhalation dysfunction", false},
		{"rib 1 exhaled", false},
	} {
		r, err := c.ReadNotation(tc.text)
		if err != nil {
			t.Fatalf("%q: %v", tc.text, err)
		}
		var got []string
		for _, s := range r.SetUps {
			got = append(got, s.Technique)
		}
		for _, id := range firstRib {
			if has := slices.Contains(got, id); has != tc.offer {
				t.Errorf("%q offers %v; %s offered: %v, want %v", tc.text, got, id, has, tc.offer)
			}
		}
	}
}
