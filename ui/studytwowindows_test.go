package ui

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/omt-reference/omt/fsrs"
	"github.com/omt-reference/omt/store"
)

// studyWindow opens omt study on everything due over data.
func studyWindow(t *testing.T, data *UserData) Model {
	t.Helper()
	c := realCatalog(t)
	data.deck = &deck{}
	data.deck.load(c)
	m := New(c, Options{Data: data, StudyDeck: &StudyDeck{}})
	m = send(t, m, tea.WindowSizeMsg{Width: 120, Height: 40})
	for _, msg := range results(m.startCmd) {
		m = send(t, m, msg)
	}
	return m
}

// TestStudyInTwoWindowsShowsWhatWasSaved is finding 7 on the screen: two
// study windows show the same queue; the first answers a card wrongly, the
// second then answers it rightly. The second review is of the card as the
// first left it, and the second window says when the card is back as the
// database has it, not as its own stale copy would have it.
func TestStudyInTwoWindowsShowsWhatWasSaved(t *testing.T) {
	clock := &studyClock{now: time.Date(2026, 11, 30, 9, 0, 0, 0, time.Local)}
	dataA, path := tempData(t, clock)
	dataB := dataAt(t, path, clock)
	a, b := studyWindow(t, dataA), studyWindow(t, dataB)
	va, vb := studying(t, a), studying(t, b)
	at := -1
	for i, it := range va.queue {
		card, _ := va.data.deck.card(it.Ref.ID)
		if len(card.Choices) > 1 {
			at = i
			break
		}
	}
	if at < 0 || len(vb.queue) <= at || vb.queue[at].Ref.ID != va.queue[at].Ref.ID {
		t.Fatal("the two windows do not show the same queue with a choice card in it")
	}
	va.at, vb.at = at, at
	card, it, _ := va.current()

	wrong := (card.Answer + 1) % len(card.Choices)
	run(t, a, press(string(rune('1'+place(va, wrong)))))
	clock.now = clock.now.Add(time.Minute)
	b = run(t, b, press(string(rune('1'+place(vb, card.Answer)))))

	st, _, err := dataA.Open()
	if err != nil {
		t.Fatal(err)
	}
	var log []store.Review
	for r, err := range st.Study("").Log(store.LogFilter{CardID: it.Ref.ID}) {
		if err != nil {
			t.Fatal(err)
		}
		log = append(log, r)
	}
	if len(log) != 2 || log[0].Rating != int(fsrs.Again) || log[1].Rating != int(fsrs.Good) {
		t.Fatalf("the log of %s: %+v; want Again then Good", it.Ref.ID, log)
	}
	if !bytes.Equal(log[1].Before, log[0].After) {
		t.Errorf("the second window graded the card as it loaded it (%s), not as the first left it (%s)", log[1].Before, log[0].After)
	}
	saved, _, err := st.Study("").Card(it.Ref.ID)
	if err != nil {
		t.Fatal(err)
	}
	var due fsrs.Card
	if err := json.Unmarshal(saved.State, &due); err != nil {
		t.Fatal(err)
	}
	away := due.Due.Sub(clock.now)
	if got := studying(t, b).lastAway; got != away {
		t.Errorf("the second window says the card is away %v; the database has it due in %v", got, away)
	}
	if want := "Back in " + humanInterval(away); !strings.Contains(b.View().Content, want) {
		t.Errorf("the second window does not say %q:\n%s", want, b.View().Content)
	}
}
