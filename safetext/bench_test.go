package safetext

import (
	"encoding/json"
	"strings"
	"testing"
)

// maxNote is the longest note omt keeps (1 MiB): the worst a read pays.
const maxNote = 1 << 20

// BenchmarkVisiblePlainNote: the common case, a note with nothing to write
// out, is one scan and no copy.
func BenchmarkVisiblePlainNote(b *testing.B) {
	note := strings.Repeat("Lab B holds 120 s; return slowly. Café, ü, 日本.\n", maxNote/52)
	b.SetBytes(int64(len(note)))
	for b.Loop() {
		if Visible(note) != note {
			b.Fatal("plain text changed")
		}
	}
}

// BenchmarkVisibleHostileNote: a note that is nothing but controls.
func BenchmarkVisibleHostileNote(b *testing.B) {
	note := strings.Repeat("\x1b]8;;http://evil\a\u009b31m\u202e", maxNote/32)
	b.SetBytes(int64(len(note)))
	for b.Loop() {
		_ = Visible(note)
	}
}

// BenchmarkEscapeJSONExport: a 1 MiB export with a control in every line.
func BenchmarkEscapeJSONExport(b *testing.B) {
	doc, err := json.MarshalIndent(map[string]string{"text": strings.Repeat("a note line \u202e\n", maxNote/16)}, "", "  ")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(doc)))
	for b.Loop() {
		_ = EscapeJSON(doc)
	}
}
