package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestDataImportRefusesANoteOverTheCap is issue 18's finding 10 from the
// shell: a 10 MB note imported although omt notes --set refuses one over
// 1 MiB. The import names the note that is too long and brings in nothing,
// so that the user can shorten it and import again.
func TestDataImportRefusesANoteOverTheCap(t *testing.T) {
	dir := t.TempDir()
	s := session{db: filepath.Join(dir, "omt.db")}
	s.mustRun(t, "notes", "cv4", "--set", "Mine.")
	before := s.mustRun(t, "bookmarks", "--json") + s.mustRun(t, "notes", "--json")
	doc := map[string]any{
		"format": "omt-personal", "version": 1, "exported": "2026-11-30T09:00:00Z",
		"bookmarks": []map[string]string{{"technique": "rib-raising", "created": "2026-11-30T09:00:00Z"}},
		"notes": []map[string]string{
			{"technique": "hvla-thoracic", "text": "short", "updated": "2026-11-30T09:00:00Z"},
			{"technique": "counterstrain-lumbar", "text": strings.Repeat("x", 10<<20), "updated": "2026-11-30T09:00:00Z"},
		},
	}
	data, err := json.Marshal(doc)
	if err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(dir, "big.json")
	if err := os.WriteFile(file, data, 0o644); err != nil {
		t.Fatal(err)
	}
	_, errOut, code := s.run(t, "data", "import", file)
	for _, want := range []string{file, `note 2 ("counterstrain-lumbar")`, "1024 KiB", "nothing was imported"} {
		if code != 1 || !strings.Contains(errOut, want) {
			t.Errorf("importing a 10 MiB note: exit %d, %q; want exit 1 saying %q", code, errOut, want)
		}
	}
	if after := s.mustRun(t, "bookmarks", "--json") + s.mustRun(t, "notes", "--json"); after != before {
		t.Errorf("a refused import changed the data: %d bytes of bookmarks and notes before, %d after:\n%.300s",
			len(before), len(after), after)
	}
	// Into no database at all, the same refusal, and no database is made.
	fresh := session{db: filepath.Join(dir, "fresh.db")}
	if _, errOut, code := fresh.run(t, "data", "import", file); code != 1 || !strings.Contains(errOut, "counterstrain-lumbar") {
		t.Errorf("importing a 10 MiB note into no database: exit %d, %q", code, errOut)
	}
	if _, err := os.Stat(fresh.db); err == nil {
		t.Error("a refused import created the database")
	}
}
