package ui

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/omt-reference/omt/ui/common"
	"github.com/omt-reference/omt/ui/planview"

	schooloverlay "github.com/omt-reference/omt/techniques/overlay"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/exp/golden"
)

// planFor opens the browser on a condition's overview, screened for flags,
// and presses P there.
func planFor(t *testing.T, condition string, flags ...string) (Model, *planview.View) {
	t.Helper()
	m := realSized(t, 120, 40, Options{Condition: condition, Patient: flags})
	if _, ok := m.browse.list.SelectedOverview(); !ok {
		t.Fatal("the browser did not open on the condition's overview")
	}
	m = send(t, m, press("P"))
	v, ok := m.overlay.(*planview.View)
	if !ok {
		t.Fatalf("P on the overview opened %T", m.overlay)
	}
	return m, v
}

func TestPlanOpensFromTheOverview(t *testing.T) {
	_, v := planFor(t, "low-back-pain", "osteoporosis")
	if v.Condition() != "low-back-pain" || !slices.Equal(v.Patient(), []string{"osteoporosis"}) || v.Budget() != 0 {
		t.Errorf("plan for %s, patient %v, budget %d", v.Condition(), v.Patient(), v.Budget())
	}
	view := v.View()
	for _, want := range []string{"no budget", "1 left out", "RED FLAGS"} {
		if !strings.Contains(view, want) {
			t.Errorf("plan view lacks %q:\n%s", want, view)
		}
	}
}

func TestPlanFromAConditionFoundBySearch(t *testing.T) {
	m := realSized(t, 120, 40, Options{})
	m = searchFor(t, m, "pneumonia")
	m = send(t, m, press("enter")) // leave the input; the cursor is on the condition
	if _, ok := m.browse.list.SelectedCondition(); !ok {
		t.Fatalf("the search did not select a condition: %s", selectedID(m))
	}
	m = send(t, m, press("P"))
	if v, ok := m.overlay.(*planview.View); !ok || v.Condition() != "pneumonia" {
		t.Fatalf("P on a condition found by search opened %T", m.overlay)
	}
}

func TestPlanWithoutAConditionSaysHow(t *testing.T) {
	m := realSized(t, 120, 40, Options{})
	m = send(t, m, press("P"))
	if m.overlay != nil {
		t.Fatalf("P with no condition opened %T", m.overlay)
	}
	if !strings.Contains(m.status, "Choose a condition") {
		t.Errorf("status %q", m.status)
	}
}

func TestPlanBudgetKeys(t *testing.T) {
	m, v := planFor(t, "low-back-pain", "osteoporosis")
	whole := int(v.Whole().Time.Max.Minutes())
	m = send(t, m, press("+"))
	if v.Budget() != 0 {
		t.Errorf("+ without a budget set one of %d min; there is nothing more to plan", v.Budget())
	}
	steps := []struct {
		key  string
		want int
	}{
		{"-", whole / planview.BudgetStep * planview.BudgetStep}, // from everything, down to the step
		{"-", whole/planview.BudgetStep*planview.BudgetStep - planview.BudgetStep},
		{"+", whole / planview.BudgetStep * planview.BudgetStep},
		{"=", whole/planview.BudgetStep*planview.BudgetStep + planview.BudgetStep}, // + without shift
	}
	for _, s := range steps {
		m = send(t, m, press(s.key))
		if v.Budget() != s.want {
			t.Fatalf("after %s the budget is %d min, want %d", s.key, v.Budget(), s.want)
		}
		if v.Plan().Budget.Minutes() != float64(s.want) || v.Plan().Time.Max.Minutes() > float64(s.want) {
			t.Fatalf("budget %d min planned %v with budget %v", s.want, v.Plan().Time.Max, v.Plan().Budget)
		}
	}
	for range 60 {
		m = send(t, m, press("-"))
	}
	if v.Budget() != planview.MinBudget {
		t.Errorf("the budget went down to %d min, want at least %d", v.Budget(), planview.MinBudget)
	}
	if !strings.Contains(v.View(), fmt.Sprintf("budget %d min", planview.MinBudget)) {
		t.Errorf("the budget line does not say the budget:\n%s", v.View())
	}
	_ = m
}

func TestPlanScrollsCopiesAndCloses(t *testing.T) {
	m, v := planFor(t, "low-back-pain", "osteoporosis")
	m = send(t, m, press("-"), press("-"))
	m = send(t, m, press("j"))
	if v.Offset() != 1 {
		t.Errorf("j scrolled to %d", v.Offset())
	}
	m = send(t, m, press("G"))
	if v.Offset() == 0 || !strings.Contains(screen(m), "Chart line") && !strings.Contains(screen(m), "Reassessment") {
		t.Errorf("G did not reach the end:\n%s", screen(m))
	}
	next, cmd := m.Update(press("y"))
	m = next.(Model)
	if cmd == nil || !strings.Contains(m.status, "the plan as markdown") {
		t.Errorf("y: status %q, cmd %v", m.status, cmd != nil)
	}
	if m.overlay == nil {
		t.Fatal("y closed the plan")
	}
	m = send(t, m, press("esc"))
	if m.overlay != nil {
		t.Errorf("esc left %T open", m.overlay)
	}
}

func TestPlanSectionKeys(t *testing.T) {
	m, v := planFor(t, "low-back-pain", "osteoporosis")
	m = send(t, m, press("]"), press("]"))
	if first := v.Lines()[v.Offset()]; !strings.Contains(first, "Position 1 of") {
		t.Errorf("] ] shows %q first, want the first position", first)
	}
	m = send(t, m, press("["))
	if first := v.Lines()[v.Offset()]; !strings.Contains(first, "SCREENING") {
		t.Errorf("[ shows %q first, want the screening", first)
	}
	m = send(t, m, press("["), press("["))
	if v.Offset() != 0 {
		t.Errorf("[ at the top scrolled to %d", v.Offset())
	}
	_ = m
}

func TestPlanCopyIsTheMarkdownPlan(t *testing.T) {
	_, v := planFor(t, "pneumonia", "fever-infection")
	_, _, eff := v.Update(press("y"))
	c, ok := eff.(common.CopyText)
	if !ok {
		t.Fatalf("y gave %T", eff)
	}
	for _, want := range []string{"# Visit plan: Pneumonia", "## ⚠ SCREENING", "1. Rib raising", "Chart line"} {
		if !strings.Contains(c.Text, want) {
			t.Errorf("the copied plan lacks %q", want)
		}
	}
}

// TestGoldenPlanScreens pins the plan view for the example at the
// three sizes: opened and cut to 15 minutes, then a page further down.
func TestGoldenPlanScreens(t *testing.T) {
	sizes := [][2]int{{120, 40}, {80, 24}, {50, 16}}
	screens := []struct {
		name string
		keys []tea.Msg
	}{
		{"plan", []tea.Msg{press("P"), press("-"), press("-")}},
		{"plan-steps", []tea.Msg{press("P"), press("-"), press("-"), press("]"), press("]")}},
	}
	for _, size := range sizes {
		for _, sc := range screens {
			t.Run(fmt.Sprintf("%s_%dx%d", sc.name, size[0], size[1]), func(t *testing.T) {
				m := realSized(t, size[0], size[1], Options{Condition: "low-back-pain", Patient: []string{"osteoporosis"}})
				m = send(t, m, sc.keys...)
				if _, ok := m.overlay.(*planview.View); !ok {
					t.Fatalf("no plan view: %T", m.overlay)
				}
				assertFits(t, screen(m), size[0], size[1])
				golden.RequireEqual(t, asciiScreen(t, m))
			})
		}
	}
}

// TestPlanKeysFitEverySize changes the budget and scrolls at sizes from
// tiny to wide; the screen must always fit.
func TestPlanKeysFitEverySize(t *testing.T) {
	keys := []string{"-", "j", "-", "G", "+", "=", "pgup", "-", "-", "-", "g", "+"}
	for _, size := range [][2]int{{40, 12}, {41, 13}, {60, 20}, {100, 30}, {200, 60}, {20, 5}} {
		m := realSized(t, size[0], size[1], Options{Condition: "oedema", Patient: []string{"osteoporosis"}})
		m = send(t, m, press("P"))
		for _, k := range keys {
			m = send(t, m, press(k))
			assertFitsSized(t, fmt.Sprintf("%dx%d after %s", size[0], size[1], k), screen(m), size[0], size[1])
		}
	}
}

// TestPlanViewNamesTheOverlayThatLetsATechniqueIn: the browser's plan shows
// the same reason as omt plan when an overlay lifts a position limit.
func TestPlanViewNamesTheOverlayThatLetsATechniqueIn(t *testing.T) {
	c, report := schooloverlay.Apply(realCatalog(t), fstest.MapFS{
		"lab-b-supine.yaml": {Data: []byte("id: muscle-energy-innominate\npositions: [supine]\n")}})
	if p := report.Problems(); len(p) > 0 {
		t.Fatal(p)
	}
	m := send(t, New(c, Options{Condition: "low-back-pain", Patient: []string{"pregnancy"}}),
		tea.WindowSizeMsg{Width: 120, Height: 40})
	m = send(t, m, press("P"))
	v, ok := m.overlay.(*planview.View)
	if !ok {
		t.Fatalf("P opened %T", m.overlay)
	}
	text := strings.Join(strings.Fields(strings.Join(v.Lines(), " ")), " ")
	for _, want := range []string{"Planned only because of a school overlay", "SCHOOL OVERLAY: planned by lab-b-supine.yaml"} {
		if !strings.Contains(text, want) {
			t.Errorf("the plan view lacks %q", want)
		}
	}
}
