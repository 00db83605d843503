package cli

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/omt-reference/omt/render"
)

// TestPlanFitsTheTerminal: the plan is wrapped to the terminal, warnings
// before the first step, and never names a contraindicated technique as a step.
func TestPlanFitsTheTerminal(t *testing.T) {
	for _, width := range []int{50, 80, 120} {
		out := runWide(t, width, "plan", "--condition", "low back pain", "--patient", "osteoporosis", "--minutes", "15")
		for i, l := range strings.Split(out, "\n") {
			if w := ansi.StringWidth(l); w > width && l != render.Disclaimer { // printed whole, as by show

				t.Errorf("at %d: line %d is %d wide: %q", width, i, w, l)
			}
		}
		screening, step := strings.Index(out, "SCREENING"), strings.Index(out, "Position 1 of")
		if screening < 0 || step < 0 || screening > step {
			t.Errorf("at %d: screening at %d, first step at %d", width, screening, step)
		}
		steps := out[step:strings.Index(out, "Did not fit")]
		if strings.Contains(steps, "hvla-lumbar") {
			t.Errorf("at %d: the contraindicated thrust is among the steps:\n%s", width, steps)
		}
	}
}

func TestPlanRefusesBadArguments(t *testing.T) {
	for _, tt := range []struct {
		args []string
		code int
		err  string
	}{
		{[]string{"plan", "--condition", ""}, 2, "no condition given"},
		{[]string{"plan", "-c", "lbp", "--format", "yaml"}, 2, "unknown format"},
		{[]string{"plan", "-c", "lbp", "--minutes", "241"}, 2, "1 to 240"},
		{[]string{"plan", "-c", "lbp", "--minutes", "ten"}, 2, "minutes"},
		{[]string{"plan", "-c", "lbp", "extra"}, 2, "unknown command"},
	} {
		out, errOut, code := run(t, tt.args...)
		if code != tt.code || !strings.Contains(errOut, tt.err) || out != "" {
			t.Errorf("omt %v: exit %d, stderr %q; want %d and %q", tt.args, code, errOut, tt.code, tt.err)
		}
	}
}
