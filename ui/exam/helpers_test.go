package exam

import (
	"encoding/json"
	"os"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/omt-reference/omt/cards"
	"github.com/omt-reference/omt/exam"
)

// t0 is the tests' clock: every time they use is an offset from it.
var t0 = time.Date(2026, 11, 30, 9, 0, 0, 0, time.UTC)

type fakeClock struct{ now time.Time }

func (c *fakeClock) read() time.Time { return c.now }

// fakeWait is a tick asked of the fake clock: the driver lets d pass and
// delivers msg.
type fakeWait struct {
	d   time.Duration
	msg func(time.Time) tea.Msg
}

// fixtureBlock is a block of six questions made from cards the catalogue
// generated (testdata/cards.json, kept as they were so that the goldens do
// not change with the catalogue), their options in the cards' order.
func fixtureBlock(t *testing.T, mode exam.Mode) exam.Block {
	t.Helper()
	raw, err := os.ReadFile("testdata/cards.json")
	if err != nil {
		t.Fatal(err)
	}
	var all []cards.Card
	if err := json.Unmarshal(raw, &all); err != nil {
		t.Fatal(err)
	}
	titles := map[string]string{"family/lymphatic": "Lymphatic techniques", "vignettes": "Clinical vignettes",
		"map/tender-points": "Counterstrain tender points", "notation": "Dysfunction notation", "glossary": "Glossary",
		"condition/acute-otitis-media": "Acute otitis media"}
	topics := []string{"family/lymphatic", "vignettes", "map/tender-points", "notation", "glossary", "condition/acute-otitis-media"}
	b := exam.Block{Mode: mode, State: exam.InProgress, Started: t0, Updated: t0, Seed: 1}
	if mode == exam.Timed {
		b.Limit = time.Duration(len(all)) * exam.Pace
	}
	for i, c := range all {
		b.Items = append(b.Items, exam.Item{Question: exam.Question{CardID: c.ID, Hash: c.Hash, Topic: topics[i],
			TopicTitle: titles[topics[i]], Stem: c.Front, Options: c.Choices, Answer: c.Answer,
			Explanation: c.Back, Source: c.Source}, Chosen: -1})
	}
	return b
}

// driver runs the exam program on a fake clock, keeping every save.
type driver struct {
	t       *testing.T
	p       Program
	clock   *fakeClock
	pending []tea.Cmd
	saves   []exam.Block
	quit    bool
}

// newDriver sits a fixture block in the program at w x h.
func newDriver(t *testing.T, mode exam.Mode, w, h int, ascii bool) *driver {
	t.Helper()
	d := &driver{t: t, clock: &fakeClock{now: t0}}
	s, err := exam.NewSession(fixtureBlock(t, mode), d.clock.read)
	if err != nil {
		t.Fatal(err)
	}
	save := func(b exam.Block) (exam.Saved, error) {
		d.saves = append(d.saves, b)
		return exam.Saved{Kept: true}, nil
	}
	d.p = NewProgram(s, Options{Save: save, ASCII: ascii})
	d.p.screen.after = func(dur time.Duration, fn func(time.Time) tea.Msg) tea.Cmd {
		return func() tea.Msg { return fakeWait{d: dur, msg: fn} }
	}
	d.pending = append(d.pending, d.p.Init())
	d.send(tea.WindowSizeMsg{Width: w, Height: h})
	d.run(func() bool { return true })
	return d
}

func (d *driver) send(msgs ...tea.Msg) {
	d.t.Helper()
	for _, msg := range msgs {
		d.deliver(msg)
	}
	d.run(func() bool { return true })
}

// run runs the pending commands and those they lead to; a tick waits
// until nothing else is pending, and fake time passes for it only while
// stop does not hold.
func (d *driver) run(stop func() bool) {
	d.t.Helper()
	var waits []fakeWait
	for steps := 0; len(d.pending) > 0 || len(waits) > 0; steps++ {
		if steps > 20000 {
			d.t.Fatal("the exam's commands did not settle")
		}
		if len(d.pending) == 0 {
			if stop() {
				for _, w := range waits {
					d.pending = append(d.pending, func() tea.Msg { return w })
				}
				return
			}
			w := waits[0]
			waits = waits[1:]
			d.clock.now = d.clock.now.Add(w.d)
			d.deliver(w.msg(d.clock.now))
			continue
		}
		cmd := d.pending[0]
		d.pending = d.pending[1:]
		if cmd == nil {
			continue
		}
		switch msg := cmd().(type) {
		case fakeWait:
			waits = append(waits, msg)
		case tea.BatchMsg:
			d.pending = append(d.pending, msg...)
		case tea.QuitMsg:
			d.quit = true
		case savedMsg:
			d.deliver(msg)
		}
	}
}

// deliver hands a message to the program and queues its command.
func (d *driver) deliver(msg tea.Msg) {
	next, cmd := d.p.Update(msg)
	d.p = next.(Program)
	d.pending = append(d.pending, cmd)
}

// runFor lets dur of fake time pass, a tick a second.
func (d *driver) runFor(dur time.Duration) {
	d.t.Helper()
	end := d.clock.now.Add(dur)
	d.run(func() bool { return !d.clock.now.Before(end) })
}

func (d *driver) screen() string { return ansi.Strip(d.p.View().Content) }

func press(k string) tea.Msg {
	switch k {
	case "enter":
		return tea.KeyPressMsg{Code: tea.KeyEnter}
	case "esc":
		return tea.KeyPressMsg{Code: tea.KeyEscape}
	case "tab":
		return tea.KeyPressMsg{Code: tea.KeyTab}
	case "up":
		return tea.KeyPressMsg{Code: tea.KeyUp}
	case "down":
		return tea.KeyPressMsg{Code: tea.KeyDown}
	case "left":
		return tea.KeyPressMsg{Code: tea.KeyLeft}
	case "right":
		return tea.KeyPressMsg{Code: tea.KeyRight}
	case "ctrl+c":
		return tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl}
	}
	r := []rune(k)[0]
	return tea.KeyPressMsg{Code: r, Text: k}
}

func keys(ks ...string) []tea.Msg {
	var out []tea.Msg
	for _, k := range ks {
		out = append(out, press(k))
	}
	return out
}
