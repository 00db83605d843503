package study

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"github.com/omt-reference/omt/fsrs"
	"github.com/omt-reference/omt/store"
)

func openStudy(t testing.TB) Student {
	t.Helper()
	s, _, err := store.Open(filepath.Join(t.TempDir(), "omt.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = s.Close() })
	return StudentIn(s, "")
}

func deckOf(n int, deck string) []CardRef {
	out := make([]CardRef, n)
	for i := range out {
		out[i] = CardRef{ID: fmt.Sprintf("card-%03d", i), Hash: "h1", Decks: []string{deck}}
	}
	return out
}

var monday = time.Date(2026, 11, 30, 9, 0, 0, 0, time.Local)

// TestNewCardsAreRationed: a fresh deck shows today's allowance of new cards
// and no more, across sessions the same day; the next day brings more.
func TestNewCardsAreRationed(t *testing.T) {
	st := openStudy(t)
	deck := deckOf(50, "family/counterstrain")
	set := Settings{Retention: 0.9, NewPerDay: 20}
	q, err := st.Queue(deck, set, monday)
	if err != nil || len(q) != 20 || !q[0].New {
		t.Fatalf("first queue: %d items, %v", len(q), err)
	}
	if again, _ := st.Queue(deck, set, monday); again[0].Ref.ID != q[0].Ref.ID {
		t.Errorf("new cards come in a different order each time: %s, then %s", q[0].Ref.ID, again[0].Ref.ID)
	}
	inOrder := true
	for i, it := range q {
		inOrder = inOrder && it.Ref.ID == deck[i].ID
	}
	if inOrder {
		t.Errorf("new cards come in the deck's order; they should be interleaved")
	}
	now := monday
	for _, it := range q[:12] {
		now = now.Add(20 * time.Second)
		if _, err := st.Grade(set, it, fsrs.Easy, now); err != nil {
			t.Fatal(err)
		}
	}
	q, _ = st.Queue(deck, set, now)
	if news := countNew(q); news != 8 {
		t.Errorf("after 12 new cards today, %d new are offered; want 8", news)
	}
	next := monday.AddDate(0, 0, 1)
	q, _ = st.Queue(deck, set, next)
	if news := countNew(q); news != 20 {
		t.Errorf("the next day offers %d new; want 20", news)
	}
}

func countNew(q []Item) int {
	n := 0
	for _, it := range q {
		if it.New {
			n++
		}
	}
	return n
}

// TestGradedCardsComeBackWhenDue: a card graded Good is away for the interval
// FSRS gave and back once it passes; the review is in the log at once.
func TestGradedCardsComeBackWhenDue(t *testing.T) {
	st := openStudy(t)
	deck := deckOf(1, "glossary")
	set := Settings{Retention: 0.9, NewPerDay: 5}
	q, _ := st.Queue(deck, set, monday)
	it := q[0]
	card, err := st.Grade(set, it, fsrs.Good, monday)
	if err != nil {
		t.Fatal(err)
	}
	if got, ok, _ := st.schedule.Card(it.Ref.ID); !ok || !got.Due.Equal(card.Due) {
		t.Fatalf("the schedule after grading: %+v", got)
	}
	if q, _ := st.Queue(deck, set, card.Due.Add(-time.Second)); len(q) != 0 {
		t.Errorf("before its due time the card is offered: %+v", q)
	}
	q, _ = st.Queue(deck, set, card.Due)
	if len(q) != 1 || q[0].New || q[0].Card.Reps != 1 {
		t.Errorf("at its due time: %+v", q)
	}
	iv := set.Intervals(q[0], card.Due)
	for i := 1; i < 4; i++ {
		if iv[i] < iv[i-1] {
			t.Errorf("intervals not ordered Again <= Hard <= Good <= Easy: %v", iv)
		}
	}
}

// TestChangedFactComesBackAsNew: a card whose content hash changed in a
// catalogue update is offered again as new and marked updated.
func TestChangedFactComesBackAsNew(t *testing.T) {
	st := openStudy(t)
	deck := deckOf(1, "condition/low-back-pain")
	set := DefaultSettings()
	q, _ := st.Queue(deck, set, monday)
	if _, err := st.Grade(set, q[0], fsrs.Easy, monday); err != nil {
		t.Fatal(err)
	}
	deck[0].Hash = "h2"
	q, err := st.Queue(deck, set, monday.Add(time.Minute))
	if err != nil || len(q) != 1 || !q[0].Updated || q[0].Card.State != fsrs.New {
		t.Fatalf("after the fact changed: %+v, %v", q, err)
	}
	if s, _, _ := st.schedule.Card(deck[0].ID); s.ContentHash != "h2" {
		t.Errorf("the schedule keeps the old hash %q", s.ContentHash)
	}
}

func TestCountAndStats(t *testing.T) {
	st := openStudy(t)
	deck := append(deckOf(10, "map/viscerosomatic"), CardRef{ID: "other", Hash: "x", Decks: []string{"glossary"}})
	set := Settings{Retention: 0.9, NewPerDay: 4}
	if err := st.SaveSettings(set); err != nil {
		t.Fatal(err)
	}
	n, err := st.Count(deck, monday)
	if err != nil || n.All.Due != 0 || n.All.New != 4 {
		t.Fatalf("fresh: %+v, %v", n.All, err)
	}
	q, _ := st.Queue(deck, set, monday)
	for _, it := range q {
		if _, err := st.Grade(set, it, fsrs.Again, monday); err != nil {
			t.Fatal(err)
		}
	}
	if n, _ := st.Count(deck, monday.Add(time.Hour)); n.All.Due != 4 || n.All.New != 0 {
		t.Errorf("an hour after four Agains: %+v; want 4 due (their learning step passed), 0 new", n.All)
	}
	rep, err := st.Stats(deck, monday.Add(time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	if rep.Reviews != 4 || rep.ReviewsPerDay[ReportDays-1] != 4 || rep.Unseen != 7 || rep.DueToday != 4 {
		t.Errorf("stats: %+v", rep)
	}
	if rep.Retention != -1 {
		t.Errorf("learning steps are not recall; retention should be unknown, got %v", rep.Retention)
	}
}

func TestSettingsAreReadAndChecked(t *testing.T) {
	s, _, err := store.Open(filepath.Join(t.TempDir(), "omt.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	p, st := s.Personal(""), StudentIn(s, "")
	if got, err := st.Settings(); err != nil || got != DefaultSettings() {
		t.Errorf("defaults: %+v, %v", got, err)
	}
	_ = p.SetSetting(retentionKey, "0.85")
	_ = p.SetSetting(newPerDayKey, "10")
	if got, err := st.Settings(); err != nil || got.Retention != 0.85 || got.NewPerDay != 10 {
		t.Errorf("set: %+v, %v", got, err)
	}
	for _, bad := range []string{"1.5", "x", "0.2"} {
		_ = p.SetSetting(retentionKey, bad)
		if _, err := st.Settings(); err == nil {
			t.Errorf("retention %q accepted", bad)
		}
	}
}

// TestEachDeckCountsAsIfCountedAlone: a deck's counts in the tally of every
// card are what counting that deck's cards alone gives.
func TestEachDeckCountsAsIfCountedAlone(t *testing.T) {
	st := openStudy(t)
	a, b := deckOf(6, "a"), deckOf(3, "b")
	for i := range b {
		b[i].ID = "b-" + b[i].ID
	}
	all := append(append([]CardRef{}, a...), b...)
	set := Settings{Retention: 0.9, NewPerDay: 4}
	if err := st.SaveSettings(set); err != nil {
		t.Fatal(err)
	}
	q, _ := st.Queue(a, set, monday)
	for _, it := range q[:2] {
		if _, err := st.Grade(set, it, fsrs.Again, monday); err != nil {
			t.Fatal(err)
		}
	}
	later := monday.Add(time.Hour)
	tally, err := st.Count(all, later)
	if err != nil {
		t.Fatal(err)
	}
	for name, refs := range map[string][]CardRef{"a": a, "b": b} {
		alone, _ := st.Count(refs, later)
		if tally.ByDeck[name] != alone.All {
			t.Errorf("deck %s: in the tally of every card %+v, counted alone %+v", name, tally.ByDeck[name], alone.All)
		}
	}
}

// TestExportsHoldEveryReview: the CSV and JSON exports carry every review,
// every scheduled card and every suspended one, and the JSON reads back.
func TestExportsHoldEveryReview(t *testing.T) {
	st := openStudy(t)
	deck := deckOf(3, "glossary")
	set := DefaultSettings()
	q, _ := st.Queue(deck, set, monday)
	for i, it := range q {
		if _, err := st.Grade(set, it, fsrs.Rating(1+i%4), monday.Add(time.Duration(i)*time.Minute)); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := st.Suspend([]string{"card-002"}, monday); err != nil {
		t.Fatal(err)
	}
	var js, cs bytes.Buffer
	if err := st.ExportJSON(&js, monday); err != nil {
		t.Fatal(err)
	}
	var back Export
	if err := json.Unmarshal(js.Bytes(), &back); err != nil || len(back.Reviews) != 3 || len(back.Schedule) != 3 ||
		len(back.Suspended) != 1 || back.Suspended[0].CardID != "card-002" || !back.Suspended[0].Suspended.Equal(monday) {
		t.Fatalf("JSON export: %d reviews, %d cards, suspended %+v, %v", len(back.Reviews), len(back.Schedule), back.Suspended, err)
	}
	if err := st.ExportCSV(&cs); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&cs).ReadAll()
	if err != nil || len(rows) != 1+3+3+1 || rows[1][0] != "review" || rows[4][0] != "schedule" || rows[7][0] != "suspended" || rows[7][1] != "card-002" {
		t.Fatalf("CSV export: %v rows, %v", rows, err)
	}
}
