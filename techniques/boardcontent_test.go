package techniques

import (
	"testing"
)

// Content faults of issue 19, each checked against the shipped catalogue.

// TestContraindicationFaults: acute whiplash bars thrust at least as firmly as
// the direct techniques WHO lists it against; the liver pump is barred by an
// acute abdomen (acute cholecystitis) and lists hepatitis; CV4 follows the
// board's bar in pregnancy; MFR in COPD carries the air-trapping caution.
func TestContraindicationFaults(t *testing.T) {
	c := mustLoad(t)
	for _, tt := range []struct{ technique, flag, want string }{
		{"hvla-cervical", "acute-whiplash", GradeAbsolute},
		{"liver-pump", "acute-abdomen", GradeAbsolute},
		{"liver-pump", "hepatomegaly", GradeRelative},
		{"cv4", "pregnancy", GradeAbsolute},
		{"myofascial-release", "severe-copd", GradeRelative},
	} {
		tech, ok := c.Technique(tt.technique)
		if !ok {
			t.Fatalf("no technique %s", tt.technique)
		}
		if got := GradeOf(tech, tt.flag); got != tt.want {
			t.Errorf("%s grades %s %s; want %s", tt.technique, tt.flag, got, tt.want)
		}
	}
	for _, word := range []string{"acute cholecystitis", "cholecystitis", "hepatitis"} {
		flags, err := c.ResolveFlags([]string{word})
		liver, _ := c.Technique("liver-pump")
		if err != nil || len(flags) == 0 || c.Screen(liver, flags).Status == StatusOK {
			t.Errorf("a patient with %s screens the liver pump %v (flags %v)", word, c.Screen(liver, flags).Status, flags)
		}
	}
}
