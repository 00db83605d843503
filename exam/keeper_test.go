package exam

import (
	"errors"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"github.com/omt-reference/omt/store"
	"github.com/omt-reference/omt/study"
)

func openStore(t *testing.T) *store.Store {
	t.Helper()
	s, _, err := store.Open(filepath.Join(t.TempDir(), "omt.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// reviews reads the local student's review log.
func reviews(t *testing.T, s *store.Store) []store.Review {
	t.Helper()
	var out []store.Review
	for r, err := range s.Study("").Log(store.LogFilter{}) {
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, r)
	}
	return out
}

// TestAKeptBlockReadsBackAsItWas: every field of a block survives the
// store, a killed save included.
func TestAKeptBlockReadsBackAsItWas(t *testing.T) {
	s := openStore(t)
	k := KeeperIn(s, "")
	sess, clock := sit(t, 3, Options{Decks: []string{"family/counterstrain"}, CountReviews: true})
	b, err := k.Create(sess.Snapshot())
	if err != nil || b.ID == 0 {
		t.Fatalf("Create: %d, %v", b.ID, err)
	}
	sess, _ = NewSession(b, clock.read) // the block with its id, as the screen gets it
	sess.Answer(wrong(sess))
	sess.ToggleFlag()
	sess.Next()
	clock.advance(42 * time.Second)
	want := sess.Snapshot()
	if saved, err := k.Save(want); err != nil || !saved.Kept || saved.Reviews != 0 {
		t.Fatalf("Save: %+v, %v", saved, err)
	}
	got, ok, err := k.Get(b.ID)
	if err != nil || !ok {
		t.Fatalf("Get: %v, %v", ok, err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("the block read back:\n got %+v\nwant %+v", got, want)
	}
	if r, ok, _ := k.Resumable(); !ok || r.ID != b.ID {
		t.Errorf("the block in progress is not the one to resume: %v %d", ok, r.ID)
	}
	if _, ok, _ := k.LatestFinished(); ok {
		t.Error("a block in progress counts as finished")
	}
}

// TestABlockLeavesTheScheduleAlone: without --count-reviews, sitting and
// submitting a block records no review and schedules no card.
func TestABlockLeavesTheScheduleAlone(t *testing.T) {
	s := openStore(t)
	k := KeeperIn(s, "")
	sess, _ := sit(t, 3, Options{})
	b, _ := k.Create(sess.Snapshot())
	sess, _ = NewSession(b, func() time.Time { return t0 })
	for i := range 3 {
		sess.Jump(i)
		sess.Answer(0)
	}
	sess.Submit()
	if saved, err := k.Save(sess.Snapshot()); err != nil || saved.Reviews != 0 {
		t.Fatalf("Save: %+v, %v", saved, err)
	}
	if rs := reviews(t, s); len(rs) != 0 {
		t.Errorf("a block that did not ask recorded %d reviews", len(rs))
	}
	for sc, err := range s.Study("").Schedules() {
		t.Errorf("a block that did not ask scheduled %s (%v)", sc.CardID, err)
	}
}

// TestCountReviewsGradesEachAnswerOnce: with --count-reviews, the end of the
// block records each answered question as a review through study, Good when
// right and Again when wrong, at the block's end; an unanswered one is not a
// review, and a second save records nothing more.
func TestCountReviewsGradesEachAnswerOnce(t *testing.T) {
	s := openStore(t)
	k := KeeperIn(s, "")
	sess, clock := sit(t, 3, Options{CountReviews: true})
	b, _ := k.Create(sess.Snapshot())
	sess, _ = NewSession(b, clock.read)
	sess.Answer(sess.Item(0).Answer)
	sess.Next()
	sess.Answer(wrong(sess))
	clock.advance(time.Minute)
	if saved, _ := k.Save(sess.Snapshot()); saved.Reviews != 0 {
		t.Errorf("a block in progress recorded %d reviews", saved.Reviews)
	}
	sess.Submit()
	end := clock.now
	clock.advance(time.Minute)
	saved, err := k.Save(sess.Snapshot())
	if err != nil || saved.Reviews != 2 {
		t.Fatalf("the submitted block's save: %+v, %v; want 2 reviews", saved, err)
	}
	want := map[string]int{sess.Item(0).CardID: int(study.Good), sess.Item(1).CardID: int(study.Again)}
	rs := reviews(t, s)
	if len(rs) != 2 {
		t.Fatalf("%d reviews recorded, want 2", len(rs))
	}
	for _, r := range rs {
		if want[r.CardID] != r.Rating || !r.At.Equal(end) || r.ContentHash != sess.Item(0).Hash && r.ContentHash != sess.Item(1).Hash {
			t.Errorf("review of %s: rating %d at %v; want %d at %v", r.CardID, r.Rating, r.At, want[r.CardID], end)
		}
	}
	if again, err := k.Save(sess.Snapshot()); err != nil || again.Reviews != 0 {
		t.Errorf("a second save of the ended block: %+v, %v", again, err)
	}
	if n := len(reviews(t, s)); n != 2 {
		t.Errorf("%d reviews after the second save, want still 2", n)
	}
	if f, ok, _ := k.LatestFinished(); !ok || f.ID != b.ID {
		t.Errorf("the submitted block is not the latest finished")
	}
}

func TestHistoryIsNewestFirst(t *testing.T) {
	s := openStore(t)
	k := KeeperIn(s, "")
	var ids []int64
	for i := range 3 {
		b, _ := Build(smallDeck(), nil, Options{Size: 2, Seed: uint64(i)}, t0.Add(time.Duration(i)*time.Hour))
		b, err := k.Create(b)
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, b.ID)
	}
	h, err := k.History()
	if err != nil || len(h) != 3 || h[0].ID != ids[2] || h[2].ID != ids[0] {
		t.Errorf("history: %d blocks, %v", len(h), err)
	}
}

func TestAStudentWithNoDatabase(t *testing.T) {
	k := KeeperIn(nil, "")
	b, _ := Build(smallDeck(), nil, Options{Size: 1}, t0)
	if _, err := k.Create(b); !errors.Is(err, ErrNoDatabase) {
		t.Errorf("Create with no database: %v", err)
	}
	if _, err := k.Save(b); !errors.Is(err, ErrNoDatabase) {
		t.Errorf("Save with no database: %v", err)
	}
	if h, err := k.History(); err != nil || len(h) != 0 {
		t.Errorf("history with no database: %v, %v", h, err)
	}
	if _, ok, err := k.Resumable(); ok || err != nil {
		t.Errorf("resumable with no database: %v, %v", ok, err)
	}
}

// TestABlockReadBackIsSafeToShow: the database is the user's file; a
// question someone wrote an escape sequence into reads back with it written
// out, so that no view sends it to the terminal.
func TestABlockReadBackIsSafeToShow(t *testing.T) {
	s := openStore(t)
	k := KeeperIn(s, "")
	b, _ := Build(smallDeck(), nil, Options{Size: 1}, t0)
	b.Items[0].Stem = "Which?\x1b]8;;http://evil\a"
	b.Items[0].Options[0] = "\u202eevil"
	b, err := k.Create(b)
	if err != nil {
		t.Fatal(err)
	}
	got, _, err := k.Get(b.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.Items[0].Stem != `Which?\x1b]8;;http://evil\a` || got.Items[0].Options[0] != `\u202eevil` {
		t.Errorf("read back: %q, %q", got.Items[0].Stem, got.Items[0].Options[0])
	}
}
