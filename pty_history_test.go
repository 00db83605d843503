//go:build unix

package main

import (
	"io"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/vt"
)

// screenOf is the screen a terminal of 100x30 shows after the output: the
// browser sends only the cells that change, so words are read from the
// screen, not from the bytes.
func screenOf(out string) string {
	e := vt.NewEmulator(100, 30)
	done := make(chan struct{})
	go func() { // the emulator answers the browser's queries; drain them
		defer close(done)
		buf := make([]byte, 256)
		for {
			if _, err := e.Read(buf); err != nil {
				return
			}
		}
	}()
	_, _ = e.Write([]byte(out))
	s := e.String()
	if pw, ok := e.InputPipe().(*io.PipeWriter); ok {
		_ = pw.Close()
	}
	<-done
	return s
}

// waitForScreen waits until the screen shows s.
func (term *terminal) waitForScreen(s string) {
	term.t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		if strings.Contains(screenOf(term.output()), s) {
			return
		}
		time.Sleep(50 * time.Millisecond)
	}
	term.t.Fatalf("waited 10s for %q; the screen shows:\n%s", s, screenOf(term.output()))
}

// TestOpenedFromSearchIsResumed: /cv4, Enter, q at once, as a user would;
// omt history lists cv4, and omt --resume opens its page.
func TestOpenedFromSearchIsResumed(t *testing.T) {
	env := []string{"TERM=xterm-256color", "OMT_DATABASE=" + filepath.Join(t.TempDir(), "omt.db")}
	term := startTerminal(t, env)
	term.waitFor("techniques")
	_, _ = io.WriteString(term.ptmx, "/cv4")
	term.waitForScreen("search: cv4")
	_, _ = io.WriteString(term.ptmx, "\rq")
	if code := term.exit(); code != 0 {
		t.Fatalf("q exited %d", code)
	}
	term.assertRestored()

	out, errOut, code := omt(t, env, "history", "--limit", "1")
	if code != 0 || !strings.Contains(out, "cv4") {
		t.Fatalf("omt history after /cv4, Enter, q: exit %d\n%s%s", code, out, errOut)
	}

	term = startTerminal(t, env, "--resume")
	term.waitForScreen("CV4 (compression of the fourth ventricle)")
	_, _ = io.WriteString(term.ptmx, "q")
	if code := term.exit(); code != 0 {
		t.Errorf("q exited %d", code)
	}
}
