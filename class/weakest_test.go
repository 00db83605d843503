package class

import (
	"errors"
	"testing"
	"time"
)

// TestWeakestCardsRankLapsesAcrossTheClass: a card is ranked by the class's
// lapses on it, with how many students failed it of how many tried; the
// instructor's and other profiles' lapses are not the class's.
func TestWeakestCardsRankLapsesAcrossTheClass(t *testing.T) {
	f := newFixture(t, classPeople())
	studyWeek(f)
	chapman := deck("map/chapman")
	// Ben and Cy both lapse on Ana's lapsed card, Ben twice.
	f.review(ben, chapman[3], now.Add(-days(3)), 0, 1, now.Add(days(1)))
	f.review(ben, chapman[3], now.Add(-days(2)), 2, 1, now.Add(days(1)))
	f.review(cy, chapman[3], now.Add(-days(1)), 0, 1, now.Add(days(1)))
	weak, err := f.class.WeakestCards()
	if err != nil {
		t.Fatal(err)
	}
	if len(weak) != 2 {
		t.Fatalf("weakest cards %+v; want chapman[3] and chapman[0]", weak)
	}
	top := weak[0]
	if top.Card.ID != chapman[3].ID || top.Lapses != 4 || top.Failed != 3 || top.Students != 3 || top.Tries != 4 {
		t.Errorf("the weakest card is %s with %d lapses, %d of %d students failed, %d tries; want %s, 4, 3 of 3, 4",
			top.Card.ID, top.Lapses, top.Failed, top.Students, top.Tries, chapman[3].ID)
	}
	if top.FailedShare() != 1 || top.LapseRate() != 1 {
		t.Errorf("shares %v and %v; want 1 and 1", top.FailedShare(), top.LapseRate())
	}
	if second := weak[1]; second.Card.ID != chapman[0].ID || second.Lapses != 1 || second.Failed != 1 || second.Students != 2 {
		t.Errorf("the second weakest is %+v; want Ben's one lapse on %s, tried by Ana and Ben", second, chapman[0].ID)
	}
}

// TestWeakestDecksNeedEnoughTries: a deck is ranked once the class has
// tried it MinDeckTries times, the highest lapse rate first, and decks of
// one technique are left out.
func TestWeakestDecksNeedEnoughTries(t *testing.T) {
	f := newFixture(t, classPeople())
	tenets, chapman := deck("map/tenets"), deck("map/chapman")
	at := now.Add(-days(1))
	for i := range MinDeckTries {
		// Tenets: every other try lapses. Chapman: one in four.
		f.review(ana, tenets[i%len(tenets)], at, 0, 1+2*(i%2), at.Add(days(1)))
		f.review(ben, chapman[i%len(chapman)], at, 0, 1+2*min(1, i%4), at.Add(days(1)))
	}
	// The glossary is tried fewer times: not ranked, however badly.
	glossary := deck("glossary")
	f.review(cy, glossary[0], at, 0, 1, at.Add(days(1)))
	weak, err := f.class.WeakestDecks()
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, w := range weak {
		names = append(names, w.Deck.Name)
		if w.Deck.Group == "technique" {
			t.Errorf("a technique's deck is ranked: %s", w.Deck.Name)
		}
		if w.Deck.Name == "glossary" {
			t.Errorf("the glossary is ranked on one try")
		}
	}
	i, j := indexOf(names, "map/tenets"), indexOf(names, "map/chapman")
	if i < 0 || j < 0 || i > j {
		t.Fatalf("weakest decks %v; want map/tenets (half lapsed) before map/chapman (a quarter)", names)
	}
	if w := weak[i]; w.Tries != MinDeckTries || w.Lapses != MinDeckTries/2 || w.LapseRate() != 0.5 {
		t.Errorf("tenets: %+v", w)
	}
}

func indexOf(xs []string, x string) int {
	for i, y := range xs {
		if y == x {
			return i
		}
	}
	return -1
}

// TestOneStudentDrilledInto: a student's decks, trend by week, weakest
// topics and assignments; and nobody but a student can be drilled into.
func TestOneStudentDrilledInto(t *testing.T) {
	f := newFixture(t, classPeople())
	studyWeek(f)
	chapman := deck("map/chapman")
	if _, err := f.class.Assign([]string{"map/chapman"}, EndOfDay(now.Add(days(2))), Assigner{Profile: teacher}); err != nil {
		t.Fatal(err)
	}
	d, err := f.class.Student(ana)
	if err != nil {
		t.Fatal(err)
	}
	if d.Name != "ana.lima" || d.Reviews != 4 {
		t.Errorf("the drill-in's figures are %+v; want the roster's", d.Student)
	}
	if len(d.Weeks) != TrendWeeks {
		t.Fatalf("%d weeks; want %d", len(d.Weeks), TrendWeeks)
	}
	if last, before := d.Weeks[TrendWeeks-1], d.Weeks[TrendWeeks-2]; last.Reviews != 4 || last.Tries != 3 || last.Right != 2 || before.Reviews != 2 {
		t.Errorf("the last two weeks: %+v, %+v; want 2 reviews, then 4 with 2 of 3 first tries right", before, last)
	}
	var chapmanRow *DeckProgress
	for i := range d.Decks {
		if d.Decks[i].Deck.Name == "map/chapman" {
			chapmanRow = &d.Decks[i]
		}
	}
	if chapmanRow == nil || chapmanRow.Tried != 5 || chapmanRow.Tries != 5 || chapmanRow.Lapses != 1 || chapmanRow.Due != 2 {
		t.Errorf("Ana's Chapman deck: %+v; want 5 tried, 1 lapse in 5 first tries, 2 due", chapmanRow)
	}
	if len(d.Weakest) == 0 || d.Weakest[0].Lapses == 0 {
		t.Errorf("Ana's weakest topics: %+v; want a deck with her lapse", d.Weakest)
	}
	if len(d.Assignments) != 1 || d.Assignments[0].Done != 5 || d.Assignments[0].Cards != len(chapman) {
		t.Errorf("Ana's assignments: %+v; want 5 of Chapman's %d cards", d.Assignments, len(chapman))
	}
	for _, p := range []string{teacher, stranger, "local", "", "SHA256:nobody"} {
		if _, err := f.class.Student(p); !errors.Is(err, ErrNotAStudent) {
			t.Errorf("drilling into %q gave %v; want ErrNotAStudent", p, err)
		}
	}
}

// TestWeeksAreInTheClocksLocation: the weeks start where the clock says.
func TestWeeksAreInTheClocksLocation(t *testing.T) {
	f := newFixture(t, classPeople())
	d, err := f.class.Student(cy)
	if err != nil {
		t.Fatal(err)
	}
	if got := d.Weeks[TrendWeeks-1].Start; !got.Equal(now.Truncate(time.Hour).Add(-Week + time.Hour)) {
		t.Errorf("the last week starts %v; want the hour after a week before now's", got)
	}
}
