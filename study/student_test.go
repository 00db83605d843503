package study

import (
	"bytes"
	"errors"
	"reflect"
	"slices"
	"testing"
	"time"
)

// TestAStudentWithNoDatabaseReadsAsEmpty: a command that only reads asks
// the same questions whether or not the database exists. Without one,
// nothing is due, every deck offers the default allowance of new cards,
// nothing is measured, the exports are empty, and writing is refused rather
// than creating anything.
func TestAStudentWithNoDatabaseReadsAsEmpty(t *testing.T) {
	none := StudentIn(nil, "")
	all := append(deckOf(30, "family/counterstrain"), deckOf(3, "glossary")...)
	for i := range all[30:] {
		all[30+i].ID = "g-" + all[30+i].ID
	}
	if set, err := none.Settings(); err != nil || set != DefaultSettings() {
		t.Errorf("settings: %+v, %v; want the defaults", set, err)
	}
	tally, err := none.Count(all, monday)
	want := Tally{All: Counts{New: DefaultNewPerDay},
		ByDeck: map[string]Counts{"family/counterstrain": {New: DefaultNewPerDay}, "glossary": {New: 3}}}
	if err != nil || !reflect.DeepEqual(tally, want) {
		t.Errorf("count: %+v, %v; want %+v", tally, err, want)
	}
	rep, err := none.Stats(all, monday)
	if wantRep := (Report{Retention: -1, States: map[string]int{}, Unseen: len(all), Leeches: []Leech{}}); err != nil || !reflect.DeepEqual(rep, wantRep) {
		t.Errorf("stats: %+v, %v; want %+v", rep, err, wantRep)
	}
	if q, err := none.Queue(all, DefaultSettings(), monday); err != nil || len(q) != DefaultNewPerDay {
		t.Errorf("queue: %d cards, %v; want the day's %d new", len(q), err, DefaultNewPerDay)
	}
	var js, cs bytes.Buffer
	if err := none.ExportJSON(&js, monday); err != nil || js.String() != `{"exported": null, "schedule": [], "reviews": [], "suspended": []}`+"\n" {
		t.Errorf("JSON export: %q, %v", js.String(), err)
	}
	if err := none.ExportCSV(&cs); err != nil || cs.String() != "record,card,content_hash,time,rating,elapsed_days,due,updated,state_before,state_after\n" {
		t.Errorf("CSV export: %q, %v", cs.String(), err)
	}
	if _, err := none.Add(all, monday); !errors.Is(err, ErrNoDatabase) {
		t.Errorf("add: %v; want ErrNoDatabase", err)
	}
	if _, err := none.Grade(DefaultSettings(), Item{Ref: all[0]}, Good, monday); !errors.Is(err, ErrNoDatabase) {
		t.Errorf("grade: %v; want ErrNoDatabase", err)
	}
	if err := none.SaveSettings(DefaultSettings()); !errors.Is(err, ErrNoDatabase) {
		t.Errorf("save settings: %v; want ErrNoDatabase", err)
	}
}

// TestSettingsAreSavedAndReadBack: what SaveSettings keeps, Settings reads;
// settings out of range are refused and the saved ones kept.
func TestSettingsAreSavedAndReadBack(t *testing.T) {
	st := openStudy(t)
	set := Settings{Retention: 0.85, NewPerDay: 7}
	if err := st.SaveSettings(set); err != nil {
		t.Fatal(err)
	}
	if got, err := st.Settings(); err != nil || got != set {
		t.Errorf("read back %+v, %v; want %+v", got, err, set)
	}
	for _, bad := range []Settings{{Retention: 1.5, NewPerDay: 7}, {Retention: 0.85, NewPerDay: -1}, {Retention: 0.85, NewPerDay: 1001}} {
		if err := st.SaveSettings(bad); err == nil {
			t.Errorf("%+v saved", bad)
		}
	}
	if got, _ := st.Settings(); got != set {
		t.Errorf("after refusals the settings are %+v; want %+v kept", got, set)
	}
}

// TestACountFallsBackToDefaultSettings: a setting that does not read stops a
// session (Settings says what is wrong) but not a count, which uses the
// defaults.
func TestACountFallsBackToDefaultSettings(t *testing.T) {
	st := openStudy(t)
	if err := st.personal.SetSetting(newPerDayKey, "lots"); err != nil {
		t.Fatal(err)
	}
	if _, err := st.Settings(); err == nil {
		t.Fatal("a new-per-day of \"lots\" reads")
	}
	n, err := st.Count(deckOf(50, "d"), monday)
	if err != nil || n.All != (Counts{New: DefaultNewPerDay}) {
		t.Errorf("count: %+v, %v; want the default %d new", n.All, err, DefaultNewPerDay)
	}
}

// TestTomorrowCountsTheCardsDueByItsEnd: tomorrow holds the cards due
// before it ends, and a whole day's allowance of new cards, whatever today
// has shown.
func TestTomorrowCountsTheCardsDueByItsEnd(t *testing.T) {
	st := openStudy(t)
	deck := deckOf(30, "d")
	set := DefaultSettings()
	q, _ := st.Queue(deck, set, monday)
	dueBy := endOfTomorrow(monday)
	soon := 0
	for i, it := range q {
		r := Again
		if i%2 == 0 {
			r = Easy
		}
		card, err := st.Grade(set, it, r, monday)
		if err != nil {
			t.Fatal(err)
		}
		if !card.Due.After(dueBy) {
			soon++
		}
	}
	if soon == 0 || soon == len(q) {
		t.Fatalf("%d of %d cards due by the end of tomorrow; the test wants some of each", soon, len(q))
	}
	n, err := st.Tomorrow(deck, monday)
	if err != nil || n != (Counts{Due: soon, New: min(DefaultNewPerDay, len(deck)-len(q))}) {
		t.Errorf("tomorrow: %+v, %v; want %d due and %d new", n, err, soon, min(DefaultNewPerDay, len(deck)-len(q)))
	}
	if end := endOfTomorrow(time.Date(2026, 12, 31, 23, 59, 0, 0, time.Local)); end != time.Date(2027, 1, 1, 23, 59, 59, 0, time.Local) {
		t.Errorf("the end of the day after New Year's Eve is %s", end)
	}
}

// TestAddedCardsAreDueNowBeyondTheAllowance: "study this technique" puts its
// cards in today's session even when the day's new cards are used up, and
// adding them again changes nothing.
func TestAddedCardsAreDueNowBeyondTheAllowance(t *testing.T) {
	st := openStudy(t)
	deck := deckOf(5, "technique/x")
	set := Settings{Retention: 0.9, NewPerDay: 0}
	if n, err := st.Add(deck[:3], monday); err != nil || n != 3 {
		t.Fatalf("added %d, %v; want 3", n, err)
	}
	q, err := st.Queue(deck, set, monday)
	if err != nil || len(q) != 3 {
		t.Fatalf("queue: %d cards, %v; want the 3 added, due now", len(q), err)
	}
	graded, err := st.Grade(set, q[0], Easy, monday)
	if err != nil {
		t.Fatal(err)
	}
	if n, err := st.Add(deck, monday.Add(time.Minute)); err != nil || n != 2 {
		t.Errorf("adding all 5 again added %d, %v; want the 2 not yet scheduled", n, err)
	}
	if s, _, _ := st.schedule.Card(q[0].Ref.ID); !s.Due.Equal(graded.Due) {
		t.Errorf("adding again moved a graded card to %s; it was due %s", s.Due, graded.Due)
	}
}

// TestLearnAheadOffersOnlyLearningCardsDueSoon: once the queue is done, the
// session brings back the cards failed minutes ago, never a new card nor
// one put away for days.
func TestLearnAheadOffersOnlyLearningCardsDueSoon(t *testing.T) {
	st := openStudy(t)
	deck := deckOf(30, "d")
	set := Settings{Retention: 0.9, NewPerDay: 4}
	q, _ := st.Queue(deck, set, monday)
	var failed []string
	for i, it := range q {
		r := Easy
		if i < 2 {
			r, failed = Again, append(failed, it.Ref.ID)
		}
		if _, err := st.Grade(set, it, r, monday); err != nil {
			t.Fatal(err)
		}
	}
	ahead, err := st.LearnAhead(deck, Settings{Retention: 0.9, NewPerDay: 20}, monday)
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, it := range ahead {
		ids = append(ids, it.Ref.ID)
	}
	slices.Sort(ids)
	slices.Sort(failed)
	if !slices.Equal(ids, failed) {
		t.Errorf("learn ahead offers %v; want only the two failed cards %v", ids, failed)
	}
}

// TestGradesInOrder: the grade keys and the intervals share one order, a
// grade above Again is recalled, and a multiple-choice answer grades Good
// when right and Again when wrong.
func TestGradesInOrder(t *testing.T) {
	if got := Ratings(); got != [4]Rating{Again, Hard, Good, Easy} {
		t.Errorf("Ratings() = %v", got)
	}
	set := DefaultSettings()
	it := Item{Ref: CardRef{ID: "c"}, Card: decodeState(nil, monday)}
	iv := set.Intervals(it, monday)
	for i, r := range Ratings() {
		if d := set.Scheduler().Preview(it.Card, monday)[r].Due.Sub(monday); iv[i] != d {
			t.Errorf("interval %d is %v; %v gives %v", i, iv[i], r, d)
		}
	}
	for _, r := range Ratings() {
		if Recalled(r) != (r != Again) {
			t.Errorf("Recalled(%v) = %v", r, Recalled(r))
		}
	}
	if RatingForChoice(true) != Good || RatingForChoice(false) != Again {
		t.Errorf("a right choice grades %v, a wrong one %v; want Good and Again", RatingForChoice(true), RatingForChoice(false))
	}
}

// TestDeckMembership: a deck is the cards that name it, in their order;
// everything due ("") is every card.
func TestDeckMembership(t *testing.T) {
	all := []CardRef{{ID: "a", Decks: []string{"x", "y"}}, {ID: "b", Decks: []string{"y"}}, {ID: "c"}}
	ids := func(rs []CardRef) (out []string) {
		for _, r := range rs {
			out = append(out, r.ID)
		}
		return out
	}
	for name, want := range map[string][]string{"": {"a", "b", "c"}, "x": {"a"}, "y": {"a", "b"}, "z": nil} {
		if got := ids(InDeck(all, name)); !slices.Equal(got, want) {
			t.Errorf("deck %q: %v; want %v", name, got, want)
		}
	}
	if !all[2].InDeck("") || all[2].InDeck("x") {
		t.Error("a card with no decks is in everything due and in no named deck")
	}
}
