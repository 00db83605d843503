package cli

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/omt-reference/omt/techniques"
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

// TestOverlongArgumentsAreRefused: the catalogue reads at most
// techniques.MaxQueryLen bytes of a query; a longer one must be refused, not
// cut short without a word, and refused at once (a 1 MB search took 3.3 s).
func TestOverlongArgumentsAreRefused(t *testing.T) {
	long := strings.Repeat("hvla ", techniques.MaxQueryLen/5) + "x" // one byte over
	huge := strings.Repeat("a", 1<<20)
	words := strings.Fields(strings.Repeat("rib ", 60)) // short words, a long query
	for _, args := range [][]string{
		{"search", huge},
		{"search", long},
		append([]string{"search"}, words...),
		append([]string{"condition"}, words...),
		{"glossary", long},
		{"show", huge},
		{"note", "cv4", "--region", long},
		{"list", "--condition", huge},
		{"list", "--patient", "osteoporosis," + long},
		{"--condition", huge},
		{"list", "--" + huge},
	} {
		start := time.Now()
		out, errOut, code := run(t, args...)
		took := time.Since(start)
		name := fmt.Sprintf("omt %.40q (%d args)", args, len(args))
		if code != ExitUsage || out != "" || !strings.Contains(errOut, "200 bytes") && !strings.Contains(errOut, "unknown flag") {
			t.Errorf("%s: exit %d (want %d), stdout %.80q, stderr %.300q", name, code, ExitUsage, out, errOut)
		}
		if len(errOut) > 400 {
			t.Errorf("%s: the message repeats the argument: %d bytes", name, len(errOut))
		}
		if took > 300*time.Millisecond {
			t.Errorf("%s took %v", name, took)
		}
	}
	exact := strings.Repeat("z", techniques.MaxQueryLen)
	if _, errOut, code := run(t, "search", exact); code != ExitNotFound {
		t.Errorf("a query of exactly %d bytes is allowed; got exit %d: %.200s", techniques.MaxQueryLen, code, errOut)
	}
}
