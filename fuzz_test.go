//go:build unix

package main

import (
	"bytes"
	"io"
	"os"
	"os/exec"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/creack/pty"
)

// FuzzArgsOnATerminal runs the real binary on random arguments, with stdout
// and stderr on a pseudo-terminal (where colour is on and nothing is
// filtered), and checks that no control sequence but colour reaches it. Stdin
// is not a terminal, so the browser never opens. The arguments are the input
// split at NUL, a byte no argument can hold.
func FuzzArgsOnATerminal(f *testing.F) {
	for _, seed := range []string{
		"list\x00--\x1b]0;pwned\a",
		"show\x00-x\x1b[2J\x1b[31mRED",
		"show\x00\x9b2J",
		"list\x00--condition\x00\u009b31m",
		"search\x00\x1b[31mred\x00--json",
		"---\x1b[2J",
		"note\x00cv4\x00--region\x00\x1b]8;;http://x\a",
		"glossary\x00\x1b[6n",
		"help\x00\x1b[2J",
		"completion\x00\x1b[2J",
		"show\x00cv4\x00--format\x00\x1b[2J",
		"show\x00cv4",
		"list\x00--patient\x00,",
		"nonsense\x1b[2J",
		"exam\x00show\x00\x1b]0;pwned\a",
		"exam\x00--resume=\x1b[2J",
		"class\x00assign\x00--deck\x00\x1b]0;pwned\a\x00--due\x002099-01-01",
		"class\x00export\x00--students\x00\x1b[2J\x00--authorized-keys\x00\x1b[6n",
		"class\x00unassign\x00\x1b[2J",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, input string) {
		args := strings.Split(input, "\x00")
		out := runWithTerminalOutput(t, nil, args)
		if what, found := controlIn(out); found {
			t.Fatalf("omt %q passed a control sequence to the terminal: %s", args, what)
		}
	})
}

// runWithTerminalOutput runs omt with stdout and stderr on a pseudo-terminal
// and stdin on /dev/null, and returns what it wrote.
func runWithTerminalOutput(t *testing.T, env, args []string) string {
	t.Helper()
	ptmx, tty, err := pty.Open()
	if err != nil {
		t.Skipf("no pseudo-terminal here: %v", err)
	}
	defer ptmx.Close()
	if err := pty.Setsize(ptmx, &pty.Winsize{Cols: 100, Rows: 30}); err != nil {
		t.Fatal(err)
	}
	devNull, err := os.Open(os.DevNull)
	if err != nil {
		t.Fatal(err)
	}
	defer devNull.Close()
	cmd := exec.Command(binary, args...)
	cmd.Env = append([]string{"HOME=" + t.TempDir(), "PATH=" + os.Getenv("PATH"), "TERM=xterm-256color", "PAGER=cat"}, env...)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = devNull, tty, tty
	cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true}
	if err := cmd.Start(); err != nil {
		tty.Close()
		t.Fatal(err)
	}
	tty.Close()
	var out bytes.Buffer
	read := make(chan struct{})
	go func() {
		defer close(read)
		_, _ = io.Copy(&out, ptmx) // ends with EIO once omt has exited
	}()
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	select {
	case <-exited:
	case <-time.After(10 * time.Second):
		_ = cmd.Process.Kill()
		t.Fatalf("omt %q did not finish in 10 s", args)
	}
	<-read
	return out.String()
}
