package ui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/omt-reference/omt/study"
)

// The study count arrives after the first frame and can wrap the header
// onto a second line; the body must shrink for it, or the frame is a line
// taller than the terminal and its last line, the disclaimer, is cut off
// (at 80x24 with the shipped catalogue, the size of a default terminal).
func TestTheStudyCountKeepsTheFrameInTheTerminal(t *testing.T) {
	const h = 24
	for w := minWidth; w <= 120; w++ {
		m := newSized(t, w, h, Options{})
		m = send(t, m, dueCountMsg{counts: study.Counts{Due: 1234, New: 20}})
		lines := strings.Split(m.render(), "\n")
		if len(lines) > h {
			t.Fatalf("at %dx%d with the study count the frame has %d lines", w, h, len(lines))
		}
		last := ansi.Strip(lines[len(lines)-1]) // the disclaimer ends the frame (wrapped when narrow)
		if !strings.HasSuffix(strings.TrimSpace(last), "treatment.") {
			t.Fatalf("at %dx%d the frame ends with %q, not the disclaimer", w, h, last)
		}
	}
}
