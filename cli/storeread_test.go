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

// readingCommands are the commands that only read the user's data.
var readingCommands = [][]string{
	{"bookmarks"}, {"bookmarks", "--json"}, {"history"}, {"notes"}, {"notes", "--json"},
	{"notes", "cv4"}, {"notes", "cv4", "--json"}, {"data", "export"},
	{"study", "stats"}, {"study", "decks"}, {"study", "export", "--format", "json"},
	{"study", "export", "--format", "csv"}, {"study", "settings"},
}

// filledDB is a database with a note, a bookmark and a review, written by
// omt itself, in a directory of its own.
func filledDB(t *testing.T) (dir string, s session) {
	t.Helper()
	dir = t.TempDir()
	s = session{db: filepath.Join(dir, "omt.db")}
	s.mustRun(t, "notes", "cv4", "--set", "Mine.")
	s.mustRun(t, "bookmarks", "add", "cv4")
	s.mustRun(t, "study", "settings", "--new-per-day", "25")
	return dir, s
}

// TestReadingCommandsChangeNothing is issue 18's finding 11: a command that
// only reads opens the database read-only, so it leaves every file as it
// found it, to the byte and the modification time, and no -wal or -shm
// beside it.
func TestReadingCommandsChangeNothing(t *testing.T) {
	dir, s := filledDB(t)
	before := dirState(t, dir)
	for _, args := range readingCommands {
		if _, errOut, code := s.run(t, args...); code != 0 {
			t.Errorf("omt %s: exit %d, %s", strings.Join(args, " "), code, errOut)
		}
		sameState(t, "omt "+strings.Join(args, " "), before, dirState(t, dir))
	}
	if out := s.mustRun(t, "notes", "cv4"); !strings.Contains(out, "Mine.") {
		t.Errorf("omt notes cv4 read %q", out)
	}
}

// TestReadingCommandsNeverCreateADatabase: on a file that is not a
// database, a reading command moves it aside and says where, as every
// command does, and then creates nothing in its place: the README promises
// that reading commands never create the database.
func TestReadingCommandsNeverCreateADatabase(t *testing.T) {
	for _, args := range readingCommands {
		dir := t.TempDir()
		s := session{db: filepath.Join(dir, "omt.db")}
		garbage := []byte(strings.Repeat("not a database ", 300))
		if err := os.WriteFile(s.db, garbage, 0o600); err != nil {
			t.Fatal(err)
		}
		name := "omt " + strings.Join(args, " ")
		_, errOut, _ := s.run(t, args...)
		if !strings.Contains(errOut, "moved to "+s.db+".corrupt-") {
			t.Errorf("%s: stderr %q does not say where the file went", name, errOut)
		}
		entries, _ := os.ReadDir(dir)
		if len(entries) != 1 || !strings.HasPrefix(entries[0].Name(), "omt.db.corrupt-") {
			t.Errorf("%s: the directory holds %v; want only the file moved aside", name, entries)
			continue
		}
		if kept, err := os.ReadFile(filepath.Join(dir, entries[0].Name())); err != nil || string(kept) != string(garbage) {
			t.Errorf("%s: the file moved aside is not the one that was there (%v)", name, err)
		}
	}
}

// TestReadingCommandsInADirectoryTheyCannotWrite: omt notes cv4 failed
// with "attempt to write a readonly database" when the database's
// directory was not writable. Root writes whatever the modes say, so this
// runs only as another user; TestReadingCommandsChangeNothing checks the
// same promise another way.
func TestReadingCommandsInADirectoryTheyCannotWrite(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root writes to a directory whatever its mode; run as another user to test this")
	}
	dir, s := filledDB(t)
	if err := os.Chmod(dir, 0o555); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.Chmod(dir, 0o755) })
	before := dirState(t, dir)
	for _, args := range readingCommands {
		if _, errOut, code := s.run(t, args...); code != 0 {
			t.Errorf("omt %s in a read-only directory: exit %d, %s", strings.Join(args, " "), code, errOut)
		}
	}
	if out := s.mustRun(t, "notes", "cv4"); !strings.Contains(out, "Mine.") {
		t.Errorf("omt notes cv4 read %q", out)
	}
	sameState(t, "reading in a read-only directory", before, dirState(t, dir))
}
