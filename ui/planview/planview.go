// Package planview is the visit plan screen (P): the plan for a condition,
// screened for the findings ticked, as omt plan prints it (package plan
// builds it, render/sheet words it); + and - change the time budget, [ and ]
// step between its sections, y copies it as markdown.
package planview

import (
	"fmt"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/omt-reference/omt/plan"
	"github.com/omt-reference/omt/render"
	"github.com/omt-reference/omt/render/sheet"
	"github.com/omt-reference/omt/ui/common"
)

// The budget steps of the plan view: + and - move by BudgetStep, between
// MinBudget and MaxBudget minutes.
const (
	BudgetStep = 5
	MinBudget  = 5
	MaxBudget  = 240
)

// View shows the visit plan for a condition, screened for the findings
// ticked, as `omt plan` prints it. + and - change the time budget; y copies
// the plan as markdown.
type View struct {
	common.Common
	condition string   // condition id
	patient   []string // flag ids
	budget    int      // minutes; 0: no budget
	full      plan.Plan
	plan      plan.Plan
	lines     []string
	sections  []int // the line each section starts on, for [ and ]
	doc       common.Scroller
	width     int
	height    int
	keys      planKeys
}

var _ common.Screen = (*View)(nil)

// planKeys are the plan's own keys; the rest it shares (KeyMap).
type planKeys struct {
	*common.KeyMap
	BudgetMore key.Binding
	BudgetLess key.Binding
}

// Entry plans a visit (P) for the condition under the cursor (its
// overview row, or a condition found by a search), or else the condition
// chosen.
func Entry(condition key.Binding) common.Entry {
	plan := key.NewBinding(key.WithKeys("P"), key.WithHelp("P", "plan a visit"))
	return common.Entry{
		Key: plan,
		Open: func(c common.Context) (common.Screen, tea.Cmd, string) {
			id := c.InView
			if id == "" {
				id = c.Condition
			}
			if id == "" {
				return nil, nil, "Choose a condition (" + condition.Help().Key + "), then press " + plan.Help().Key + " on its overview to plan a visit."
			}
			return New(c.Common, id, c.Patient), nil, ""
		},
	}
}

// New plans a visit for a condition (by id) without a budget.
func New(c common.Common, conditionID string, patient []string) *View {
	v := &View{Common: c, condition: conditionID, patient: patient, doc: common.Scroller{Keys: c.Keys}, keys: planKeys{KeyMap: c.Keys,
		BudgetMore: key.NewBinding(key.WithKeys("+", "="), key.WithHelp("+", "more time")),
		BudgetLess: key.NewBinding(key.WithKeys("-"), key.WithHelp("-", "less time"))}}
	v.full, _ = plan.Build(c.Catalog, conditionID, patient, 0) // the id comes from the catalogue
	v.plan = v.full
	return v
}

// Title heads the screen.
func (v *View) Title() string { return sheet.PlanTitle(v.plan) }

// ScrollMark says where the screen is scrolled to, for the frame's border.
func (v *View) ScrollMark() string { return v.doc.Mark(v.Styles.G, v.keys.Down) }

// ShortHelp is the keys that work now, for the footer.
func (v *View) ShortHelp() []key.Binding {
	// The budget keys first: a narrow footer keeps the start of the line.
	return []key.Binding{v.keys.BudgetLess, v.keys.BudgetMore, v.keys.Copy, v.keys.Close, v.keys.NextSection,
		v.keys.Down, v.keys.Up, v.keys.PageDown}
}

// FullHelp is the keys for the help: those that work now.
func (v *View) FullHelp() [][]key.Binding { return [][]key.Binding{v.ShortHelp()} }

// SetSize lays the screen out in w columns and h lines.
func (v *View) SetSize(w, h int) {
	v.width, v.height = w, h
	v.layout()
}

// SetStyles draws the screen in s.
func (v *View) SetStyles(s *common.Styles) {
	v.Styles = s
	v.layout()
}

// layout renders the plan for the width; the budget line stays above it.
func (v *View) layout() {
	v.doc.SetHeight(max(0, v.height-1))
	if v.width == 0 {
		return
	}
	_, body, anchors := render.Parts("", "", sheet.Plan(v.Catalog, v.plan), &v.Styles.Styles, v.width)
	v.lines = strings.Split(strings.TrimPrefix(body, "\n"), "\n")
	v.sections = v.sections[:0]
	for _, a := range anchors {
		v.sections = append(v.sections, max(0, a.Line-1)) // the body's leading newline is trimmed
	}
	v.doc.SetTotal(len(v.lines))
}

// setBudget plans again for a budget in minutes (0: none).
func (v *View) setBudget(minutes int) {
	if minutes == v.budget {
		return
	}
	v.budget = minutes
	v.plan = v.full
	if minutes > 0 {
		v.plan, _ = plan.Build(v.Catalog, v.condition, v.patient, time.Duration(minutes)*time.Minute)
	}
	v.layout()
}

// shorter is the next budget down: from none, the whole plan's time
// rounded down to the step.
func (v *View) shorter() int {
	if v.budget == 0 {
		whole := int(v.full.Time.Max / time.Minute)
		return max(MinBudget, whole/BudgetStep*BudgetStep)
	}
	return max(MinBudget, v.budget-BudgetStep)
}

// Update handles a message; the effect is what it asks of the root.
func (v *View) Update(msg tea.Msg) (common.Screen, tea.Cmd, common.Effect) {
	k, ok := msg.(tea.KeyPressMsg)
	switch {
	case !ok:
	case key.Matches(k, v.keys.Copy):
		md := render.Markdown(sheet.PlanTitle(v.plan), sheet.PlanSubtitle(v.Catalog, v.plan), sheet.Plan(v.Catalog, v.plan))
		return v, nil, common.CopyText{Text: md, What: "the plan as markdown"}
	case key.Matches(k, v.keys.NextSection):
		v.jump(1)
		return v, nil, nil
	case key.Matches(k, v.keys.PrevSection):
		v.jump(-1)
		return v, nil, nil
	case key.Matches(k, v.keys.BudgetLess):
		v.setBudget(v.shorter())
		return v, nil, nil
	case key.Matches(k, v.keys.BudgetMore):
		if v.budget > 0 {
			v.setBudget(min(MaxBudget, v.budget+BudgetStep))
		}
		return v, nil, nil
	}
	return v, nil, v.doc.Read(msg, v.keys.KeyMap)
}

// jump scrolls to the start of the next (dir 1) or previous (dir -1) section.
func (v *View) jump(dir int) {
	at := v.doc.YOffset()
	for i := range v.sections {
		line := v.sections[i]
		if dir < 0 {
			line = v.sections[len(v.sections)-1-i]
		}
		if dir > 0 && line > at || dir < 0 && line < at {
			v.doc.SetYOffset(line)
			return
		}
	}
}

// budgetLine says what the plan holds and how to change it, above the plan.
func (v *View) budgetLine() string {
	text := fmt.Sprintf("no budget: all planned, %s (- sets one)", v.plan.Time)
	if v.budget > 0 {
		text = fmt.Sprintf("budget %d min: %s planned", v.budget, v.plan.Time)
		if n := len(v.plan.DidNotFit); n > 0 {
			text += fmt.Sprintf(", %d did not fit", n)
		}
		text += " (+/-)"
	}
	if n := len(v.plan.LeftOut); n > 0 {
		text += fmt.Sprintf(" %s %d left out", v.Styles.G.Dot, n)
	}
	return v.Styles.Muted.Render(render.Truncate(text, max(1, v.width), v.Styles.G.Ellipsis))
}

// View draws the screen.
func (v *View) View() string {
	from := min(v.doc.YOffset(), len(v.lines))
	to := min(len(v.lines), from+v.doc.Height())
	return v.budgetLine() + "\n" + strings.Join(v.lines[from:to], "\n")
}

// Condition is the id of the condition planned for.
func (v *View) Condition() string { return v.condition }

// Patient is the findings the plan is screened for, as flag ids.
func (v *View) Patient() []string { return v.patient }

// Budget is the time budget in minutes; 0 is none.
func (v *View) Budget() int { return v.budget }

// Plan is the plan on show, within the budget.
func (v *View) Plan() plan.Plan { return v.plan }

// Whole is the plan without a budget.
func (v *View) Whole() plan.Plan { return v.full }

// Lines are the plan's lines as laid out.
func (v *View) Lines() []string { return v.lines }

// Offset is the first of Lines in view.
func (v *View) Offset() int { return v.doc.YOffset() }
