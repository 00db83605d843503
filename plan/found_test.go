package plan

import (
	"slices"
	"testing"
	"time"

	"github.com/omt-reference/omt/techniques"
)

// TestRegionSpecificEntryBeforeTheGeneralOne: the low back plan planned the
// general muscle energy entry and left the lumbar one for another visit.
func TestRegionSpecificEntryBeforeTheGeneralOne(t *testing.T) {
	c := catalog(t)
	for _, budget := range []time.Duration{0, 10 * time.Minute, 20 * time.Minute, 30 * time.Minute} {
		p := build(t, c, "low-back-pain", nil, budget)
		planned := ids(p.Steps())
		if slices.Contains(planned, "muscle-energy") {
			t.Errorf("%v budget: the general muscle energy entry is planned beside the lumbar, sacral and innominate ones: %v", budget, planned)
		}
	}
	// With the lumbar entry ruled out, the general one may stand in for it.
	p := build(t, c, "low-back-pain", []string{"pregnancy"}, 0)
	if !slices.Contains(ids(p.Steps()), "muscle-energy-lumbar") && !slices.Contains(ids(p.Steps()), "muscle-energy") {
		t.Errorf("no muscle energy at all in pregnancy: %v", ids(p.Steps()))
	}
}

// TestLatePregnancyKeepsThePatientOffHerBack: at 32 weeks a technique that
// can be done in another position is not planned supine, and a supine-only
// technique carries the aortocaval caution.
func TestLatePregnancyKeepsThePatientOffHerBack(t *testing.T) {
	c := catalog(t)
	flags, err := c.ResolveFlags([]string{"32 weeks pregnant"})
	if err != nil {
		t.Fatal(err)
	}
	p := build(t, c, "pregnancy-back-pain", flags, 20*time.Minute)
	for _, s := range p.Steps() {
		if s.Position != techniques.Supine {
			continue
		}
		if len(s.Allowed) > 1 {
			t.Errorf("%s planned supine at 32 weeks although it is done %v", s.Technique.ID, s.Allowed)
		}
		if !slices.ContainsFunc(s.Cautions, func(r techniques.ScreenReason) bool { return r.Flag == "late-pregnancy" }) {
			t.Errorf("%s planned supine at 32 weeks without the late-pregnancy caution: %+v", s.Technique.ID, s.Cautions)
		}
	}
}
