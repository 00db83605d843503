package ui

import (
	"reflect"
	"testing"

	"github.com/omt-reference/omt/ui/common"

	"charm.land/bubbles/v2/textarea"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
)

// TestCtrlVNeverReadsTheSystemClipboard: bubbles' text inputs read the
// system clipboard on Ctrl+V (xclip, wl-paste or pbpaste, run by omt).
// Under omt serve that clipboard is the server's, so a student could read
// the instructor's. A terminal's own paste arrives as a tea.PasteMsg and
// still works; Ctrl+V must not ask for the clipboard in any text input.
func TestCtrlVNeverReadsTheSystemClipboard(t *testing.T) {
	ctrlV := tea.KeyPressMsg{Code: 'v', Mod: tea.ModCtrl}
	for _, open := range [][]tea.Msg{
		{press("/")}, {press("c")}, {press("m")}, {press("f")}, {press("p")}, {press("d")},
		{press("/"), press("c"), press("v"), press("4"), press("enter"), press("e")},
	} {
		m := send(t, newSized(t, 120, 30, Options{}), open...)
		_, cmd := m.Update(ctrlV)
		if readsClipboard(cmd) {
			t.Errorf("after %v, Ctrl+V reads the system clipboard", open)
		}
	}
}

// readsClipboard reports whether cmd is, or batches, the bubbles command
// that reads the system clipboard.
func readsClipboard(cmd tea.Cmd) bool {
	if cmd == nil {
		return false
	}
	ptr := reflect.ValueOf(cmd).Pointer()
	if ptr == reflect.ValueOf(textinput.Paste).Pointer() || ptr == reflect.ValueOf(textarea.Paste).Pointer() {
		return true
	}
	if batch, ok := cmd().(tea.BatchMsg); ok {
		for _, c := range batch {
			if readsClipboard(c) {
				return true
			}
		}
	}
	return false
}

// TestTheNoteEditorNeverReadsTheSystemClipboard: the note editor's text
// area follows the same rule.
func TestTheNoteEditorNeverReadsTheSystemClipboard(t *testing.T) {
	if common.NewTextArea().KeyMap.Paste.Enabled() {
		t.Error("the note editor's Ctrl+V reads the system clipboard")
	}
}
