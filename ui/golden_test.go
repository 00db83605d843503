package ui

import (
	"bytes"
	"fmt"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/exp/golden"
)

// asciiScreen renders the view as a terminal with the ASCII profile would get
// it: no colour, text attributes kept.
func asciiScreen(t *testing.T, m Model) []byte {
	t.Helper()
	var buf bytes.Buffer
	w := &colorprofile.Writer{Forward: &buf, Profile: colorprofile.Ascii}
	if _, err := w.WriteString(m.View().Content); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestGoldenScreens pins the rendered screens at three sizes; regenerate with
// go test ./ui -update after a deliberate change.
func TestGoldenScreens(t *testing.T) {
	sizes := [][2]int{{120, 40}, {80, 24}, {50, 16}}
	screens := []struct {
		name string
		keys []tea.Msg
	}{
		{"list", nil},
		{"detail", []tea.Msg{press("j"), press("enter")}},
		{"search", append([]tea.Msg{press("/")}, typeText("thrust")...)},
		{"picker", []tea.Msg{press("c")}},
		{"help", []tea.Msg{press("?")}},
		{"glossary", append([]tea.Msg{press("d")}, typeText("tart")...)},
		{"overview", []tea.Msg{press("c"), press("down"), press("down"), press("enter")}},
		{"checklist", append(append([]tea.Msg{press("p")}, typeText("osteo")...), press("enter"))},
		{"filters", append(append([]tea.Msg{press("f")}, typeText("indir")...), press("enter"))},
		{"section-jump", []tea.Msg{press("j"), press("enter"), press("3")}},
		{"checklist-filtered", append([]tea.Msg{press("p")}, typeText("osteo")...)},
		{"search-mixed", append([]tea.Msg{press("/")}, typeText("ear")...)},
		{"note", []tea.Msg{press("n")}},
		{"screened", append(append([]tea.Msg{press("p")}, typeText("osteo")...), press("enter"), press("esc"), press("a"))},
	}
	for _, size := range sizes {
		for _, sc := range screens {
			t.Run(fmt.Sprintf("%s_%dx%d", sc.name, size[0], size[1]), func(t *testing.T) {
				m := newSized(t, size[0], size[1], Options{})
				m = send(t, m, sc.keys...)
				out := asciiScreen(t, m)
				assertFits(t, screen(m), size[0], size[1])
				golden.RequireEqual(t, out)
			})
		}
	}
}

// TestGoldenShippedScreens pins the screens that need the shipped catalogue (the maps
// view and its diagram, the comparison) at the three sizes and at 60x20,
// where the maps prompt was cut; regenerate with go test ./ui -update.
func TestGoldenShippedScreens(t *testing.T) {
	sizes := [][2]int{{120, 40}, {80, 24}, {60, 20}, {50, 16}}
	screens := []struct {
		name string
		keys []tea.Msg
	}{
		{"maps", []tea.Msg{press("m")}},
		{"maps-organ", append([]tea.Msg{press("m")}, typeText("appendix")...)},
		{"maps-notation", append([]tea.Msg{press("m")}, typeText("T4 ERS(L)")...)},
		{"maps-level", append([]tea.Msg{press("m")}, typeText("rib 4")...)},
		{"maps-sacrum", append([]tea.Msg{press("m")}, typeText("left on left")...)},
		{"search-map", append([]tea.Msg{press("/")}, typeText("PL5")...)},
		{"compare", compareKeys()},
	}
	for _, size := range sizes {
		for _, sc := range screens {
			t.Run(fmt.Sprintf("%s_%dx%d", sc.name, size[0], size[1]), func(t *testing.T) {
				m := realSized(t, size[0], size[1], Options{})
				m = send(t, m, sc.keys...)
				assertFits(t, screen(m), size[0], size[1])
				golden.RequireEqual(t, asciiScreen(t, m))
			})
		}
	}
}

// TestGoldenCompareTable pins the comparison drawn side by side at the widths
// where a field's label once broke inside a word (100 and 140 columns),
// paged down to the contraindications.
func TestGoldenCompareTable(t *testing.T) {
	for _, size := range [][3]int{{100, 30, 3}, {140, 40, 1}} {
		t.Run(fmt.Sprintf("compare-table_%dx%d", size[0], size[1]), func(t *testing.T) {
			m := realSized(t, size[0], size[1], Options{})
			m = send(t, m, compareKeys()...)
			for range size[2] {
				m = send(t, m, press("pgdown"))
			}
			assertFits(t, screen(m), size[0], size[1])
			golden.RequireEqual(t, asciiScreen(t, m))
		})
	}
}
