package store

import (
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"
)

// MaxNoteBytes bounds one personal note, in bytes of UTF-8: pages of
// writing, far below what would slow the database or the browser. The
// store enforces it on every path that writes a note (SetNote and
// ImportJSON), so the browser's editor, omt notes --set and an import meet
// one limit.
const MaxNoteBytes = 1 << 20

// ErrNotANote is what SetNote and ImportJSON wrap when a text cannot be kept
// as a note (see CheckNote).
var ErrNotANote = errors.New("cannot be kept as a note")

// CheckNote says why text cannot be kept as a note: it is longer than
// MaxNoteBytes, is not UTF-8, or holds a NUL byte (so it is not text). The
// error matches ErrNotANote (errors.Is) and reads after the note's name:
// "the note on cv4 " + "is 10240 KiB, longer than the 1024 KiB a note may
// hold". It is nil for a text that can be kept.
func CheckNote(text string) error {
	switch {
	case len(text) > MaxNoteBytes:
		return noteError(fmt.Sprintf("is %d KiB, longer than the %d KiB a note may hold",
			(len(text)+1023)>>10, MaxNoteBytes>>10))
	case !utf8.ValidString(text):
		return noteError("is not UTF-8 text")
	case strings.ContainsRune(text, 0):
		return noteError("holds a NUL byte, so it is not text")
	}
	return nil
}

// noteError is why a text cannot be kept as a note.
type noteError string

func (e noteError) Error() string { return string(e) }

// Is makes a noteError match ErrNotANote.
func (e noteError) Is(target error) bool { return target == ErrNotANote }
