package ui

import (
	"strings"
	"testing"

	"github.com/omt-reference/omt/ui/mapsview"

	tea "charm.land/bubbletea/v2"

	"github.com/omt-reference/omt/notation"
)

// openMaps opens the maps view over the shipped catalogue and types a query.
func openMaps(t *testing.T, w, h int, query string) (Model, *mapsview.View) {
	t.Helper()
	m := realSized(t, w, h, Options{})
	m = send(t, m, append([]tea.Msg{press("m")}, typeText(query)...)...)
	v, ok := m.overlay.(*mapsview.View)
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
			if len(v.Items()) == 0 {
				t.Fatal("nothing found")
			}
			e := v.Items()[0]
			if e.Kind != tt.kind || e.Label != tt.label {
				t.Errorf("first entry is %s %q; want %s %q", e.Kind, e.Label, tt.kind, tt.label)
			}
			lit := false
			for _, r := range e.Lit {
				lit = lit || r.Contains(tt.lit)
			}
			if !lit {
				t.Errorf("the diagram picks out %v; want %s among them", e.Lit, tt.lit)
			}
			if s := screen(m); !strings.Contains(s, tt.label) {
				t.Errorf("the screen does not show %q:\n%s", tt.label, s)
			}
		})
	}
}

func TestMapsViewKeys(t *testing.T) {
	m, v := openMaps(t, 100, 30, "")
	maps := len(v.Items())
	if maps < 10 {
		t.Fatalf("with nothing typed the view lists %d maps", maps)
	}
	m = send(t, m, typeText("quit")...) // q types while the input has focus
	if v = m.overlay.(*mapsview.View); v.Query() != "quit" {
		t.Errorf("typing quit left %q in the input", v.Query())
	}
	m = send(t, m, press("esc"))
	if v = m.overlay.(*mapsview.View); v.Query() != "" || len(v.Items()) != maps {
		t.Errorf("esc should clear the query first: %q, %d entries", v.Query(), len(v.Items()))
	}
	first := v.Items()[0].Title
	m = send(t, m, press("down"))
	if v = m.overlay.(*mapsview.View); v.Cursor() != 1 || !strings.Contains(screen(m), v.Items()[1].Title) {
		t.Errorf("down: cursor %d; the screen should show %q", v.Cursor(), v.Items()[1].Title)
	}
	if v.Items()[1].Title == first {
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
	if !ok || e.Kind != "tender point" {
		t.Fatalf("searching AC7 selects %q; want the tender point", selectedID(m))
	}
	if got := m.browse.detail.Shown(); got != e.Key {
		t.Errorf("the detail pane shows %q; want %q", got, e.Key)
	}
	if s := screen(m); !strings.Contains(s, "from the maps") {
		t.Errorf("the header does not count the map entries:\n%s", s)
	}
	m = send(t, m, press("enter"), press("m"))
	v, ok := m.overlay.(*mapsview.View)
	if !ok {
		t.Fatalf("m opened %T", m.overlay)
	}
	if v.Query() != "AC7" || v.Items()[v.Cursor()].Key != e.Key {
		t.Errorf("the maps view opened on %q at %q; want AC7 at %q", v.Query(), v.Items()[v.Cursor()].Key, e.Key)
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
