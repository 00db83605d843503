package plan

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/omt-reference/omt/techniques"
)

// TestChartLineChartsOnlyTheRegionsTreated: pregnancy back pain has no
// technique taught in one region, so myofascial release was charted in all
// eight of its regions (M99.01 to M99.09). A step is charted in the regions
// the plan treats for the condition.
func TestChartLineChartsOnlyTheRegionsTreated(t *testing.T) {
	c := catalog(t)
	p := build(t, c, "pregnancy-back-pain", []string{"pregnancy"}, 10*time.Minute)
	note, ok := p.ChartLine(c)
	if !ok {
		t.Fatal("no chart line")
	}
	for _, code := range []string{"M99.01", "M99.06", "M99.07", "M99.09"} {
		if strings.Contains(note, code) {
			t.Errorf("pregnancy back pain charted with %s (a region not treated for it):\n%s", code, note)
		}
	}
	for _, s := range p.Steps() {
		if len(s.Regions) == 0 {
			t.Errorf("%s has no region in the plan", s.Technique.ID)
		}
		for _, r := range s.Regions {
			if !slices.Contains(s.Technique.Regions, r) {
				t.Errorf("%s charted in %s, where it is not taught", s.Technique.ID, r)
			}
		}
	}
}

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
		note, _ := p.ChartLine(c)
		if strings.Contains(note, "Muscle energy technique (general principles)") {
			t.Errorf("%v budget: the chart line names the general muscle energy entry:\n%s", budget, note)
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
