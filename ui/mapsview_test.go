package ui

import (
	"strings"
	"testing"

	"github.com/omt-reference/omt/ui/common"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/omt-reference/omt/notation"
)

// openMaps opens the maps view over the shipped catalogue and types a query.
func openMaps(t *testing.T, w, h int, query string) (Model, *mapsView) {
	t.Helper()
	m := realSized(t, w, h, Options{})
	m = send(t, m, append([]tea.Msg{press("m")}, typeText(query)...)...)
	v, ok := m.overlay.(*mapsView)
	if !ok {
		t.Fatalf("m opened %T; want the maps view", m.overlay)
	}
	return m, v
}

func TestMapsViewLooksUpBothWays(t *testing.T) {
	tests := []struct {
		query, kind, label string
		lit                notation.Level // a level the diagram must pick out
	}{
		{"appendix", "organ", "Appendix", notation.T(10)},
		{"T10", "level", "T10", notation.T(10)},
		{"rib 4", "level", "rib 4", notation.R(4)},
		{"T4 ERS(L)", "reading", "T4 ERS(L)", notation.T(4)},
		{"ribs 3-5 inhaled", "reading", "ribs 3-5 inhalation dysfunction", notation.R(5)},
		{"left on left", "reading", "left-on-left sacral torsion", notation.S(1)},
		{"PL5", "tender point", "PL5", notation.L(5)},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			m, v := openMaps(t, 120, 40, tt.query)
			if len(v.entries) == 0 {
				t.Fatal("nothing found")
			}
			e := v.entries[0]
			if e.kind != tt.kind || e.label != tt.label {
				t.Errorf("first entry is %s %q; want %s %q", e.kind, e.label, tt.kind, tt.label)
			}
			lit := false
			for _, r := range e.lit {
				lit = lit || r.Contains(tt.lit)
			}
			if !lit {
				t.Errorf("the diagram picks out %v; want %s among them", e.lit, tt.lit)
			}
			if s := screen(m); !strings.Contains(s, tt.label) {
				t.Errorf("the screen does not show %q:\n%s", tt.label, s)
			}
		})
	}
}

func TestMapsViewKeys(t *testing.T) {
	m, v := openMaps(t, 100, 30, "")
	maps := len(v.entries)
	if maps < 10 {
		t.Fatalf("with nothing typed the view lists %d maps", maps)
	}
	m = send(t, m, typeText("quit")...) // q types while the input has focus
	if v = m.overlay.(*mapsView); v.input.Value() != "quit" {
		t.Errorf("typing quit left %q in the input", v.input.Value())
	}
	m = send(t, m, press("esc"))
	if v = m.overlay.(*mapsView); v.input.Value() != "" || len(v.entries) != maps {
		t.Errorf("esc should clear the query first: %q, %d entries", v.input.Value(), len(v.entries))
	}
	first := v.entries[0].title
	m = send(t, m, press("down"))
	if v = m.overlay.(*mapsView); v.cursor != 1 || !strings.Contains(screen(m), v.entries[1].title) {
		t.Errorf("down: cursor %d; the screen should show %q", v.cursor, v.entries[1].title)
	}
	if v.entries[1].title == first {
		t.Fatal("two entries share a title; the test cannot tell them apart")
	}
	m = send(t, m, press("esc"))
	if m.overlay != nil {
		t.Errorf("esc on an empty query should close the view; %T is open", m.overlay)
	}
}

// TestBrowserSearchFindsTheMaps: the browser's search lists map entries,
// shows them in the detail pane, and m opens the maps view on the one
// under the cursor.
func TestBrowserSearchFindsTheMaps(t *testing.T) {
	m := realSized(t, 120, 40, Options{})
	m = searchFor(t, m, "AC7")
	e, ok := m.browse.list.SelectedEntry()
	if !ok || e.kind != "tender point" {
		t.Fatalf("searching AC7 selects %q; want the tender point", selectedID(m))
	}
	if got := m.browse.detail.Shown(); got != e.key {
		t.Errorf("the detail pane shows %q; want %q", got, e.key)
	}
	if s := screen(m); !strings.Contains(s, "from the maps") {
		t.Errorf("the header does not count the map entries:\n%s", s)
	}
	m = send(t, m, press("enter"), press("m"))
	v, ok := m.overlay.(*mapsView)
	if !ok {
		t.Fatalf("m opened %T", m.overlay)
	}
	if v.input.Value() != "AC7" || v.entries[v.cursor].key != e.key {
		t.Errorf("the maps view opened on %q at %q; want AC7 at %q", v.input.Value(), v.entries[v.cursor].key, e.key)
	}
}

// TestMapsViewFitsEverySize: resized from tiny to wide, every lookup fits
// the screen, says so when it cannot, and never panics.
func TestMapsViewFitsEverySize(t *testing.T) {
	for _, q := range []string{"", "appendix", "T4 ERS(L)", "rib 4", "left superior innominate shear", "zzzz"} {
		m, _ := openMaps(t, 80, 24, q)
		for _, size := range [][2]int{{20, 8}, {40, 12}, {50, 16}, {69, 20}, {70, 20}, {80, 24}, {120, 40}, {200, 60}} {
			m = send(t, m, tea.WindowSizeMsg{Width: size[0], Height: size[1]})
			s := screen(m)
			assertFits(t, s, size[0], size[1])
			if small := size[0] < minWidth || size[1] < minHeight; small != strings.Contains(s, "too small") {
				t.Errorf("%q at %dx%d: says too small %v; want %v", q, size[0], size[1], !small, small)
			}
		}
	}
}

// TestDiagramPicksOutLevelsWithoutColour: a lit vertebra or rib differs by
// its glyph, upright and lying down, in Unicode and in ASCII, so that it
// shows on a terminal without colour.
func TestDiagramPicksOutLevelsWithoutColour(t *testing.T) {
	for _, ascii := range []bool{false, true} {
		s := common.NewStyles(true)
		if ascii {
			s = s.ASCII()
		}
		rib4 := spine{lit: []notation.Range{notation.Single(notation.R(4))}, styles: s}
		t10 := spine{lit: []notation.Range{notation.Single(notation.T(10))}, styles: s}
		litRib, litBody, pointer := "━━━", "█", "▸"
		if ascii {
			litRib, litBody, pointer = "===", "#", ">"
		}
		lines := strings.Split(ansi.Strip(rib4.view(22, 40)), "\n")
		for _, l := range lines {
			want := strings.HasPrefix(l, "T4 ")
			if got := strings.Contains(l, litRib) && strings.Contains(l, pointer); got != want {
				t.Errorf("ascii=%v, rib 4 upright: line %q picked out %v; want %v", ascii, l, got, want)
			}
		}
		for _, l := range strings.Split(ansi.Strip(t10.view(22, 40)), "\n") {
			if want := strings.HasPrefix(l, "T10"); strings.Contains(l, litBody) != want {
				t.Errorf("ascii=%v, T10 upright: line %q", ascii, l)
			}
		}
		lying := strings.Split(ansi.Strip(rib4.view(80, 3)), "\n")
		on := "■"
		if ascii {
			on = "#"
		}
		if len(lying) != 3 || strings.Count(lying[0], on) != 0 || strings.Count(lying[1], on) != 1 {
			t.Errorf("ascii=%v, rib 4 lying down:\n%s", ascii, strings.Join(lying, "\n"))
		}
	}
}
