package cli

import (
	"fmt"
	"runtime"
	"strings"
	"testing"

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
	run(t, "search", long)                              // load the catalogue once, before anything is counted
	baseline := bytesAllocated(func() { run(t, "search", long) })
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
		var out, errOut string
		var code int
		allocated := bytesAllocated(func() { out, errOut, code = run(t, args...) })
		name := fmt.Sprintf("omt %.40q (%d args)", args, len(args))
		if code != ExitUsage || out != "" || !strings.Contains(errOut, "200 bytes") && !strings.Contains(errOut, "unknown flag") {
			t.Errorf("%s: exit %d (want %d), stdout %.80q, stderr %.300q", name, code, ExitUsage, out, errOut)
		}
		if len(errOut) > 400 {
			t.Errorf("%s: the message repeats the argument: %d bytes", name, len(errOut))
		}
		// Refused at once means before any search reads the argument: the
		// cost must not grow with it. Bytes allocated are counted, not time,
		// so that a busy machine cannot fail the test; a search over the
		// 1 MB argument allocated hundreds of megabytes.
		if limit := baseline + 4*argBytes(args) + 1<<20; allocated > limit {
			t.Errorf("%s allocated %d bytes; a one-byte-over query allocates %d", name, allocated, baseline)
		}
	}
	exact := strings.Repeat("z", techniques.MaxQueryLen)
	if _, errOut, code := run(t, "search", exact); code != ExitNotFound {
		t.Errorf("a query of exactly %d bytes is allowed; got exit %d: %.200s", techniques.MaxQueryLen, code, errOut)
	}
}

// complete asks cobra's completion command, as the shell scripts do, and
// returns the offered values with their descriptions and the directive.
func complete(t *testing.T, args ...string) (values map[string]string, directive string) {
	t.Helper()
	out, errOut, code := run(t, append([]string{"__complete"}, args...)...)
	if code != ExitOK {
		t.Fatalf("__complete %q: exit %d: %s", args, code, errOut)
	}
	values = map[string]string{}
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		if strings.HasPrefix(line, ":") {
			directive = line
			continue
		}
		value, desc, _ := strings.Cut(line, "\t")
		values[value] = desc
	}
	return values, directive
}

// TestCompletionOffersNamesNotFiles: condition and glossary completed file
// names; condition names matched only by exact-case prefix.
func TestCompletionOffersNamesNotFiles(t *testing.T) {
	for _, tt := range []struct {
		args []string
		want string // a value offered, or a description when it starts with "desc:"
	}{
		{[]string{"condition", ""}, "Low back pain"},
		{[]string{"condition", "Low"}, "Low back pain"},
		{[]string{"condition", "low"}, "low back pain"}, // kept in the case typed, so the shell's prefix filter keeps it
		{[]string{"condition", "low"}, "desc:Low back pain"},
		{[]string{"condition", "back"}, "Low back pain"}, // any word of the name
		{[]string{"condition", "low", "back", ""}, "pain"},
		{[]string{"condition", "lbp"}, "lbp"},
		{[]string{"condition", "ear"}, "ear infection"},
		{[]string{"--condition", "low"}, "low back pain"},
		{[]string{"list", "--condition", "back"}, "Low back pain"},
		{[]string{"list", "--condition", "Migr"}, "Migraine"},
		{[]string{"glossary", ""}, "TART"},
		{[]string{"glossary", "tar"}, "tart"},
		{[]string{"glossary", "fry"}, "fryette's laws"},
		{[]string{"show", ""}, "cv4"},
		{[]string{"show", "hvla"}, "hvla-lumbar"},
		{[]string{"show", "lumbar"}, "hvla-lumbar"}, // any word of the id
		{[]string{"note", "counterstrain-l"}, "counterstrain-lumbar"},
		{[]string{"help", "sh"}, "show"},
	} {
		values, directive := complete(t, tt.args...)
		if directive != ":4" {
			t.Errorf("__complete %q: directive %s; want :4, no file names", tt.args, directive)
		}
		if desc, ok := strings.CutPrefix(tt.want, "desc:"); ok {
			found := false
			for _, d := range values {
				found = found || d == desc
			}
			if !found {
				t.Errorf("__complete %q: no completion described as %q in %v", tt.args, desc, values)
			}
			continue
		}
		if _, ok := values[tt.want]; !ok {
			t.Errorf("__complete %q offers %v; want %q among them", tt.args, keys(values), tt.want)
		}
	}
}

func keys(m map[string]string) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

// bytesAllocated is what f allocates on the heap, by the runtime's count.
func bytesAllocated(f func()) uint64 {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

// argBytes is the length of a command line's arguments.
func argBytes(args []string) uint64 {
	var n uint64
	for _, a := range args {
		n += uint64(len(a))
	}
	return n
}
