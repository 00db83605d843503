package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/charmbracelet/x/exp/golden"
)

// schoolOverlays is a configuration directory with one overlay of a built-in
// technique and one technique of a lab's own, as a user would write them.
func schoolOverlays(t *testing.T) []string {
	t.Helper()
	home := t.TempDir()
	dir := filepath.Join(home, "omt", "overlays")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	for name, text := range map[string]string{
		"school-variants.yaml": `# Lab B's counterstrain: a longer hold and a pillow.
id: counterstrain-lumbar
timing: Lab B holds 120 seconds for every lumbar point, then returns slowly.
position:
  patient: Prone with a pillow under the abdomen for posterior points; supine for anterior points.
`,
		"lab-b-seated-met.yaml": `id: lab-b-seated-lumbar-met
name: Seated lumbar muscle energy, Lab B variant
family: muscle-energy
summary: The lab's seated set-up for lumbar muscle energy, with a sidebending lock.
approach: direct
participation: active
activating_forces: [patient isometric contraction against operator counterforce]
regions: [lumbar]
positions: [seated]
indications: [low-back-pain]
contraindications:
  absolute:
    - {flag: no-consent, note: Lack of consent rules out every technique.}
    - {flag: acute-fracture, note: Isometric force through an unstable or healing fracture.}
  relative:
    - {flag: osteoporosis, note: Use light contractions.}
diagnosis: Find the segment's restricted motion in all three planes.
position:
  patient: Seated astride the table end, hands clasped behind the neck.
  operator: Standing behind, one hand monitoring the segment.
monitoring: The monitoring finger feels motion arrive at the segment.
barrier: Engaged in all three planes.
steps:
  - Take the segment to its barrier.
  - Ask for a gentle contraction away from it for 3-5 seconds.
  - Relax, then take up the slack to the new barrier.
timing: Contractions of 3-5 seconds.
repetitions: Three to five times.
endpoint: Motion restored or no further gain.
aftercare: Expect mild soreness for a day.
evidence: []
sources: [nicholas-atlas]
reviewed: 2026-11-30
`,
	} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return []string{"XDG_CONFIG_HOME=" + home}
}

// TestOverlayOutputsGolden pins what an overlaid and a local technique look
// like when printed: every local part marked. Regenerate with go test . -update.
func TestOverlayOutputsGolden(t *testing.T) {
	env := schoolOverlays(t)
	tests := []struct {
		name string
		args []string
	}{
		{"show_text", []string{"show", "counterstrain-lumbar"}},
		{"show_markdown", []string{"show", "counterstrain-lumbar", "--format", "markdown"}},
		{"show_local_text", []string{"show", "lab-b-seated-lumbar-met"}},
		{"list_lbp", []string{"list", "--condition", "low back pain"}},
		{"check", []string{"overlay", "check"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, errOut, code := omt(t, env, tt.args...)
			if code != 0 || errOut != "" {
				t.Fatalf("exit %d: %s", code, errOut)
			}
			golden.RequireEqual(t, []byte(strings.ReplaceAll(out, strings.TrimPrefix(env[0], "XDG_CONFIG_HOME="), "$XDG_CONFIG_HOME")))
		})
	}
}

// TestBrokenOverlayStillStarts: a broken overlay is named with its field on
// stderr, and omt answers from the built-in catalogue.
func TestBrokenOverlayStillStarts(t *testing.T) {
	home := t.TempDir()
	dir := filepath.Join(home, "omt", "overlays")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "broken.yaml"), []byte("id: counterstrain-lumbar\ntimming: 120 s\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out, errOut, code := omt(t, []string{"XDG_CONFIG_HOME=" + home}, "show", "counterstrain-lumbar")
	want, _, _ := omt(t, nil, "show", "counterstrain-lumbar")
	if code != 0 || out != want {
		t.Errorf("exit %d; the output should be the built-in entry's", code)
	}
	if !strings.Contains(errOut, "broken.yaml: field timming: line 2: unknown field") {
		t.Errorf("stderr does not name the file and field:\n%s", errOut)
	}
}
