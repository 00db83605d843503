//go:build unix

package main

import (
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestOverlayBombInTheBrowser is issue 18's browser reproduction: with the
// alias bomb in the overlay directory, searching for lumbar ran omt out of
// memory and left the terminal raw. The browser must name the file on its
// status line, search, and leave the terminal as it found it. omt runs
// under a 4 GB address-space limit, so that a regression fails this test
// instead of exhausting the machine.
func TestOverlayBombInTheBrowser(t *testing.T) {
	home := t.TempDir()
	dir := filepath.Join(home, "omt", "overlays")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	bomb := "id: counterstrain-lumbar\nsummary: &n \"" + strings.Repeat("word ", 20000) + "\"\naliases:\n" +
		strings.Repeat("- *n\n", 25000)
	if err := os.WriteFile(filepath.Join(dir, "bomb.yaml"), []byte(bomb), 0o644); err != nil {
		t.Fatal(err)
	}
	term := startProgram(t, "/bin/sh", []string{"TERM=xterm-256color", "XDG_CONFIG_HOME=" + home},
		"-c", `ulimit -v 4194304 && exec "$0" "$@"`, binary)
	term.waitFor("techniques")
	_, _ = io.WriteString(term.ptmx, "/lumbar")
	term.waitFor("Counterstrain, lumbar")
	_, _ = io.WriteString(term.ptmx, "\rq") // leave the search, quit
	if code := term.exit(); code != 0 {
		t.Errorf("exit %d; the terminal shows:\n%q", code, term.output()[max(0, len(term.output())-2000):])
	}
	term.assertRestored()
	if !strings.Contains(term.drain(), "bomb.yaml") {
		t.Error("the status line does not name the overlay left out")
	}
}
