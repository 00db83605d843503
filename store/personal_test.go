package store

import (
	"fmt"
	"slices"
	"testing"
	"time"
)

func TestBookmarks(t *testing.T) {
	s, _ := openTemp(t)
	p := s.Personal("")
	if err := p.SetBookmark("first", true, t0); err != nil {
		t.Fatal(err)
	}
	if err := p.SetBookmark("second", true, t0.Add(time.Minute)); err != nil {
		t.Fatal(err)
	}
	// Bookmarking again keeps the original time.
	if err := p.SetBookmark("first", true, t0.Add(time.Hour)); err != nil {
		t.Fatal(err)
	}
	marks, err := p.Bookmarks()
	if err != nil {
		t.Fatal(err)
	}
	want := []Bookmark{{"second", t0.Add(time.Minute)}, {"first", t0}}
	if !slices.EqualFunc(marks, want, func(a, b Bookmark) bool {
		return a.TechniqueID == b.TechniqueID && a.Created.Equal(b.Created)
	}) {
		t.Errorf("Bookmarks() = %v, want %v (most recent first)", marks, want)
	}

	on, err := p.ToggleBookmark("first", t0)
	if err != nil || on {
		t.Errorf("toggling a bookmarked technique: on=%v, %v", on, err)
	}
	on, err = p.ToggleBookmark("third", t0)
	if err != nil || !on {
		t.Errorf("toggling a technique without a bookmark: on=%v, %v", on, err)
	}
	if err := p.SetBookmark("second", false, t0); err != nil {
		t.Fatal(err)
	}
	for id, want := range map[string]bool{"first": false, "second": false, "third": true} {
		if got, err := p.Bookmarked(id); err != nil || got != want {
			t.Errorf("Bookmarked(%s) = %v, %v; want %v", id, got, err, want)
		}
	}
}

func TestHistoryMovesARevisitToTheTopAndKeepsTheLatest200(t *testing.T) {
	s, _ := openTemp(t)
	p := s.Personal("")
	other := s.Personal("someone else")
	if err := other.Visit(VisitCondition, "kept", t0); err != nil {
		t.Fatal(err)
	}
	for i := range HistoryLimit + 50 {
		if err := p.Visit(VisitTechnique, fmt.Sprintf("t%03d", i), t0.Add(time.Duration(i)*time.Second)); err != nil {
			t.Fatal(err)
		}
	}
	if err := p.Visit(VisitCondition, "t100", t0.Add(time.Hour)); err != nil { // same id, other kind
		t.Fatal(err)
	}
	if err := p.Visit(VisitTechnique, "t100", t0.Add(2*time.Hour)); err != nil {
		t.Fatal(err)
	}
	visits, err := p.History(1000)
	if err != nil {
		t.Fatal(err)
	}
	if len(visits) != HistoryLimit {
		t.Fatalf("History kept %d visits, want %d", len(visits), HistoryLimit)
	}
	top := []Visit{
		{VisitTechnique, "t100", t0.Add(2 * time.Hour)},
		{VisitCondition, "t100", t0.Add(time.Hour)},
		{VisitTechnique, "t249", t0.Add(249 * time.Second)},
	}
	for i, w := range top {
		if v := visits[i]; v.Kind != w.Kind || v.ID != w.ID || !v.At.Equal(w.At) {
			t.Errorf("visit %d = %+v, want %+v", i, v, w)
		}
	}
	seen := map[Visit]int{}
	for _, v := range visits {
		seen[Visit{Kind: v.Kind, ID: v.ID}]++
	}
	if n := seen[Visit{Kind: VisitTechnique, ID: "t100"}]; n != 1 {
		t.Errorf("the revisited technique is in the history %d times, want once", n)
	}
	// 250 techniques keep t050-t249; the condition pushes t050 out; moving
	// t100 up pushes nothing out, so the oldest left is t051.
	if last := visits[len(visits)-1]; last.ID != "t051" {
		t.Errorf("the oldest visit kept is %s, want t051", last.ID)
	}
	if got, _ := other.History(10); len(got) != 1 || got[0].ID != "kept" {
		t.Errorf("trimming one profile's history touched another's: %v", got)
	}
	if err := p.Visit("page", "x", t0); err == nil {
		t.Error("a visit of an unknown kind was stored")
	}
}

func TestNotes(t *testing.T) {
	s, _ := openTemp(t)
	p := s.Personal("")
	if err := p.SetNote("b-tech", "first thoughts", t0); err != nil {
		t.Fatal(err)
	}
	if err := p.SetNote("b-tech", "our lab holds 120 s\n", t0.Add(time.Hour)); err != nil {
		t.Fatal(err)
	}
	if err := p.SetNote("a-tech", "another", t0); err != nil {
		t.Fatal(err)
	}
	n, ok, err := p.Note("b-tech")
	if err != nil || !ok || n.Text != "our lab holds 120 s\n" || !n.Updated.Equal(t0.Add(time.Hour)) {
		t.Errorf("Note(b-tech) = %+v, %v, %v", n, ok, err)
	}
	notes, _ := p.Notes()
	if len(notes) != 2 || notes[0].TechniqueID != "a-tech" || notes[1].TechniqueID != "b-tech" {
		t.Errorf("Notes() = %+v, want a-tech then b-tech", notes)
	}
	if err := p.SetNote("a-tech", " \n\t", t0); err != nil {
		t.Fatal(err)
	}
	if _, ok, _ := p.Note("a-tech"); ok {
		t.Error("a blank note did not delete the note")
	}
}

func TestSettings(t *testing.T) {
	s, _ := openTemp(t)
	p := s.Personal("")
	if _, ok, err := p.Setting("retention"); ok || err != nil {
		t.Errorf("an unset setting: ok=%v, %v", ok, err)
	}
	for _, v := range []string{"0.90", "0.85"} {
		if err := p.SetSetting("retention", v); err != nil {
			t.Fatal(err)
		}
	}
	if v, ok, err := p.Setting("retention"); v != "0.85" || !ok || err != nil {
		t.Errorf("Setting(retention) = %q, %v, %v; want the last value", v, ok, err)
	}
	if err := p.DeleteSetting("retention"); err != nil {
		t.Fatal(err)
	}
	if _, ok, _ := p.Setting("retention"); ok {
		t.Error("a deleted setting is still there")
	}
}

// TestPersonalDataSurvivesARestart closes the store and opens the file
// again, as the next run of omt would.
func TestPersonalDataSurvivesARestart(t *testing.T) {
	s, path := openTemp(t)
	p := s.Personal("")
	steps := []error{
		p.SetBookmark("t1", true, t0),
		p.Visit(VisitCondition, "low-back-pain", t0),
		p.SetNote("t1", "mine", t0),
		p.SetSetting("last-screen", "detail:t1"),
	}
	for _, err := range steps {
		if err != nil {
			t.Fatal(err)
		}
	}
	s.Close()

	again, _, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer again.Close()
	p = again.Personal("")
	if on, _ := p.Bookmarked("t1"); !on {
		t.Error("the bookmark was lost")
	}
	if h, _ := p.History(1); len(h) != 1 || h[0].ID != "low-back-pain" {
		t.Errorf("history after a restart: %v", h)
	}
	if n, _, _ := p.Note("t1"); n.Text != "mine" {
		t.Errorf("note after a restart: %q", n.Text)
	}
	if v, _, _ := p.Setting("last-screen"); v != "detail:t1" {
		t.Errorf("setting after a restart: %q", v)
	}
}
