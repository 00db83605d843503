package study

import (
	"fmt"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/omt-reference/omt/fsrs"
	"github.com/omt-reference/omt/store"
)

// classDeck is 30 cards of deck a and 30 of deck b, and two cards in both.
func classDeck() []CardRef {
	var all []CardRef
	for i := range 30 {
		all = append(all, CardRef{ID: fmt.Sprintf("a-%02d", i), Hash: "h", Decks: []string{"family/a"}})
		all = append(all, CardRef{ID: fmt.Sprintf("b-%02d", i), Hash: "h", Decks: []string{"region/b"}})
	}
	for i := range 2 {
		all = append(all, CardRef{ID: fmt.Sprintf("ab-%d", i), Hash: "h", Decks: []string{"family/a", "region/b"}})
	}
	return all
}

// classStore is a database with a student, and the class it belongs to.
func classStore(t *testing.T) (*store.Store, Student) {
	t.Helper()
	s, _, err := store.Open(filepath.Join(t.TempDir(), "omt.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = s.Close() })
	return s, StudentIn(s, "SHA256:student")
}

func assign(t *testing.T, s *store.Store, due time.Time, decks ...string) int64 {
	t.Helper()
	id, err := s.Class().Assign(store.Assignment{Decks: decks, Due: due, Assigned: monday, ByName: "dr.osei"})
	if err != nil {
		t.Fatal(err)
	}
	return id
}

// TestAssignedNewCardsComeFirst: the new cards of an assigned deck come
// before any other new card, within the daily allowance the student set;
// of two assignments the one due sooner comes first.
func TestAssignedNewCardsComeFirst(t *testing.T) {
	s, st := classStore(t)
	all := classDeck()
	set := Settings{Retention: 0.9, NewPerDay: 10}
	before, err := st.Queue(all, set, monday)
	if err != nil {
		t.Fatal(err)
	}
	inB := func(it Item) bool { return it.Ref.InDeck("region/b") }
	if slices.IndexFunc(before, func(it Item) bool { return !inB(it) }) < 0 {
		t.Fatalf("before any assignment the queue is all of deck b already; pick another deck: %v", ids(before))
	}

	assign(t, s, monday.Add(7*24*time.Hour), "region/b")
	q, err := st.Queue(all, set, monday)
	if err != nil {
		t.Fatal(err)
	}
	if len(q) != set.NewPerDay {
		t.Fatalf("the queue has %d new cards; the student's limit is %d", len(q), set.NewPerDay)
	}
	for _, it := range q {
		if !inB(it) {
			t.Fatalf("with region/b assigned, the new cards are %v; want only region/b's", ids(q))
		}
	}
	// Assigned sooner, family/a comes first; both assignments' cards
	// before the rest.
	assign(t, s, monday.Add(2*24*time.Hour), "family/a")
	set.NewPerDay = 40
	q, err = st.Queue(all, set, monday)
	if err != nil {
		t.Fatal(err)
	}
	for i, it := range q {
		wantA := i < 32 // family/a's 32 cards, then region/b's
		if it.Ref.InDeck("family/a") != wantA {
			t.Fatalf("card %d of the queue is %s; want family/a's 32 cards first, then region/b's: %v", i, it.Ref.ID, ids(q))
		}
	}
}

// TestAssignmentsDoNotRaiseTheDailyLimit: once the day's allowance is
// spent, an assignment brings no more new cards the same day.
func TestAssignmentsDoNotRaiseTheDailyLimit(t *testing.T) {
	s, st := classStore(t)
	all := classDeck()
	set := Settings{Retention: 0.9, NewPerDay: 5}
	q, err := st.Queue(all, set, monday)
	if err != nil {
		t.Fatal(err)
	}
	now := monday
	for _, it := range q {
		now = now.Add(time.Minute)
		if _, err := st.Grade(set, it, fsrs.Easy, now); err != nil {
			t.Fatal(err)
		}
	}
	assign(t, s, monday.Add(24*time.Hour), "region/b")
	later, err := st.Queue(all, set, now.Add(time.Minute))
	if err != nil {
		t.Fatal(err)
	}
	for _, it := range later {
		if it.New {
			t.Fatalf("after the day's 5 new cards, an assignment added %s", it.Ref.ID)
		}
	}
}

// TestStudentsAssignmentsShowTheirProgress: a student's assignments, the
// soonest due first, with the cards each holds and how many the student has
// reviewed; one finished says when.
func TestStudentsAssignmentsShowTheirProgress(t *testing.T) {
	s, st := classStore(t)
	all := classDeck()
	other := StudentIn(s, "SHA256:other")
	if got, err := st.Assignments(all); err != nil || len(got) != 0 {
		t.Fatalf("with nothing assigned: %+v, %v", got, err)
	}
	later := assign(t, s, monday.Add(7*24*time.Hour), "family/a", "region/b")
	sooner := assign(t, s, monday.Add(24*time.Hour), "family/a")
	set := Settings{Retention: 0.9, NewPerDay: 40}
	q, err := st.Queue(all, set, monday)
	if err != nil {
		t.Fatal(err)
	}
	now := monday
	for _, it := range q[:32] { // family/a's cards come first: all of them
		now = now.Add(time.Minute)
		if _, err := st.Grade(set, it, fsrs.Again, now); err != nil {
			t.Fatal(err)
		}
	}
	got, err := st.Assignments(all)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || got[0].ID != sooner || got[1].ID != later {
		t.Fatalf("assignments %+v; want %d then %d", got, sooner, later)
	}
	if a := got[0]; a.Cards != 32 || a.Done != 32 || !a.Finished.Equal(now) || !a.Complete() || a.Late(now) || a.By != "dr.osei" {
		t.Errorf("the finished assignment reads %+v; want 32 of 32 done at %v, on time, by dr.osei", a, now)
	}
	if a := got[1]; a.Cards != 62 || a.Done != 32 || a.Complete() || a.Share() != 32.0/62 {
		t.Errorf("the assignment half done reads %+v; want 32 of 62", a)
	}
	if a := got[1]; !a.Late(monday.Add(8 * 24 * time.Hour)) {
		t.Error("an unfinished assignment is not late after its due date")
	}
	// Another student's reviews are theirs.
	theirs, err := other.Assignments(all)
	if err != nil {
		t.Fatal(err)
	}
	if theirs[0].Done != 0 {
		t.Errorf("a student who studied nothing has done %d cards of an assignment", theirs[0].Done)
	}
	// Without a database there is no assignment.
	if none, err := StudentIn(nil, "").Assignments(all); err != nil || none != nil {
		t.Errorf("without a database: %+v, %v", none, err)
	}
}

func ids(items []Item) []string {
	out := make([]string, len(items))
	for i, it := range items {
		out[i] = it.Ref.ID
	}
	return out
}
