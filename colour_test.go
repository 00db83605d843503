//go:build unix

package main

import (
	"io"
	"strings"
	"testing"
)

// TestCLICOLORZeroOnATerminal: CLICOLOR=0 means no colour even on a
// terminal (bixense.com/clicolors), which the README promises; answers,
// help and the browser all printed colour.
func TestCLICOLORZeroOnATerminal(t *testing.T) {
	for _, args := range [][]string{{"show", "cv4"}, {"condition", "LBP"}, {"--help"}, {"show", "--help"}} {
		if out := runWithTerminalOutput(t, nil, args); !colour.MatchString(out) {
			t.Errorf("omt %q prints no colour on a terminal, so this test proves nothing", args)
		}
		if out := runWithTerminalOutput(t, []string{"CLICOLOR=0"}, args); colour.MatchString(out) {
			t.Errorf("CLICOLOR=0 omt %q prints colour: %q", args, colour.FindString(out))
		}
		if out := runWithTerminalOutput(t, []string{"CLICOLOR=0", "CLICOLOR_FORCE=1"}, args); !colour.MatchString(out) {
			t.Errorf("CLICOLOR_FORCE=1 should win over CLICOLOR=0 for omt %q", args)
		}
	}
	term := startTerminal(t, []string{"TERM=xterm-256color", "CLICOLOR=0"})
	term.waitFor("techniques")
	_, _ = io.WriteString(term.ptmx, "q")
	term.exit()
	if out := term.drain(); colour.MatchString(out) {
		t.Errorf("CLICOLOR=0: the browser draws in colour: %q", colour.FindString(out))
	}
	if !strings.Contains(term.output(), "\x1b[?1049h") {
		t.Error("the browser did not open")
	}
}

// TestBrowserInASCIIUnderACLocale: the browser's frames under LC_ALL=C hold
// no byte above 0x7f, down to the authors' names in the evidence.
func TestBrowserInASCIIUnderACLocale(t *testing.T) {
	term := startTerminal(t, []string{"TERM=xterm-256color", "LC_ALL=C"}, "--condition", "fibromyalgia")
	term.waitFor("Evidence for OMT")
	_, _ = io.WriteString(term.ptmx, "\t")
	for range 4 {
		_, _ = io.WriteString(term.ptmx, "\x1b[6~") // page down, to the trials and their authors
	}
	term.waitFor("Castro-Sanchez")
	_, _ = io.WriteString(term.ptmx, "q")
	term.exit()
	out := term.drain()
	if i := strings.IndexFunc(out, func(r rune) bool { return r > 0x7e }); i >= 0 {
		t.Errorf("the browser under LC_ALL=C draws %q: %q", []rune(out[i:])[0], out[max(0, i-60):min(len(out), i+20)])
	}
}
