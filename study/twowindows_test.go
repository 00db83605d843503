package study

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"sync/atomic"
	"testing"
	"time"

	"github.com/omt-reference/omt/fsrs"
	"github.com/omt-reference/omt/store"
)

// openAt opens a second (or first) store on the file at path, as another
// omt window does, and closes it when the test ends.
func openAt(t testing.TB, path string) Student {
	t.Helper()
	s, _, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = s.Close() })
	return StudentIn(s, "")
}

// chain checks that each card's log chains: every review's state before is
// the state after of the card's review committed just before it (in the
// log's own order), and the card's schedule is the last state after. It
// returns how many repeated reviews chained and how many there were.
func chain(t *testing.T, st Student) (chained, repeats int) {
	t.Helper()
	last := map[string]json.RawMessage{}
	for r, err := range st.schedule.Log(store.LogFilter{}) {
		if err != nil {
			t.Fatal(err)
		}
		if prev, ok := last[r.CardID]; ok {
			repeats++
			if bytes.Equal(prev, r.Before) {
				chained++
			}
		}
		last[r.CardID] = r.After
	}
	for id, after := range last {
		s, ok, err := st.schedule.Card(id)
		if err != nil || !ok || !bytes.Equal(s.State, after) {
			t.Errorf("card %s: schedule %s (%v, %v); want its last review's state after %s", id, s.State, ok, err, after)
		}
	}
	return chained, repeats
}

// twice is what FSRS makes of a card graded first at t1 then at t2, as one
// window grading both would have it.
func twice(sch fsrs.Scheduler, start fsrs.Card, r1 fsrs.Rating, t1 time.Time, r2 fsrs.Rating, t2 time.Time) fsrs.Card {
	first, _ := sch.Review(start, r1, t1)
	second, _ := sch.Review(first, r2, t2)
	return second
}

// sameCard compares two cards' memory and schedule, whatever the time
// zones their times carry.
func sameCard(a, b fsrs.Card) bool {
	return a.State == b.State && a.Step == b.Step && a.Stability == b.Stability &&
		a.Difficulty == b.Difficulty && a.Due.Equal(b.Due) && a.LastReview.Equal(b.LastReview) &&
		a.ScheduledDays == b.ScheduledDays && a.Reps == b.Reps && a.Lapses == b.Lapses
}

// TestTwoWindowsGradingOneCardKeepBothReviews is issue 18's finding 7: two
// omt study windows on one database show the same queue. Window A grades a
// card Again; window B, still showing the card as it was loaded, grades it
// Hard. B's review must be of the card as A left it, so the log chains and
// the schedule reflects both reviews; before, B's Hard was computed from the
// card as loaded and overwrote A's Again.
func TestTwoWindowsGradingOneCardKeepBothReviews(t *testing.T) {
	path := filepath.Join(t.TempDir(), "omt.db")
	a, b := openAt(t, path), openAt(t, path)
	deck := deckOf(20, "d")
	set := DefaultSettings()
	sch := set.Scheduler()

	// Monday: twenty new cards, in both windows; then ten days later, the
	// same twenty due again, in both windows.
	days := []time.Time{monday, monday.AddDate(0, 0, 10)}
	for _, day := range days {
		qa, err := a.Queue(deck, set, day)
		if err != nil {
			t.Fatal(err)
		}
		qb, err := b.Queue(deck, set, day)
		if err != nil {
			t.Fatal(err)
		}
		if len(qa) != len(deck) || len(qb) != len(deck) {
			t.Fatalf("%s: the windows show %d and %d cards; want all %d in each", day, len(qa), len(qb), len(deck))
		}
		byID := map[string]Item{}
		for _, it := range qb {
			byID[it.Ref.ID] = it
		}
		tA, tB := day.Add(time.Minute), day.Add(2*time.Minute)
		wrong := 0
		for _, it := range qa {
			if _, err := a.Grade(set, it, fsrs.Again, tA); err != nil {
				t.Fatal(err)
			}
			// B's item is the card as B loaded it, before A's grade.
			saved, err := b.Grade(set, byID[it.Ref.ID], fsrs.Hard, tB)
			if err != nil {
				t.Fatal(err)
			}
			want := twice(sch, it.Card, fsrs.Again, tA, fsrs.Hard, tB)
			stored, _, _ := b.schedule.Card(it.Ref.ID)
			if !sameCard(saved, want) || !sameCard(decodeState(stored.State, tB), want) {
				if wrong++; wrong == 1 {
					t.Errorf("%s on %s: B's grade gave %+v and saved %s; want Again then Hard, %+v",
						it.Ref.ID, day.Format("Jan 2"), saved, stored.State, want)
				}
			}
		}
		if wrong > 0 {
			t.Errorf("on %s, %d of %d cards graded in both windows do not have both reviews' effect", day.Format("Jan 2"), wrong, len(qa))
		}
	}
	chained, repeats := chain(t, a)
	if chained != repeats || repeats != 3*len(deck) {
		t.Errorf("%d of %d repeated reviews chained (state before = the previous state after); want all of %d",
			chained, repeats, 3*len(deck))
	}
	// A card first graded in two windows at once was new once, not twice.
	if n, err := a.newToday(monday.Add(time.Hour)); err != nil || n != len(deck) {
		t.Errorf("Monday's new cards counted %d (%v); want %d", n, err, len(deck))
	}
}

// TestGradesRacingInTwoWindowsChain grades one card from two stores at once,
// each from the card as it loaded it a moment before, many times over:
// however the commits interleave, the log chains and no review is lost.
func TestGradesRacingInTwoWindowsChain(t *testing.T) {
	path := filepath.Join(t.TempDir(), "omt.db")
	windows := []Student{openAt(t, path), openAt(t, path)}
	set := DefaultSettings()
	ref := CardRef{ID: "card-0", Hash: "h1"}
	// One clock for both windows, as on one machine: a second a reading.
	// A window may still commit after the other one read a later time.
	var ticks atomic.Int64
	clock := func() time.Time { return monday.Add(time.Duration(ticks.Add(1)) * time.Second) }
	const rounds = 40
	errs := make(chan error, len(windows))
	start := make(chan struct{})
	for w, st := range windows {
		go func() {
			<-start
			for i := range rounds {
				it := Item{Ref: ref, Card: fsrs.NewCard(monday), New: true}
				if s, ok, err := st.schedule.Card(ref.ID); err != nil {
					errs <- err
					return
				} else if ok {
					it = Item{Ref: ref, Card: decodeState(s.State, monday)}
				}
				if _, err := st.Grade(set, it, fsrs.Rating(1+(i+w)%4), clock()); err != nil {
					errs <- err
					return
				}
			}
			errs <- nil
		}()
	}
	close(start)
	for range windows {
		if err := <-errs; err != nil {
			t.Fatal(err)
		}
	}
	chained, repeats := chain(t, windows[0])
	if repeats != 2*rounds-1 || chained != repeats {
		t.Errorf("%d of %d repeated reviews chained; want all of %d", chained, repeats, 2*rounds-1)
	}
}
