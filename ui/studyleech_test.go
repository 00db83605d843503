package ui

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/omt-reference/omt/cards"
	"github.com/omt-reference/omt/fsrs"
	"github.com/omt-reference/omt/store"
	"github.com/omt-reference/omt/study"
)

// TestStudySuspendsTheCardOnShow: @ suspends the card on show, in the
// database, and the card says so; @ again unsuspends it. A suspended card is
// in no later session.
func TestStudySuspendsTheCardOnShow(t *testing.T) {
	clock := &studyClock{now: time.Date(2026, 11, 30, 9, 0, 0, 0, time.Local)}
	m, data := startStudy(t, clock, "glossary", 120, 40)
	card, _, _ := studying(t, m).current()
	m = run(t, m, press("@"))
	if !strings.Contains(screen(m), "Suspended: no session shows it") {
		t.Errorf("the card does not say it is suspended:\n%s", screen(m))
	}
	if got := suspendedIn(t, data); len(got) != 1 || got[0] != card.ID {
		t.Fatalf("suspended in the database: %v; want %s", got, card.ID)
	}
	m = run(t, m, press("@"))
	if got := suspendedIn(t, data); len(got) != 0 || strings.Contains(screen(m), "Suspended:") {
		t.Fatalf("@ again left %v suspended:\n%s", got, screen(m))
	}
	run(t, m, press("@"))
	again, _ := startStudyOn(t, clock, data, "glossary")
	for _, it := range studying(t, again).queue {
		if it.Ref.ID == card.ID {
			t.Errorf("the suspended card %s is in the next session", card.ID)
		}
	}
}

// TestStudyTellsOfANewLeech: a card forgotten for the eighth time says it is
// a leech and waits, even a recall card, so that @ can suspend it; suspending
// is the student's choice, not the grade's.
func TestStudyTellsOfANewLeech(t *testing.T) {
	clock := &studyClock{now: time.Date(2026, 11, 30, 9, 0, 0, 0, time.Local)}
	data, _ := tempData(t, clock)
	recall := lapsedCard(t, data, clock.now, "glossary/barrier/definition", study.LeechLapses-1)
	old := lapsedCard(t, data, clock.now, "glossary/tart/definition", study.LeechLapses+1)
	m, _ := startStudyOn(t, clock, data, "glossary")
	v := studying(t, m)
	if c, _, _ := v.current(); c.ID != recall.ID || strings.Contains(screen(m), "Leech") {
		t.Fatalf("the session starts on %s; want the due card %s, not yet a leech:\n%s", c.ID, recall.ID, screen(m))
	}
	m = run(t, m, press("space"))
	m = run(t, m, press("1")) // Again: the eighth lapse
	v = studying(t, m)
	if c, _, _ := v.current(); c.ID != recall.ID || !strings.Contains(screen(m), "This card is a leech: forgotten 8 times. @ suspends it.") {
		t.Fatalf("after the eighth lapse the session shows %s:\n%s", c.ID, screen(m))
	}
	if got := suspendedIn(t, data); len(got) != 0 {
		t.Errorf("the leech was suspended without being asked: %v", got)
	}
	m = run(t, m, press("@"))
	m = run(t, m, press("space"))
	if got := suspendedIn(t, data); len(got) != 1 || got[0] != recall.ID {
		t.Errorf("@ on the new leech suspended %v", got)
	}
	if c, _, _ := studying(t, m).current(); c.ID != old.ID || !strings.Contains(screen(m), "Leech: forgotten 9 times. @ suspends it.") {
		t.Errorf("space moved on to %s; want the old leech %s, marked:\n%s", c.ID, old.ID, screen(m))
	}
}

// TestStatsListTheLeeches: the statistics page, in the browser and on the
// command line, lists each leech with its lapses and whether it is
// suspended, and counts the suspended cards.
func TestStatsListTheLeeches(t *testing.T) {
	rep := study.Report{Retention: -1, States: map[string]int{}, Suspended: 2,
		Leeches: []study.Leech{{Card: "glossary/tart/definition", Lapses: 12, Suspended: true}, {Card: "glossary/barrier/term", Lapses: 8}}}
	out := ansi.Strip(RenderStats(rep, nil, time.Date(2026, 11, 30, 9, 0, 0, 0, time.Local), 80, PlainStyles().ASCII()))
	for _, want := range []string{"Leeches (8 lapses or more)", " 12 lapses  glossary/tart/definition (suspended)", "  8 lapses  glossary/barrier/term\n", "Suspended: 2 cards."} {
		if !strings.Contains(out, want) {
			t.Errorf("the statistics do not show %q:\n%s", want, out)
		}
	}
}

// startStudyOn opens a study session on data that already holds reviews.
func startStudyOn(t *testing.T, clock *studyClock, data *UserData, deckName string) (Model, *UserData) {
	t.Helper()
	c := realCatalog(t)
	if data.deck == nil {
		data.deck = &deck{}
	}
	data.deck.load(c)
	m := New(c, Options{Data: data, StudyDeck: &StudyDeck{Name: deckName, Title: deckName}})
	m = send(t, m, tea.WindowSizeMsg{Width: 120, Height: 40})
	for _, msg := range results(m.startCmd) {
		m = send(t, m, msg)
	}
	return m, data
}

// lapsedCard puts a card in review, due now, that has lapsed n times.
func lapsedCard(t *testing.T, data *UserData, now time.Time, id string, n int) cards.Card {
	t.Helper()
	card, ok := cards.Find(cards.Generate(realCatalog(t)), id)
	if !ok {
		t.Fatalf("no card %s", id)
	}
	state := fsrs.Card{State: fsrs.Review, Stability: 3, Difficulty: 8, Due: now.Add(-time.Hour),
		LastReview: now.AddDate(0, 0, -3), ScheduledDays: 3, Reps: 3 * n, Lapses: n}
	after, _ := json.Marshal(state)
	s, _, err := data.Open()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Study("").Record(store.Review{CardID: id, ContentHash: card.Hash, At: state.LastReview, Rating: 3,
		Before: json.RawMessage(`{}`), After: after, Due: state.Due}); err != nil {
		t.Fatal(err)
	}
	return card
}

// suspendedIn lists the suspended cards in data's database.
func suspendedIn(t *testing.T, data *UserData) []string {
	t.Helper()
	s, _, err := data.Open()
	if err != nil {
		t.Fatal(err)
	}
	got, err := s.Study("").Suspended()
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for id := range got {
		ids = append(ids, id)
	}
	return ids
}
