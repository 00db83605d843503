package store

import (
	"crypto/sha256"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/adrg/xdg"
)

// t0 is the tests' clock: every time they use is an offset from it.
var t0 = time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)

// openTemp opens a store in a new file in t.TempDir() and closes it when the
// test ends.
func openTemp(t testing.TB) (*Store, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "omt.db")
	s, notice, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if notice != (Notice{}) {
		t.Fatalf("a new database gave the notice %q", notice)
	}
	t.Cleanup(func() { s.Close() })
	return s, path
}

// review is a valid review of card at minute m after t0, due a day later.
func review(card string, m int) Review {
	at := t0.Add(time.Duration(m) * time.Minute)
	return Review{
		CardID: card, ContentHash: "h1", At: at, Rating: 3, Elapsed: time.Hour,
		Before: schedulerState(m, at), After: schedulerState(m+1, at.Add(24*time.Hour)),
		Due: at.Add(24 * time.Hour),
	}
}

// schedulerState is a state the size of an FSRS card's (about 200 bytes),
// so that the benchmarks' database is as large as a real one.
func schedulerState(reps int, due time.Time) json.RawMessage {
	return json.RawMessage(fmt.Sprintf(`{"due":%q,"stability":%.4f,"difficulty":%.4f,`+
		`"elapsed_days":1,"scheduled_days":1,"learning_steps":0,"reps":%d,"lapses":0,`+
		`"state":2,"last_review":%q}`,
		due.Format(time.RFC3339), 3.1262+float64(reps), 5.3144, reps, due.Add(-24*time.Hour).Format(time.RFC3339)))
}

// rawOpen opens path with SQLite directly, apart from the store, as another
// program would.
func rawOpen(t testing.TB, path string) *sql.DB {
	t.Helper()
	db, err := sql.Open("sqlite", dsn(path, ""))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func TestEveryConnectionHasTheSettings(t *testing.T) {
	s, _ := openTemp(t)
	// Hold three connections at once so the pool must open three.
	for i := range 3 {
		conn, err := s.db.Conn(t.Context())
		if err != nil {
			t.Fatal(err)
		}
		defer conn.Close()
		for pragma, want := range map[string]string{
			"journal_mode": "wal",
			"busy_timeout": "5000",
			"foreign_keys": "1",
			"synchronous":  "2", // FULL
		} {
			var got string
			if err := conn.QueryRowContext(t.Context(), "PRAGMA "+pragma).Scan(&got); err != nil {
				t.Fatal(err)
			}
			if got != want {
				t.Errorf("connection %d: PRAGMA %s = %s, want %s", i, pragma, got, want)
			}
		}
	}
	// Foreign keys are enforced, not only switched on: a review of a card
	// that is not in the schedule is refused.
	_, err := s.db.Exec(`INSERT INTO review (profile, card_id, content_hash, reviewed_ms, rating,
		elapsed_ms, state_before, state_after, due_ms) VALUES ('local', 'ghost', 'h', 0, 3, 0, '{}', '{}', 0)`)
	if err == nil {
		t.Error("a review of an unscheduled card was stored")
	}
}

func TestOpenCreatesTheDirectoryAndSchema(t *testing.T) {
	path := filepath.Join(t.TempDir(), "a", "b", "omt.db")
	s, _, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if v, err := userVersion(s.db.DB); err != nil || v != len(migrations()) {
		t.Errorf("user_version = %d, %v; want %d", v, err, len(migrations()))
	}
	info, err := os.Stat(filepath.Dir(path))
	if err != nil || info.Mode().Perm() != 0o700 {
		t.Errorf("data directory: %v, %v; want mode 0700", info.Mode(), err)
	}
}

// TestAnEmptyFileBecomesADatabase: SQLite treats an empty file as an empty
// database (a user may have touched it), so it is used, not moved aside.
func TestAnEmptyFileBecomesADatabase(t *testing.T) {
	path := filepath.Join(t.TempDir(), "omt.db")
	if err := os.WriteFile(path, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	s, notice, err := Open(path)
	if err != nil || notice != (Notice{}) {
		t.Fatalf("Open of an empty file: %q, %v", notice, err)
	}
	defer s.Close()
	if _, err := s.Study("").Record(review("c1", 0)); err != nil {
		t.Error(err)
	}
}

func TestOpenWithoutAPathFails(t *testing.T) {
	if s, _, err := Open(""); err == nil {
		s.Close()
		t.Error("Open(\"\") opened a database")
	}
}

func TestDefaultPathIsInTheXDGDataDirectory(t *testing.T) {
	home := t.TempDir()
	t.Setenv("XDG_DATA_HOME", home)
	xdg.Reload()
	t.Cleanup(xdg.Reload)
	got, err := DefaultPath()
	if err != nil {
		t.Fatal(err)
	}
	if want := filepath.Join(home, "omt", "omt.db"); got != want {
		t.Errorf("DefaultPath() = %s, want %s", got, want)
	}
}

func TestAWriteIsCommittedWhenTheMethodReturns(t *testing.T) {
	s, path := openTemp(t)
	other := rawOpen(t, path) // a second, independent connection pool
	if _, err := s.Study("").Record(review("c1", 0)); err != nil {
		t.Fatal(err)
	}
	if err := s.Personal("").SetNote("t1", "mine", t0); err != nil {
		t.Fatal(err)
	}
	var reviews, notes int
	other.QueryRow("SELECT count(*) FROM review").Scan(&reviews)
	other.QueryRow("SELECT count(*) FROM note").Scan(&notes)
	if reviews != 1 || notes != 1 {
		t.Errorf("another connection sees %d reviews and %d notes, want 1 and 1", reviews, notes)
	}
}

func TestOpeningAnOlderVersionMigratesAndKeepsItsData(t *testing.T) {
	path := filepath.Join(t.TempDir(), "omt.db")
	// Version 1, as an omt that knew only the study tables left it.
	old, err := openAt(path, migrations()[:1])
	if err != nil {
		t.Fatal(err)
	}
	if _, err := old.Study("").Record(review("c1", 0)); err != nil {
		t.Fatal(err)
	}
	if _, err := old.db.Exec("SELECT * FROM bookmark"); err == nil {
		t.Fatal("a version 1 database already has the bookmark table")
	}
	old.Close()

	s, notice, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if notice != (Notice{}) {
		t.Errorf("migrating gave the notice %q", notice)
	}
	if v, _ := userVersion(s.db.DB); v != len(migrations()) {
		t.Errorf("user_version after Open = %d, want %d", v, len(migrations()))
	}
	if got, ok, err := s.Study("").Card("c1"); err != nil || !ok || got.ContentHash != "h1" {
		t.Errorf("the card reviewed before migrating: %+v, %v, %v", got, ok, err)
	}
	if err := s.Personal("").SetBookmark("t1", true, t0); err != nil {
		t.Errorf("the migrated database cannot take a bookmark: %v", err)
	}
}

func TestAFailedMigrationLeavesTheOldVersion(t *testing.T) {
	path := filepath.Join(t.TempDir(), "omt.db")
	old, err := openAt(path, migrations()[:1])
	if err != nil {
		t.Fatal(err)
	}
	old.Close()
	broken := append(migrations(), migration{"broken", execSQL(`CREATE TABLE extra (x); SELECT nonsense FROM nowhere`)})
	if _, err := openAt(path, broken); err == nil {
		t.Fatal("a failing migration did not fail Open")
	}
	db := rawOpen(t, path)
	if v, _ := userVersion(db); v != 1 {
		t.Errorf("user_version after a failed migration = %d, want 1 (rolled back)", v)
	}
	if _, err := db.Exec("SELECT * FROM bookmark"); err == nil {
		t.Error("the migration steps before the failing one were kept")
	}
}

// TestANewerVersionIsRefusedAndNeverWritten covers both places a newer
// version can be: the database header, and a -wal file not yet copied into
// it (another omt still has the database open).
func TestANewerVersionIsRefusedAndNeverWritten(t *testing.T) {
	for _, inWAL := range []bool{false, true} {
		t.Run(fmt.Sprintf("inWAL=%v", inWAL), func(t *testing.T) {
			s, path := openTemp(t)
			if _, err := s.Study("").Record(review("c1", 0)); err != nil {
				t.Fatal(err)
			}
			newer := len(migrations()) + 7
			if _, err := s.db.Exec(fmt.Sprintf("PRAGMA user_version = %d", newer)); err != nil {
				t.Fatal(err)
			}
			if inWAL {
				// Keep the writer open so the new version stays in the -wal;
				// a read-only connection must still see it.
				if v, ok, err := headerVersion(path); err != nil || !ok || v == newer {
					t.Fatalf("the header already says %d; the test needs it only in the -wal", v)
				}
			} else {
				s.Close()
			}
			before := snapshot(t, filepath.Dir(path))

			got, _, err := Open(path)
			var tooNew *TooNewError
			if !errors.As(err, &tooNew) || tooNew.Found != newer || tooNew.Known != len(migrations()) {
				t.Fatalf("Open gave %v, %v; want a TooNewError for version %d", got, err, newer)
			}
			if after := snapshot(t, filepath.Dir(path)); !inWAL && !maps.Equal(before, after) {
				t.Errorf("Open changed the directory:\nbefore %v\nafter  %v", before, after)
			} else if inWAL && before[filepath.Base(path)] != after[filepath.Base(path)] {
				t.Error("Open changed the database file")
			}
		})
	}
}

// snapshot maps each file in dir to a hash of its content.
func snapshot(t *testing.T, dir string) map[string][32]byte {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	files := map[string][32]byte{}
	for _, e := range entries {
		data, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		files[e.Name()] = sha256.Sum256(data)
	}
	return files
}

func TestProfilesAreSeparate(t *testing.T) {
	s, _ := openTemp(t)
	for _, p := range []string{"local", "SHA256:abc"} {
		if _, err := s.Study(p).Record(review("c-"+p, 0)); err != nil {
			t.Fatal(err)
		}
		if err := s.Personal(p).SetBookmark("t-"+p, true, t0); err != nil {
			t.Fatal(err)
		}
	}
	due, _ := s.Study("").Due(t0.Add(48*time.Hour), 10)
	if len(due) != 1 || due[0].CardID != "c-local" {
		t.Errorf("the local profile sees %+v", due)
	}
	marks, _ := s.Personal("SHA256:abc").Bookmarks()
	var ids []string
	for _, b := range marks {
		ids = append(ids, b.TechniqueID)
	}
	if !slices.Equal(ids, []string{"t-SHA256:abc"}) {
		t.Errorf("the second profile sees bookmarks %v", ids)
	}
}
