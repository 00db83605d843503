package main

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/charmbracelet/x/exp/golden"
)

// binary is the real omt, built once for the end-to-end tests.
var binary string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "omt-e2e")
	if err != nil {
		panic(err)
	}
	binary = filepath.Join(dir, "omt")
	if out, err := exec.Command("go", "build", "-o", binary, ".").CombinedOutput(); err != nil {
		panic("building omt: " + err.Error() + "\n" + string(out))
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// omt runs the built binary with piped streams and a plain environment.
func omt(t *testing.T, env []string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	cmd := exec.Command(binary, args...)
	cmd.Env = append([]string{"HOME=" + t.TempDir(), "PATH=" + os.Getenv("PATH")}, env...)
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	err := cmd.Run()
	var exit *exec.ExitError
	switch {
	case errors.As(err, &exit):
		code = exit.ExitCode()
	case err != nil:
		t.Fatal(err)
	}
	return out.String(), errOut.String(), code
}

// TestOutputsGolden pins what a clinician pastes: text, markdown and JSON of one
// technique, a screened list and a note. Regenerate with go test . -update.
func TestOutputsGolden(t *testing.T) {
	tests := []struct {
		name string
		args []string
	}{
		{"show_text", []string{"show", "counterstrain-lumbar", "--format", "text"}},
		{"show_markdown", []string{"show", "counterstrain-lumbar", "--format", "markdown"}},
		{"show_json", []string{"show", "counterstrain-lumbar", "--format", "json"}},
		{"list_screened", []string{"list", "--condition", "low back pain", "--patient", "osteoporosis", "--all"}},
		{"note", []string{"note", "counterstrain-lumbar", "--patient", "pregnancy"}},
		{"note_visit", []string{"note", "muscle-energy-lumbar", "rib-raising", "--region", "lumbar", "--patient", "osteoporosis"}},
		{"search_ankle", []string{"search", "ankle"}},
		{"search_tart", []string{"search", "TART"}},
		{"list_pregnancy", []string{"list", "--condition", "pregnancy"}},
		{"list_faceted", []string{"list", "--approach", "indirect", "--region", "lumbar", "--family", "counterstrain"}},
		{"level_T10", []string{"level", "T10"}},
		{"level_rib_4_json", []string{"level", "rib", "4", "--json"}},
		{"organ_appendix", []string{"organ", "appendix"}},
		{"organ_colon_json", []string{"organ", "colon", "--json"}},
		{"notation_T4_ERS_L", []string{"notation", "T4 ERS(L)"}},
		{"notation_left_on_left", []string{"notation", "left", "on", "left", "sacral", "torsion"}},
		{"notation_ribs_json", []string{"notation", "ribs 3-5 inhalation dysfunction", "--json"}},
		{"notation_innominate", []string{"notation", "right anterior innominate"}},
		{"maps", []string{"maps"}},
		{"maps_viscerosomatic", []string{"maps", "viscerosomatic"}},
		{"maps_sacral", []string{"maps", "sacral-dysfunctions"}},
		{"maps_tender_points_json", []string{"maps", "tender-points", "--json"}},
		{"search_notation", []string{"search", "L3 NSlRr"}},
		{"search_tender_point_json", []string{"search", "AC7", "--json"}},
		{"compare_text", []string{"compare", "muscle-energy-lumbar", "hvla-lumbar"}},
		{"compare_markdown", []string{"compare", "counterstrain-lumbar", "facilitated-positional-release", "--format", "markdown"}},
		{"compare_json", []string{"compare", "cv4", "venous-sinus-drainage", "--json"}},
		{"plan_text", []string{"plan", "--condition", "low back pain", "--patient", "osteoporosis", "--minutes", "15"}},
		{"plan_markdown", []string{"plan", "--condition", "pneumonia", "--patient", "fever", "--format", "markdown"}},
		{"plan_json", []string{"plan", "-c", "ear infection", "-p", "child", "-m", "10", "--json"}},
		{"plan_pregnancy", []string{"plan", "--condition", "pregnancy back pain", "--patient", "pregnancy"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, errOut, code := omt(t, nil, tt.args...)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, errOut)
			}
			golden.RequireEqual(t, []byte(out))
		})
	}
	env := personalFixture(t)
	for _, tt := range []struct {
		name string
		args []string
	}{
		{"bookmarks", []string{"bookmarks"}},
		{"bookmarks_json", []string{"bookmarks", "--json"}},
		{"notes_counterstrain", []string{"notes", "counterstrain-lumbar"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			out, errOut, code := omt(t, env, tt.args...)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, errOut)
			}
			golden.RequireEqual(t, []byte(out))
		})
	}
}

// personalFixture is the environment of a database of the test's own,
// filled with bookmarks and a note by omt data import, so that their times
// are fixed; times print in UTC.
func personalFixture(t *testing.T) []string {
	t.Helper()
	dir := t.TempDir()
	file := filepath.Join(dir, "personal.json")
	const export = `{"format": "omt-personal", "version": 1, "exported": "2026-11-30T09:00:00Z",
  "bookmarks": [
    {"technique": "counterstrain-lumbar", "created": "2026-11-28T14:05:00Z"},
    {"technique": "rib-raising", "created": "2026-11-29T08:30:00Z"},
    {"technique": "retired-technique", "created": "2026-10-01T17:45:00Z"}],
  "notes": [
    {"technique": "counterstrain-lumbar", "updated": "2026-11-29T19:10:00Z",
     "text": "Lab B: hold 120 s for every lumbar point, then return slowly.\nRecheck the tender point after the return."}]}`
	if err := os.WriteFile(file, []byte(export), 0o644); err != nil {
		t.Fatal(err)
	}
	env := []string{"OMT_DATABASE=" + filepath.Join(dir, "omt.db"), "OMT_NOW=2026-11-30T09:00:00Z", "TZ=UTC"}
	if _, errOut, code := omt(t, env, "data", "import", file); code != 0 {
		t.Fatalf("importing the fixture: exit %d, %s", code, errOut)
	}
	return env
}

func TestErrorPaths(t *testing.T) {
	tests := []struct {
		args     []string
		code     int
		inStderr string
	}{
		{[]string{"show", "counterstrain-lumbr"}, 1, `did you mean: counterstrain-lumbar`},
		{[]string{"list", "--condition", "ear infecton"}, 1, "ear infection (Acute otitis media)"},
		{[]string{"list", "--patient", "warfarn"}, 1, "warfarin"},
		{[]string{"show"}, 2, "accepts 1 arg"},
		{[]string{"list", "--nope"}, 2, "unknown flag"},
		{[]string{"nonsense"}, 2, "unknown command"},
		{[]string{"level", "T13"}, 2, "cannot read"},
		{[]string{"organ", "appendx"}, 1, "Appendix"},
		{[]string{"notation", "T4 XYZ"}, 2, "T4 ERS(L)"},
		{[]string{"maps", "viscerosomatc"}, 1, "viscerosomatic"},
		{[]string{"plan", "--condition", "ear infecton"}, 1, "ear infection (Acute otitis media)"},
		{[]string{"plan", "--condition", "pregnancy"}, 2, "which one?"},
		{[]string{"plan"}, 2, "needs --condition"},
		{[]string{"plan", "-c", "lbp", "--minutes", "0"}, 2, "1 to 240 minutes"},
		{[]string{"plan", "-c", "lbp", "--patient", "warfarn"}, 1, "warfarin"},
	}
	for _, tt := range tests {
		out, errOut, code := omt(t, nil, tt.args...)
		if code != tt.code || !strings.Contains(errOut, tt.inStderr) || out != "" {
			t.Errorf("omt %v: exit %d (want %d), stdout %q, stderr %q (want %q)", tt.args, code, tt.code, out, errOut, tt.inStderr)
		}
	}
}

// colour matches an SGR sequence that sets a foreground or background colour;
// bold and italic are allowed under NO_COLOR.
var colour = regexp.MustCompile(`\x1b\[(?:[0-9]+;)*(?:3[0-8]|4[0-8]|9[0-7]|10[0-7])(?:;[0-9]+)*m`)

func TestColourOnlyOnATerminal(t *testing.T) {
	for _, env := range [][]string{nil, {"TERM=xterm-256color"}} {
		if out, _, _ := omt(t, env, "show", "cv4"); strings.Contains(out, "\x1b[") {
			t.Errorf("env %v: escape codes in piped output", env)
		}
	}
	for _, env := range [][]string{{"CLICOLOR_FORCE=1", "NO_COLOR=1"}, {"CLICOLOR_FORCE=1", "NO_COLOR=yes"}} {
		if out, _, _ := omt(t, append(env, "TERM=xterm-256color"), "show", "cv4"); colour.MatchString(out) {
			t.Errorf("env %v: NO_COLOR must win, but the output has colour", env)
		}
	}
	out, _, _ := omt(t, []string{"CLICOLOR_FORCE=1", "TERM=xterm-256color"}, "show", "cv4")
	if !colour.MatchString(out) {
		t.Error("CLICOLOR_FORCE=1 should force colour even when piped")
	}
}

func TestManPage(t *testing.T) {
	out, _, code := omt(t, nil, "man")
	if code != 0 || !strings.Contains(out, ".TH") || !strings.Contains(strings.ToLower(out), "omt") {
		t.Errorf("man: exit %d, %d bytes", code, len(out))
	}
}
