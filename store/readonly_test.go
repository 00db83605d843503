package store

import (
	"errors"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// dirState maps each file in dir to a hash of its content and its
// modification time: a read must change neither, nor add a file.
func dirState(t *testing.T, dir string) map[string]string {
	t.Helper()
	out := map[string]string{}
	for name, sum := range snapshot(t, dir) {
		info, err := os.Stat(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		out[name] = fmt.Sprintf("%x %s %v", sum, info.ModTime().Format(time.RFC3339Nano), info.Mode())
	}
	return out
}

// filled is a database at dir/omt.db with a note and a review, closed, as
// omt leaves it between commands.
func filled(t *testing.T, dir string) string {
	t.Helper()
	path := filepath.Join(dir, "omt.db")
	s, _, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	must(t, s.Personal("").SetNote("cv4", "mine", t0))
	if _, err := s.Study("").Record(review("c1", 0)); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	return path
}

// readBack reads what filled wrote through s.
func readBack(t *testing.T, s *Store) {
	t.Helper()
	if n, ok, err := s.Personal("").Note("cv4"); err != nil || !ok || n.Text != "mine" {
		t.Errorf("the note read back: %+v, %v, %v", n, ok, err)
	}
	if c, ok, err := s.Study("").Card("c1"); err != nil || !ok || c.ContentHash != "h1" {
		t.Errorf("the card read back: %+v, %v, %v", c, ok, err)
	}
}

// TestOpenReadOnlyChangesNothing: a reading command reads, and leaves every
// file of the database as it was, to the byte and the modification time,
// with no -wal or -shm left beside it; a write through it fails.
func TestOpenReadOnlyChangesNothing(t *testing.T) {
	dir := t.TempDir()
	path := filled(t, dir)
	before := dirState(t, dir)
	s, notice, err := OpenReadOnly(path)
	if err != nil || s == nil || notice != (Notice{}) {
		t.Fatalf("OpenReadOnly = %v, %q, %v", s, notice, err)
	}
	readBack(t, s)
	if err := s.Personal("").SetNote("cv4", "changed", t0.Add(time.Hour)); err == nil {
		t.Error("a write through a read-only store succeeded")
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if after := dirState(t, dir); !maps.Equal(before, after) {
		t.Errorf("reading changed the directory:\nbefore %v\nafter  %v", before, after)
	}
}

// TestOpenReadOnlySeesAnotherWindowsWrites: with another omt writing (its
// commits still in the -wal), a read sees them, and leaves the writer's
// files for the writer.
func TestOpenReadOnlySeesAnotherWindowsWrites(t *testing.T) {
	dir := t.TempDir()
	path := filled(t, dir)
	writer, _, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer writer.Close()
	must(t, writer.Personal("").SetNote("cv4", "newer", t0.Add(time.Hour)))
	s, _, err := OpenReadOnly(path)
	if err != nil || s == nil {
		t.Fatalf("OpenReadOnly with a writer open: %v, %v", s, err)
	}
	defer s.Close()
	if n, _, err := s.Personal("").Note("cv4"); err != nil || n.Text != "newer" {
		t.Errorf("the read sees %q, %v; want the writer's committed %q", n.Text, err, "newer")
	}
	must(t, writer.Personal("").SetNote("cv4", "newest", t0.Add(2*time.Hour)))
	if n, _, err := s.Personal("").Note("cv4"); err != nil || n.Text != "newest" {
		t.Errorf("a later read sees %q, %v; want %q", n.Text, err, "newest")
	}
}

// TestOpenReadOnlyNeverCreates is issue 18's finding 11: with no database,
// or an empty file, there is nothing to read, and nothing is created, not
// even the directory. A database that cannot be read is moved aside and
// reported, as Open does, but no new one is started in its place.
func TestOpenReadOnlyNeverCreates(t *testing.T) {
	t.Run("no file", func(t *testing.T) {
		root := t.TempDir()
		path := filepath.Join(root, "omt", "omt.db")
		s, notice, err := OpenReadOnly(path)
		if s != nil || err != nil || notice != (Notice{}) {
			t.Errorf("OpenReadOnly of no file = %v, %q, %v; want nothing to read", s, notice, err)
		}
		if entries, _ := os.ReadDir(root); len(entries) != 0 {
			t.Errorf("reading created %v", entries)
		}
	})
	t.Run("empty file", func(t *testing.T) {
		dir := t.TempDir()
		path := filepath.Join(dir, "omt.db")
		write(t, path, nil)
		before := dirState(t, dir)
		s, notice, err := OpenReadOnly(path)
		if s != nil || err != nil || notice != (Notice{}) {
			t.Errorf("OpenReadOnly of an empty file = %v, %q, %v; want nothing to read", s, notice, err)
		}
		if after := dirState(t, dir); !maps.Equal(before, after) {
			t.Errorf("reading an empty file changed the directory:\nbefore %v\nafter  %v", before, after)
		}
	})
	t.Run("garbage", func(t *testing.T) {
		dir := t.TempDir()
		path := filepath.Join(dir, "omt.db")
		write(t, path, garbage(8192))
		s, notice, err := OpenReadOnly(path)
		if s != nil {
			s.Close()
		}
		if err != nil || s != nil || notice.MovedTo == "" || notice.Fresh {
			t.Fatalf("OpenReadOnly of garbage = %v, %+v, %v; want it moved aside and nothing opened", s, notice, err)
		}
		if _, err := os.Stat(path); !errors.Is(err, os.ErrNotExist) {
			t.Errorf("after moving garbage aside, %s exists (%v): reading created a database", path, err)
		}
		if data, err := os.ReadFile(notice.MovedTo); err != nil || len(data) != 8192 {
			t.Errorf("the garbage was not kept at %s: %d bytes, %v", notice.MovedTo, len(data), err)
		}
		if msg := notice.String(); !strings.Contains(msg, notice.MovedTo) || strings.Contains(msg, "new one was started") {
			t.Errorf("the notice says %q", msg)
		}
	})
}

// TestOpenReadOnlyRefusesWhatOpenRefuses: a version no omt writes, or a
// newer one, is the same error as from Open, and the file is untouched.
func TestOpenReadOnlyRefusesWhatOpenRefuses(t *testing.T) {
	for _, version := range []int{-5, len(migrations()) + 1} {
		dir := t.TempDir()
		path := filled(t, dir)
		db := rawOpen(t, path)
		if _, err := db.Exec(fmt.Sprintf("PRAGMA user_version = %d", version)); err != nil {
			t.Fatal(err)
		}
		db.Close()
		before := dirState(t, dir)
		s, err := openNoPanic(OpenReadOnly, path)
		var bad *VersionError
		var tooNew *TooNewError
		if s != nil || !(errors.As(err, &bad) || errors.As(err, &tooNew)) {
			t.Errorf("version %d: OpenReadOnly = %v, %v; want a VersionError or TooNewError", version, s, err)
		}
		if after := dirState(t, dir); !maps.Equal(before, after) {
			t.Errorf("version %d: the directory changed:\nbefore %v\nafter  %v", version, before, after)
		}
	}
}

// TestOpenReadOnlyUpgradesAnOlderVersion: a database an older omt left
// needs its schema brought up to date before it can be read; that one write
// is made, as Open makes it, and the data is kept.
func TestOpenReadOnlyUpgradesAnOlderVersion(t *testing.T) {
	path := filepath.Join(t.TempDir(), "omt.db")
	old, err := openAt(path, migrations()[:1])
	if err != nil {
		t.Fatal(err)
	}
	if _, err := old.Study("").Record(review("c1", 0)); err != nil {
		t.Fatal(err)
	}
	old.Close()
	s, _, err := OpenReadOnly(path)
	if err != nil || s == nil {
		t.Fatalf("OpenReadOnly of version 1: %v, %v", s, err)
	}
	defer s.Close()
	if c, ok, err := s.Study("").Card("c1"); err != nil || !ok {
		t.Errorf("the card kept at version 1: %+v, %v, %v", c, ok, err)
	}
	if notes, err := s.Personal("").Notes(); err != nil || len(notes) != 0 {
		t.Errorf("the notes of an upgraded database: %v, %v", notes, err)
	}
}

// TestOpenReadOnlyInADirectoryItCannotWrite: SQLite needs to create the
// -shm file beside a WAL database to read it, which a directory that is not
// writable refuses ("attempt to write a readonly database"); omt notes cv4
// failed so. A read there must still work. Root ignores permissions, so the
// test cannot be made as root; TestOpenReadOnlyChangesNothing covers the
// rest of the promise.
func TestOpenReadOnlyInADirectoryItCannotWrite(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root writes to a directory whatever its mode; run as another user to test this")
	}
	dir := t.TempDir()
	path := filled(t, dir)
	if err := os.Chmod(dir, 0o555); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.Chmod(dir, 0o755) })
	before := dirState(t, dir)
	s, notice, err := OpenReadOnly(path)
	if err != nil || s == nil || notice != (Notice{}) {
		t.Fatalf("OpenReadOnly in a read-only directory = %v, %q, %v", s, notice, err)
	}
	readBack(t, s)
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if after := dirState(t, dir); !maps.Equal(before, after) {
		t.Errorf("reading changed the directory:\nbefore %v\nafter  %v", before, after)
	}
}
