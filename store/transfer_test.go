package store

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"time"
)

// TestExportThenImportOnAnotherMachine moves bookmarks and notes from one
// database to another that already has some of its own.
func TestExportThenImportOnAnotherMachine(t *testing.T) {
	home, _ := openTemp(t)
	h := home.Personal("")
	must(t,
		h.SetBookmark("muscle-energy-lumbar", true, t0),
		h.SetBookmark("counterstrain-lumbar", true, t0.Add(time.Minute)),
		h.SetNote("muscle-energy-lumbar", "newer at home", t0.Add(2*time.Hour)),
		h.SetNote("counterstrain-lumbar", "older at home", t0),
		h.SetNote("hvla-thoracic", "only at home", t0),
	)
	var file bytes.Buffer
	if err := h.ExportJSON(&file, t0.Add(3*time.Hour)); err != nil {
		t.Fatal(err)
	}
	exported := file.String()

	lab, _ := openTemp(t)
	l := lab.Personal("")
	must(t,
		l.SetBookmark("counterstrain-lumbar", true, t0.Add(-time.Hour)),
		l.SetNote("muscle-energy-lumbar", "older in the lab", t0.Add(time.Hour)),
		l.SetNote("counterstrain-lumbar", "newer in the lab", t0.Add(time.Hour)),
	)
	result, err := l.ImportJSON(strings.NewReader(exported))
	if err != nil {
		t.Fatal(err)
	}
	want := ImportResult{BookmarksAdded: 1, NotesAdded: 1, NotesReplaced: 1, NotesKept: 1}
	if result != want {
		t.Errorf("ImportJSON = %+v, want %+v", result, want)
	}
	for id, text := range map[string]string{
		"muscle-energy-lumbar": "newer at home",
		"counterstrain-lumbar": "newer in the lab",
		"hvla-thoracic":        "only at home",
	} {
		if n, _, _ := l.Note(id); n.Text != text {
			t.Errorf("note on %s after import = %q, want %q", id, n.Text, text)
		}
	}
	marks, _ := l.Bookmarks()
	if len(marks) != 2 {
		t.Errorf("bookmarks after import: %v", marks)
	}
	for _, b := range marks {
		if b.TechniqueID == "counterstrain-lumbar" && !b.Created.Equal(t0.Add(-time.Hour)) {
			t.Errorf("import changed the time of a bookmark already here: %v", b.Created)
		}
	}

	// Importing the same file again changes nothing.
	again, err := l.ImportJSON(strings.NewReader(exported))
	if err != nil || again != (ImportResult{NotesKept: 3}) {
		t.Errorf("importing twice: %+v, %v; want only notes kept", again, err)
	}
}

func must(t *testing.T, errs ...error) {
	t.Helper()
	for _, err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
}

func TestExportFormat(t *testing.T) {
	s, _ := openTemp(t)
	p := s.Personal("")
	var empty bytes.Buffer
	if err := p.ExportJSON(&empty, t0); err != nil {
		t.Fatal(err)
	}
	// An empty export still lists its (empty) arrays, for a reader that
	// expects them.
	var doc map[string]any
	if err := json.Unmarshal(empty.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	if doc["format"] != "omt-personal" || doc["version"] != 1.0 || doc["exported"] != "2026-03-02T09:00:00Z" {
		t.Errorf("export header = %v", doc)
	}
	for _, key := range []string{"bookmarks", "notes"} {
		if list, ok := doc[key].([]any); !ok || len(list) != 0 {
			t.Errorf("%s in an empty export = %#v, want []", key, doc[key])
		}
	}
}

func TestABadImportChangesNothing(t *testing.T) {
	s, _ := openTemp(t)
	p := s.Personal("")
	must(t, p.SetNote("t1", "mine", t0))
	for name, doc := range map[string]string{
		"not JSON":        `bookmarks: [t1]`,
		"another format":  `{"format": "anki", "version": 1}`,
		"no version":      `{"format": "omt-personal"}`,
		"newer version":   `{"format": "omt-personal", "version": 2}`,
		"trailing data":   `{"format": "omt-personal", "version": 1} {}`,
		"bookmark no id":  `{"format": "omt-personal", "version": 1, "bookmarks": [{"created": "2026-01-01T00:00:00Z"}]}`,
		"note no time":    `{"format": "omt-personal", "version": 1, "notes": [{"technique": "t2", "text": "x"}]}`,
		"note empty text": `{"format": "omt-personal", "version": 1, "notes": [{"technique": "t2", "text": " ", "updated": "2026-01-01T00:00:00Z"}]}`,
		// A valid first note must not be merged when a later entry is bad.
		"bad after good": `{"format": "omt-personal", "version": 1, "notes": [
			{"technique": "t3", "text": "x", "updated": "2026-01-01T00:00:00Z"},
			{"technique": "", "text": "x", "updated": "2026-01-01T00:00:00Z"}]}`,
	} {
		if _, err := p.ImportJSON(strings.NewReader(doc)); err == nil {
			t.Errorf("%s: the import was accepted", name)
		}
	}
	notes, _ := p.Notes()
	marks, _ := p.Bookmarks()
	if len(notes) != 1 || len(marks) != 0 {
		t.Errorf("after bad imports: notes %v, bookmarks %v", notes, marks)
	}
}

// FuzzDecodeExport feeds arbitrary bytes to the import parser: it must never
// panic, and whatever it accepts must be safe to merge.
func FuzzDecodeExport(f *testing.F) {
	f.Add([]byte(`{"format":"omt-personal","version":1,"exported":"2026-03-02T09:00:00Z",
		"bookmarks":[{"technique":"t1","created":"2026-03-02T09:00:00Z"}],
		"notes":[{"technique":"t1","text":"mine","updated":"2026-03-02T09:00:00Z"}]}`))
	f.Add([]byte(`{"format":"omt-personal","version":2}`))
	f.Add([]byte(`[]`))
	f.Fuzz(func(t *testing.T, data []byte) {
		file, err := decodeExport(bytes.NewReader(data))
		if err != nil {
			return
		}
		if file.Format != exportFormat || file.Version != exportVersion {
			t.Fatalf("accepted format %q version %d", file.Format, file.Version)
		}
		for _, b := range file.Bookmarks {
			if strings.TrimSpace(b.Technique) == "" || b.Created.IsZero() {
				t.Fatalf("accepted bookmark %+v", b)
			}
		}
		for _, n := range file.Notes {
			if strings.TrimSpace(n.Technique) == "" || strings.TrimSpace(n.Text) == "" || n.Updated.IsZero() {
				t.Fatalf("accepted note %+v", n)
			}
		}
	})
}
