package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// schoolOverlay changes two fields of counterstrain-lumbar and adds a
// relative contraindication.
const schoolOverlay = `id: counterstrain-lumbar
timing: Lab B holds 120 seconds for every lumbar point.
position:
  patient: Prone, with a pillow under the abdomen for posterior points.
contraindications:
  relative:
    - flag: aortic-aneurysm
      note: Do not press deep in the abdomen for iliacus or psoas points; posterior points or another technique can be used.
    - flag: osteoporosis
      note: Keep positions mid-range and supported; little force is needed.
    - flag: malignancy
      note: With bone metastases, position gently and away from end range, or choose another technique.
    - flag: cannot-cooperate
      note: The patient must relax and let the legs be moved.
    - flag: pregnancy
      note: Lab B avoids prone positions after the first trimester.
`

// overlayHome makes a configuration directory holding these overlay files
// and returns it, for XDG_CONFIG_HOME.
func overlayHome(t testing.TB, files map[string]string) string {
	t.Helper()
	home := t.TempDir()
	dir := filepath.Join(home, "omt", "overlays")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return home
}

// runIn runs omt in-process with XDG_CONFIG_HOME set to home.
func runIn(t *testing.T, home string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errOut bytes.Buffer
	code = Run(context.Background(), args, IO{In: strings.NewReader(""), Out: &out, Err: &errOut,
		Env: []string{"TERM=xterm", "XDG_CONFIG_HOME=" + home}})
	return out.String(), errOut.String(), code
}

func TestOverlayMarksExactlyItsFieldsInEveryFormat(t *testing.T) {
	home := overlayHome(t, map[string]string{"school-variants.yaml": schoolOverlay})
	mark := "(local overlay: school-variants.yaml)"
	text, errOut, code := runIn(t, home, "show", "counterstrain-lumbar")
	if code != 0 || errOut != "" {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	md, _, _ := runIn(t, home, "show", "counterstrain-lumbar", "--format", "markdown")
	for name, out := range map[string]string{"text": flat(text), "markdown": flat(md)} {
		for _, want := range []string{"Timing " + mark, "Patient " + mark, "first trimester. " + mark, "School overlay"} {
			if !strings.Contains(out, want) {
				t.Errorf("%s lacks %q", name, want)
			}
		}
		if n := strings.Count(out, mark); n != 4 { // the three marks and the opening section
			t.Errorf("%s: %d marks, want 4:\n%s", name, n, out)
		}
	}
	js, _, _ := runIn(t, home, "show", "counterstrain-lumbar", "--json")
	var got struct {
		LocalFields       []string `json:"local_fields"`
		OverlayFile       string   `json:"overlay_file"`
		Contraindications struct {
			Relative []struct {
				Flag  string `json:"flag"`
				Local bool   `json:"local"`
			} `json:"relative"`
		} `json:"contraindications"`
	}
	if err := json.Unmarshal([]byte(js), &got); err != nil {
		t.Fatal(err)
	}
	if strings.Join(got.LocalFields, ",") != "contraindications.relative,position.patient,timing" || got.OverlayFile != "school-variants.yaml" {
		t.Errorf("JSON local_fields %v, overlay_file %q", got.LocalFields, got.OverlayFile)
	}
	for _, ci := range got.Contraindications.Relative {
		if ci.Local != (ci.Flag == "pregnancy") {
			t.Errorf("JSON contraindication %s: local %v", ci.Flag, ci.Local)
		}
	}
}

// flat is text with its wrapping, table padding and warning bars taken out,
// so that a phrase can be found wherever the lines broke.
func flat(text string) string {
	return strings.Join(strings.Fields(strings.ReplaceAll(text, "┃", "")), " ")
}

func TestLocalTechniqueInListSearchAndShow(t *testing.T) {
	home := overlayHome(t, map[string]string{"lab-b.yaml": localTechnique})
	list, _, _ := runIn(t, home, "list", "--condition", "low back pain")
	if !strings.Contains(flat(list), "lab-b-seated-lumbar-met Seated lumbar muscle energy, Lab B variant [local]") {
		t.Errorf("list does not show the local technique marked:\n%s", list)
	}
	search, _, _ := runIn(t, home, "search", "Lab B")
	if !strings.Contains(flat(search), "lab-b-seated-lumbar-met Seated lumbar muscle energy, Lab B variant [local]") {
		t.Errorf("search does not find the local technique marked:\n%s", search)
	}
	show, errOut, code := runIn(t, home, "show", "lab-b-seated-lumbar-met")
	if code != 0 || !strings.Contains(flat(show), "not from omt's catalogue") || !strings.Contains(show, "Steps (local overlay: lab-b.yaml)") {
		t.Errorf("exit %d, %s\n%s", code, errOut, show)
	}
}

func TestBrokenOverlayIsReportedOnceAndOmtRunsWithout(t *testing.T) {
	home := overlayHome(t, map[string]string{
		"broken.yaml":          "id: counterstrain-lumbar\napproach: sideways\n",
		"school-variants.yaml": schoolOverlay,
	})
	out, errOut, code := runIn(t, home, "show", "counterstrain-lumbar")
	if code != 0 || !strings.Contains(out, "Timing (local overlay: school-variants.yaml)") {
		t.Fatalf("exit %d; the valid overlay should still apply:\n%s", code, out)
	}
	if strings.Count(errOut, "broken.yaml") != 1 || !strings.Contains(errOut, "field approach") ||
		!strings.Contains(errOut, "1 school overlay file(s)") {
		t.Errorf("stderr should name the file and field once:\n%s", errOut)
	}
	if strings.Contains(out, "sideways") {
		t.Error("the broken overlay's value was shown")
	}
	_, errOut, _ = runIn(t, home, "__complete", "show", "counter")
	if strings.Contains(errOut, "broken.yaml") {
		t.Error("shell completion printed the overlay warning")
	}
}

func TestOverlayCheck(t *testing.T) {
	home := overlayHome(t, map[string]string{"school-variants.yaml": schoolOverlay, "lab-b.yaml": localTechnique})
	out, errOut, code := runIn(t, home, "overlay", "check")
	if code != 0 || errOut != "" {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, want := range []string{"lab-b.yaml: adds local technique lab-b-seated-lumbar-met",
		"school-variants.yaml: changes counterstrain-lumbar: contraindications.relative, position.patient, timing"} {
		if !strings.Contains(out, want) {
			t.Errorf("check output lacks %q:\n%s", want, out)
		}
	}
	home = overlayHome(t, map[string]string{"broken.yaml": "id: rib-raising\nhold: 90\n"})
	out, errOut, code = runIn(t, home, "overlay", "check")
	if code != 1 || !strings.Contains(out, "broken.yaml: NOT VALID") || !strings.Contains(out, "field hold:") ||
		!strings.Contains(errOut, "1 of 1 overlay file(s) not valid") {
		t.Errorf("exit %d\nstdout %s\nstderr %s", code, out, errOut)
	}
	if strings.Count(errOut+out, "unknown field") != 1 {
		t.Errorf("check should report the problem once, not warn again:\n%s%s", out, errOut)
	}
	out, _, code = runIn(t, t.TempDir(), "overlay", "check")
	if code != 0 || !strings.Contains(out, "No overlay directory") {
		t.Errorf("no directory: exit %d, %s", code, out)
	}
}

func TestOverlayNewAndPath(t *testing.T) {
	home := t.TempDir()
	dir := filepath.Join(home, "omt", "overlays")
	out, _, code := runIn(t, home, "overlay", "path")
	if code != 0 || strings.TrimSpace(out) != dir {
		t.Errorf("path: exit %d, %q", code, out)
	}
	out, errOut, code := runIn(t, home, "overlay", "new", "counterstrain-lumbar")
	path := filepath.Join(dir, "counterstrain-lumbar.yaml")
	if code != 0 || strings.TrimSpace(out) != path {
		t.Fatalf("new: exit %d, %q, %s", code, out, errOut)
	}
	data, err := os.ReadFile(path)
	if err != nil || !strings.Contains(string(data), "\nid: counterstrain-lumbar\n# name: Counterstrain, lumbar spine\n") {
		t.Fatalf("%v\n%s", err, data)
	}
	if _, errOut, code := runIn(t, home, "overlay", "new", "counterstrain-lumbar"); code != 1 || !strings.Contains(errOut, "already") {
		t.Errorf("a second new must refuse to overwrite: exit %d, %s", code, errOut)
	}
	if after, _ := os.ReadFile(path); !bytes.Equal(after, data) {
		t.Error("the file was overwritten")
	}
	if _, _, code := runIn(t, home, "overlay", "check"); code != 0 {
		t.Error("a fresh overlay of a built-in technique does not check")
	}
	out, _, code = runIn(t, home, "overlay", "new", "lab-b-rib-raising")
	if code != 0 || !strings.HasSuffix(strings.TrimSpace(out), "lab-b-rib-raising.yaml") {
		t.Errorf("new id: exit %d, %q", code, out)
	}
	if _, _, code := runIn(t, home, "overlay", "check"); code != 1 {
		t.Error("an unfilled new technique should not check")
	}
	if _, errOut, code := runIn(t, home, "overlay", "new", "Not An Id"); code != 2 {
		t.Errorf("a malformed id: exit %d, %s", code, errOut)
	}
}

func TestNoOverlayDirectoryChangesNoOutput(t *testing.T) {
	want, _, _ := run(t, "show", "counterstrain-lumbar", "--json")
	got, errOut, _ := runIn(t, filepath.Join(t.TempDir(), "nothing-here"), "show", "counterstrain-lumbar", "--json")
	if got != want || errOut != "" {
		t.Errorf("output differs without an overlay directory, or warns: %s", errOut)
	}
}

// localTechnique is a whole technique of a school's own.
const localTechnique = `id: lab-b-seated-lumbar-met
name: Seated lumbar muscle energy, Lab B variant
aliases: [Lab B MET]
family: muscle-energy
summary: The lab's seated lumbar muscle energy set-up, taught with a sidebending lock.
approach: direct
participation: active
activating_forces: [patient isometric contraction against operator counterforce]
regions: [lumbar]
positions: [seated]
indications: [low-back-pain]
contraindications:
  absolute:
    - flag: no-consent
      note: Lack of consent rules out every technique.
    - flag: acute-fracture
      note: Isometric force through an unstable or healing fracture.
  relative:
    - flag: osteoporosis
      note: Use light contractions.
diagnosis: Find the lumbar segment's restricted motion in all three planes.
position:
  patient: Seated astride the table end, hands clasped behind the neck.
  operator: Standing behind, monitoring the segment with one hand.
monitoring: The monitoring finger feels motion arrive at the segment.
barrier: Engaged in all three planes.
steps:
  - Take the segment to its barrier.
  - Ask for a gentle contraction away from it for 4 seconds.
  - Relax, then take up the slack to the new barrier.
timing: Contractions of 3-5 seconds.
repetitions: Three to five times.
endpoint: Motion restored or no further gain.
aftercare: Expect mild soreness for a day.
evidence: []
sources: [nicholas-atlas]
reviewed: 2026-11-30
`
