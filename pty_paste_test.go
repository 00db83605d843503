//go:build unix

package main

import (
	"io"
	"strings"
	"testing"
	"time"
)

// TestBracketedPasteLandsInTheSearch: a paste used to be dropped; it must
// land in the search, with its line break gone, and find what it names.
func TestBracketedPasteLandsInTheSearch(t *testing.T) {
	term := startTerminal(t, []string{"TERM=xterm-256color"})
	term.waitFor("techniques")
	_, _ = io.WriteString(term.ptmx, "/")
	term.waitFor("search:")
	at := len(term.output())
	_, _ = io.WriteString(term.ptmx, "\x1b[200~kirksville\r\n\x1b[201~")
	term.waitForAfter(at, "Kirksville crunch")
	_, _ = io.WriteString(term.ptmx, "\x03")
	if code := term.exit(); code != 130 {
		t.Errorf("Ctrl+C exited %d; want 130", code)
	}
	term.assertRestored()
}

// TestLongPasteThenCtrlC: a 100 KB paste, bracketed or arriving key by key,
// must not keep the browser busy: Ctrl+C right after it still leaves. That
// the paste is cheap is counted in allocations, not timed, by the ui test
// TestALongPasteIsCappedAndCheap; here the only thing time can show is a
// hang, which exit's 10 s limit catches.
func TestLongPasteThenCtrlC(t *testing.T) {
	page := strings.Repeat("counterstrain lumbar spine ", 3800) // about 100 KB
	for _, tc := range []struct{ name, payload string }{
		{"bracketed", "\x1b[200~" + page + "\x1b[201~"},
		{"key by key", page},
	} {
		t.Run(tc.name, func(t *testing.T) {
			term := startTerminal(t, []string{"TERM=xterm-256color"})
			term.waitFor("techniques")
			_, _ = io.WriteString(term.ptmx, "/")
			term.waitFor("search:")
			written := make(chan struct{})
			go func() { // the pty takes the paste only as fast as omt reads it
				defer close(written)
				_, _ = io.WriteString(term.ptmx, tc.payload)
			}()
			select {
			case <-written:
			case <-time.After(20 * time.Second):
				t.Fatal("omt did not read a 100 KB paste within 20 s")
			}
			_, _ = io.WriteString(term.ptmx, "\x03")
			if code := term.exit(); code != 130 {
				t.Errorf("Ctrl+C exited %d; want 130", code)
			}
			term.assertRestored()
		})
	}
}
