package main

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
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
