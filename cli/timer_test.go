package cli

import (
	"bytes"
	"context"
	"strings"
	"testing"
)

func TestTimerPlainListsThePhases(t *testing.T) {
	for _, tc := range []struct {
		id   string
		want []string
		not  []string
	}{
		{"counterstrain-lumbar", []string{"1.  Hold the position of ease", "90 s", "Counted down in all: 1:30."}, []string{"lower bound", "  2."}},
		{"muscle-energy-lumbar", []string{"1.  Contract", "effort 1 of 3  3 s", "6.  Relax and re-engage the new barrier",
			"until the patient has fully relaxed", "Counted down in all: 0:09, and 3 phases that end on your word.", "lower bound"}, []string{"  7."}},
		{"cv4", []string{"Hold until the release", "until the still point has passed and the rhythm returns (guide 90-600 s)",
			"Nothing counts down"}, nil},
	} {
		out, errOut, code := run(t, "timer", tc.id, "--plain")
		if code != 0 {
			t.Fatalf("timer %s --plain: exit %d: %s", tc.id, code, errOut)
		}
		for _, w := range tc.want {
			if !strings.Contains(out, w) {
				t.Errorf("timer %s --plain lacks %q:\n%s", tc.id, w, out)
			}
		}
		for _, n := range tc.not {
			if strings.Contains(out, n) {
				t.Errorf("timer %s --plain has %q:\n%s", tc.id, n, out)
			}
		}
	}
}

func TestTimerWithoutFixedTimingSaysSo(t *testing.T) {
	out, errOut, code := run(t, "timer", "hvla-lumbar")
	if code != 0 || !strings.Contains(out, "No fixed timing: a single thrust lasting a fraction of a second") ||
		!strings.Contains(out, "does not make one up") || strings.Contains(out, "Counted") {
		t.Errorf("exit %d, stderr %q:\n%s", code, errOut, out)
	}
}

func TestTimerNeedsATerminal(t *testing.T) {
	_, errOut, code := run(t, "timer", "counterstrain-lumbar")
	if code != ExitUsage || !strings.Contains(errOut, "needs a terminal") || !strings.Contains(errOut, "--plain") {
		t.Errorf("piped: exit %d, stderr %q; want %d and a pointer to --plain", code, errOut, ExitUsage)
	}
	var out, stderr bytes.Buffer
	code = Run(context.Background(), []string{"timer", "counterstrain-lumbar"},
		IO{In: strings.NewReader(""), Out: &out, Err: &stderr, Env: []string{"TERM=dumb"}, IsTerminal: true})
	if code != ExitUsage || !strings.Contains(stderr.String(), "TERM not dumb") {
		t.Errorf("TERM=dumb: exit %d, stderr %q", code, stderr.String())
	}
}

func TestTimerUnknownIDSuggests(t *testing.T) {
	_, errOut, code := run(t, "timer", "counterstran-lumbar")
	if code != ExitNotFound || !strings.Contains(errOut, "did you mean") || !strings.Contains(errOut, "counterstrain-lumbar") {
		t.Errorf("exit %d, stderr %q", code, errOut)
	}
	if _, _, code := run(t, "timer"); code != ExitUsage {
		t.Errorf("timer without an id: exit %d; want %d", code, ExitUsage)
	}
}
