package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

func TestDataExportImportRoundTrip(t *testing.T) {
	dir := t.TempDir()
	one := session{db: filepath.Join(dir, "one.db"), now: "2026-11-30T09:00:00Z"}
	one.mustRun(t, "bookmarks", "add", "cv4", "rib-raising")
	one.mustRun(t, "notes", "cv4", "--set", "Older note.")
	one.mustRun(t, "notes", "rib-raising", "--set", "Rib note.")
	file := filepath.Join(dir, "personal.json")
	if _, errOut, code := one.run(t, "data", "export", "--output", file); code != 0 || !strings.Contains(errOut, file) {
		t.Fatalf("export --output: exit %d, %q", code, errOut)
	}

	// The second machine has a newer note on cv4 of its own.
	two := session{db: filepath.Join(dir, "two.db"), now: "2026-12-01T09:00:00Z"}
	two.mustRun(t, "bookmarks", "add", "cv4")
	two.mustRun(t, "notes", "cv4", "--set", "Newer note.")
	out := two.mustRun(t, "data", "import", file)
	for _, want := range []string{"bookmarks: 1 added, 1 already here", "notes: 1 added, 0 replaced by a newer one, 1 kept"} {
		if !strings.Contains(out, want) {
			t.Errorf("the import report lacks %q:\n%s", want, out)
		}
	}
	if got := bookmarkIDs(bookmarksJSON(t, two)); !strings.Contains(got, "cv4") || !strings.Contains(got, "rib-raising") {
		t.Errorf("bookmarks after import: %s", got)
	}
	if got := noteText(t, two, "cv4"); got != "Newer note." {
		t.Errorf("an older imported note replaced a newer one: %q", got)
	}
	if got := noteText(t, two, "rib-raising"); got != "Rib note." {
		t.Errorf("the imported note: %q", got)
	}

	// Back the other way, through standard input: the newer note wins.
	back := filepath.Join(dir, "back.json")
	two.mustRun(t, "data", "export", "-o", back)
	data, err := os.ReadFile(back)
	if err != nil {
		t.Fatal(err)
	}
	out = session{db: one.db, stdin: string(data)}.mustRun(t, "data", "import", "-")
	if !strings.Contains(out, "1 replaced") || noteText(t, one, "cv4") != "Newer note." {
		t.Errorf("importing the newer note: %s", out)
	}
}

func TestDataImportOfABadFileChangesNothing(t *testing.T) {
	dir := t.TempDir()
	s := session{db: filepath.Join(dir, "omt.db")}
	s.mustRun(t, "bookmarks", "add", "cv4")
	s.mustRun(t, "notes", "cv4", "--set", "Mine.")
	before := s.mustRun(t, "bookmarks", "--json") + s.mustRun(t, "notes", "--json")
	for name, tt := range map[string]struct{ content, want string }{
		"not json": {"bookmarks: cv4\n", "not an omt export"},
		"other":    {`{"format": "something-else", "version": 1}`, `format is "something-else"`},
		"newer":    {`{"format": "omt-personal", "version": 99}`, "version 99"},
		"note undated": {`{"format": "omt-personal", "version": 1, "bookmarks": [{"technique": "rib-raising", "created": "2026-01-01T00:00:00Z"}],` +
			`"notes": [{"technique": "cv4", "text": "x"}]}`, "note 1 has no technique id or no time"},
	} {
		file := filepath.Join(dir, strings.ReplaceAll(name, " ", "-")+".json")
		if err := os.WriteFile(file, []byte(tt.content), 0o644); err != nil {
			t.Fatal(err)
		}
		_, errOut, code := s.run(t, "data", "import", file)
		if code != 1 || !strings.Contains(errOut, file) || !regexp.MustCompile(tt.want).MatchString(errOut) || !strings.Contains(errOut, "nothing was imported") {
			t.Errorf("%s: exit %d, %q; want 1, the file and %q", name, code, errOut, tt.want)
		}
		// A bad file must not create a database that did not exist.
		fresh := session{db: filepath.Join(dir, "fresh.db")}
		if _, _, code := fresh.run(t, "data", "import", file); code != 1 {
			t.Errorf("%s into no database: exit %d", name, code)
		}
		if _, err := os.Stat(fresh.db); err == nil {
			t.Errorf("%s: a bad import created the database", name)
		}
	}
	if after := s.mustRun(t, "bookmarks", "--json") + s.mustRun(t, "notes", "--json"); after != before {
		t.Errorf("a bad import changed the data:\nbefore %s\nafter %s", before, after)
	}
	if _, errOut, code := s.run(t, "data", "import", filepath.Join(dir, "missing.json")); code != 1 || !strings.Contains(errOut, "missing.json") {
		t.Errorf("a missing file: exit %d, %q", code, errOut)
	}
}

func TestPersonalReadsNeverCreateTheDatabase(t *testing.T) {
	s := session{db: filepath.Join(t.TempDir(), "omt.db")}
	for _, args := range [][]string{
		{"bookmarks"}, {"bookmarks", "--json"}, {"bookmarks", "rm", "cv4"}, {"bookmarks", "add", "counterstrain-lumbr"},
		{"history"}, {"history", "--json"},
		{"notes"}, {"notes", "--json"}, {"notes", "cv4"}, {"notes", "cv4", "--set", ""},
		{"data", "export"},
	} {
		out, errOut, code := s.run(t, args...)
		if code > 1 {
			t.Errorf("omt %q: exit %d, %s", args, code, errOut)
		}
		if _, err := os.Stat(s.db); err == nil {
			t.Fatalf("omt %q created the database", args)
		}
		if strings.Contains(strings.Join(args, " "), "--json") && !strings.HasPrefix(strings.TrimSpace(out), "[]") {
			t.Errorf("omt %q without a database: %q, want []", args, out)
		}
	}
	var empty struct {
		Format    string            `json:"format"`
		Bookmarks []json.RawMessage `json:"bookmarks"`
		Notes     []json.RawMessage `json:"notes"`
	}
	out := s.mustRun(t, "data", "export")
	if err := json.Unmarshal([]byte(out), &empty); err != nil || empty.Format != "omt-personal" || empty.Bookmarks == nil || len(empty.Notes) != 0 {
		t.Errorf("export without a database: %v\n%s", err, out)
	}
	// And that empty export imports.
	other := session{db: filepath.Join(t.TempDir(), "other.db"), stdin: out}
	if out := other.mustRun(t, "data", "import", "-"); !strings.Contains(out, "0 added") {
		t.Errorf("importing an empty export: %q", out)
	}
}
