package cli

import (
	"strings"
	"testing"
)

// Issue 19, "found in use": what a clinician typed and did not get.

// mustRun runs omt and returns what it printed with its whitespace
// collapsed, so that a phrase reads whole wherever the text wrapped.
func mustRun(t *testing.T, args ...string) string {
	t.Helper()
	out, errOut, code := run(t, args...)
	if code != 0 {
		t.Fatalf("omt %s: exit %d: %s%s", strings.Join(args, " "), code, errOut, out)
	}
	return strings.Join(strings.Fields(out), " ")
}

func TestNotationFaultsFoundInUse(t *testing.T) {
	rib := mustRun(t, "notation", "left rib 4 exhaled")
	if !strings.Contains(rib, "Pectoralis minor") || strings.Contains(rib, "chosen by its level") {
		t.Errorf("left rib 4 exhaled should name pectoralis minor:\n%s", rib)
	}
	for _, text := range []string{"rib 6 exhaled on the right", "6th rib exhaled on the right"} {
		out := mustRun(t, "notation", text)
		if !strings.Contains(out, "Right rib 6") || !strings.Contains(out, "Serratus anterior") {
			t.Errorf("%q read wrongly:\n%s", text, out)
		}
	}
	shear := mustRun(t, "notation", "sacral shear left")
	if !strings.Contains(shear, "synonym") || !strings.Contains(shear, "unilateral sacral extension") {
		t.Errorf("sacral shear is read as unilateral flexion without saying so:\n%s", shear)
	}
	ers := mustRun(t, "notation", "T4 ERS(L)")
	line := ers[strings.Index(ers, "Counterstrain, thoracic spine"):]
	line = line[:strings.Index(line, " • ")]
	if strings.Contains(line, "Position of ease: extension") || !strings.Contains(line, "tender point") || !strings.Contains(line, "PT4") {
		t.Errorf("counterstrain is set up by the segment's motion instead of its tender point:\n%s", line)
	}
}
