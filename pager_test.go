//go:build unix

package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// fakePager writes a pager that reports what it was given instead of showing it.
func fakePager(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "fake-pager")
	script := "#!/bin/sh\nlines=$(wc -l)\necho \"fake pager: $lines lines, LESS=$LESS\"\n"
	if err := os.WriteFile(path, []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestShowPagesATallAnswer: on a terminal, an answer taller than the screen
// goes through $PAGER, as git's and glow's do; a short one, a pipe, an empty
// PAGER or cat, and a pager that cannot start all print it as before.
func TestShowPagesATallAnswer(t *testing.T) {
	pager := fakePager(t)
	const text = "CONTRAINDICATIONS" // in every technique's sheet
	for _, tt := range []struct {
		env   []string
		args  []string
		paged bool
	}{
		{[]string{"PAGER=" + pager}, []string{"show", "cv4"}, true},
		{[]string{"PAGER=" + pager}, []string{"condition", "LBP"}, true},
		{[]string{"PAGER=" + pager, "LESS=-i"}, []string{"show", "cv4", "--format", "markdown"}, true},
		{[]string{"PAGER=" + pager + " --some-flag"}, []string{"show", "cv4"}, true},
		{[]string{"PAGER=" + pager}, []string{"glossary", "TART"}, false},
		{[]string{"PAGER=" + pager}, []string{"list"}, false},
		{[]string{"PAGER="}, []string{"show", "cv4"}, false},
		{[]string{"PAGER=cat"}, []string{"show", "cv4"}, false},
		{[]string{"PAGER=/no/such/pager"}, []string{"show", "cv4"}, false},
		{[]string{"PAGER=no-such-pager --flag"}, []string{"show", "cv4"}, false},
		{[]string{"PAGER=LESS=x no-such-pager"}, []string{"show", "cv4"}, false}, // through sh, which exits 127
	} {
		out, code, _ := runOnTerminal(t, tt.env, tt.args...)
		paged := strings.Contains(out, "fake pager:")
		if code != 0 || paged != tt.paged {
			t.Errorf("%v omt %q: exit %d, paged %v (want %v):\n%.300q", tt.env, tt.args, code, paged, tt.paged, out)
		}
		if paged && strings.Contains(out, text) {
			t.Errorf("%v omt %q: paged and printed", tt.env, tt.args)
		}
		if !paged && tt.args[0] == "show" && !strings.Contains(out, text) {
			t.Errorf("%v omt %q: neither paged nor printed:\n%.300q", tt.env, tt.args, out)
		}
		if paged && strings.Contains(out, " 0 lines") {
			t.Errorf("%v omt %q: the pager got nothing", tt.env, tt.args)
		}
	}
	out, _, _ := runOnTerminal(t, []string{"PAGER=" + pager}, "show", "cv4")
	if !strings.Contains(out, "LESS=FRX") {
		t.Errorf("LESS should default to FRX, as git sets it: %q", out)
	}
	piped, _, _ := omt(t, []string{"PAGER=" + pager}, "show", "cv4")
	if strings.Contains(piped, "fake pager") || !strings.Contains(piped, text) {
		t.Error("piped, omt show must print, not page")
	}
}
