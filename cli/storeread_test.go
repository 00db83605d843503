package cli

import (
	"crypto/sha256"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	_ "modernc.org/sqlite"
)

// dirState maps each file in dir to a hash of its content and its
// modification time, to show that a command left the directory as it was.
func dirState(t *testing.T, dir string) map[string]string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for _, e := range entries {
		path := filepath.Join(dir, e.Name())
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		info, err := os.Stat(path)
		if err != nil {
			t.Fatal(err)
		}
		out[e.Name()] = fmt.Sprintf("%x %s", sha256.Sum256(data), info.ModTime())
	}
	return out
}

func sameState(t *testing.T, what string, before, after map[string]string) {
	t.Helper()
	for name, b := range before {
		if a, ok := after[name]; !ok {
			t.Errorf("%s: %s is gone", what, name)
		} else if a != b {
			t.Errorf("%s: %s changed (%s, was %s)", what, name, a, b)
		}
	}
	for name := range after {
		if _, ok := before[name]; !ok {
			t.Errorf("%s: it created %s", what, name)
		}
	}
}

// runNoPanic runs omt and turns a panic into a failed exit, so that one
// command's panic does not end the whole test binary.
func (s session) runNoPanic(t *testing.T, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	defer func() {
		if p := recover(); p != nil {
			stderr, code = fmt.Sprintf("panic: %v", p), -1
		}
	}()
	return s.run(t, args...)
}

// TestANegativeSchemaVersionIsAClearErrorEverywhere is issue 18's finding 8:
// after sqlite3 neg.db 'pragma user_version=-5', every command that touches
// the database panicked with index out of range [-5]. Each must say which
// file has which version, exit 1, and leave the file byte for byte as it
// was.
func TestANegativeSchemaVersionIsAClearErrorEverywhere(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "neg.db")
	s := session{db: path}
	s.mustRun(t, "notes", "cv4", "--set", "kept")
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec("PRAGMA user_version = -5"); err != nil {
		t.Fatal(err)
	}
	db.Close()
	before := dirState(t, dir)
	for _, args := range [][]string{
		{"bookmarks"}, {"notes", "cv4"}, {"history"}, {"study", "stats"}, {"study", "decks"},
		{"data", "export"}, {"notes", "cv4", "--set", "new text"}, {"bookmarks", "add", "cv4"},
	} {
		_, stderr, code := s.runNoPanic(t, args...)
		if code != 1 || !strings.Contains(stderr, path) || !strings.Contains(stderr, "version -5") {
			t.Errorf("omt %s: exit %d, %q; want exit 1 naming %s and version -5",
				strings.Join(args, " "), code, stderr, path)
		}
	}
	sameState(t, "the commands on a version -5 database", before, dirState(t, dir))
}
