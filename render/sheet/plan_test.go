package sheet

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/omt-reference/omt/plan"
)

func TestSectionsPutWarningsBeforeSteps(t *testing.T) {
	c := catalog(t)
	p := build(t, c, "low-back-pain", []string{"osteoporosis"}, 15*time.Minute)
	secs := Plan(c, p)
	firstStep := slices.IndexFunc(secs, func(s Section) bool { return strings.HasPrefix(s.Title, "Position 1") })
	if firstStep < 0 {
		t.Fatal("no position section")
	}
	for _, title := range []string{"RED FLAGS", "SCREENING"} {
		i := slices.IndexFunc(secs, func(s Section) bool { return strings.HasPrefix(s.Title, title) })
		if i < 0 || i > firstStep || secs[i].Kind != Warning {
			t.Errorf("%s at %d (kind %v), want a warning before the first step at %d", title, i, secs[i].Kind, firstStep)
		}
	}
	screening := secs[1]
	var text []string
	for _, g := range screening.Groups {
		text = append(text, g.Title)
		text = append(text, g.Items...)
	}
	all := strings.Join(text, "\n")
	for _, want := range []string{"hvla-lumbar", "Rotational thrust", "Caution", "Screened only for: Osteoporosis"} {
		if !strings.Contains(all, want) {
			t.Errorf("screening lacks %q:\n%s", want, all)
		}
	}
	order := slices.IndexFunc(secs, func(s Section) bool { return strings.HasPrefix(s.Title, "Order") })
	if order < 0 || !strings.Contains(secs[order].Title, "convention") {
		t.Errorf("no section saying the order is a convention")
	}
}

func TestSectionsWithoutFlagsSayNothingWasScreened(t *testing.T) {
	c := catalog(t)
	p := build(t, c, "neck-pain", nil, 0)
	s := Plan(c, p)[1]
	if s.Kind != Warning || !strings.Contains(s.Groups[0].Items[0], "nothing was screened") {
		t.Errorf("screening section %+v", s)
	}
}

func TestChartLine(t *testing.T) {
	c := catalog(t)
	p := build(t, c, "low-back-pain", []string{"osteoporosis"}, 15*time.Minute)
	note, ok := ChartLine(c, p)
	if !ok {
		t.Fatal("no chart line")
	}
	for _, s := range p.Steps() {
		if !strings.Contains(note, s.Technique.Name) {
			t.Errorf("chart line lacks %s", s.Technique.Name)
		}
	}
	for _, s := range p.DidNotFit {
		if strings.Contains(note, s.Technique.Name+" (") {
			t.Errorf("chart line names %s, which did not fit", s.Technique.Name)
		}
	}
	if strings.Contains(note, "HVLA") {
		t.Error("chart line names the contraindicated thrust")
	}
	for _, want := range []string{"CAUTION", "M99.03", "Screened for Osteoporosis"} {
		if !strings.Contains(note, want) {
			t.Errorf("chart line lacks %q: %s", want, note)
		}
	}
	// Myofascial release is taught in eight regions; for low back pain it
	// is charted where the condition's own techniques work.
	if strings.Contains(note, "upper extremity") || strings.Contains(note, "cervical") {
		t.Errorf("chart line charts regions low back pain is not treated in: %s", note)
	}
}

func TestEmptyPlanHasNoTimeOrOrder(t *testing.T) {
	c := catalog(t)
	for _, p := range []plan.Plan{build(t, c, "pregnancy-sleep-disturbance", nil, 0),
		build(t, c, "low-back-pain", nil, time.Minute)} {
		for _, s := range Plan(c, p) {
			if s.Title == "Time" || strings.HasPrefix(s.Title, "Order") || strings.HasPrefix(s.Title, "Chart") {
				t.Errorf("%s with nothing planned has a %q section", p.Condition.ID, s.Title)
			}
		}
	}
}

// TestChartLineChartsOnlyTheRegionsTreated: pregnancy back pain has no
// technique taught in one region, so myofascial release was charted in all
// eight of its regions (M99.01 to M99.09). A step is charted in the regions
// the plan treats for the condition.
func TestChartLineChartsOnlyTheRegionsTreated(t *testing.T) {
	c := catalog(t)
	p := build(t, c, "pregnancy-back-pain", []string{"pregnancy"}, 10*time.Minute)
	note, ok := ChartLine(c, p)
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

// TestChartLineLeavesOutTheGeneralEntry: the low back plan planned the
// general muscle energy entry beside the lumbar one, and the chart line
// named it.
func TestChartLineLeavesOutTheGeneralEntry(t *testing.T) {
	c := catalog(t)
	for _, budget := range []time.Duration{0, 10 * time.Minute, 20 * time.Minute, 30 * time.Minute} {
		p := build(t, c, "low-back-pain", nil, budget)
		note, _ := ChartLine(c, p)
		if strings.Contains(note, "Muscle energy technique (general principles)") {
			t.Errorf("%v budget: the chart line names the general muscle energy entry:\n%s", budget, note)
		}
	}
}

func TestNoChartLineForAnEmptyPlan(t *testing.T) {
	c := catalog(t)
	p := build(t, c, "pregnancy-sleep-disturbance", nil, 0)
	if _, ok := ChartLine(c, p); ok {
		t.Error("a chart line for an empty plan")
	}
}
