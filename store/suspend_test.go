package store

import (
	"path/filepath"
	"reflect"
	"slices"
	"testing"
	"time"
)

// TestSuspendAndUnsuspend: a suspension is kept with its first time, per
// profile, and Unsuspend brings the card back; neither touches the
// schedule or the log.
func TestSuspendAndUnsuspend(t *testing.T) {
	s, _ := openTemp(t)
	st := s.Study("")
	if _, err := st.Record(review("c1", 0)); err != nil {
		t.Fatal(err)
	}
	t0 := time.Date(2026, 11, 30, 9, 0, 0, 0, time.UTC)
	if n, err := st.Suspend(t0, "c1", "c2"); err != nil || n != 2 {
		t.Fatalf("Suspend = %d, %v; want 2 suspended", n, err)
	}
	if n, err := st.Suspend(t0.Add(time.Hour), "c1"); err != nil || n != 0 {
		t.Errorf("suspending c1 again = %d, %v; want 0 (already suspended)", n, err)
	}
	got, err := st.Suspended()
	if err != nil || len(got) != 2 || !got["c1"].Equal(t0) || !got["c2"].Equal(t0) {
		t.Errorf("Suspended = %v, %v; want c1 and c2 at %v", got, err, t0)
	}
	if other, err := s.Study("student-b").Suspended(); err != nil || len(other) != 0 {
		t.Errorf("another profile sees suspensions %v, %v", other, err)
	}
	if n, err := st.Unsuspend("c1", "c3"); err != nil || n != 1 {
		t.Errorf("Unsuspend = %d, %v; want 1 (c3 was never suspended)", n, err)
	}
	if got, _ := st.Suspended(); len(got) != 1 || got["c2"].IsZero() {
		t.Errorf("after unsuspending c1: %v; want c2 alone", got)
	}
	if sc, ok, err := st.Card("c1"); err != nil || !ok || sc.ContentHash != "h1" {
		t.Errorf("the schedule of c1 after suspending and unsuspending: %+v, %v, %v", sc, ok, err)
	}
	if _, err := st.Suspend(t0, ""); err == nil {
		t.Error("a suspension with no card id was accepted")
	}
}

// suspendStepIndex is the position of the suspensions' migration in the
// list, found by its name, so that the tests hold when steps are renumbered.
func suspendStepIndex(t *testing.T) int {
	t.Helper()
	i := slices.IndexFunc(migrations(), func(m migration) bool { return m.name == suspendMigration().name })
	if i < 0 {
		t.Fatal("the suspensions' migration is not in the list")
	}
	return i
}

// TestSuspensionsComeAfterExams: the suspensions' step was written beside the
// exams' and released after it; a database at the exams' version must get
// the suspensions' step next, so it must be the very next step.
func TestSuspensionsComeAfterExams(t *testing.T) {
	if exam, suspend := examStepIndex(t), suspendStepIndex(t); suspend != exam+1 {
		t.Errorf("the suspensions' step is number %d, the exams' %d; want it right after", suspend, exam)
	}
}

// TestSuspendMigrationFromTheExamsVersion: a database an omt with exams but
// without suspensions left, with a review, a setting and a practice block in
// it, is migrated in place, keeps all of them, and can then hold suspensions.
func TestSuspendMigrationFromTheExamsVersion(t *testing.T) {
	path := filepath.Join(t.TempDir(), "omt.db")
	old, err := openAt(path, migrations()[:suspendStepIndex(t)])
	if err != nil {
		t.Fatal(err)
	}
	if _, err := old.Study("").Record(review("c1", 0)); err != nil {
		t.Fatal(err)
	}
	if err := old.Personal("").SetSetting("study.new_per_day", "7"); err != nil {
		t.Fatal(err)
	}
	block := examBlock(3)
	block.Items[1].Chosen, block.Items[2].Flagged = 2, true
	id, err := old.Exams("").Create(block)
	if err != nil {
		t.Fatal(err)
	}
	block.ID = id
	if _, err := old.db.Exec("SELECT * FROM suspended"); err == nil {
		t.Fatal("the database at the exams' version already has the suspended table")
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
	if sc, ok, err := s.Study("").Card("c1"); err != nil || !ok || sc.ContentHash != "h1" {
		t.Errorf("the card reviewed before migrating: %+v, %v, %v", sc, ok, err)
	}
	if v, ok, err := s.Personal("").Setting("study.new_per_day"); err != nil || !ok || v != "7" {
		t.Errorf("the setting saved before migrating: %q, %v, %v", v, ok, err)
	}
	if got, ok, err := s.Exams("").Get(id); err != nil || !ok || !reflect.DeepEqual(got, block) {
		t.Errorf("the practice block kept before migrating:\n got %+v, %v, %v\nwant %+v", got, ok, err, block)
	}
	if n, err := s.Study("").Suspend(t0, "c1"); err != nil || n != 1 {
		t.Errorf("suspending after migrating: %d, %v", n, err)
	}
	if lines, err := checkLines(s.db.DB, "integrity_check"); err != nil || len(lines) != 1 || lines[0] != "ok" {
		t.Errorf("integrity_check: %v, %v", lines, err)
	}
}
