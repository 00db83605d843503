package classview

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/omt-reference/omt/cards"
	"github.com/omt-reference/omt/class"
	"github.com/omt-reference/omt/store"
)

// now is the tests' clock: a Wednesday morning.
var now = time.Date(2026, 12, 9, 10, 0, 0, 0, time.UTC)

func clock() time.Time { return now }

const (
	ana     = "SHA256:ana-key"
	ben     = "SHA256:ben-key"
	cy      = "SHA256:cy-key"
	teacher = "SHA256:teacher-key"
)

// fixtureCards are cards the catalogue generated, kept in testdata as they
// were (three small decks) so that the goldens do not change with the
// catalogue.
func fixtureCards(t *testing.T) ([]cards.Card, []cards.Deck) {
	t.Helper()
	var all []cards.Card
	var decks []cards.Deck
	for name, into := range map[string]any{"testdata/cards.json": &all, "testdata/decks.json": &decks} {
		raw, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(raw, into); err != nil {
			t.Fatal(err)
		}
	}
	return all, decks
}

// fixtureClass is a class of three students who studied the fixture's
// decks: Ana often and well, Ben less and worse, Cy once long ago. The
// instructor studied too, and is no student.
func fixtureClass(t *testing.T) (*class.Class, *store.Store) {
	t.Helper()
	st, _, err := store.Open(filepath.Join(t.TempDir(), "omt.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	all, decks := fixtureCards(t)
	// The reviews are written in one transaction (a commit each would
	// cost the tests seconds).
	type review struct {
		profile string
		r       store.Review
	}
	var reviews []review
	rec := func(profile string, k cards.Card, at time.Time, state, rating int, due time.Time) {
		reviews = append(reviews, review{profile, store.Review{CardID: k.ID, ContentHash: k.Hash, At: at, Rating: rating,
			Before: json.RawMessage(fmt.Sprintf(`{"state":%d}`, state)), After: json.RawMessage(`{"state":2}`), Due: due}})
	}
	hour := time.Hour
	chapman, tenets := all[:6], all[6:10]
	for i, k := range chapman {
		at := now.Add(-time.Duration(30+i) * hour)
		rec(ana, k, at.Add(-7*24*hour), 0, 3, at)
		rec(ana, k, at, 2, 3+i%2, now.Add(time.Duration(i+1)*24*hour))
		rec(ben, k, at, 0, 1+2*(i%3/2), now.Add(-time.Duration(i)*24*hour))
	}
	for i, k := range tenets {
		at := now.Add(-time.Duration(50+i) * hour)
		rec(ana, k, at, 0, 3, now.Add(24*hour))
		rec(ana, k, at.Add(hour), 2, 1, now.Add(24*hour))
		rec(ben, k, at, 0, 1, now.Add(24*hour))
		rec(ben, k, at.Add(hour), 2, 1+2*(i%2), now.Add(-48*hour))
		rec(cy, k, now.Add(-20*24*hour), 0, 1+i%2, now.Add(-19*24*hour))
		rec(teacher, k, at, 0, 1, now.Add(24*hour))
	}
	for _, k := range chapman[:4] {
		rec(cy, k, now.Add(-20*24*hour), 0, 3, now.Add(-18*24*hour))
	}
	err = st.Bulk(func(b *store.Bulk) error {
		for _, r := range reviews {
			if err := b.Review(r.profile, r.r); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	b := store.ExamBlock{Mode: "timed", State: "submitted", Started: now.Add(-49 * hour), Updated: now.Add(-48 * hour),
		Finished: now.Add(-48 * hour), Revision: 1}
	for i := range 10 {
		b.Items = append(b.Items, store.ExamItem{CardID: fmt.Sprint(i), ContentHash: "h", Topic: "glossary",
			Question: json.RawMessage(`{}`), Answer: 0, Chosen: i % 4})
	}
	if _, err := st.Exams(ana).Create(b); err != nil {
		t.Fatal(err)
	}
	if err := st.Class().Seen(ana, now.Add(-3*hour)); err != nil {
		t.Fatal(err)
	}
	people := class.People{
		Students:    map[string]string{ana: "ana.lima", ben: "b.okafor", cy: "c.ng"},
		Instructors: map[string]string{teacher: "dr.osei"},
	}
	c, err := class.New(class.Options{Store: st, Cards: all, Decks: decks, People: people, Now: clock})
	if err != nil {
		t.Fatal(err)
	}
	return c, st
}

// driver runs the class view's program, running its commands as Bubble
// Tea would, one after another, until none is left.
type driver struct {
	t       *testing.T
	p       Program
	store   *store.Store
	pending []tea.Cmd
	quit    bool
}

func newDriver(t *testing.T, w, h int, ascii bool) *driver {
	t.Helper()
	c, st := fixtureClass(t)
	d := &driver{t: t, store: st}
	d.p = NewProgram(Options{Class: c, By: class.Assigner{Profile: teacher, Name: "dr.osei"}, Now: clock, ASCII: ascii})
	d.pending = append(d.pending, d.p.Init())
	d.send(tea.WindowSizeMsg{Width: w, Height: h})
	return d
}

// send delivers messages, and runs the commands they lead to.
func (d *driver) send(msgs ...tea.Msg) {
	d.t.Helper()
	for _, msg := range msgs {
		d.deliver(msg)
		d.run()
	}
}

func (d *driver) run() {
	d.t.Helper()
	for steps := 0; len(d.pending) > 0; steps++ {
		if steps > 1000 {
			d.t.Fatal("the class view's commands did not settle")
		}
		cmd := d.pending[0]
		d.pending = d.pending[1:]
		if cmd == nil {
			continue
		}
		switch msg := cmd().(type) {
		case tea.BatchMsg:
			d.pending = append(d.pending, msg...)
		case tea.QuitMsg:
			d.quit = true
		case loadedMsg, assignedMsg:
			d.deliver(msg)
		}
	}
}

func (d *driver) deliver(msg tea.Msg) {
	next, cmd := d.p.Update(msg)
	d.p = next.(Program)
	d.pending = append(d.pending, cmd)
}

// screen is what the program shows, without colour.
func (d *driver) screen() string { return ansi.Strip(d.p.View().Content) }

// press is a key as a terminal sends it.
func press(k string) tea.Msg {
	codes := map[string]rune{"enter": tea.KeyEnter, "esc": tea.KeyEscape, "tab": tea.KeyTab, "up": tea.KeyUp,
		"down": tea.KeyDown, "backspace": tea.KeyBackspace, "space": tea.KeySpace}
	switch {
	case k == "shift+tab":
		return tea.KeyPressMsg{Code: tea.KeyTab, Mod: tea.ModShift}
	case k == "ctrl+c":
		return tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl}
	case codes[k] != 0:
		return tea.KeyPressMsg{Code: codes[k]}
	}
	r := []rune(k)[0]
	if r >= 'A' && r <= 'Z' {
		return tea.KeyPressMsg{Code: r + 'a' - 'A', ShiftedCode: r, Mod: tea.ModShift, Text: k}
	}
	return tea.KeyPressMsg{Code: r, Text: k}
}

func keys(ks ...string) []tea.Msg {
	var out []tea.Msg
	for _, k := range ks {
		out = append(out, press(k))
	}
	return out
}

// typed is text typed key by key.
func typed(s string) []tea.Msg {
	var out []tea.Msg
	for _, r := range s {
		out = append(out, tea.KeyPressMsg{Code: r, Text: string(r)})
	}
	return out
}

// assertFits checks that a screen is w x h and no line is wider.
func assertFits(t *testing.T, screen string, w, h int) {
	t.Helper()
	lines := strings.Split(screen, "\n")
	if len(lines) > h {
		t.Errorf("%d lines on a screen of %d", len(lines), h)
	}
	for i, l := range lines {
		if ansi.StringWidth(l) > w {
			t.Errorf("line %d is %d wide on a screen of %d: %q", i+1, ansi.StringWidth(l), w, l)
		}
	}
}
