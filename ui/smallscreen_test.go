package ui

import (
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/omt-reference/omt/render"
	"github.com/omt-reference/omt/ui/common"
)

// TestMapsPromptIsWholeAtEveryWidth: the maps view's prompt is never cut
// ("an organ, AC7, left on left," at 60 columns): at a small width it gives
// fewer examples, each whole.
func TestMapsPromptIsWholeAtEveryWidth(t *testing.T) {
	for _, w := range []int{40, 50, 60, 69, 70, 80, 100, 120} {
		m := send(t, realSized(t, w, 20, Options{}), press("m"))
		var prompt string
		for _, l := range strings.Split(screen(m), "\n") {
			if strings.Contains(l, "map: ") {
				prompt = l
				break // the input heads the view; an entry's subtitle also says "map: "
			}
		}
		if !strings.Contains(prompt, "map: ") || !strings.Contains(prompt, "T4 ERS(L)") || strings.Contains(prompt, "…") {
			t.Errorf("at %d columns the maps prompt is cut: %q", w, prompt)
		}
	}
}

// TestDisclaimerStaysOnOneLineAndOnScreen: below 80 columns the disclaimer
// folds to a shorter wording on one line (it took 2 of 20 rows at 60), and
// at every size the browser draws in, whatever the header holds, it is the
// last line on screen.
func TestDisclaimerStaysOnOneLineAndOnScreen(t *testing.T) {
	for _, w := range []int{59, 60, 70, 79, 80, 120} {
		d := common.DisclaimerFor(w)
		if render.Width(d) > w {
			t.Errorf("at %d columns the disclaimer takes more than a line: %q", w, d)
		}
		for _, says := range []string{"trained practitioners", "students", "self-treatment"} {
			if !strings.Contains(d, says) {
				t.Errorf("at %d columns the disclaimer %q does not say %q", w, d, says)
			}
		}
	}
	states := map[string][]tea.Msg{
		"list":    nil,
		"search":  append([]tea.Msg{press("/")}, typeText("low back pain")...),
		"maps":    {press("m")},
		"help":    {press("?")},
		"patient": append(append([]tea.Msg{press("p")}, typeText("osteo")...), press("enter"), press("esc")),
	}
	for name, keys := range states {
		for _, size := range [][2]int{{40, 12}, {50, 16}, {60, 20}, {79, 24}, {80, 24}, {120, 35}} {
			t.Run(fmt.Sprintf("%s_%dx%d", name, size[0], size[1]), func(t *testing.T) {
				m := send(t, realSized(t, size[0], size[1], Options{Patient: []string{"pregnancy", "anticoagulation"}}), keys...)
				lines := strings.Split(screen(m), "\n")
				last := strings.TrimSpace(lines[len(lines)-1])
				if !strings.HasSuffix(last, "self-treatment.") {
					t.Errorf("the last line is %q, not the disclaimer:\n%s", last, screen(m))
				}
				if size[1] <= 24 && strings.Count(screen(m), "self-treatment") != 1 {
					t.Errorf("the disclaimer is not on screen once:\n%s", screen(m))
				}
			})
		}
	}
}
