package cli

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// runWide runs omt as if on a terminal of a width, without the pager.
func runWide(t *testing.T, width int, args ...string) string {
	t.Helper()
	var out, errOut bytes.Buffer
	code := Run(context.Background(), args, IO{In: strings.NewReader(""), Out: &out, Err: &errOut,
		Env: []string{"TERM=xterm", "PAGER=cat", "LANG=C.UTF-8"}, Width: width, Height: 10000})
	if code != 0 {
		t.Fatalf("omt %v: exit %d: %s", args, code, errOut.String())
	}
	return ansi.Strip(out.String())
}

// TestCompareFitsAndFallsBack: two entries sit side by side in 120 columns,
// every line within the width; at 80 columns the fields are stacked.
func TestCompareFitsAndFallsBack(t *testing.T) {
	for _, tt := range []struct {
		width int
		ids   []string
		side  bool
	}{
		{120, []string{"muscle-energy-lumbar", "hvla-lumbar"}, true},
		{80, []string{"muscle-energy-lumbar", "hvla-lumbar"}, false},
		{160, []string{"counterstrain-lumbar", "facilitated-positional-release", "still-technique"}, true},
		{120, []string{"counterstrain-lumbar", "facilitated-positional-release", "still-technique"}, false},
	} {
		out := runWide(t, tt.width, append([]string{"compare"}, tt.ids...)...)
		side := strings.Contains(out, "┌")
		if side != tt.side {
			t.Errorf("%v at %d: side by side %v; want %v", tt.ids, tt.width, side, tt.side)
		}
		for i, l := range strings.Split(out, "\n") {
			if w := ansi.StringWidth(l); w > tt.width && !strings.Contains(l, "://") {
				t.Errorf("%v at %d: line %d is %d wide: %q", tt.ids, tt.width, i, w, l)
			}
		}
		if !strings.Contains(out, "Family ≠") {
			t.Errorf("%v: the differing field is not marked:\n%s", tt.ids, out)
		}
	}
}

func TestCompareRefusesBadArguments(t *testing.T) {
	for _, tt := range []struct {
		args []string
		code int
		err  string
	}{
		{[]string{"compare", "cv4"}, 2, "accepts between 2 and 3"},
		{[]string{"compare", "cv4", "cv4"}, 2, "named twice"},
		{[]string{"compare", "cv4", "galbreth"}, 1, "galbreath"},
		{[]string{"compare", "cv4", "galbreath", "--format", "yaml"}, 2, "unknown format"},
	} {
		out, errOut, code := run(t, tt.args...)
		if code != tt.code || !strings.Contains(errOut, tt.err) || out != "" {
			t.Errorf("omt %v: exit %d, stderr %q; want %d and %q", tt.args, code, errOut, tt.code, tt.err)
		}
	}
}
