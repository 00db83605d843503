package store

import (
	"bytes"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// TestAnUnusableDatabaseIsMovedAsideNeverDeleted breaks a database in the
// ways a disk, a copy or another program can, and checks that Open keeps
// every byte of it under a new name and carries on with a fresh one.
func TestAnUnusableDatabaseIsMovedAsideNeverDeleted(t *testing.T) {
	for name, spoil := range map[string]func(t *testing.T, path string){
		"not a database, with -wal and -shm": func(t *testing.T, path string) {
			write(t, path, garbage(8192))
			write(t, path+"-wal", garbage(4096))
			write(t, path+"-shm", garbage(32768))
		},
		"a damaged page": func(t *testing.T, path string) {
			fill(t, path)
			f, err := os.OpenFile(path, os.O_RDWR, 0)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			// Page 4 onwards holds the tables' b-trees; scribble over a page
			// header and its cells.
			if _, err := f.WriteAt(bytes.Repeat([]byte{0xA5}, 600), 3*4096); err != nil {
				t.Fatal(err)
			}
		},
		"a wrong free-page list": func(t *testing.T, path string) {
			// The header's first freelist trunk page (offset 32) points at a
			// page in use: SQLite opens the file and only the check finds it.
			fill(t, path)
			f, err := os.OpenFile(path, os.O_RDWR, 0)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			if _, err := f.WriteAt([]byte{0, 0, 0, 9}, 32); err != nil {
				t.Fatal(err)
			}
		},
		"cut short": func(t *testing.T, path string) {
			fill(t, path)
			info, _ := os.Stat(path)
			if err := os.Truncate(path, info.Size()/2); err != nil {
				t.Fatal(err)
			}
		},
	} {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "omt.db")
			spoil(t, path)
			before := snapshot(t, dir)

			start := time.Now().UTC().Truncate(time.Second)
			s, notice, err := Open(path)
			if err != nil {
				t.Fatalf("Open: %v", err)
			}
			defer s.Close()
			if !regexp.MustCompile(`/omt\.db\.corrupt-\d{8}T\d{6}Z$`).MatchString(notice.MovedTo) {
				t.Fatalf("notice %+v: want the database moved to omt.db.corrupt-<UTC time>", notice)
			}
			stamp, err := time.Parse("20060102T150405Z", strings.TrimPrefix(filepath.Base(notice.MovedTo), "omt.db.corrupt-"))
			if err != nil || stamp.Before(start) || stamp.After(time.Now()) {
				t.Errorf("timestamp %v is not the UTC time of Open (%v)", stamp, start)
			}
			if notice.Reason == "" || !strings.Contains(notice.String(), notice.MovedTo) {
				t.Errorf("the notice %q does not say what was wrong and where the file went", notice)
			}
			t.Logf("notice: %s", notice)

			// Every file that was there is still there, byte for byte, under
			// the moved name.
			after := snapshot(t, dir)
			for file, sum := range before {
				moved := filepath.Base(notice.MovedTo) + strings.TrimPrefix(file, "omt.db")
				if after[moved] != sum {
					t.Errorf("%s was not kept intact as %s", file, moved)
				}
			}
			// The fresh database works.
			if _, err := s.Study("").Record(review("c1", 0)); err != nil {
				t.Errorf("the fresh database cannot record a review: %v", err)
			}
		})
	}
}

// fill writes a database with enough reviews to span many pages, and closes
// it so that everything is in the main file.
func fill(t *testing.T, path string) {
	t.Helper()
	s, _, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := seedReviews(s.Study(""), 400, 40); err != nil {
		t.Fatal(err)
	}
	if lines, err := checkLines(s.db.DB, "integrity_check"); err != nil || len(lines) != 1 || lines[0] != "ok" {
		t.Fatalf("the database is broken before the test breaks it: %v, %v", lines, err)
	}
	s.Close()
}

func write(t *testing.T, path string, data []byte) {
	t.Helper()
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
}

func garbage(n int) []byte {
	r := rand.NewChaCha8([32]byte{7})
	b := make([]byte, n)
	r.Read(b)
	return b
}

func TestMovingAsideNeverOverwritesAnEarlierMove(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "omt.db")
	var moved []string
	for i := range 3 {
		write(t, path, []byte{byte(i)})
		write(t, path+"-wal", []byte{byte(i)})
		to, err := moveAside(path, t0) // the same second each time
		if err != nil {
			t.Fatal(err)
		}
		moved = append(moved, to)
	}
	want := []string{"omt.db.corrupt-20260302T090000Z", "omt.db.corrupt-20260302T090000Z.2", "omt.db.corrupt-20260302T090000Z.3"}
	for i, to := range moved {
		if filepath.Base(to) != want[i] {
			t.Errorf("move %d went to %s, want %s", i, filepath.Base(to), want[i])
		}
		for _, suffix := range []string{"", "-wal"} {
			if data, err := os.ReadFile(to + suffix); err != nil || !bytes.Equal(data, []byte{byte(i)}) {
				t.Errorf("%s%s holds %v, %v; want move %d's file", to, suffix, data, err, i)
			}
		}
	}
}

// TestAFailureThatIsNotTheFilesFaultMovesNothing: only a database SQLite
// finds malformed is moved; anything else is an error and the file stays.
func TestAFailureThatIsNotTheFilesFaultMovesNothing(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "omt.db")
	if err := os.Mkdir(path, 0o700); err != nil { // something else took the name
		t.Fatal(err)
	}
	if s, _, err := Open(path); err == nil {
		s.Close()
		t.Fatal("Open succeeded on a directory")
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 || entries[0].Name() != "omt.db" || !entries[0].IsDir() {
		t.Errorf("the directory now holds %v", entries)
	}
}
