package ui

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/omt-reference/omt/techniques"
)

func realCatalog(t testing.TB) *techniques.Catalog {
	t.Helper()
	c, err := techniques.Load()
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// screensToSweep reaches every screen and overlay of the browser.
var screensToSweep = []struct {
	name string
	keys []string
}{
	{"list", nil},
	{"detail", []string{"j", "enter"}},
	{"search", []string{"/", "h", "v", "l", "a"}},
	{"no-results", []string{"/", "z", "z", "z", "enter"}},
	{"picker", []string{"c"}},
	{"overview", []string{"c", "down", "enter"}},
	{"glossary", []string{"d"}},
	{"checklist", []string{"p", "o", "s", "t", "e", "o", "enter"}},
	{"screened", []string{"p", "o", "s", "t", "e", "o", "enter", "esc", "a"}},
	{"filters", []string{"f", "i", "n", "d", "tab"}},
	{"note", []string{"j", "n"}},
	{"search-mixed", []string{"/", "t", "a", "r", "t"}},
	{"help", []string{"?"}},
	{"maps", []string{"m"}},
	{"maps-organ", []string{"m", "a", "p", "p", "e", "n", "d", "i", "x"}},
	{"maps-notation", []string{"m", "T", "4", "space", "E", "R", "S", "down"}},
	{"maps-rib", []string{"m", "r", "i", "b", "space", "4", "pgdown"}},
	{"search-map", []string{"/", "P", "L", "5"}},
	{"compare", []string{"j", "=", "h", "v", "l", "a", "enter"}},
	{"compare-picking", []string{"j", "="}},
	{"plan", []string{"c", "down", "enter", "P", "-"}},
	{"timer", []string{"/", "c", "v", "4", "enter", "t"}},
	{"timer-none", []string{"/", "h", "v", "l", "a", "enter", "t"}},
}

// TestSizeSweep draws every screen at every terminal size from 1x1 to 200x60
// (in steps) and checks that nothing panics or spills over the terminal.
func TestSizeSweep(t *testing.T) {
	c := realCatalog(t)
	wStep, hStep := 11, 5
	if raceDetector || testing.Short() {
		wStep, hStep = 29, 17
	}
	var widths, heights []int
	for w := 1; w <= 200; w += wStep {
		widths = append(widths, w)
	}
	widths = append(widths, 39, 40, 80, 89, 90, 200)
	for h := 1; h <= 60; h += hStep {
		heights = append(heights, h)
	}
	heights = append(heights, 11, 12, 24, 60)
	for _, sc := range screensToSweep {
		t.Run(sc.name, func(t *testing.T) {
			// Reach the screen once, then resize it through every size, as a
			// user dragging the window would.
			m := send(t, New(c, Options{}), tea.WindowSizeMsg{Width: 100, Height: 30})
			for _, k := range sc.keys {
				m = send(t, m, press(k))
			}
			for _, w := range widths {
				for _, h := range heights {
					m = send(t, m, tea.WindowSizeMsg{Width: w, Height: h})
					assertFitsSized(t, fmt.Sprintf("%s at %dx%d", sc.name, w, h), screen(m), w, h)
					if t.Failed() {
						return
					}
				}
			}
		})
	}
}

func assertFitsSized(t *testing.T, what, s string, w, h int) {
	t.Helper()
	lines := strings.Split(s, "\n")
	if len(lines) > h {
		t.Errorf("%s: %d lines", what, len(lines))
	}
	for i, l := range lines {
		if n := ansiWidth(l); n > w {
			t.Errorf("%s: line %d is %d wide: %q", what, i, n, l)
			return
		}
	}
}

// stormKeys are the keys a storm presses: every binding and some letters.
var stormKeys = []string{"+", "-", "j", "k", "up", "down", "enter", "esc", "tab", "/", "c", "g", "G", "d", "p", "a", "?", "space",
	"q", "x", "h", "v", "l", "m", "e", "t", "r", "b", "f", "n", "y", "M", "[", "]", "1", "3", "5",
	"backspace", "pgup", "pgdown", "home", "end", "ctrl+x", "=", "P"}

// TestKeyStorm presses long random key sequences, with resizes and mouse
// wheels mixed in, against the real root model, and checks the invariants
// after every message: no panic, the screen fits, the selection is inside the
// list, and the filter bar shows the filter that is applied.
func TestKeyStorm(t *testing.T) {
	c := realCatalog(t)
	seeds, steps := uint64(8), 400
	if raceDetector || testing.Short() {
		seeds, steps = 2, 200
	}
	for seed := range seeds {
		t.Run(fmt.Sprintf("seed=%d", seed), func(t *testing.T) {
			rng := rand.New(rand.NewPCG(seed, 0xC0FFEE))
			w, h := 100, 30
			m := send(t, New(c, Options{}), tea.WindowSizeMsg{Width: w, Height: h})
			for step := range steps {
				var msg tea.Msg
				switch r := rng.IntN(100); {
				case r < 4:
					w, h = 1+rng.IntN(200), 1+rng.IntN(60)
					msg = tea.WindowSizeMsg{Width: w, Height: h}
				case r < 8:
					b := tea.MouseWheelUp
					if rng.IntN(2) == 0 {
						b = tea.MouseWheelDown
					}
					msg = tea.MouseWheelMsg{X: rng.IntN(w + 1), Y: rng.IntN(h + 1), Button: b}
				default:
					msg = press(stormKeys[rng.IntN(len(stormKeys))])
				}
				m = send(t, m, msg)
				checkInvariants(t, c, m, w, h, fmt.Sprintf("step %d (%v)", step, msg))
				if t.Failed() {
					return
				}
			}
		})
	}
}

func checkInvariants(t *testing.T, c *techniques.Catalog, m Model, w, h int, where string) {
	t.Helper()
	s := screen(m)
	assertFitsSized(t, where, s, w, h)
	items := len(m.browse.list.Items())
	if idx := m.browse.list.Index(); items > 0 && (idx < 0 || idx >= items) || items == 0 && idx != 0 {
		t.Errorf("%s: selection %d outside a list of %d", where, idx, items)
	}
	want := len(m.Index.Find(m.browse.filter()))
	if got := m.browse.list.Len() + m.browse.list.Contraindicated(); got != want {
		t.Errorf("%s: the list holds %d techniques; the filter gives %d", where, got, want)
	}
	if m.frame.tooSmall || w < 120 {
		return // the filter bar may be cut short; it is checked on wide screens
	}
	header := strings.Join(strings.Fields(s[:strings.Index(s+"\n", "\n")]), " ")
	name := "any"
	if x, ok := c.Condition(m.browse.condition); ok {
		name = x.Name
	}
	if !strings.Contains(header, "condition: "+name) {
		t.Errorf("%s: filter bar %q does not show condition %q", where, header, name)
	}
	if q := m.browse.search.Value(); !m.browse.searching && q != "" && len(q) < 12 && !strings.Contains(header, "search: "+q) {
		t.Errorf("%s: filter bar %q does not show query %q", where, header, q)
	}
}
