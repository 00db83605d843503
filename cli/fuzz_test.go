package cli

import (
	"bytes"
	"context"
	"strings"
	"testing"
)

// FuzzArgs runs the real command line on arbitrary arguments: it must never
// panic, must exit 0, 1 or 2, and must not print an error on stdout.
func FuzzArgs(f *testing.F) {
	for _, s := range []string{"show cv4", "list --condition LBP --patient osteoporosis,warfarin --all --json",
		"search ear infection", "condition low back pain --json", "glossary T4 ERS(L)", "note hvla-lumbar --region rib",
		"show", "list --format", "--patient", "show cv4 --format pdf", "", "frobnicate", "list --condition ''",
		"search --json \x00", "note cv4 --region", "conditions --json",
		"bookmarks add cv4 cv5", "bookmarks rm cv4", "history --limit 0", "notes cv4 --set x", "notes cv4 --edit",
		"data import -"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, line string) {
		args := strings.Fields(line)
		for _, a := range args {
			// Generated shell completion scripts and the man page are long and
			// fixed; skip them to keep the fuzzer on the parsers.
			if a == "completion" || a == "__complete" || a == "__completeNoDesc" || a == "man" || a == "help" {
				return
			}
		}
		var out, errOut bytes.Buffer
		code := Run(context.Background(), args, IO{In: strings.NewReader(""), Out: &out, Err: &errOut})
		if code != ExitOK && code != ExitNotFound && code != ExitUsage {
			t.Fatalf("omt %q exited %d", args, code)
		}
		if code != ExitOK && strings.Contains(out.String(), "omt: ") {
			t.Fatalf("omt %q wrote its error to stdout", args)
		}
	})
}
