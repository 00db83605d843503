package store

import (
	"bytes"
	"testing"
	"time"

	"github.com/omt-reference/omt/safetext"
)

// TestReadsShowTextExportsItExactly (issue 18, finding 4): every read of the
// user's text gives it as a terminal may show it, with its controls written
// out, while the database keeps, and ExportJSON carries, the text as written.
func TestReadsShowTextExportsItExactly(t *testing.T) {
	s, _ := openTemp(t)
	p := s.Personal("")
	text := "Hold \x1b]8;;http://evil\aclick\x1b]8;;\a \u009b31m \u202e"
	id := "evil\x1bP+q544e\x1b\\"
	must(t, p.SetNote("cv4", text, t0), p.SetNote(id, "x", t0), p.SetBookmark(id, true, t0),
		p.Visit(VisitTechnique, id, t0))

	n, ok, err := p.Note("cv4")
	if err != nil || !ok || n.Text != safetext.Visible(text) {
		t.Errorf("Note: %q, %v, %v; want %q", n.Text, ok, err, safetext.Visible(text))
	}
	notes, err := p.Notes()
	if err != nil || len(notes) != 2 {
		t.Fatalf("Notes: %+v, %v", notes, err)
	}
	bookmarks, err := p.Bookmarks()
	if err != nil || len(bookmarks) != 1 {
		t.Fatalf("Bookmarks: %+v, %v", bookmarks, err)
	}
	visits, err := p.History(10)
	if err != nil || len(visits) != 1 {
		t.Fatalf("History: %+v, %v", visits, err)
	}
	for what, got := range map[string]string{
		"a note's text": notes[0].Text + notes[1].Text, "a note's id": notes[0].TechniqueID + notes[1].TechniqueID,
		"a bookmark's id": bookmarks[0].TechniqueID, "a visit's id": visits[0].ID,
	} {
		if !safetext.IsSafe(got) {
			t.Errorf("%s is read raw: %q", what, got)
		}
	}

	var doc bytes.Buffer
	if err := p.ExportJSON(&doc, t0.Add(time.Hour)); err != nil {
		t.Fatal(err)
	}
	if !safetext.IsSafe(doc.String()) {
		t.Errorf("the export holds raw controls:\n%s", doc.String())
	}
	other, _ := openTemp(t)
	if _, err := other.Personal("").ImportJSON(&doc); err != nil {
		t.Fatal(err)
	}
	stored, _, err := other.Personal("").storedNote("cv4")
	if err != nil || stored.Text != text {
		t.Errorf("after export and import the note is %q (%v); want %q exactly", stored.Text, err, text)
	}
	marks, err := other.Personal("").storedBookmarks()
	if err != nil || len(marks) != 1 || marks[0].TechniqueID != id {
		t.Errorf("after export and import the bookmarks are %+v (%v); want %q exactly", marks, err, id)
	}
}
