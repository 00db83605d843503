package ui

import (
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/omt-reference/omt/techniques"
	"github.com/omt-reference/omt/ui/filters"
	"github.com/omt-reference/omt/ui/glossaryview"
)

// loop feeds messages the way the program does: through the program's
// filter, then Update, then View.
func loop(t testing.TB, f *InputFilter, m Model, msgs ...tea.Msg) Model {
	t.Helper()
	for _, msg := range msgs {
		if msg = f.Filter(m, msg); msg == nil {
			continue
		}
		next, _ := m.Update(msg)
		m = next.(Model)
		_ = m.View()
	}
	return m
}

func TestPasteLandsInTheFocusedInput(t *testing.T) {
	m := newSized(t, 120, 30, Options{})
	// While browsing, a paste starts a search with the text.
	m = send(t, m, tea.PasteMsg{Content: "hvla\n"})
	if !m.browse.searching || m.browse.search.Value() != "hvla" {
		t.Fatalf("paste while browsing: searching %v, query %q", m.browse.searching, m.browse.search.Value())
	}
	if sel, _ := m.browse.list.Selected(); sel.ID != "hvla-lumbar" {
		t.Errorf("the pasted query selected %q", sel.ID)
	}
	// Control characters and line breaks are stripped, runs of space shrink.
	m = send(t, m, press("esc"), press("/"), tea.PasteMsg{Content: "lumbar\r\n\tro\x1b[31mll\x07"})
	if got := m.browse.search.Value(); got != "lumbar ro[31mll" {
		t.Errorf("pasted query %q; want control characters and breaks gone", got)
	}
	// In overlays with an input: the picker, the checklist, the filters, the glossary.
	for _, tc := range []struct{ open, paste, want string }{
		{"c", "ear infection", "ear infection"}, {"p", "osteo\npenia", "osteo penia"},
		{"f", "indirect", "indirect"}, {"d", "TART", "TART"},
	} {
		m := send(t, newSized(t, 120, 30, Options{}), press(tc.open), tea.PasteMsg{Content: tc.paste})
		var got string
		switch o := m.overlay.(type) {
		case *filters.Picker:
			got = o.Query()
		case *filters.Checklist:
			got = o.Query()
		case *filters.Facets:
			got = o.Query()
		case *glossaryview.View:
			got = o.Query()
		}
		if got != tc.want {
			t.Errorf("paste into %s (%s): input %q; want %q", tc.open, mode(m), got, tc.want)
		}
	}
}

func TestALongPasteIsCappedAndCheap(t *testing.T) {
	page := strings.Repeat("counterstrain lumbar spine ", 4000) // about 100 KB
	m := send(t, newSized(t, 120, 30, Options{}), press("/"))
	got := send(t, m, tea.PasteMsg{Content: page})
	if n := len(got.browse.search.Value()); n > techniques.MaxQueryLen || n == 0 {
		t.Errorf("a 100 KB paste left a %d-byte query; the cap is %d", n, techniques.MaxQueryLen)
	}
	// Cheap means the cost does not grow with what was pasted past the cap:
	// a 100 KB paste may cost no more than a few times a paste that just
	// fills the search. Allocations are counted, not timed, so that a busy
	// machine cannot fail the test.
	fill := page[:techniques.MaxQueryLen]
	allocs := func(content string) float64 {
		return testing.AllocsPerRun(3, func() { send(t, m, tea.PasteMsg{Content: content}) })
	}
	long, short := allocs(page), allocs(fill)
	if long > 3*short+100 {
		t.Errorf("a 100 KB paste made %.0f allocations, a %d-byte one %.0f: its cost grows with the paste", long, len(fill), short)
	}
}

func TestFilterDropsKeysAFullInputCannotTake(t *testing.T) {
	m := send(t, newSized(t, 120, 30, Options{}), press("/"))
	m = send(t, m, tea.PasteMsg{Content: strings.Repeat("a", 300)})
	f := NewInputFilter()
	if f.Filter(m, press("x")) != nil {
		t.Error("a letter typed into a full search reached Update")
	}
	for _, k := range []string{"enter", "esc", "backspace", "ctrl+c", "up"} {
		if f.Filter(m, press(k)) == nil {
			t.Errorf("%s was dropped; only text a full input cannot take may be", k)
		}
	}
	if f.Filter(send(t, m, press("enter")), press("j")) == nil {
		t.Error("j while browsing was dropped")
	}
}

func TestWheelBurstsAreSummedNotLost(t *testing.T) {
	m := realSized(t, 120, 40, Options{})
	down := tea.MouseWheelMsg{X: 2, Y: 5, Button: tea.MouseWheelDown}
	var burst []tea.Msg
	for range 30 {
		burst = append(burst, down)
	}
	// The burst comes within one wheel interval: the filter's clock stands
	// still, so no step is drawn on its own time.
	f := NewInputFilter()
	at := time.Now()
	f.now = func() time.Time { return at }
	m = loop(t, f, m, burst...)
	if m.browse.list.Index() == 30 {
		t.Skip("the machine drew every step within the interval; nothing to sum")
	}
	if len(f.held) == 0 {
		t.Fatalf("a fast burst left nothing pending: cursor at %d", m.browse.list.Index())
	}
	m = loop(t, f, m, wheelFlushMsg{})
	if m.browse.list.Index() != 30 {
		t.Errorf("after the flush the cursor is at %d; 30 steps were sent", m.browse.list.Index())
	}
}

// TestTheWheelStopsAskingForFlushes: once a burst is over, a flush that
// finds nothing held back asks for no other, so that a browser that was
// scrolled once does not wake sixty times a second for ever after.
func TestTheWheelStopsAskingForFlushes(t *testing.T) {
	m := newSized(t, 120, 30, Options{})
	next, cmd := m.Update(tea.MouseWheelMsg{X: 2, Y: 5, Button: tea.MouseWheelDown})
	if cmd == nil {
		t.Fatal("a wheel step asked for no flush: the steps a burst holds back would wait for the next one")
	}
	if _, cmd = next.Update(wheelFlushMsg{}); cmd != nil {
		t.Error("a flush with nothing held back asked for another: the browser ticks for ever after one wheel step")
	}
}

// TestHeldWheelStepsGoWhereTheWheelGoes: steps a burst held back over an
// open screen scroll that screen at the flush, not the list under it.
func TestHeldWheelStepsGoWhereTheWheelGoes(t *testing.T) {
	m, v := planFor(t, "low-back-pain")
	before := m.browse.list.Index()
	f := NewInputFilter()
	at := time.Now()
	f.now = func() time.Time { return at }
	down := tea.MouseWheelMsg{X: 2, Y: 5, Button: tea.MouseWheelDown}
	m = loop(t, f, m, down, down, down, wheelFlushMsg{})
	if got := v.Offset(); got != 9 {
		t.Errorf("three wheel steps over the plan scrolled it to line %d; want 9", got)
	}
	if m.browse.list.Index() != before {
		t.Errorf("the wheel over the plan moved the list under it from %d to %d", before, m.browse.list.Index())
	}
}
