package ui

import (
	"fmt"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/exp/golden"

	"github.com/omt-reference/omt/store"
)

// wrongAnswer opens a study session at a size on its first multiple-choice
// card and answers it wrong: the explanation comes below the choices.
func wrongAnswer(t *testing.T, w, h int) Model {
	t.Helper()
	clock := &studyClock{now: time.Date(2026, 11, 30, 9, 0, 0, 0, time.Local)}
	m, _ := startStudy(t, clock, "", w, h)
	v := studying(t, m)
	for i := v.at; i < len(v.queue); i++ {
		if card, _ := v.data.deck.card(v.queue[i].Ref.ID); len(card.Choices) > 0 {
			v.at = i
			break
		}
	}
	card, _, ok := v.current()
	if !ok || len(card.Choices) == 0 {
		t.Fatal("no multiple-choice card to answer")
	}
	return run(t, m, press(string(rune('1'+(card.Answer+1)%len(card.Choices)))))
}

// TestEveryScrollingPaneSaysWhatIsBelow: at 60x20, a pane or overlay whose
// text runs past the screen says so, and stops saying so at the end. (After
// a wrong answer the explanation was below the fold with no sign of it.)
func TestEveryScrollingPaneSaysWhatIsBelow(t *testing.T) {
	const w, h = 60, 20
	down := func(k string, n int) []tea.Msg {
		var out []tea.Msg
		for range n {
			out = append(out, press(k))
		}
		return out
	}
	opened := map[string]func(t *testing.T) Model{
		"study feedback": func(t *testing.T) Model { return wrongAnswer(t, w, h) },
		"stats": func(t *testing.T) Model {
			m, _ := startStudy(t, &studyClock{now: time.Date(2026, 11, 30, 9, 0, 0, 0, time.Local)}, "", w, h)
			m = answer(t, m)
			m = run(t, m, press("esc"))
			m = run(t, m, press("esc"))
			return run(t, m, press("S"))
		},
		"plan": func(t *testing.T) Model {
			return send(t, realSized(t, w, h, Options{Condition: "low-back-pain"}), press("P"))
		},
		"compare": func(t *testing.T) Model { return send(t, realSized(t, w, h, Options{}), compareKeys()...) },
		"help":    func(t *testing.T) Model { return send(t, realSized(t, w, h, Options{}), press("?")) },
		"maps": func(t *testing.T) Model {
			return send(t, realSized(t, w, h, Options{}), append([]tea.Msg{press("m")}, typeText("appendix")...)...)
		},
		"glossary": func(t *testing.T) Model {
			return send(t, realSized(t, w, h, Options{}), append([]tea.Msg{press("d")}, typeText("facilitation")...)...)
		},
		"detail": func(t *testing.T) Model {
			return send(t, realSized(t, w, h, Options{}), append(append([]tea.Msg{press("/")}, typeText("cv4")...), press("enter"), press("enter"))...)
		},
	}
	toEnd := map[string][]tea.Msg{
		"study feedback": down("j", 80), "stats": down("j", 80), "plan": down("j", 200), "compare": down("j", 400),
		"help": down("j", 80), "maps": down("pgdown", 40), "glossary": down("pgdown", 40), "detail": down("j", 400),
	}
	for name, open := range opened {
		t.Run(name, func(t *testing.T) {
			m := open(t)
			if s := screen(m); !strings.Contains(s, "more below") {
				t.Fatalf("%s at %dx%d runs past the screen with no sign of it:\n%s", name, w, h, s)
			}
			m = send(t, m, toEnd[name]...)
			if s := screen(m); strings.Contains(s, "more below") {
				t.Errorf("%s scrolled to its end still says more below:\n%s", name, s)
			}
		})
	}
}

// TestGoldenStudyFeedback pins a wrong multiple-choice answer's feedback at
// 60x20 and 80x24, where the explanation runs below the fold.
func TestGoldenStudyFeedback(t *testing.T) {
	for _, size := range [][2]int{{60, 20}, {80, 24}} {
		t.Run(fmt.Sprintf("study-feedback_%dx%d", size[0], size[1]), func(t *testing.T) {
			m := wrongAnswer(t, size[0], size[1])
			assertFits(t, screen(m), size[0], size[1])
			golden.RequireEqual(t, asciiScreen(t, m))
		})
	}
}

// TestBookmarksSayHowManyMore: the bookmarks and history, longer than the
// screen, say how many more are below, as every list does.
func TestBookmarksSayHowManyMore(t *testing.T) {
	clock := &studyClock{now: time.Date(2026, 11, 30, 9, 0, 0, 0, time.Local)}
	data, _ := tempData(t, clock)
	s, _, err := data.Open()
	if err != nil {
		t.Fatal(err)
	}
	c := realCatalog(t)
	for i, tech := range c.Techniques[:30] {
		if err := s.Personal("").Visit(store.VisitTechnique, tech.ID, clock.now.Add(time.Duration(i)*time.Minute)); err != nil {
			t.Fatal(err)
		}
	}
	m := browseWith(t, data, Options{}, 60, 20)
	m = run(t, m, press("B"))
	if s := screen(m); !strings.Contains(s, "more") {
		t.Errorf("30 visits at 60x20 with no sign of those below:\n%s", s)
	}
}
