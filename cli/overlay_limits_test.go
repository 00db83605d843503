package cli

import (
	"strings"
	"testing"
)

// The two overlay bombs of issue 18 (techniques/overlay_limits_test.go has
// them all): nesting that the YAML parser pays for with the square of the
// depth, and an anchor aliased until the text is 2.5 GB.
func nestingBomb() string {
	return "id: counterstrain-lumbar\nsummary: " + strings.Repeat("[", 100000) + strings.Repeat("]", 100000) + "\n"
}

func aliasBomb() string {
	return "id: counterstrain-lumbar\nsummary: &n \"" + strings.Repeat("word ", 20000) + "\"\naliases:\n" +
		strings.Repeat("- *n\n", 25000)
}

// TestOverlayBombsAreRefusedByEveryCommand runs the commands of the issue's
// reproductions with each bomb in the overlay directory: each names the file
// and the line, and runs on without it.
func TestOverlayBombsAreRefusedByEveryCommand(t *testing.T) {
	for _, bomb := range []struct{ name, text, problem string }{
		{"nesting", nestingBomb(), "bomb.yaml: field summary: line 2: nests deeper than"},
		{"alias", aliasBomb(), "bomb.yaml: field aliases: line 4: lists more than 64 items"},
	} {
		t.Run(bomb.name, func(t *testing.T) {
			home := overlayHome(t, map[string]string{"bomb.yaml": bomb.text, "school-variants.yaml": schoolOverlay})
			out, errOut, code := runIn(t, home, "overlay", "check")
			if code != 1 || !strings.Contains(out, "bomb.yaml: NOT VALID") || !strings.Contains(out, "line ") {
				t.Errorf("overlay check: exit %d\n%s%s", code, out, errOut)
			}
			out, errOut, code = runIn(t, home, "show", "cv4")
			if code != 0 || !strings.Contains(out, "CV4") || !strings.Contains(errOut, bomb.problem) {
				t.Errorf("show cv4: exit %d\n%s", code, errOut)
			}
			out, _, code = runIn(t, home, "search", "lumbar")
			if code != 0 || !strings.Contains(out, "Counterstrain, lumbar spine [overlaid]") {
				t.Errorf("search lumbar: exit %d; the valid overlay should still apply\n%s", code, out)
			}
			if len(out) > 64<<10 {
				t.Errorf("search printed %d KB", len(out)>>10)
			}
		})
	}
}
