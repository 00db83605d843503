//go:build unix

package main

import (
	"io"
	"strings"
	"syscall"
	"testing"
	"time"

	"golang.org/x/sys/unix"
)

// The modes the browser turns on, and the sequences that turn them off.
const (
	altScreenOn  = "\x1b[?1049h"
	altScreenOff = "\x1b[?1049l"
	mouseOff     = "\x1b[?1002l"
	pushTitle    = "\x1b[22;0t"
	popTitle     = "\x1b[23;0t"
)

// TestSignalsLeaveTheTerminalAsFound: a signal that ends the browser must
// leave the alternate screen and mouse mode, restore the terminal's modes and
// exit 128+n, as shells report a signal.
func TestSignalsLeaveTheTerminalAsFound(t *testing.T) {
	for _, tt := range []struct {
		sig  syscall.Signal
		code int
	}{
		{syscall.SIGTERM, 143},
		{syscall.SIGHUP, 129},
		{syscall.SIGQUIT, 131},
		{syscall.SIGINT, 130},
	} {
		t.Run(tt.sig.String(), func(t *testing.T) {
			term := startTerminal(t, []string{"TERM=xterm-256color"})
			term.waitFor("techniques")
			before := len(term.output())
			if err := term.cmd.Process.Signal(tt.sig); err != nil {
				t.Fatal(err)
			}
			if code := term.exit(); code != tt.code {
				t.Errorf("exit %d; want %d", code, tt.code)
			}
			term.assertRestored()
			after := term.drain()[before:]
			for _, seq := range []string{altScreenOff, mouseOff, popTitle} {
				if !strings.Contains(after, seq) {
					t.Errorf("after %v the terminal did not get %q:\n%q", tt.sig, seq, after)
				}
			}
		})
	}
}

// TestWindowTitleRestored: the browser titles the window "omt"; it must save
// the title before and restore it after (xterm's title stack).
func TestWindowTitleRestored(t *testing.T) {
	term := startTerminal(t, []string{"TERM=xterm-256color"})
	term.waitFor("techniques")
	_, _ = io.WriteString(term.ptmx, "q")
	term.exit()
	out := term.drain()
	push, set, pop := strings.Index(out, pushTitle), strings.Index(out, "\x1b]2;omt"), strings.LastIndex(out, popTitle)
	if push < 0 || set < 0 || pop < 0 || push > set || pop < strings.LastIndex(out, "\x1b]2;") {
		t.Errorf("title saved at %d, set at %d, restored at %d:\n%q", push, set, pop, out)
	}
}

// TestSuspendAndResume: Ctrl+Z, and SIGTSTP sent by another program, must
// leave the alternate screen and mouse mode before omt stops, and fg must
// bring the browser back, redrawn.
func TestSuspendAndResume(t *testing.T) {
	for _, how := range []string{"ctrl+z", "SIGTSTP"} {
		t.Run(how, func(t *testing.T) {
			term := startBash(t)
			term.waitFor("$ ")
			_, _ = io.WriteString(term.ptmx, binary+"\r")
			term.waitFor("techniques")
			before := len(term.output())
			if how == "ctrl+z" {
				_, _ = io.WriteString(term.ptmx, "\x1a")
			} else {
				pgrp, err := unix.IoctlGetInt(int(term.ptmx.Fd()), unix.TIOCGPGRP)
				if err != nil {
					t.Fatal(err)
				}
				_ = syscall.Kill(-pgrp, syscall.SIGTSTP)
			}
			term.waitFor("Stopped")
			stopped := term.output()[before:]
			for _, seq := range []string{altScreenOff, mouseOff} {
				if !strings.Contains(stopped, seq) {
					t.Errorf("%s: omt stopped without %q:\n%q", how, seq, stopped)
				}
			}
			before = len(term.output())
			_, _ = io.WriteString(term.ptmx, "fg\r")
			deadline := time.Now().Add(5 * time.Second)
			for !strings.Contains(term.output()[before:], altScreenOn) || !strings.Contains(term.output()[before:], "techniques") {
				if time.Now().After(deadline) {
					t.Fatalf("%s: fg did not redraw the browser:\n%q", how, term.output()[before:])
				}
				time.Sleep(20 * time.Millisecond)
			}
			before = len(term.output())
			_, _ = io.WriteString(term.ptmx, "q")
			term.waitForAfter(before, "$ ") // the shell's prompt: omt has ended
			_, _ = io.WriteString(term.ptmx, "echo status=$?\r")
			term.waitFor("status=0")
			_, _ = io.WriteString(term.ptmx, "exit\r")
			term.exit()
		})
	}
}

// startBash runs an interactive bash, without the user's start-up files.
func startBash(t *testing.T) *terminal {
	t.Helper()
	return startProgram(t, "bash", []string{"TERM=xterm-256color", "PS1=$ ", "PAGER=cat"}, "--norc", "--noprofile", "-i")
}

// TestSuspendWithoutAShell: run straight on a terminal (tmux new omt), with
// no shell to fg it, Ctrl+Z must not leave omt stopped for good; like a
// SIGTSTP that the kernel refuses, it hands the terminal back at once.
func TestSuspendWithoutAShell(t *testing.T) {
	term := startTerminal(t, []string{"TERM=xterm-256color"})
	term.waitFor("techniques")
	before := len(term.output())
	_, _ = io.WriteString(term.ptmx, "\x1a")
	term.waitForAfter(before, altScreenOn)
	_, _ = io.WriteString(term.ptmx, "q")
	if code := term.exit(); code != 0 {
		t.Errorf("exit %d", code)
	}
	term.assertRestored()
}
