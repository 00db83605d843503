package store

import (
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"
)

// classReview is a review of card at minute m after t0 by a card in state
// (0 New, 1 Learning, 2 Review, 3 Relearning) before it, graded rating.
func classReview(card string, m, state, rating int) Review {
	r := review(card, m)
	r.Rating = rating
	r.Before = json.RawMessage(fmt.Sprintf(`{"state":%d,"reps":%d}`, state, m))
	return r
}

// randomReviews is n reviews over a few cards and every state and grade,
// a few minutes apart, from minute start.
func randomReviews(rng *rand.Rand, n, start int) []Review {
	rs := make([]Review, n)
	for i := range rs {
		rs[i] = classReview(fmt.Sprintf("card-%d", rng.IntN(6)), start+i*37+rng.IntN(30), rng.IntN(4), 1+rng.IntN(4))
	}
	return rs
}

// sumsFromLog works the class's figures out from the log itself, review by
// review: what the sums kept beside it must always equal.
type sumsFromLog struct {
	figures map[string]Figures                // Reviews, Tries and Right in [since, until)
	cards   map[string]map[string]StudentCard // profile -> card -> tally
}

func sumLog(t *testing.T, s *Store, profiles []string, since, until time.Time) sumsFromLog {
	t.Helper()
	sums := sumsFromLog{figures: map[string]Figures{}, cards: map[string]map[string]StudentCard{}}
	for _, p := range profiles {
		var f Figures
		cards := map[string]StudentCard{}
		for r, err := range s.Study(p).Log(LogFilter{}) {
			if err != nil {
				t.Fatal(err)
			}
			var before struct{ State int }
			if err := json.Unmarshal(r.Before, &before); err != nil {
				t.Fatal(err)
			}
			first := before.State == 0 || before.State == 2
			right := first && r.Rating > 1
			f.AllReviews++
			f.AllTries += b2i(first)
			f.AllRight += b2i(right)
			if !r.At.Before(since) && r.At.Before(until) {
				f.Reviews++
				f.Tries += b2i(first)
				f.Right += b2i(right)
			}
			if r.At.After(f.Seen) {
				f.Seen = r.At
			}
			c, ok := cards[r.CardID]
			if !ok {
				c = StudentCard{CardID: r.CardID, First: r.At, Last: r.At}
			}
			c.Reviews++
			c.Tries += b2i(first)
			c.Lapses += b2i(first && r.Rating == 1)
			c.First, c.Last = minTime(c.First, r.At), maxTime(c.Last, r.At)
			cards[r.CardID] = c
		}
		sums.figures[p], sums.cards[p] = f, cards
	}
	return sums
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

func minTime(a, b time.Time) time.Time {
	if b.Before(a) {
		return b
	}
	return a
}

func maxTime(a, b time.Time) time.Time {
	if b.After(a) {
		return b
	}
	return a
}

// checkSums compares every sum the class reads with the log's own.
func checkSums(t *testing.T, s *Store, profiles []string) {
	t.Helper()
	// Windows on the hour: the sums are kept by the hour.
	since, until := t0.Add(2*time.Hour), t0.Add(40*time.Hour)
	want := sumLog(t, s, profiles, since, until)
	got, err := s.Class().Figures(profiles, FigureWindow{Since: since, Now: until.Add(-time.Millisecond)})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range profiles {
		g, w := got[p], want.figures[p]
		// Due cards and exams are not the log's to say.
		g.Due, g.Overdue, g.Exams, g.ExamMean, g.ExamLast = 0, 0, 0, 0, 0
		if g != w {
			t.Errorf("%s: figures %+v; the log says %+v", p, g, w)
		}
		cards, err := s.Class().StudentCards(p)
		if err != nil {
			t.Fatal(err)
		}
		var wantCards []StudentCard
		for _, c := range want.cards[p] {
			wantCards = append(wantCards, c)
		}
		slices.SortFunc(wantCards, func(a, b StudentCard) int { return strings.Compare(a.CardID, b.CardID) })
		if !reflect.DeepEqual(cards, wantCards) {
			t.Errorf("%s: card tallies %+v; the log says %+v", p, cards, wantCards)
		}
	}
	// The class's cards, with the first profile taken away.
	tallies, err := s.Class().CardTallies(profiles[:1])
	if err != nil {
		t.Fatal(err)
	}
	byCard := map[string]CardTally{}
	for _, p := range profiles[1:] {
		for id, c := range want.cards[p] {
			x := byCard[id]
			x.CardID = id
			x.Students++
			x.Failed += b2i(c.Lapses > 0)
			x.Tries += c.Tries
			x.Lapses += c.Lapses
			byCard[id] = x
		}
	}
	var wantTallies []CardTally
	for _, x := range byCard {
		wantTallies = append(wantTallies, x)
	}
	slices.SortFunc(wantTallies, func(a, b CardTally) int { return strings.Compare(a.CardID, b.CardID) })
	if !reflect.DeepEqual(tallies, wantTallies) {
		t.Errorf("the class's cards without %s: %+v; the log says %+v", profiles[0], tallies, wantTallies)
	}
}

// TestClassSumsFollowEveryWayOfWriting writes reviews of three students
// through every method that writes one, and checks every sum the class
// reads against the log, review by review.
func TestClassSumsFollowEveryWayOfWriting(t *testing.T) {
	s, _ := openTemp(t)
	rng := rand.New(rand.NewPCG(23, 1))
	profiles := []string{"SHA256:ana", "SHA256:ben", "SHA256:cy"}
	for _, r := range randomReviews(rng, 20, 0) {
		if _, err := s.Study(profiles[0]).Record(r); err != nil {
			t.Fatal(err)
		}
	}
	for _, r := range randomReviews(rng, 20, 10) {
		_, err := s.Study(profiles[1]).RecordFrom(r.CardID, func(Schedule, bool) (Review, error) { return r, nil })
		if err != nil {
			t.Fatal(err)
		}
	}
	if err := s.Study(profiles[2]).RecordAll(randomReviews(rng, 20, 20)); err != nil {
		t.Fatal(err)
	}
	err := s.Bulk(func(b *Bulk) error {
		for _, r := range randomReviews(rng, 20, 30) {
			if err := b.Review(profiles[0], r); err != nil {
				return err
			}
		}
		for _, r := range randomReviews(rng, 20, 40) {
			if err := b.Log(profiles[1], r); err != nil {
				return err
			}
			if err := b.Schedule(profiles[1], Schedule{CardID: r.CardID, ContentHash: "h1", State: r.After, Due: r.Due}); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	checkSums(t, s, profiles)
}

// classStepIndex is the position of the class's migration, found by its
// name, so that the tests hold when the steps are renumbered.
func classStepIndex(t *testing.T) int {
	t.Helper()
	i := slices.IndexFunc(migrations(), func(m migration) bool { return m.name == classMigration().name })
	if i < 0 {
		t.Fatal("the class's migration is not in the list")
	}
	return i
}

// TestClassMigrationFromThePreviousVersion opens a database an omt without
// the class left, with two students' reviews and a finished exam in it: the
// step sums what was there, loses nothing, and keeps summing what comes
// after.
func TestClassMigrationFromThePreviousVersion(t *testing.T) {
	path := filepath.Join(t.TempDir(), "omt.db")
	old, err := openAt(path, migrations()[:classStepIndex(t)])
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(23, 2))
	profiles := []string{"SHA256:ana", "SHA256:ben"}
	for i, p := range profiles {
		if err := old.Study(p).RecordAll(randomReviews(rng, 30, i*5)); err != nil {
			t.Fatal(err)
		}
	}
	block := examBlock(4)
	block.Items[0].Chosen, block.Items[1].Chosen = block.Items[0].Answer, (block.Items[1].Answer+1)%4
	block.State, block.Finished = "submitted", t0.Add(time.Hour)
	if _, err := old.Exams(profiles[1]).Create(block); err != nil {
		t.Fatal(err)
	}
	if err := old.Personal(profiles[0]).SetNote("rib-raising", "keep me", t0); err != nil {
		t.Fatal(err)
	}
	old.Close()

	s, _, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	checkSums(t, s, profiles)
	figures, err := s.Class().Figures(profiles, FigureWindow{Now: t0.Add(48 * time.Hour)})
	if err != nil {
		t.Fatal(err)
	}
	if f := figures[profiles[1]]; f.Exams != 1 || f.ExamMean != 0.25 || f.ExamLast != 0.25 {
		t.Errorf("the exam kept before the step scores %d blocks, mean %v, last %v; want 1, 0.25, 0.25", f.Exams, f.ExamMean, f.ExamLast)
	}
	if notes, err := s.Personal(profiles[0]).Notes(); err != nil || len(notes) != 1 || notes[0].Text != "keep me" {
		t.Errorf("the note before the step reads %+v, %v", notes, err)
	}
	members, err := s.Class().Members()
	if err != nil || len(members) != 2 {
		t.Fatalf("members after the step: %+v, %v; want the two students", members, err)
	}
	for _, at := range []time.Time{t0, t0.Add(20 * time.Hour), t0.Add(40 * time.Hour)} {
		checkDue(t, s, profiles, at, nil, nil)
	}
	// Reviews after the step are summed as they are written.
	if _, err := s.Study(profiles[0]).Record(classReview("card-new", 600, 0, 1)); err != nil {
		t.Fatal(err)
	}
	checkSums(t, s, profiles)
}

// TestExamScoresFollowTheAnswers: a block's score is its right answers over
// its questions, as they are saved, and only finished blocks count.
func TestExamScoresFollowTheAnswers(t *testing.T) {
	s, _ := openTemp(t)
	exams := s.Exams("SHA256:ana")
	b := examBlock(4)
	id, err := exams.Create(b)
	if err != nil {
		t.Fatal(err)
	}
	scores := func() Figures {
		t.Helper()
		f, err := s.Class().Figures([]string{"SHA256:ana"}, FigureWindow{Now: t0})
		if err != nil {
			t.Fatal(err)
		}
		return f["SHA256:ana"]
	}
	if f := scores(); f.Exams != 0 {
		t.Errorf("a block in progress counts: %+v", f)
	}
	b.ID, b.Revision = id, 2
	for i := range 3 {
		b.Items[i].Chosen = b.Items[i].Answer
	}
	b.State, b.Finished = "submitted", t0.Add(time.Hour)
	if _, err := exams.Save(b); err != nil {
		t.Fatal(err)
	}
	if f := scores(); f.Exams != 1 || f.ExamMean != 0.75 || f.ExamLast != 0.75 {
		t.Errorf("one block with 3 of 4 right: %d blocks, mean %v, last %v", f.Exams, f.ExamMean, f.ExamLast)
	}
	// A second, newer block with 1 of 4 right: the mean is of both.
	b2 := examBlock(4)
	b2.Items[0].Chosen = b2.Items[0].Answer
	b2.Items[1].Chosen = (b2.Items[1].Answer + 1) % 4
	b2.State, b2.Started, b2.Finished = "timed-out", t0.Add(2*time.Hour), t0.Add(3*time.Hour)
	if _, err := exams.Create(b2); err != nil {
		t.Fatal(err)
	}
	if f := scores(); f.Exams != 2 || f.ExamMean != 0.5 || f.ExamLast != 0.25 {
		t.Errorf("blocks of 3/4 and then 1/4: %d blocks, mean %v, last %v; want 2, 0.5, 0.25", f.Exams, f.ExamMean, f.ExamLast)
	}
}

// TestBulkIsAllOrNothing: a Bulk that fails keeps nothing, and a review
// logged without its card's schedule fails it at the end.
func TestBulkIsAllOrNothing(t *testing.T) {
	s, _ := openTemp(t)
	boom := errors.New("boom")
	err := s.Bulk(func(b *Bulk) error {
		if err := b.Review("SHA256:ana", classReview("c1", 0, 0, 3)); err != nil {
			return err
		}
		return boom
	})
	if !errors.Is(err, boom) {
		t.Fatalf("Bulk returned %v; want the function's error", err)
	}
	err = s.Bulk(func(b *Bulk) error { return b.Log("SHA256:ana", classReview("c1", 0, 0, 3)) })
	if err == nil {
		t.Fatal("a review logged without a schedule for its card was kept")
	}
	members, err := s.Class().Members()
	if err != nil || len(members) != 0 {
		t.Errorf("after two failed bulks the class has members %+v (%v); want none", members, err)
	}
	if n, err := s.Study("SHA256:ana").CountDue(t0.Add(1000 * time.Hour)); err != nil || n != 0 {
		t.Errorf("after two failed bulks %d cards are scheduled (%v)", n, err)
	}
}

// TestSeenKeepsTheLatest: a member's last sight only moves forward,
// whether it comes from a connection or a review.
func TestSeenKeepsTheLatest(t *testing.T) {
	s, _ := openTemp(t)
	c := s.Class()
	if err := c.Seen("", t0); err == nil {
		t.Error("Seen took an empty profile")
	}
	for _, at := range []time.Time{t0.Add(time.Hour), t0} {
		if err := c.Seen("SHA256:ana", at); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := s.Study("SHA256:ana").Record(classReview("c1", 30, 0, 3)); err != nil {
		t.Fatal(err)
	}
	members, err := c.Members()
	if err != nil {
		t.Fatal(err)
	}
	want := []Member{{Profile: "SHA256:ana", Seen: t0.Add(time.Hour)}}
	if !reflect.DeepEqual(members, want) {
		t.Errorf("members %+v; want %+v", members, want)
	}
	if _, err := s.Study("SHA256:ana").Record(classReview("c1", 90, 2, 3)); err != nil {
		t.Fatal(err)
	}
	if members, _ = c.Members(); !members[0].Seen.Equal(t0.Add(90 * time.Minute)) {
		t.Errorf("after a later review the member was last seen %v; want %v", members[0].Seen, t0.Add(90*time.Minute))
	}
}

// writeSchedules gives each profile twelve cards, written every way a
// schedule is (added, recorded, in bulk, reset), due around a UTC midnight,
// which it returns.
func writeSchedules(t *testing.T, s *Store, profiles []string, rng *rand.Rand) time.Time {
	t.Helper()
	midnight := time.Date(2026, 3, 4, 0, 0, 0, 0, time.UTC)
	dueAt := func() time.Time {
		return midnight.Add(time.Duration(rng.IntN(96)-48) * time.Hour).Add(time.Duration(rng.IntN(3)-1) * time.Millisecond)
	}
	for _, p := range profiles {
		st := s.Study(p)
		for i := range 12 {
			card := fmt.Sprintf("card-%d", i)
			switch i % 4 {
			case 0:
				if _, err := st.Add(Schedule{CardID: card, ContentHash: "h", State: json.RawMessage(`{}`), Due: dueAt()}); err != nil {
					t.Fatal(err)
				}
			case 1:
				r := classReview(card, i, 0, 3)
				r.Due = dueAt()
				if _, err := st.Record(r); err != nil {
					t.Fatal(err)
				}
			case 2:
				r := classReview(card, i, 0, 3)
				r.Due = dueAt()
				err := s.Bulk(func(b *Bulk) error { return b.Review(p, r) })
				if err != nil {
					t.Fatal(err)
				}
			}
			// Every card is then moved once more: reviewed or reset.
			r := classReview(card, 100+i, 2, 1+rng.IntN(4))
			r.Due = dueAt()
			if i%2 == 0 {
				if err := st.Reset(Schedule{CardID: card, ContentHash: "h2", State: json.RawMessage(`{}`), Due: r.Due}); err != nil {
					t.Fatal(err)
				}
			} else if _, err := st.Record(r); err != nil {
				t.Fatal(err)
			}
		}
	}
	return midnight
}

// TestDueCountsFollowTheSchedule: the cards due and overdue at any moment,
// midnight included, are those the schedule holds, however the schedule
// was written (added, reviewed, reset, in bulk), with retired cards left
// out.
func TestDueCountsFollowTheSchedule(t *testing.T) {
	s, _ := openTemp(t)
	profiles := []string{"SHA256:ana", "SHA256:ben"}
	midnight := writeSchedules(t, s, profiles, rand.New(rand.NewPCG(23, 3)))
	retired := []string{"card-3"}
	for _, now := range []time.Time{midnight, midnight.Add(-time.Millisecond), midnight.Add(time.Millisecond),
		midnight.Add(13 * time.Hour), midnight.Add(-30 * time.Hour), midnight.Add(50 * time.Hour)} {
		checkDue(t, s, profiles, now, retired, retired)
	}
}

// checkDue compares the cards due and overdue (due 11 hours before now)
// that the class counts with the schedule's own, retired cards left out;
// window is what Figures is told is retired (Retire having been told the
// rest).
func checkDue(t *testing.T, s *Store, profiles []string, now time.Time, retired, window []string) {
	t.Helper()
	overdueBefore := now.Add(-11 * time.Hour)
	got, err := s.Class().Figures(profiles, FigureWindow{Now: now, OverdueBefore: overdueBefore, Retired: window})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range profiles {
		var due, overdue int
		for sc, err := range s.Study(p).Schedules() {
			if err != nil {
				t.Fatal(err)
			}
			if sc.Due.After(now) || slices.Contains(retired, sc.CardID) {
				continue
			}
			due++
			if sc.Due.Before(overdueBefore) {
				overdue++
			}
		}
		if f := got[p]; f.Due != due || f.Overdue != overdue {
			t.Errorf("%s at %v: %d due, %d overdue; the schedule has %d and %d", p, now, f.Due, f.Overdue, due, overdue)
		}
	}
}

// TestRetiredCardsLeaveTheDueCounts: once Retire is told of cards the
// catalogue no longer makes, they are not counted due, even when their
// schedule moves; told again without one, it is counted again, at its
// schedule's time.
func TestRetiredCardsLeaveTheDueCounts(t *testing.T) {
	s, _ := openTemp(t)
	profiles := []string{"SHA256:ana", "SHA256:ben"}
	midnight := writeSchedules(t, s, profiles, rand.New(rand.NewPCG(23, 4)))
	moments := []time.Time{midnight, midnight.Add(-30 * time.Hour), midnight.Add(13 * time.Hour), midnight.Add(50 * time.Hour)}
	retired := []string{"card-3", "card-6", "card-6"}
	for range 2 { // the second time changes nothing
		if err := s.Class().Retire(retired); err != nil {
			t.Fatal(err)
		}
		for _, now := range moments {
			checkDue(t, s, profiles, now, retired, nil)
		}
	}
	// A retired card's schedule moves (an import, an old omt): still not counted.
	r := classReview("card-3", 500, 2, 3)
	r.Due = midnight.Add(-20 * time.Hour)
	if _, err := s.Study(profiles[0]).Record(r); err != nil {
		t.Fatal(err)
	}
	for _, now := range moments {
		checkDue(t, s, profiles, now, retired, nil)
	}
	if err := s.Class().Retire([]string{"card-6"}); err != nil {
		t.Fatal(err)
	}
	for _, now := range moments {
		checkDue(t, s, profiles, now, []string{"card-6"}, nil)
	}
	if err := s.Class().Retire(nil); err != nil {
		t.Fatal(err)
	}
	for _, now := range moments {
		checkDue(t, s, profiles, now, nil, nil)
	}
}
