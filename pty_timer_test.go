//go:build unix

package main

import (
	"io"
	"strings"
	"testing"
	"time"
)

// bareBells counts the BEL characters that ring: those that do not end an
// OSC sequence (a window title).
func bareBells(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		switch {
		case s[i] == 0x1b && i+1 < len(s) && s[i+1] == ']':
			end := strings.IndexAny(s[i:], "\a\x1b\\")
			if end < 0 {
				return n
			}
			i += end
		case s[i] == '\a':
			n++
		}
	}
	return n
}

// TestTimerOnATerminal runs the real omt timer to the end of a 3-second
// facilitated positional release hold: it waits for space, rings the bell
// when the hold is done, and q leaves the terminal as it was.
func TestTimerOnATerminal(t *testing.T) {
	if testing.Short() {
		t.Skip("runs a 3 s hold in real time")
	}
	term := startTerminal(t, []string{"TERM=xterm-256color"}, "timer", "facilitated-positional-release")
	term.waitFor("Get ready")
	offset := len(term.output())
	_, _ = io.WriteString(term.ptmx, " ")
	deadline := time.Now().Add(10 * time.Second)
	for bareBells(term.output()[offset:]) == 0 {
		if time.Now().After(deadline) {
			t.Fatalf("no bell 10 s after starting a 3 s hold:\n%q", term.output()[offset:])
		}
		time.Sleep(50 * time.Millisecond)
	}
	_, _ = io.WriteString(term.ptmx, "q")
	if code := term.exit(); code != 0 {
		t.Errorf("q exited %d", code)
	}
	term.assertRestored()
	if out := term.drain(); !strings.Contains(out, "\x1b[?1049h") || !strings.Contains(out, "\x1b[?1049l") {
		t.Error("the timer did not enter and leave the alternate screen")
	}
}

func TestTimerCtrlC(t *testing.T) {
	term := startTerminal(t, []string{"TERM=xterm-256color"}, "timer", "counterstrain-lumbar", "--quiet")
	term.waitFor("Get ready")
	_, _ = io.WriteString(term.ptmx, "\x03")
	if code := term.exit(); code != 130 {
		t.Errorf("Ctrl+C exited %d; want 130", code)
	}
	term.assertRestored()
}
