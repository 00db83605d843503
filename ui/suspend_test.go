package ui

import (
	"testing"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// TestCtrlZSuspends: Ctrl+Z was ignored; from every mode, even while typing
// in a search, it must ask Bubble Tea to suspend.
func TestCtrlZSuspends(t *testing.T) {
	ctrlZ := tea.KeyPressMsg{Code: 'z', Mod: tea.ModCtrl}
	for _, keys := range [][]tea.Msg{nil, {press("/")}, {press("c")}, {press("d")}, {press("p")}, {press("?")}} {
		m := send(t, newSized(t, 100, 30, Options{}), keys...)
		_, cmd := m.Update(ctrlZ)
		if cmd == nil {
			t.Fatalf("after %v, ctrl+z returned no command", keys)
		}
		if _, ok := cmd().(tea.SuspendMsg); !ok {
			t.Errorf("after %v, ctrl+z did not suspend", keys)
		}
	}
	if got := helpKeys(New(fixtureCatalog(t), Options{}).fullHelp()); !contains(got, "ctrl+z") {
		t.Errorf("the full help does not show ctrl+z: %v", got)
	}
}

func helpKeys(columns [][]key.Binding) []string {
	var out []string
	for _, column := range columns {
		for _, b := range column {
			out = append(out, b.Help().Key)
		}
	}
	return out
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}
