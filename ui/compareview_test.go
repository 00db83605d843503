package ui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/omt-reference/omt/ui/compareview"
)

// compareKeys selects muscle energy for the lumbar spine and compares it with
// the lumbar thrust, as a student would.
func compareKeys() []tea.Msg {
	keys := append([]tea.Msg{press("/")}, typeText("muscle energy lumbar")...)
	keys = append(keys, press("enter"), press("="))
	keys = append(keys, typeText("hvla lumbar")...)
	return append(keys, press("enter"))
}

func TestCompareFromTheBrowser(t *testing.T) {
	m := realSized(t, 120, 40, Options{})
	m = send(t, m, compareKeys()...)
	v, ok := m.overlay.(*compareview.View)
	if !ok {
		t.Fatalf("= opened %T", m.overlay)
	}
	if v.Picking() || strings.Join(v.IDs(), ",") != "muscle-energy-lumbar,hvla-lumbar" {
		t.Fatalf("comparing %v (picking %v); want muscle-energy-lumbar and hvla-lumbar", v.IDs(), v.Picking())
	}
	s := screen(m)
	for _, want := range []string{"muscle-energy-lumbar", "hvla-lumbar", "Participation ≠", "┌"} {
		if !strings.Contains(s, want) {
			t.Errorf("the comparison at 120 columns lacks %q:\n%s", want, s)
		}
	}
	assertFits(t, s, 120, 40)

	m = send(t, m, press("="))
	m = send(t, m, typeText("quit")...) // q types while the list's input has focus
	if v = m.overlay.(*compareview.View); !v.Picking() || v.Query() != "quit" {
		t.Fatalf("= should open the list for a third, and q type: picking %v, query %q", v.Picking(), v.Query())
	}
	m = send(t, m, press("esc"), press("esc"))
	if v = m.overlay.(*compareview.View); v.Picking() || len(v.IDs()) != 2 {
		t.Errorf("esc on the list goes back to the comparison: picking %v, %v", v.Picking(), v.IDs())
	}
	m = send(t, m, press("="))
	m = send(t, m, typeText("still")...)
	m = send(t, m, press("enter"))
	if v = m.overlay.(*compareview.View); len(v.IDs()) != 3 || v.Picking() {
		t.Fatalf("a third: %v", v.IDs())
	}
	if strings.Contains(screen(m), "add a third") {
		t.Errorf("with three compared, the footer still offers a third")
	}
	m = send(t, m, press("esc"))
	if m.overlay != nil {
		t.Errorf("esc should close the comparison")
	}
}

func TestCompareNeedsATechnique(t *testing.T) {
	m := realSized(t, 100, 30, Options{})
	m = send(t, m, press("c"), press("down"), press("enter")) // the condition overview heads the list
	m = send(t, m, press("="))
	if m.overlay != nil || !strings.Contains(screen(m), "Select a technique") {
		t.Errorf("= on an overview: %T open;\n%s", m.overlay, screen(m))
	}
}

func TestCompareEscBeforeChoosingCloses(t *testing.T) {
	m := realSized(t, 100, 30, Options{})
	m = send(t, m, press("="), press("esc"))
	if m.overlay != nil {
		t.Errorf("esc before choosing a second technique should close, not show a comparison of one")
	}
}
