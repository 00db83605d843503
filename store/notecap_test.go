package store

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"
)

// TestSetNoteKeepsTheCap: the store, not each caller, bounds a note, so
// that the browser's editor, omt notes --set and anything written later
// meet one limit.
func TestSetNoteKeepsTheCap(t *testing.T) {
	s, _ := openTemp(t)
	p := s.Personal("")
	if err := p.SetNote("cv4", strings.Repeat("a", MaxNoteBytes), t0); err != nil {
		t.Errorf("a note of exactly MaxNoteBytes was refused: %v", err)
	}
	for name, text := range map[string]string{
		"one byte over": strings.Repeat("b", MaxNoteBytes+1),
		"ten MiB":       strings.Repeat("c", 10<<20),
		"not UTF-8":     "abc\xff",
		"a NUL byte":    "abc\x00def",
	} {
		err := p.SetNote("cv4", text, t0.Add(time.Minute))
		if err == nil || !errors.Is(err, ErrNotANote) || !strings.Contains(err.Error(), "cv4") {
			t.Errorf("%s: SetNote gave %v; want an ErrNotANote naming cv4", name, err)
		}
	}
	if n, _, _ := p.Note("cv4"); n.Text != strings.Repeat("a", MaxNoteBytes) || !n.Updated.Equal(t0) {
		t.Errorf("a refused note changed the one kept (%d bytes, %v)", len(n.Text), n.Updated)
	}
}

// TestImportRefusesAnOverlongNoteAndImportsNothing is issue 18's finding 10:
// a 10 MB note came in through omt data import although --set caps notes at
// 1 MiB. The import is refused whole, as every other bad entry refuses it,
// with the note's number and technique id, and nothing changes.
func TestImportRefusesAnOverlongNoteAndImportsNothing(t *testing.T) {
	s, _ := openTemp(t)
	p := s.Personal("")
	must(t, p.SetNote("rib-raising", "mine, older", t0))
	file := exportFile{Format: exportFormat, Version: exportVersion, Exported: t0,
		Bookmarks: []exportBookmark{{"cv4", t0}},
		Notes: []exportNote{
			{"rib-raising", "theirs, newer", t0.Add(time.Hour)},
			{"counterstrain-lumbar", strings.Repeat("x", 10<<20), t0.Add(time.Hour)},
			{"hvla-thoracic", "fine", t0.Add(time.Hour)},
		}}
	data, err := json.Marshal(file)
	if err != nil {
		t.Fatal(err)
	}
	result, err := p.ImportJSON(strings.NewReader(string(data)))
	if err == nil || !errors.Is(err, ErrNotANote) || !strings.Contains(err.Error(), `note 2 ("counterstrain-lumbar")`) {
		t.Fatalf("ImportJSON of a 10 MiB note gave %+v, %v; want an ErrNotANote naming note 2 (counterstrain-lumbar)", result, err)
	}
	if result != (ImportResult{}) {
		t.Errorf("a refused import reports %+v", result)
	}
	notes, _ := p.Notes()
	marks, _ := p.Bookmarks()
	if len(notes) != 1 || notes[0].Text != "mine, older" || len(marks) != 0 {
		t.Errorf("a refused import changed the data: notes %+v, bookmarks %+v", notes, marks)
	}
}
