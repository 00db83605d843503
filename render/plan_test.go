package render

import (
	"encoding/json"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/omt-reference/omt/plan"
	"github.com/omt-reference/omt/render/sheet"
	"github.com/omt-reference/omt/techniques"
	"github.com/omt-reference/omt/techniques/overlay"
	"github.com/omt-reference/omt/techniques/techniquestest"
)

func catalog(t testing.TB) *techniques.Catalog { return techniquestest.Shipped(t) }

func build(t *testing.T, c *techniques.Catalog, condition string, flags []string, budget time.Duration) plan.Plan {
	t.Helper()
	p, err := plan.Build(c, condition, flags, budget)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func ids(steps []plan.Step) []string {
	out := make([]string, len(steps))
	for i, s := range steps {
		out[i] = s.Technique.ID
	}
	return out
}

// supineOverlay is a school's supine variant of a technique whose sourced
// entry is done only prone (issue 18, finding 12).
const supineOverlay = "id: muscle-energy-innominate\npositions: [supine]\n"

func overlaid(t *testing.T, files map[string]string) *techniques.Catalog {
	t.Helper()
	fsys := fstest.MapFS{}
	for name, text := range files {
		fsys[name] = &fstest.MapFile{Data: []byte(text)}
	}
	c, report := overlay.Apply(catalog(t), fsys)
	if p := report.Problems(); len(p) > 0 {
		t.Fatalf("overlay refused: %v", p)
	}
	return c
}

// sectionText is every line of a plan's sections, as one string.
func sectionText(secs []sheet.Section) string {
	var b strings.Builder
	for _, s := range secs {
		b.WriteString(s.Title + "\n")
		for _, g := range s.Groups {
			b.WriteString(g.Title + "\n" + strings.Join(g.Items, "\n") + "\n")
		}
		b.WriteString(strings.Join(s.Items, "\n") + "\n" + strings.Join(s.Text, "\n") + "\n")
	}
	return b.String()
}

// stepJSON is one technique's step in the plan's JSON, as a script reads it.
func stepJSON(t *testing.T, doc PlanDocument, id string) map[string]any {
	t.Helper()
	data, err := json.Marshal(doc)
	if err != nil {
		t.Fatal(err)
	}
	var d struct {
		Groups []struct {
			Steps []map[string]any `json:"steps"`
		} `json:"groups"`
	}
	if err := json.Unmarshal(data, &d); err != nil {
		t.Fatal(err)
	}
	for _, g := range d.Groups {
		for _, s := range g.Steps {
			if s["id"] == id {
				return s
			}
		}
	}
	t.Fatalf("%s is not among the JSON steps", id)
	return nil
}

func TestDocumentJSON(t *testing.T) {
	c := catalog(t)
	p := build(t, c, "low-back-pain", []string{"osteoporosis"}, 15*time.Minute)
	b, err := json.Marshal(PlanJSON(c, p))
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
	empty, _ := json.Marshal(PlanJSON(c, build(t, c, "pregnancy-sleep-disturbance", nil, 0)))
	for _, want := range []string{`"budget_minutes":null`, `"groups":[]`, `"left_out":[]`, `"note":"Nothing to plan.`} {
		if !strings.Contains(string(empty), want) {
			t.Errorf("empty plan's JSON lacks %s: %s", want, empty)
		}
	}
}

// TestOverlayThatLiftsAPositionLimitIsNamed: for pregnancy the sourced
// muscle-energy-innominate is left out (no position the patient can take);
// a school overlay listing supine lets it into the plan, which a school may
// teach, but the plan must say that the overlay is why.
func TestOverlayThatLiftsAPositionLimitIsNamed(t *testing.T) {
	c := overlaid(t, map[string]string{"lab-b-supine.yaml": supineOverlay})
	p := build(t, c, "low-back-pain", []string{"pregnancy"}, 0)
	var step *plan.Step
	for _, s := range p.Steps() {
		if s.Technique.ID == "muscle-energy-innominate" {
			step = &s
		}
	}
	if step == nil || step.Position != techniques.Supine {
		t.Fatalf("the supine school variant is not planned supine: %v", ids(p.Steps()))
	}
	text := sectionText(sheet.Plan(c, p))
	for _, want := range []string{
		"Planned only because of a school overlay",
		"Muscle energy, anterior innominate rotation (prone) [muscle-energy-innominate]: Positions from the school overlay lab-b-supine.yaml (supine). " +
			"The sourced entry is done only prone, and lying prone is impractical later in pregnancy.",
		"SCHOOL OVERLAY: planned by lab-b-supine.yaml (see Screening).",
		"1 planned only by a school overlay",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("the plan does not say %q:\n%s", want, text)
		}
	}
	s := stepJSON(t, PlanJSON(c, p), "muscle-energy-innominate")
	by, _ := s["allowed_by_overlay"].([]any)
	if len(by) != 1 {
		t.Fatalf("JSON step has no allowed_by_overlay: %v", s)
	}
	reason, _ := by[0].(map[string]any)
	if reason["overlay_file"] != "lab-b-supine.yaml" || reason["field"] != "positions" || reason["flag"] != "pregnancy" ||
		!strings.Contains(reason["note"].(string), "done only prone") {
		t.Errorf("allowed_by_overlay %v", reason)
	}
}

// TestOverlayNamedOnlyWhenItDecides: without pregnancy, or when the sourced
// entry already has a position left, the overlay is not why the technique is
// planned, and the plan does not say it is.
func TestOverlayNamedOnlyWhenItDecides(t *testing.T) {
	c := overlaid(t, map[string]string{
		"lab-b-supine.yaml": supineOverlay,
		// soft-tissue-paraspinal is sourced prone and side-lying: side-lying stays open.
		"lab-b-paraspinal.yaml": "id: soft-tissue-paraspinal\npositions: [lateral, seated]\n",
	})
	for _, flags := range [][]string{nil, {"osteoporosis"}, {"pregnancy"}} {
		p := build(t, c, "low-back-pain", flags, 0)
		for _, s := range p.Steps() {
			decides := s.Technique.ID == "muscle-energy-innominate" && len(flags) == 1 && flags[0] == "pregnancy"
			_, named := stepJSON(t, PlanJSON(c, p), s.Technique.ID)["allowed_by_overlay"]
			if named != decides {
				t.Errorf("flags %v, %s: allowed_by_overlay given %v, want %v", flags, s.Technique.ID, named, decides)
			}
		}
	}
}

// TestOverlayThatNarrowsPositionsIsNamed: an overlay that takes away the
// position the patient could use leaves the technique out, and the reason
// says the positions are the overlay's, not the sources'.
func TestOverlayThatNarrowsPositionsIsNamed(t *testing.T) {
	c := overlaid(t, map[string]string{"prone-only.yaml": "id: soft-tissue-paraspinal\npositions: [prone]\n"})
	p := build(t, c, "low-back-pain", []string{"pregnancy"}, 0)
	text := sectionText(sheet.Plan(c, p))
	if !strings.Contains(text, "[soft-tissue-paraspinal]: Pregnancy (position): Done only prone, and lying prone is "+
		"impractical later in pregnancy. Positions from the school overlay prone-only.yaml.") {
		t.Errorf("the left-out reason does not name the overlay:\n%s", text)
	}
}
