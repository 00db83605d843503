package common

import (
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
