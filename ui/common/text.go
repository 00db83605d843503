package common

import (
	"strings"

	"charm.land/bubbles/v2/textarea"
	"charm.land/bubbles/v2/textinput"

	"github.com/omt-reference/omt/render"
)

// NewTextInput is a text input that takes a terminal's paste but never
// reads the system clipboard itself: bubbles' Ctrl+V runs xclip, wl-paste
// or pbpaste on the machine omt runs on, which under omt serve is the
// server's clipboard, not the student's.
func NewTextInput() textinput.Model {
	in := textinput.New()
	in.KeyMap.Paste.SetEnabled(false)
	return in
}

// NewTextArea is the note editor's text area, with the same rule as
// newTextInput.
func NewTextArea() textarea.Model {
	area := textarea.New()
	area.KeyMap.Paste.SetEnabled(false)
	return area
}

// Fit cuts a styled line to w columns.
func Fit(line string, w int) string {
	if render.Width(line) <= w {
		return line
	}
	return render.Truncate(line, w, "")
}

// DisclaimerFor is the disclaimer in words that fit a line of w columns
// where they can: below 80 columns the full wording would take two of the
// screen's rows. Every wording names who it is for and that it is not for
// self-treatment.
func DisclaimerFor(w int) string {
	const (
		shorter  = "Reference for trained practitioners and students; not self-treatment."
		shortest = "For trained practitioners and students. Not self-treatment."
	)
	switch {
	case w >= render.Width(render.Disclaimer):
		return render.Disclaimer
	case w >= render.Width(shorter):
		return shorter
	case w >= render.Width(shortest):
		return shortest
	}
	// Two lines, broken between the sentences rather than at "self-".
	return strings.Replace(shortest, ". ", ".\n", 1)
}

// DisclaimerLines is the disclaimer laid out in w columns, for a footer.
func DisclaimerLines(w int) string {
	lines := strings.Split(DisclaimerFor(w), "\n")
	for i, l := range lines {
		lines[i] = render.Wrap(l, w) // each on its own: wrap joins lines
	}
	return strings.Join(lines, "\n")
}

// Clip guarantees the screen never has more lines than the terminal. Each
// part is cut to the width where it is drawn (wrapParts, box, the footer),
// which the size sweep and the key storm check at every size.
func Clip(s string, h int) string {
	if strings.Count(s, "\n") < h {
		return s
	}
	lines := strings.SplitN(s, "\n", h+1)
	return strings.Join(lines[:h], "\n")
}
