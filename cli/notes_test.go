package cli

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/omt-reference/omt/render"
)

// noteText is the note on id as omt notes --json reads it, or "" for none.
func noteText(t *testing.T, s session, id string) string {
	t.Helper()
	out, _, code := s.run(t, "notes", id, "--json")
	if code != 0 {
		return ""
	}
	var n render.NoteJSON
	if err := json.Unmarshal([]byte(out), &n); err != nil {
		t.Fatal(err)
	}
	return n.Text
}

func TestNotesSetShowListDelete(t *testing.T) {
	db := filepath.Join(t.TempDir(), "omt.db")
	s := session{db: db}
	out := s.mustRun(t, "notes", "counterstrain-lumbar", "--set", "Lab B holds 120 s.")
	if !strings.Contains(out, "Saved your note on Counterstrain, lumbar spine") {
		t.Errorf("--set: %q", out)
	}
	out = s.mustRun(t, "notes", "counterstrain-lumbar")
	if !strings.HasPrefix(out, "Counterstrain, lumbar spine\n") || !strings.Contains(out, "your own note, not from a source") ||
		!strings.HasSuffix(out, "\nLab B holds 120 s.\n") {
		t.Errorf("a note is shown under the technique's name, marked as the user's own:\n%s", out)
	}

	piped := session{db: db, stdin: "From the lab handout.\nSecond line.\n\n"}
	piped.mustRun(t, "notes", "rib-raising", "--set", "-")
	var n render.NoteJSON
	if err := json.Unmarshal([]byte(s.mustRun(t, "notes", "rib-raising", "--json")), &n); err != nil {
		t.Fatal(err)
	}
	if n.Text != "From the lab handout.\nSecond line." || n.Source != render.NoteSource || n.Name != "Rib raising" {
		t.Errorf("--set - from standard input: %+v", n)
	}

	var all []render.NoteJSON
	if err := json.Unmarshal([]byte(s.mustRun(t, "notes", "--json")), &all); err != nil {
		t.Fatal(err)
	}
	if len(all) != 2 || all[0].ID != "counterstrain-lumbar" || all[1].ID != "rib-raising" {
		t.Errorf("notes --json: %+v", all)
	}
	if out := s.mustRun(t, "notes"); !strings.Contains(out, "rib-raising") || !strings.Contains(out, "From the lab handout. Second line.") {
		t.Errorf("the list shows each note's start on one line:\n%s", out)
	}

	if out := s.mustRun(t, "notes", "rib-raising", "--set", ""); !strings.Contains(out, "deleted") {
		t.Errorf("an empty --set does not say it deleted: %q", out)
	}
	if _, errOut, code := s.run(t, "notes", "rib-raising"); code != 1 || !strings.Contains(errOut, "no note of yours on Rib raising") {
		t.Errorf("a deleted note: exit %d, %q", code, errOut)
	}
	if _, errOut, code := s.run(t, "notes", "counterstrain-lumbr", "--set", "x"); code != 1 || !strings.Contains(errOut, "counterstrain-lumbar") {
		t.Errorf("a note on an unknown id: exit %d, %q", code, errOut)
	}
	for _, args := range [][]string{
		{"notes", "--set", "x"},
		{"notes", "cv4", "--set", "x", "--edit"},
		{"notes", "cv4", "--set", "x", "--json"},
		{"notes", "cv4", "--set", "bad \xff byte"},
	} {
		if _, _, code := s.run(t, args...); code != 2 {
			t.Errorf("omt %q: exit %d, want 2", args, code)
		}
	}
}
