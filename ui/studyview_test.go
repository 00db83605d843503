package ui

import (
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/exp/golden"

	"github.com/omt-reference/omt/store"
	"github.com/omt-reference/omt/study"
)

// studyClock is a settable clock for the study tests: "the next day" is a
// line of a test, not a change to the machine's clock.
type studyClock struct{ now time.Time }

func (c *studyClock) Now() time.Time { return c.now }

// tempData is the user's data in a temporary database, with a test clock.
func tempData(t *testing.T, clock *studyClock) (*UserData, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "omt.db")
	return dataAt(t, path, clock), path
}

// dataAt is the user's data in the database at path, as a second omt
// window opens it: its own store on the same file.
func dataAt(t *testing.T, path string, clock *studyClock) *UserData {
	t.Helper()
	var s *store.Store
	t.Cleanup(func() {
		if s != nil {
			_ = s.Close()
		}
	})
	return &UserData{
		Open: func() (*store.Store, store.Notice, error) {
			if s == nil {
				var err error
				if s, _, err = store.Open(path); err != nil {
					return nil, store.Notice{}, err
				}
			}
			return s, store.Notice{}, nil
		},
		Now:     clock.Now,
		Shuffle: rand.New(rand.NewPCG(21, 21)).Perm, // a fixed order of showings, so that screens repeat
	}
}

// place is where a choice of the card on show is shown: the key that picks
// it is its place's number or letter, not the choice's.
func place(v *studyView, choice int) int {
	card, _, _ := v.current()
	for i := range card.Choices {
		if v.choiceAt(i) == choice {
			return i
		}
	}
	return -1
}

// run feeds a message to the model and then the answers of the commands it
// returns, and theirs, as the runtime would.
func run(t *testing.T, m Model, msg tea.Msg) Model {
	t.Helper()
	pending := []tea.Msg{msg}
	for depth := 0; len(pending) > 0; depth++ {
		if depth > 8 {
			t.Fatal("commands answered with commands more than 8 deep")
		}
		var next []tea.Msg
		for _, msg := range pending {
			after, cmd := m.Update(msg)
			m = after.(Model)
			next = append(next, results(cmd)...)
		}
		pending = next
	}
	return m
}

// results runs a command (and the commands of a batch) and collects what
// they answer. A command that waits (an input's blink, a tick) is left
// behind after a moment: the tests drive time themselves.
func results(cmd tea.Cmd) []tea.Msg {
	if cmd == nil {
		return nil
	}
	answer := make(chan tea.Msg, 1)
	go func() { answer <- cmd() }()
	var msg tea.Msg
	select {
	case msg = <-answer:
	case <-time.After(400 * time.Millisecond):
		return nil
	}
	switch msg := msg.(type) {
	case tea.BatchMsg:
		var out []tea.Msg
		for _, c := range msg {
			out = append(out, results(c)...)
		}
		return out
	case nil:
		return nil
	default:
		return []tea.Msg{msg}
	}
}

// startStudy opens omt study on a deck over a temporary database.
func startStudy(t *testing.T, clock *studyClock, deckName string, w, h int) (Model, *UserData) {
	t.Helper()
	data, _ := tempData(t, clock)
	c := realCatalog(t)
	data.deck = &deck{}
	data.deck.load(c) // once, here: under the race detector it takes a while
	m := New(c, Options{Data: data, StudyDeck: &StudyDeck{Name: deckName, Title: deckName}})
	m = send(t, m, tea.WindowSizeMsg{Width: w, Height: h})
	for _, msg := range results(m.startCmd) {
		m = send(t, m, msg)
	}
	return m, data
}

func studying(t *testing.T, m Model) *studyView {
	t.Helper()
	v, ok := m.overlay.(*studyView)
	if !ok {
		t.Fatalf("the study session is not open: %T", m.overlay)
	}
	return v
}

// answer answers the card on show: a recall card is revealed and graded
// Good, a multiple-choice card gets its right answer.
func answer(t *testing.T, m Model) Model {
	t.Helper()
	v := studying(t, m)
	card, _, ok := v.current()
	if !ok {
		t.Fatal("no card on show")
	}
	if len(card.Choices) > 0 {
		m = run(t, m, press(string(rune('1'+place(v, card.Answer)))))
		return run(t, m, press("space"))
	}
	m = run(t, m, press("space"))
	return run(t, m, press("3"))
}

// TestStudyTwentyCardsThenTomorrow is the trial, as a test: study
// twenty cards, leave, come back the next day, and see the right ones due.
func TestStudyTwentyCardsThenTomorrow(t *testing.T) {
	clock := &studyClock{now: time.Date(2026, 11, 30, 9, 0, 0, 0, time.Local)}
	m, data := startStudy(t, clock, "", 120, 40)
	if n := len(studying(t, m).queue); n != study.DefaultNewPerDay {
		t.Fatalf("a first session offers %d cards; want the day's %d new", n, study.DefaultNewPerDay)
	}
	for i := range 20 {
		clock.now = clock.now.Add(20 * time.Second)
		m = answer(t, m)
		if v := studying(t, m); v.reviewed != i+1 {
			t.Fatalf("after card %d the session counts %d reviews", i+1, v.reviewed)
		}
	}
	// The twenty new cards are in their learning steps: the session brings
	// them back (minutes away) until they graduate or the student stops.
	v := studying(t, m)
	if v.phase != studyFront || len(v.queue) <= 20 || v.queue[20].New {
		t.Fatalf("after twenty new cards: phase %d, %d in the queue; want the learning cards back", v.phase, len(v.queue))
	}
	for i := 0; v.phase != studyDone; i++ {
		if i > 200 {
			t.Fatal("the session never ends")
		}
		clock.now = clock.now.Add(2 * time.Minute)
		m = answer(t, m)
		v = studying(t, m)
	}
	if v.correct != v.reviewed || v.reviewed < 40 {
		t.Fatalf("the session: %d reviews, %d right; want every card graduated (at least two Goods each)", v.reviewed, v.correct)
	}
	s := screen(m)
	if !strings.Contains(s, fmt.Sprintf("Reviewed: %d cards", v.reviewed)) || !strings.Contains(s, "Tomorrow:") {
		t.Errorf("the summary:\n%s", s)
	}
	m = run(t, m, press("esc"))
	if m.overlay != nil {
		t.Fatalf("esc on the summary should close it")
	}

	// The next day, and a week on: a new run of omt over the same database
	// offers exactly the cards the schedule has due, and a new day's ration.
	for _, days := range []int{1, 7} {
		later := *clock
		later.now = clock.now.AddDate(0, 0, days)
		st, _, err := data.Open()
		if err != nil {
			t.Fatal(err)
		}
		want := map[string]bool{}
		for s, err := range st.Study("").Schedules() {
			if err != nil {
				t.Fatal(err)
			}
			if !s.Due.After(later.now) {
				want[s.CardID] = true
			}
		}
		again := *data
		again.Now = later.Now
		next := New(realCatalog(t), Options{Data: &again, StudyDeck: &StudyDeck{}})
		next = send(t, next, tea.WindowSizeMsg{Width: 120, Height: 40})
		for _, msg := range results(next.startCmd) {
			next = send(t, next, msg)
		}
		due, fresh := 0, 0
		for _, it := range studying(t, next).queue {
			switch {
			case it.New:
				fresh++
			case want[it.Ref.ID]:
				due++
			default:
				t.Errorf("day %d: %s is offered but not due", days, it.Ref.ID)
			}
		}
		if due != len(want) || fresh != study.DefaultNewPerDay {
			t.Errorf("day %d: %d due of the schedule's %d, %d new; want all due and a new day's %d", days, due, len(want), fresh, study.DefaultNewPerDay)
		}
		if days == 7 && due == 0 {
			t.Errorf("a week on, nothing of the first session is due")
		}
	}
}

// TestStudyGradesAreKeptBeforeMovingOn: a grade is committed before the next
// card shows, so quitting in the middle loses nothing already graded.
func TestStudyGradesAreKeptBeforeMovingOn(t *testing.T) {
	clock := &studyClock{now: time.Date(2026, 11, 30, 9, 0, 0, 0, time.Local)}
	m, data := startStudy(t, clock, "glossary", 100, 30)
	for range 3 {
		m = answer(t, m)
	}
	run(t, m, press("ctrl+c"))
	if n := reviewsKept(t, data); n != 3 {
		t.Errorf("%d reviews kept after three answers and Ctrl+C; want 3", n)
	}
}

// reviewsKept counts the reviews in the local profile's log.
func reviewsKept(t *testing.T, data *UserData) int {
	t.Helper()
	st, _, err := data.Open()
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, err := range st.Study("").Log(store.LogFilter{}) {
		if err != nil {
			t.Fatal(err)
		}
		n++
	}
	return n
}

// TestStudyKeys: space reveals, the grades show their intervals, q in the
// session ends it (it types nothing: there is no input), and multiple
// choice takes a letter.
func TestStudyKeys(t *testing.T) {
	clock := &studyClock{now: time.Date(2026, 11, 30, 9, 0, 0, 0, time.Local)}
	m, _ := startStudy(t, clock, "", 120, 40)
	v := studying(t, m)
	for i := range v.queue {
		card, _ := v.data.deck.card(v.queue[i].Ref.ID)
		if len(card.Choices) == 0 {
			v.at = i // a recall card
			break
		}
	}
	m = run(t, m, press("space"))
	if v := studying(t, m); v.phase != studyBack || !strings.Contains(screen(m), "1 Again") || !strings.Contains(screen(m), "4 Easy") {
		t.Fatalf("space should reveal the answer and offer the grades:\n%s", screen(m))
	}
	m = run(t, m, press("q"))
	if v := studying(t, m); v.phase != studyDone {
		t.Errorf("q should end the session at its summary; phase %d", v.phase)
	}
}

func TestStudyWithoutData(t *testing.T) {
	m := realSized(t, 100, 30, Options{})
	m = send(t, m, press("s"))
	if m.overlay != nil || !strings.Contains(screen(m), "Study needs the local database") {
		t.Errorf("s without a database: %T;\n%s", m.overlay, screen(m))
	}
}

// TestStudyScreensFit: the session, its summary, the deck picker and the
// statistics fit every size and never panic.
func TestStudyScreensFit(t *testing.T) {
	clock := &studyClock{now: time.Date(2026, 11, 30, 9, 0, 0, 0, time.Local)}
	m, data := startStudy(t, clock, "", 100, 30)
	m = answer(t, m)
	screens := map[string]Model{"card": m, "revealed": run(t, m, press("space"))}
	browse := New(realCatalog(t), Options{Data: data})
	browse = send(t, browse, tea.WindowSizeMsg{Width: 100, Height: 30})
	screens["decks"] = run(t, browse, press("s"))
	screens["stats"] = run(t, browse, press("S"))
	for name, sm := range screens {
		for _, size := range [][2]int{{40, 12}, {50, 16}, {80, 24}, {120, 40}, {200, 60}} {
			sized := send(t, sm, tea.WindowSizeMsg{Width: size[0], Height: size[1]})
			assertFitsSized(t, fmt.Sprintf("%s at %dx%d", name, size[0], size[1]), screen(sized), size[0], size[1])
		}
	}
}

// TestGoldenStudyScreens pins the study screens at the three sizes; rerun
// with -update after a deliberate change.
func TestGoldenStudyScreens(t *testing.T) {
	for _, size := range [][2]int{{120, 40}, {80, 24}, {50, 16}} {
		clock := &studyClock{now: time.Date(2026, 11, 30, 9, 0, 0, 0, time.Local)}
		m, data := startStudy(t, clock, "", size[0], size[1])
		// An overlay is shared by the copies of a model, so each screen is
		// drawn when it is reached.
		shot := func(name string, m Model) {
			t.Run(fmt.Sprintf("%s_%dx%d", name, size[0], size[1]), func(t *testing.T) {
				assertFits(t, screen(m), size[0], size[1])
				golden.RequireEqual(t, asciiScreen(t, m))
			})
		}
		shot("card", m)
		m = answer(t, m)
		m = run(t, m, press("1")) // a second card, answered or revealed
		shot("second-answered", m)
		m = run(t, m, press("space"))
		v := studying(t, m)
		for i := v.at; i < len(v.queue); i++ {
			if card, _ := v.data.deck.card(v.queue[i].Ref.ID); len(card.Choices) == 0 {
				v.at = i
				break
			}
		}
		v.phase = studyFront
		shot("revealed", run(t, m, press("space")))
		shot("summary", run(t, m, press("esc")))
		browse := send(t, New(realCatalog(t), Options{Data: data}), tea.WindowSizeMsg{Width: size[0], Height: size[1]})
		shot("decks", run(t, browse, press("s")))
		shot("stats", run(t, browse, press("S")))
	}
}
