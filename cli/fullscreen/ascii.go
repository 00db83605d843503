package fullscreen

import (
	"unicode/utf8"

	"github.com/charmbracelet/x/term"

	"github.com/omt-reference/omt/render"
)

// asciiTerminal carries the browser's frames to a terminal whose locale is
// not UTF-8. Each character that is not ASCII becomes ASCII of the same
// width, so the renderer's cursor arithmetic still holds: Büchler reads
// Buchler, an en dash a hyphen, anything else "?" per column.
type asciiTerminal struct {
	term.File        // the terminal: Read, Close and Fd pass through
	pending   []byte // the start of a character split across two writes
}

// Write rewrites p and writes it; a character split at its end waits for the next write.
func (w *asciiTerminal) Write(p []byte) (int, error) {
	data := append(w.pending, p...)
	cut := len(data)
	for i := len(data) - 1; i >= 0 && i >= len(data)-utf8.UTFMax; i-- {
		if utf8.RuneStart(data[i]) {
			if !utf8.FullRune(data[i:]) {
				cut = i
			}
			break
		}
	}
	w.pending = append([]byte(nil), data[cut:]...)
	if _, err := w.File.Write(render.SameWidthASCII(data[:cut])); err != nil {
		return 0, err
	}
	return len(p), nil
}
