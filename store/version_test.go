package store

import (
	"errors"
	"fmt"
	"maps"
	"math"
	"path/filepath"
	"strings"
	"testing"
)

// openNoPanic is Open with a panic turned into an error, so that a test
// can report it instead of dying with the whole test binary.
func openNoPanic(open func(string) (*Store, Notice, error), path string) (s *Store, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("panic: %v", p)
		}
	}()
	s, _, err = open(path)
	return s, err
}

// TestAVersionNoOmtWritesIsRefusedAndNeverWritten: a schema version below
// zero (sqlite3 omt.db 'pragma user_version=-5') is not a version any omt
// wrote. Open must say so, naming the file and the version, and leave the
// directory byte for byte as it was; before, it indexed the migrations with
// the version and panicked, in every command, the browser and omt serve.
func TestAVersionNoOmtWritesIsRefusedAndNeverWritten(t *testing.T) {
	for _, version := range []int{-5, -1, math.MinInt32} {
		for _, inWAL := range []bool{false, true} {
			t.Run(fmt.Sprintf("%d/inWAL=%v", version, inWAL), func(t *testing.T) {
				s, path := openTemp(t)
				if _, err := s.Study("").Record(review("c1", 0)); err != nil {
					t.Fatal(err)
				}
				if _, err := s.db.Exec(fmt.Sprintf("PRAGMA user_version = %d", version)); err != nil {
					t.Fatal(err)
				}
				if !inWAL {
					s.Close()
				}
				before := snapshot(t, filepath.Dir(path))

				got, err := openNoPanic(Open, path)
				if got != nil {
					got.Close()
				}
				var bad *VersionError
				if !errors.As(err, &bad) || bad.Found != version || bad.Path != path {
					t.Fatalf("Open gave %v; want a VersionError for version %d of %s", err, version, path)
				}
				for _, want := range []string{path, fmt.Sprint(version), "not changed"} {
					if !strings.Contains(err.Error(), want) {
						t.Errorf("the error %q does not say %q", err, want)
					}
				}
				after := snapshot(t, filepath.Dir(path))
				if !inWAL && !maps.Equal(before, after) {
					t.Errorf("Open changed the directory:\nbefore %v\nafter  %v", before, after)
				} else if inWAL && before[filepath.Base(path)] != after[filepath.Base(path)] {
					t.Error("Open changed the database file")
				}
			})
		}
	}
}

// TestMigrateRefusesAVersionOutOfRange is the same guard one level down:
// migrate is handed a database whose version it cannot start from.
func TestMigrateRefusesAVersionOutOfRange(t *testing.T) {
	_, path := openTemp(t)
	db := rawOpen(t, path)
	if _, err := db.Exec("PRAGMA user_version = -3"); err != nil {
		t.Fatal(err)
	}
	err := func() (err error) {
		defer func() {
			if p := recover(); p != nil {
				err = fmt.Errorf("panic: %v", p)
			}
		}()
		return migrate(db, path, migrations())
	}()
	var bad *VersionError
	if !errors.As(err, &bad) || bad.Found != -3 {
		t.Errorf("migrate gave %v; want a VersionError for -3", err)
	}
	if v, _ := userVersion(db); v != -3 {
		t.Errorf("user_version after a refused migration = %d, want -3", v)
	}
}
