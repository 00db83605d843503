package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/omt-reference/omt/render"
)

// Issue 18, finding 4: text the user or a school wrote must reach the
// terminal as text in every view. Each payload here makes a terminal act:
// an OSC 8 hyperlink, a DCS request that types an answer back into omt, a
// clear screen, C1 controls (CSI, OSC ... ST) and a bidi override.

// injected holds every payload, as text a note or overlay field could hold.
const injected = "Hold \x1b]8;;http://evil\aclick\x1b]8;;\a, \x1bP+q544e\x1b\\, \x1b[2J, \u009b31mred, \u009d0;title\u009c, \u202egnol ,\u2066x\u2069."

// injectedYAML is injected as a YAML double-quoted scalar.
const injectedYAML = `"Hold \e]8;;http://evil\aclick\e]8;;\a, \eP+q544e\e\\, \e[2J, \u009b31mred, \u009d0;title\u009c, \u202egnol ,\u2066x\u2069."`

// injectedShown is the start of injected as every view shows it: each
// control written out, nothing dropped.
const injectedShown = `Hold \x1b]8;;http://evil\aclick\x1b]8;;\a, \x1bP+q544e\x1b\, \x1b[2J, \u009b31mred, \u009d0;title\u009c, \u202egnol ,\u2066x\u2069.`

// assertNothingForTheTerminal fails when out holds a byte or character a
// terminal would act on instead of showing: ESC and the other C0 controls
// but newline and tab, DEL, C1 controls, bidi controls, or bytes that are
// not UTF-8 (a lone 0x9b is CSI to an 8-bit terminal).
func assertNothingForTheTerminal(t *testing.T, where, out string) {
	t.Helper()
	if !utf8.ValidString(out) {
		t.Errorf("%s: the output is not UTF-8", where)
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

func TestOverlayTextReachesNoTerminalRaw(t *testing.T) {
	home := overlayHome(t, map[string]string{"injected.yaml": "id: counterstrain-lumbar\n" +
		"timing: " + injectedYAML + "\n" +
		"steps: [Find the point., " + injectedYAML + "]\n"})
	for _, args := range [][]string{
		{"show", "counterstrain-lumbar"},
		{"show", "counterstrain-lumbar", "--format", "markdown"},
		{"show", "counterstrain-lumbar", "--json"},
		{"list", "--json"},
		{"compare", "counterstrain-lumbar", "cv4"},
	} {
		out, errOut, code := runIn(t, home, args...)
		if code != 0 {
			t.Fatalf("omt %v: exit %d, %s", args, code, errOut)
		}
		where := "omt " + strings.Join(args, " ")
		assertNothingForTheTerminal(t, where, out)
		assertNothingForTheTerminal(t, where+" (stderr)", errOut)
		if strings.Contains(where, "json") {
			var v any
			if err := json.Unmarshal([]byte(out), &v); err != nil {
				t.Errorf("%s: not JSON: %v", where, err)
			}
			if !strings.Contains(out, strings.ReplaceAll(`\x1b]8;;http://evil`, `\`, `\\`)) {
				t.Errorf("%s does not show the overlay's text written out", where)
			}
		} else if strings.HasPrefix(where, "omt show") {
			shown := `\x1b]8;;http://evil\aclick`
			if strings.Contains(where, "markdown") { // which escapes a backslash
				shown = strings.ReplaceAll(shown, `\`, `\\`)
			}
			if !strings.Contains(strings.Join(strings.Fields(out), " "), shown) {
				t.Errorf("%s does not show the overlay's text written out", where)
			}
		}
	}
}

// importInjected imports a note and a bookmark holding the payloads, as a
// file from another machine (or another person) would bring them.
func importInjected(t *testing.T, s session) {
	t.Helper()
	doc, err := json.Marshal(map[string]any{"format": "omt-personal", "version": 1,
		"bookmarks": []map[string]string{{"technique": "evil\x1b]8;;http://evil\a\u202e", "created": "2026-11-01T09:00:00Z"}},
		"notes":     []map[string]string{{"technique": "cv4", "text": injected, "updated": "2026-11-01T09:00:00Z"}},
	})
	if err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(t.TempDir(), "from-elsewhere.json")
	if err := os.WriteFile(file, doc, 0o600); err != nil {
		t.Fatal(err)
	}
	s.mustRun(t, "data", "import", file)
}

func TestUserTextReachesNoTerminalRaw(t *testing.T) {
	s := session{db: filepath.Join(t.TempDir(), "omt.db")}
	importInjected(t, s)
	for _, args := range [][]string{
		{"notes"},
		{"notes", "cv4"},
		{"notes", "--json"},
		{"notes", "cv4", "--json"},
		{"bookmarks"},
		{"bookmarks", "--json"},
		{"data", "export"},
	} {
		out, errOut, code := s.run(t, args...)
		if code != 0 {
			t.Fatalf("omt %v: exit %d, %s", args, code, errOut)
		}
		where := "omt " + strings.Join(args, " ")
		assertNothingForTheTerminal(t, where, out)
		assertNothingForTheTerminal(t, where+" (stderr)", errOut)
	}
	if out := s.mustRun(t, "notes", "cv4"); !strings.Contains(out, injectedShown) {
		t.Errorf("omt notes cv4 does not show the note written out:\n%s", out)
	}
	var notes []render.NoteJSON
	if err := json.Unmarshal([]byte(s.mustRun(t, "notes", "--json")), &notes); err != nil || len(notes) != 1 || notes[0].Text != injectedShown {
		t.Errorf("omt notes --json: %+v (%v); want the text as the views show it", notes, err)
	}
}

// TestDataExportKeepsTheUsersTextExactly: the export escapes what a
// terminal would act on as JSON \u sequences, so that printing it is safe,
// and importing it elsewhere brings back the very text imported here.
func TestDataExportKeepsTheUsersTextExactly(t *testing.T) {
	dir := t.TempDir()
	one := session{db: filepath.Join(dir, "one.db")}
	importInjected(t, one)
	file := filepath.Join(dir, "export.json")
	one.mustRun(t, "data", "export", "--output", file)
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	assertNothingForTheTerminal(t, "the exported file", string(data))
	for _, want := range []string{`\u001b]8;;http://evil`, `\u009b31m`, `\u009d0;title\u009c`, `\u202e`, `\u2066`} {
		if !strings.Contains(string(data), want) {
			t.Errorf("the export lacks %s", want)
		}
	}

	two := session{db: filepath.Join(dir, "two.db")}
	two.mustRun(t, "data", "import", file)
	var doc struct {
		Bookmarks []struct{ Technique string }
		Notes     []struct{ Technique, Text string }
	}
	if err := json.Unmarshal([]byte(two.mustRun(t, "data", "export")), &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Notes) != 1 || doc.Notes[0].Text != injected {
		t.Errorf("after export and import, the note is %+v; want %q exactly", doc.Notes, injected)
	}
	if len(doc.Bookmarks) != 1 || doc.Bookmarks[0].Technique != "evil\x1b]8;;http://evil\a\u202e" {
		t.Errorf("after export and import, the bookmark is %+v", doc.Bookmarks)
	}
}
