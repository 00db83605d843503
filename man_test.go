package main

import (
	"os"
	"os/exec"
	"strings"
	"testing"
)

// TestManPageReadsLikeOne: short flags as "-c, --condition" with roff's
// minus signs (a bare "-" prints as a hyphen that a search for --condition
// does not find), every shell it lists named in the README, and omt man
// listed in omt --help.
func TestManPageReadsLikeOne(t *testing.T) {
	page, errOut, code := omt(t, nil, "man")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, want := range []string{`\-c, \-\-condition`, `\-p, \-\-patient`, `\-\-json`, ".SH EXIT STATUS", ".SH ENVIRONMENT", "PAGER"} {
		if !strings.Contains(page, want) {
			t.Errorf("the man page lacks %q", want)
		}
	}
	if strings.Contains(page, "--c ") || strings.Contains(page, `\-\-c `) {
		t.Error("the man page still writes the short flag as --c")
	}
	readme, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	for _, shell := range []string{"bash", "zsh", "fish", "powershell"} {
		if strings.Contains(page, shell) && !strings.Contains(string(readme), shell) {
			t.Errorf("the man page offers completion for %s, which the README does not mention", shell)
		}
	}
	help, _, _ := omt(t, nil, "--help")
	if !strings.Contains(help, "man ") {
		t.Errorf("omt --help does not list the man command:\n%s", help)
	}
	if groff, err := exec.LookPath("groff"); err == nil {
		cmd := exec.Command(groff, "-man", "-Tutf8", "-ww", "-z")
		cmd.Stdin = strings.NewReader(page)
		if out, err := cmd.CombinedOutput(); err != nil || len(out) > 0 {
			t.Errorf("groff warns about the man page (%v):\n%s", err, out)
		}
	}
}
