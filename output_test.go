package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"reflect"
	"strings"
	"testing"
)

// TestLostOutputIsAnError: with stdout on /dev/full every write fails; omt
// must say so on stderr and exit 74 (EX_IOERR), never 0 (the answer was lost)
// nor 1 (that means "not found").
func TestLostOutputIsAnError(t *testing.T) {
	full, err := os.OpenFile("/dev/full", os.O_WRONLY, 0)
	if err != nil {
		t.Skipf("no /dev/full here: %v", err)
	}
	defer full.Close()
	for _, args := range [][]string{
		{"list"}, {"show", "cv4"}, {"condition", "LBP"}, {"search", "hvla"}, {"note", "cv4"},
		{"--help"}, {"list", "--help"}, {"list", "--json"}, {"show", "cv4", "--format", "markdown"},
		{"conditions"}, {"conditions", "--json"}, {"glossary"}, {"glossary", "TART"}, {"man"},
		{"completion", "bash"}, {"--version"}, {},
	} {
		cmd := exec.Command(binary, args...)
		cmd.Env = []string{"HOME=" + t.TempDir(), "PATH=" + os.Getenv("PATH")}
		var errOut bytes.Buffer
		cmd.Stdout, cmd.Stderr = full, &errOut
		err := cmd.Run()
		var exit *exec.ExitError
		code := 0
		if errors.As(err, &exit) {
			code = exit.ExitCode()
		}
		if code != 74 || !strings.Contains(errOut.String(), "no space left on device") {
			t.Errorf("omt %q > /dev/full: exit %d (want 74), stderr %q", args, code, errOut.String())
		}
	}
}

// TestASCIIUnderACLocale: under LC_ALL=C every answer must be ASCII: omt's
// own symbols get stand-ins, the catalogue's text is transliterated, and
// JSON escapes what it cannot spell (\u00fc) so that the data stay the same.
func TestASCIIUnderACLocale(t *testing.T) {
	for _, args := range [][]string{
		{"list"}, {"list", "--condition", "LBP", "--patient", "osteoporosis", "--all"},
		{"list", "--format", "markdown", "--patient", "pregnancy"}, {"show", "hvla-lumbar"},
		{"show", "hvla-lumbar", "--format", "markdown", "--patient", "osteoporosis"},
		{"condition", "LBP"}, {"conditions"},
		{"glossary"}, {"glossary", "TART"}, {"search", "rib"}, {"note", "cv4", "--patient", "pregnancy"},
		{"--help"}, {"show", "--help"}, {"man"}, {"completion", "bash"}, {"completion", "fish"},
	} {
		for _, env := range [][]string{{"LC_ALL=C"}, {"LANG=POSIX"}, {"LC_ALL=C", "CLICOLOR_FORCE=1", "TERM=xterm-256color"}} {
			out, errOut, code := omt(t, env, args...)
			if code > 1 && !strings.Contains(errOut, "unknown flag") {
				t.Errorf("omt %q: exit %d: %s", args, code, errOut)
			}
			if i := strings.IndexFunc(out, func(r rune) bool { return r > 0x7e && r != 0x7f }); i >= 0 {
				t.Errorf("env %v, omt %q prints %q, not ASCII: %q", env, args, []rune(out[i:])[0], out[max(0, i-60):min(len(out), i+20)])
			}
		}
	}
	// Every technique and condition, where the catalogue's own text has
	// en dashes, degrees and authors' accented names.
	var ids []string
	for _, kind := range []string{"list", "conditions"} {
		out, _, _ := omt(t, nil, kind, "--json")
		var items []struct{ ID string }
		if err := json.Unmarshal([]byte(out), &items); err != nil {
			t.Fatal(err)
		}
		for _, it := range items {
			ids = append(ids, map[string]string{"list": "show", "conditions": "condition"}[kind]+" "+it.ID)
		}
	}
	for _, id := range ids {
		out, _, _ := omt(t, []string{"LC_ALL=C"}, strings.Fields(id)...)
		if i := strings.IndexFunc(out, func(r rune) bool { return r > 0x7e }); i >= 0 {
			t.Errorf("omt %s under LC_ALL=C prints %q: %q", id, []rune(out[i:])[0], out[max(0, i-60):min(len(out), i+20)])
		}
	}
	utf8JSON, _, _ := omt(t, nil, "list", "--json")
	asciiJSON, _, _ := omt(t, []string{"LC_ALL=C"}, "list", "--json")
	var want, got any
	if err := json.Unmarshal([]byte(utf8JSON), &want); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal([]byte(asciiJSON), &got); err != nil || !reflect.DeepEqual(got, want) {
		t.Errorf("JSON under LC_ALL=C must hold the same data (%v)", err)
	}
	if strings.IndexFunc(asciiJSON, func(r rune) bool { return r > 0x7e }) >= 0 || !strings.Contains(asciiJSON, `\u00`) {
		t.Error("JSON under LC_ALL=C should escape non-ASCII as \\u00XX")
	}
}
