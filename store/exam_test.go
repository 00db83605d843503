package store

import (
	"encoding/json"
	"errors"
	"fmt"
	"path/filepath"
	"reflect"
	"slices"
	"testing"
	"time"
)

// examBlock is a block of n questions, as exam.Build would hand it over,
// started at t0.
func examBlock(n int) ExamBlock {
	b := ExamBlock{Mode: "timed", State: "in-progress", Started: t0, Updated: t0,
		Limit: time.Duration(n) * 90 * time.Second, Seed: 1<<63 + 5, Decks: []string{"family/hvla"},
		CountReviews: true, Revision: 1}
	for i := range n {
		b.Items = append(b.Items, ExamItem{
			CardID: fmt.Sprintf("card-%d", i), ContentHash: "h", Topic: "family/hvla",
			Question: json.RawMessage(fmt.Sprintf(`{"stem":"question %d"}`, i)), Answer: i % 4, Chosen: -1,
		})
	}
	return b
}

// examStepIndex is the position of the exams' migration in the list, found
// by its name, so that the tests hold when the steps are renumbered.
func examStepIndex(t *testing.T) int {
	t.Helper()
	i := slices.IndexFunc(migrations(), func(m migration) bool { return m.name == examMigration().name })
	if i < 0 {
		t.Fatal("the exams' migration is not in the list")
	}
	return i
}

// TestExamMigrationFromThePreviousVersion opens a database an omt without
// exams left, with a review and a note in it: the exams' step adds its
// tables, keeps the data, and a block can be kept at once.
func TestExamMigrationFromThePreviousVersion(t *testing.T) {
	path := filepath.Join(t.TempDir(), "omt.db")
	before := examStepIndex(t)
	old, err := openAt(path, migrations()[:before])
	if err != nil {
		t.Fatal(err)
	}
	if _, err := old.Study("").Record(review("c1", 0)); err != nil {
		t.Fatal(err)
	}
	if err := old.Personal("").SetNote("rib-raising", "keep me", t0); err != nil {
		t.Fatal(err)
	}
	if _, err := old.db.Exec("SELECT * FROM exam"); err == nil {
		t.Fatal("the database before the exams' step already has the exam table")
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
		t.Errorf("user_version = %d, want %d", v, len(migrations()))
	}
	if _, ok, err := s.Study("").Card("c1"); err != nil || !ok {
		t.Errorf("the review kept before the migration: %v, %v", ok, err)
	}
	if n, ok, err := s.Personal("").Note("rib-raising"); err != nil || !ok || n.Text != "keep me" {
		t.Errorf("the note kept before the migration: %+v, %v, %v", n, ok, err)
	}
	id, err := s.Exams("").Create(examBlock(3))
	if err != nil || id == 0 {
		t.Fatalf("a block in the migrated database: %d, %v", id, err)
	}
	if lines, err := checkLines(s.db.DB, "integrity_check"); err != nil || len(lines) != 1 || lines[0] != "ok" {
		t.Errorf("integrity_check: %v, %v", lines, err)
	}
}

// TestExamRoundTrip keeps a block, saves progress into it, and reads back
// exactly what was saved.
func TestExamRoundTrip(t *testing.T) {
	s, _ := openTemp(t)
	ex := s.Exams("")
	b := examBlock(4)
	id, err := ex.Create(b)
	if err != nil {
		t.Fatal(err)
	}
	b.ID = id
	got, ok, err := ex.Get(id)
	if err != nil || !ok {
		t.Fatalf("Get(%d): %v, %v", id, ok, err)
	}
	if !reflect.DeepEqual(got, b) {
		t.Errorf("the block as kept:\n got %+v\nwant %+v", got, b)
	}

	b.Items[0].Chosen, b.Items[2].Flagged, b.Current = 3, true, 2
	b.Used, b.Updated, b.Revision = 95*time.Second, t0.Add(95*time.Second), 2
	b.State, b.Finished = "submitted", t0.Add(95*time.Second)
	if saved, err := ex.Save(b); err != nil || !saved {
		t.Fatalf("Save: %v, %v", saved, err)
	}
	got, _, _ = ex.Get(id)
	if !reflect.DeepEqual(got, b) {
		t.Errorf("the block after a save:\n got %+v\nwant %+v", got, b)
	}
}

// TestAnOlderSaveNeverUndoesANewerOne: saves run as commands and may end out
// of order; the one with the lower revision must change nothing.
func TestAnOlderSaveNeverUndoesANewerOne(t *testing.T) {
	s, _ := openTemp(t)
	ex := s.Exams("")
	b := examBlock(2)
	b.ID, _ = ex.Create(b)
	newer := b
	newer.Items = slices.Clone(b.Items)
	newer.Items[1].Chosen, newer.Revision = 2, 5
	if saved, err := ex.Save(newer); err != nil || !saved {
		t.Fatalf("the newer save: %v, %v", saved, err)
	}
	older := b
	older.Revision = 4
	if saved, err := ex.Save(older); err != nil || saved {
		t.Errorf("the older save: saved %v, %v; want ignored", saved, err)
	}
	if got, _, _ := ex.Get(b.ID); got.Items[1].Chosen != 2 || got.Revision != 5 {
		t.Errorf("the older save undid the newer: answer %d, revision %d", got.Items[1].Chosen, got.Revision)
	}
}

// TestExamsAreKeptPerProfile: a student of omt serve sees only their own
// blocks, and a save to another's block is refused, not applied.
func TestExamsAreKeptPerProfile(t *testing.T) {
	s, _ := openTemp(t)
	b := examBlock(1)
	b.ID, _ = s.Exams("SHA256:alice").Create(b)
	if _, ok, err := s.Exams("").Get(b.ID); ok || err != nil {
		t.Errorf("the local profile reads Alice's block: %v, %v", ok, err)
	}
	b.Revision = 9
	if _, err := s.Exams("").Save(b); !errors.Is(err, ErrNoExam) {
		t.Errorf("saving Alice's block as another profile: %v, want ErrNoExam", err)
	}
	if list, err := s.Exams("").List(); err != nil || len(list) != 0 {
		t.Errorf("the local profile's list: %d blocks, %v", len(list), err)
	}
}

// TestLatestAndListAreNewestFirst: --resume takes the newest unfinished
// block, and history lists the newest first.
func TestLatestAndListAreNewestFirst(t *testing.T) {
	s, _ := openTemp(t)
	ex := s.Exams("")
	var ids []int64
	for i, state := range []string{"abandoned", "submitted", "in-progress", "timed-out"} {
		b := examBlock(1)
		b.State, b.Started = state, t0.Add(time.Duration(i)*time.Hour)
		id, err := ex.Create(b)
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, id)
	}
	if b, ok, err := ex.Latest("in-progress", "abandoned"); err != nil || !ok || b.ID != ids[2] {
		t.Errorf("the newest unfinished block: %d, %v, %v; want %d", b.ID, ok, err, ids[2])
	}
	if b, ok, _ := ex.Latest(); !ok || b.ID != ids[3] {
		t.Errorf("the newest block: %d; want %d", b.ID, ids[3])
	}
	if _, ok, err := ex.Latest("no-such-state"); ok || err != nil {
		t.Errorf("a state no block is in: %v, %v", ok, err)
	}
	list, err := ex.List()
	if err != nil {
		t.Fatal(err)
	}
	var got []int64
	for _, b := range list {
		got = append(got, b.ID)
	}
	if want := []int64{ids[3], ids[2], ids[1], ids[0]}; !slices.Equal(got, want) {
		t.Errorf("List order %v, want %v", got, want)
	}
}

// TestReviewsAreClaimedOnce: of two saves of a finished block, only one
// records its answers as reviews; a release lets the next try again.
func TestReviewsAreClaimedOnce(t *testing.T) {
	s, _ := openTemp(t)
	ex := s.Exams("")
	b := examBlock(1)
	id, _ := ex.Create(b)
	if ok, err := ex.ClaimReviews(id); err != nil || !ok {
		t.Fatalf("the first claim: %v, %v", ok, err)
	}
	if ok, err := ex.ClaimReviews(id); err != nil || ok {
		t.Errorf("the second claim: %v, %v; want refused", ok, err)
	}
	if err := ex.ReleaseReviews(id); err != nil {
		t.Fatal(err)
	}
	if ok, _ := ex.ClaimReviews(id); !ok {
		t.Error("a released claim cannot be taken again")
	}
	b.CountReviews = false
	quiet, _ := ex.Create(b)
	if ok, _ := ex.ClaimReviews(quiet); ok {
		t.Error("a block that did not ask for reviews had them claimed")
	}
}

// TestExamsReadWithoutWriting: omt exam history opens the database read-only.
func TestExamsReadWithoutWriting(t *testing.T) {
	s, path := openTemp(t)
	id, err := s.Exams("").Create(examBlock(2))
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	ro, _, err := OpenReadOnly(path)
	if err != nil || ro == nil {
		t.Fatalf("OpenReadOnly: %v, %v", ro, err)
	}
	defer ro.Close()
	if b, ok, err := ro.Exams("").Get(id); err != nil || !ok || len(b.Items) != 2 {
		t.Errorf("reading a block read-only: %v, %v, %+v", ok, err, b)
	}
	b := examBlock(2)
	b.ID, b.Revision = id, 7
	if _, err := ro.Exams("").Save(b); err == nil {
		t.Error("a read-only store saved a block")
	}
}

// TestABadBlockIsRefusedWithItsReason: a block with no questions, a
// position outside them, or a question that is not JSON is never written.
func TestABadBlockIsRefusedWithItsReason(t *testing.T) {
	s, _ := openTemp(t)
	for name, spoil := range map[string]func(*ExamBlock){
		"no questions":   func(b *ExamBlock) { b.Items = nil },
		"position":       func(b *ExamBlock) { b.Current = 5 },
		"question JSON":  func(b *ExamBlock) { b.Items[0].Question = json.RawMessage("{") },
		"negative time":  func(b *ExamBlock) { b.Used = -time.Second },
		"unknown state":  func(b *ExamBlock) { b.State = "paused" },
		"unknown mode":   func(b *ExamBlock) { b.Mode = "untimed" },
		"negative order": func(b *ExamBlock) { b.Items[0].Answer = -1 },
	} {
		b := examBlock(2)
		spoil(&b)
		if _, err := s.Exams("").Create(b); err == nil {
			t.Errorf("%s: a bad block was kept", name)
		}
	}
	if list, _ := s.Exams("").List(); len(list) != 0 {
		t.Errorf("%d bad blocks were kept", len(list))
	}
}
