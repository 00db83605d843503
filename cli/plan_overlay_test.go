package cli

import (
	"regexp"
	"strings"
	"testing"
)

// TestPlanNamesTheOverlayThatLetsATechniqueIn covers finding 12 through the
// command line: for pregnancy, a school's supine variant of a prone-only
// technique is planned, and text, markdown and JSON name the overlay as why.
func TestPlanNamesTheOverlayThatLetsATechniqueIn(t *testing.T) {
	home := overlayHome(t, map[string]string{"lab-b-supine.yaml": "id: muscle-energy-innominate\npositions: [supine]\n"})
	args := []string{"plan", "--condition", "low back pain", "--patient", "pregnancy"}
	hyphenWrap := regexp.MustCompile(`-\n[┃ ]*`) // a line broken after a hyphen, and the next one's indent
	for _, format := range []string{"text", "markdown"} {
		out, errOut, code := runIn(t, home, append(args, "--format", format)...)
		out = flat(hyphenWrap.ReplaceAllString(out, "-"))
		if code != 0 || !strings.Contains(out, "Planned only because of a school overlay") ||
			!strings.Contains(out, "Positions from the school overlay lab-b-supine.yaml (supine)") ||
			!strings.Contains(out, "SCHOOL OVERLAY: planned by lab-b-supine.yaml") {
			t.Errorf("%s: exit %d, %s\n%s", format, code, errOut, out)
		}
	}
	out, _, _ := runIn(t, home, append(args, "--json")...)
	if !strings.Contains(out, `"allowed_by_overlay"`) || !strings.Contains(out, `"overlay_file": "lab-b-supine.yaml"`) {
		t.Errorf("JSON does not name the overlay:\n%s", out)
	}
}
