package plan

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/omt-reference/omt/techniques"
)

func TestSectionsPutWarningsBeforeSteps(t *testing.T) {
	c := catalog(t)
	p := build(t, c, "low-back-pain", []string{"osteoporosis"}, 15*time.Minute)
	secs := p.Sections(c)
	firstStep := slices.IndexFunc(secs, func(s techniques.Section) bool { return strings.HasPrefix(s.Title, "Position 1") })
	if firstStep < 0 {
		t.Fatal("no position section")
	}
	for _, title := range []string{"RED FLAGS", "SCREENING"} {
		i := slices.IndexFunc(secs, func(s techniques.Section) bool { return strings.HasPrefix(s.Title, title) })
		if i < 0 || i > firstStep || secs[i].Kind != techniques.Warning {
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
	order := slices.IndexFunc(secs, func(s techniques.Section) bool { return strings.HasPrefix(s.Title, "Order") })
	if order < 0 || !strings.Contains(secs[order].Title, "convention") {
		t.Errorf("no section saying the order is a convention")
	}
}

func TestSectionsWithoutFlagsSayNothingWasScreened(t *testing.T) {
	c := catalog(t)
	p := build(t, c, "neck-pain", nil, 0)
	s := p.Sections(c)[1]
	if s.Kind != techniques.Warning || !strings.Contains(s.Groups[0].Items[0], "nothing was screened") {
		t.Errorf("screening section %+v", s)
	}
}

func TestChartLine(t *testing.T) {
	c := catalog(t)
	p := build(t, c, "low-back-pain", []string{"osteoporosis"}, 15*time.Minute)
	note, ok := p.ChartLine(c)
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

func TestChartRegions(t *testing.T) {
	mfr := techniques.Technique{Regions: []string{"cervical", "thoracic", "lumbar", "pelvic"}}
	if got := chartRegions(mfr, []string{"lumbar", "sacral", "pelvic"}); !slices.Equal(got, []string{"lumbar", "pelvic"}) {
		t.Errorf("chartRegions = %v, want the focus regions it is taught in", got)
	}
	doming := techniques.Technique{Regions: []string{"thoracic", "rib", "abdominal"}}
	if got := chartRegions(doming, []string{"lumbar"}); !slices.Equal(got, doming.Regions) {
		t.Errorf("chartRegions = %v, want all its regions when it shares none", got)
	}
}

func TestDocumentJSON(t *testing.T) {
	c := catalog(t)
	p := build(t, c, "low-back-pain", []string{"osteoporosis"}, 15*time.Minute)
	b, err := json.Marshal(p.Document(c))
	if err != nil {
		t.Fatal(err)
	}
	var back map[string]any
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if back["budget_minutes"].(float64) != 15 || back["chart_line"] == "" || len(back["left_out"].([]any)) != 1 {
		t.Errorf("document: %s", b)
	}
	empty, _ := json.Marshal(build(t, c, "pregnancy-sleep-disturbance", nil, 0).Document(c))
	for _, want := range []string{`"budget_minutes":null`, `"groups":[]`, `"left_out":[]`, `"note":"Nothing to plan.`} {
		if !strings.Contains(string(empty), want) {
			t.Errorf("empty plan's JSON lacks %s: %s", want, empty)
		}
	}
}

func TestEmptyPlanHasNoTimeOrOrder(t *testing.T) {
	c := catalog(t)
	for _, p := range []Plan{build(t, c, "pregnancy-sleep-disturbance", nil, 0),
		build(t, c, "low-back-pain", nil, time.Minute)} {
		for _, s := range p.Sections(c) {
			if s.Title == "Time" || strings.HasPrefix(s.Title, "Order") || strings.HasPrefix(s.Title, "Chart") {
				t.Errorf("%s with nothing planned has a %q section", p.Condition.ID, s.Title)
			}
		}
	}
}
