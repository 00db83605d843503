package ui

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"testing/fstest"
	"time"
	"unicode/utf8"

	schooloverlay "github.com/omt-reference/omt/techniques/overlay"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

// Issue 18, finding 4, in the browser: a note or an overlay field holding
// escape sequences, C1 controls or bidi overrides is drawn as text.

// injected holds every payload: an OSC 8 hyperlink, a DCS request, a clear
// screen, C1 CSI and OSC ... ST, and bidi controls.
const injected = "Hold \x1b]8;;http://evil\aclick\x1b]8;;\a, \x1bP+q544e\x1b\\, \x1b[2J, \u009b31mred, \u009d0;title\u009c, \u202egnol ,\u2066x\u2069."

// injectedYAML is injected as a YAML double-quoted scalar.
const injectedYAML = `"Hold \e]8;;http://evil\aclick\e]8;;\a, \eP+q544e\e\\, \e[2J, \u009b31mred, \u009d0;title\u009c, \u202egnol ,\u2066x\u2069."`

// sgr is a colour or text attribute, the one escape sequence the browser's
// own styles write.
var sgr = regexp.MustCompile(`\x1b\[[0-9;:]*m`)

// assertDrawnAsText fails when what the browser draws holds, besides its
// own colours, a byte or character a terminal would act on.
func assertDrawnAsText(t *testing.T, where, drawn string) {
	t.Helper()
	out := sgr.ReplaceAllString(drawn, "")
	if !utf8.ValidString(out) {
		t.Errorf("%s: not UTF-8", where)
	}
	for i, r := range out {
		bad := false
		switch {
		case r == '\n' || r == '\t':
		case r < 0x20 || (r >= 0x7f && r <= 0x9f):
			bad = true
		case r == 0x061c, r == 0x200e, r == 0x200f, r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069:
			bad = true
		}
		if bad {
			lo, hi := max(0, i-30), min(len(out), i+30)
			t.Errorf("%s: %U reaches the terminal raw, in %q", where, r, out[lo:hi])
			return
		}
	}
}

// assertDetailDrawnAsText checks the whole detail pane and the screen.
func assertDetailDrawnAsText(t *testing.T, where string, m Model) {
	t.Helper()
	body := strings.Join(m.browse.detail.lines, "\n")
	assertDrawnAsText(t, where+", the detail pane", body)
	assertDrawnAsText(t, where+", the screen", m.View().Content)
	if flat := strings.Join(strings.Fields(ansi.Strip(body)), " "); !strings.Contains(flat, `\x1b]8;;http://evil\aclick`) {
		t.Errorf("%s: the detail pane does not show the text written out:\n%s", where, ansi.Strip(body))
	}
}

func TestImportedNoteIsDrawnAsText(t *testing.T) {
	clock := &studyClock{now: time.Date(2026, 11, 30, 9, 0, 0, 0, time.Local)}
	data, _ := tempData(t, clock)
	s, _, err := data.Open()
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Personal("").SetNote("counterstrain-lumbar", injected, clock.now); err != nil {
		t.Fatal(err)
	}
	m := browseWith(t, data, Options{}, 120, 40)
	m = selectTechnique(t, m, "counterstrain lumbar")
	m = run(t, m, press("enter"))
	assertDetailDrawnAsText(t, "a note in the database", m)
}

// TestNoteFromTheEditorIsDrawnAsText: a note written in $EDITOR is shown
// as the store will read it back, not as the file held it.
func TestNoteFromTheEditorIsDrawnAsText(t *testing.T) {
	clock := &studyClock{now: time.Date(2026, 11, 30, 9, 0, 0, 0, time.Local)}
	data, _ := tempData(t, clock)
	m := browseWith(t, data, Options{}, 120, 40)
	m = selectTechnique(t, m, "counterstrain lumbar")
	m = run(t, m, press("enter"))
	file := filepath.Join(t.TempDir(), "note.txt")
	if err := os.WriteFile(file, []byte(injected+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, msg := range results(m.data.readEdited(noteEditedMsg{id: "counterstrain-lumbar", path: file})) {
		m = run(t, m, msg)
	}
	assertDetailDrawnAsText(t, "a note from the editor", m)
}

func TestOverlayFieldIsDrawnAsText(t *testing.T) {
	c, report := schooloverlay.Apply(realCatalog(t), fstest.MapFS{
		"injected.yaml": {Data: []byte("id: counterstrain-lumbar\ntiming: " + injectedYAML + "\n")},
	})
	if len(report.Skipped()) != 0 {
		t.Fatalf("the overlay was not applied: %+v", report.Problems())
	}
	m := send(t, New(c, Options{}), tea.WindowSizeMsg{Width: 120, Height: 40})
	m = send(t, m, append(append([]tea.Msg{press("/")}, typeText("counterstrain lumbar")...), press("enter"), press("enter"))...)
	assertDetailDrawnAsText(t, "an overlay's timing", m)
}
