package ui

import (
	"fmt"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/exp/golden"

	"github.com/omt-reference/omt/cards"
	"github.com/omt-reference/omt/fsrs"
	"github.com/omt-reference/omt/study"
)

// showCard puts the card with an id on show in a session of the body
// charts' deck, as its next card.
func showCard(t *testing.T, m Model, id string) (Model, cards.Card) {
	t.Helper()
	v := studying(t, m)
	for i, it := range v.queue {
		if it.Ref.ID == id {
			v.at = i
			v.next(0) // asked afresh, as if it had just come up in a new session
			v.reviewed, v.correct = 0, 0
			card, _, _ := v.current()
			return redrawn(t, m), card
		}
	}
	t.Fatalf("%s is not in the session's queue", id)
	return m, cards.Card{}
}

// chartSession opens a study session on the body charts' deck.
func chartSession(t *testing.T, w, h int) Model {
	t.Helper()
	clock := &studyClock{now: time.Date(2026, 11, 30, 9, 0, 0, 0, time.Local)}
	m, _ := startStudy(t, clock, cards.DeckCharts, w, h)
	// Every chart card of the deck, new: a first session holds only the
	// day's ration, so the tests build the queue they need.
	v := studying(t, m)
	v.queue = nil
	for _, ref := range study.InDeck(v.data.deck.load(v.Catalog).refs, cards.DeckCharts) {
		v.queue = append(v.queue, study.Item{Ref: ref, Card: fsrs.NewCard(clock.now), New: true})
	}
	return m
}

// TestStudyChartCard: a "where is it?" card shows the chart with its four
// marks beside the choices and says which way the chart faces; the right
// letter answers it right and marks the right choice; a wrong one does
// not. A "which is lit?" card shows the lit point.
func TestStudyChartCard(t *testing.T) {
	m := chartSession(t, 80, 24)
	m, card := showCard(t, m, "chart/tender-points/al3/place")
	s := screen(m)
	chart := leftOf(s, "1) a.", "Choose its mark")
	for _, label := range []string{"A", "B", "C", "D"} {
		if !strings.Contains(chart, label) {
			t.Errorf("mark %s is not on the chart:\n%s", label, chart)
		}
	}
	for _, want := range []string{"Where is the counterstrain tender point AL3?", "Front view: the patient's right is on your", "a. Mark A", "d. Mark D"} {
		if !strings.Contains(s, want) {
			t.Errorf("the card does not show %q:\n%s", want, s)
		}
	}
	right := place(studying(t, m), card.Answer) // the letter of the place the answer is shown in
	m = run(t, m, press(string(rune('a'+right))))
	if s := screen(m); !strings.Contains(s, "Right.") || !strings.Contains(s, "AL3 is at mark") {
		t.Errorf("the right mark chosen:\n%s", s)
	}
	m, _ = showCard(t, m, "chart/tender-points/al3/place")
	wrong := (place(studying(t, m), card.Answer) + 1) % 4
	m = run(t, m, press(string(rune('a'+wrong))))
	if s := screen(m); !strings.Contains(s, "Not this one.") {
		t.Errorf("a wrong mark chosen:\n%s", s)
	}

	m, _ = showCard(t, m, "chart/tender-points/pt4/name")
	if s := screen(m); !strings.Contains(s, "Which counterstrain tender point is lit on the chart?") || !strings.Contains(s, "●") {
		t.Errorf("the lit card:\n%s", s)
	}
}

// TestChartCardFits: a chart card, asked and answered, fits every size.
func TestChartCardFits(t *testing.T) {
	m := chartSession(t, 80, 24)
	for _, id := range []string{"chart/tender-points/al3/place", "chart/tender-points/pt4/name", "chart/tender-points/pr3/name"} {
		for _, size := range [][2]int{{40, 12}, {50, 16}, {60, 20}, {80, 24}, {120, 40}, {200, 60}} {
			m = send(t, m, tea.WindowSizeMsg{Width: size[0], Height: size[1]})
			var card cards.Card
			m, card = showCard(t, m, id)
			assertFitsSized(t, fmt.Sprintf("%s at %dx%d", id, size[0], size[1]), screen(m), size[0], size[1])
			next := press("space")
			if card.Kind != cards.Recall {
				next = press(string(rune('a' + place(studying(t, m), card.Answer))))
			}
			m = run(t, m, next)
			assertFitsSized(t, fmt.Sprintf("%s answered at %dx%d", id, size[0], size[1]), screen(m), size[0], size[1])
		}
	}
}

// TestGoldenStudyChartCards pins a study screen showing image-occlusion
// cards, asked and answered, at 80x24 and 60x20; rerun with -update after
// a deliberate change.
func TestGoldenStudyChartCards(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {60, 20}} {
		// A session of its own for each size: an answer is graded, and a
		// second grade of the same card would say another interval.
		m := chartSession(t, size[0], size[1])
		for _, id := range []string{"chart/tender-points/al3/place", "chart/tender-points/pt4/name"} {
			var card cards.Card
			m, card = showCard(t, m, id)
			name := strings.ReplaceAll(strings.TrimPrefix(id, "chart/tender-points/"), "/", "-")
			t.Run(fmt.Sprintf("%s_%dx%d", name, size[0], size[1]), func(t *testing.T) {
				assertFits(t, screen(m), size[0], size[1])
				golden.RequireEqual(t, asciiScreen(t, m))
			})
			answered := run(t, m, press(string(rune('a'+place(studying(t, m), card.Answer)))))
			m = answered
			t.Run(fmt.Sprintf("%s-answered_%dx%d", name, size[0], size[1]), func(t *testing.T) {
				assertFits(t, screen(answered), size[0], size[1])
				golden.RequireEqual(t, asciiScreen(t, answered))
			})
		}
	}
}

// leftOf is the part of a screen below the line holding after and left of
// the column where marker starts: the chart beside the choices.
func leftOf(screen, marker, after string) string {
	lines := strings.Split(screen, "\n")
	col, from := -1, len(lines)
	for i, line := range lines {
		if j := strings.Index(line, marker); j >= 0 && col < 0 {
			col = len([]rune(line[:j]))
		}
		if strings.Contains(line, after) && from == len(lines) {
			from = i + 1
		}
	}
	var out []string
	for _, line := range lines[min(from, len(lines)):] {
		r := []rune(line)
		out = append(out, string(r[:min(len(r), max(col, 0))]))
	}
	return strings.Join(out, "\n")
}

// TestChartCardInASCII: under a locale that is not UTF-8 the chart is drawn
// in ASCII, the lit point with a glyph of its own.
func TestChartCardInASCII(t *testing.T) {
	clock := &studyClock{now: time.Date(2026, 11, 30, 9, 0, 0, 0, time.Local)}
	data, _ := tempData(t, clock)
	c := realCatalog(t)
	data.deck = &deck{}
	m := New(c, Options{Data: data, StudyDeck: &StudyDeck{Name: cards.DeckCharts, Title: "Body charts"}, ASCII: true})
	m = send(t, m, tea.WindowSizeMsg{Width: 80, Height: 24})
	for _, msg := range results(m.startCmd) {
		m = send(t, m, msg)
	}
	v := studying(t, m)
	v.queue = nil
	for _, ref := range study.InDeck(data.deck.load(c).refs, cards.DeckCharts) {
		v.queue = append(v.queue, study.Item{Ref: ref, Card: fsrs.NewCard(clock.now), New: true})
	}
	m, _ = showCard(t, m, "chart/tender-points/pt4/name")
	// The chart, that is: the progress bar above it draws in Unicode
	// whatever the locale, which is the progress bubble's own doing.
	chart := leftOf(screen(m), "1) a.", "lit on the chart")
	for _, r := range chart {
		if r > 127 {
			t.Fatalf("%q in an ASCII chart:\n%s", r, chart)
		}
	}
	if !strings.Contains(chart, "@") {
		t.Errorf("the lit point is not drawn as @:\n%s", chart)
	}
}

// TestThirtyChartCards is the trial of 30 cards of tender points on
// the body chart, as a test: a first session of the body charts' deck at
// 80x24, thirty answers (the day's twenty new cards, then the ones in
// their learning steps as they come back). Each card shows its whole
// picture without scrolling (every mark, or the lit point), and the right
// answer is called right.
func TestThirtyChartCards(t *testing.T) {
	clock := &studyClock{now: time.Date(2026, 11, 30, 9, 0, 0, 0, time.Local)}
	m, _ := startStudy(t, clock, cards.DeckCharts, 80, 24)
	lit := "●"
	for i := range 30 {
		clock.now = clock.now.Add(40 * time.Second)
		v := studying(t, m)
		card, _, ok := v.current()
		if !ok || card.Chart == nil {
			t.Fatalf("card %d: not a chart card: %+v", i+1, card)
		}
		chart := chartArea(screen(m))
		switch {
		case len(card.Chart.Marks) > 0:
			for _, mk := range card.Chart.Marks {
				if !strings.Contains(chart, mk.Label) {
					t.Errorf("%s: mark %s is not in view:\n%s", card.ID, mk.Label, screen(m))
				}
			}
		case !strings.Contains(chart, lit):
			t.Errorf("%s: the lit point is not in view:\n%s", card.ID, screen(m))
		}
		if card.Kind == cards.Recall {
			m = run(t, m, press("space"))
			if !strings.Contains(screen(m), strings.SplitN(card.Back, "\n", 2)[0]) {
				t.Errorf("%s: the answer is not shown:\n%s", card.ID, screen(m))
			}
			m = run(t, m, press("3"))
			continue
		}
		m = run(t, m, press(string(rune('a'+place(v, card.Answer)))))
		if !strings.Contains(screen(m), "Right.") {
			t.Errorf("%s: the right answer is not called right:\n%s", card.ID, screen(m))
		}
		m = run(t, m, press("space"))
	}
}

// chartArea is the chart of a chart card on screen: the lines from the
// one that starts the caption beside it, left of the caption's column.
func chartArea(screen string) string {
	lines := strings.Split(screen, "\n")
	for i, line := range lines {
		for _, caption := range []string{"Front view", "Back view"} {
			j := strings.Index(line, caption)
			if j < 0 {
				continue
			}
			col := len([]rune(line[:j]))
			var out []string
			for _, l := range lines[i:] {
				r := []rune(l)
				out = append(out, string(r[:min(len(r), col)]))
			}
			return strings.Join(out, "\n")
		}
	}
	return ""
}
