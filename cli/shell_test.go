package cli

import (
	"strings"
	"testing"
)

// TestEmptyPatientListIsAUsageError: --patient with nothing in it screened
// for nothing, silently, while the answer looked screened.
func TestEmptyPatientListIsAUsageError(t *testing.T) {
	for _, args := range [][]string{
		{"list", "--patient", ""},
		{"list", "--patient", ","},
		{"list", "-p", " , "},
		{"show", "cv4", "--patient="},
		{"note", "cv4", "--patient", ",,"},
		{"--patient", ""},
	} {
		out, errOut, code := run(t, args...)
		if code != ExitUsage || out != "" || !strings.Contains(errOut, "no patient flag given") {
			t.Errorf("omt %q: exit %d (want %d), stdout %q, stderr %q", args, code, ExitUsage, out, errOut)
		}
	}
	if _, errOut, code := run(t, "list", "--patient", "osteoporosis,"); code != ExitOK {
		t.Errorf("a trailing comma after a real flag is fine; got exit %d: %s", code, errOut)
	}
}

// TestUnknownHelpTopicAndShell: help and completion printed the root help and
// exited 0 for a topic or shell they did not know.
func TestUnknownHelpTopicAndShell(t *testing.T) {
	for _, tt := range []struct {
		args     []string
		inStderr []string
	}{
		{[]string{"help", "bogus"}, []string{`no help topic "bogus"`, "show"}},
		{[]string{"help", "show", "bogus"}, []string{`no help topic "show bogus"`}},
		{[]string{"completion", "bogus"}, []string{`unknown shell "bogus"`, "bash"}},
		{[]string{"completion"}, []string{"name a shell", "bash, zsh, fish or powershell"}},
	} {
		out, errOut, code := run(t, tt.args...)
		if code != ExitUsage || out != "" {
			t.Errorf("omt %q: exit %d (want %d), stdout %q", tt.args, code, ExitUsage, out)
		}
		for _, want := range tt.inStderr {
			if !strings.Contains(errOut, want) {
				t.Errorf("omt %q: stderr %q lacks %q", tt.args, errOut, want)
			}
		}
	}
	for _, args := range [][]string{{"help", "show"}, {"help"}, {"completion", "bash"}, {"completion", "zsh"}} {
		if out, errOut, code := run(t, args...); code != ExitOK || out == "" {
			t.Errorf("omt %q: exit %d, %d bytes out, stderr %q", args, code, len(out), errOut)
		}
	}
}

func TestUnknownCommandSuggests(t *testing.T) {
	_, errOut, code := run(t, "shw", "cv4")
	if code != ExitUsage || !strings.Contains(errOut, `unknown command "shw"`) || !strings.Contains(errOut, "did you mean: show?") {
		t.Errorf("exit %d, stderr %q", code, errOut)
	}
}
