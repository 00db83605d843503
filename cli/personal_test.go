package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/omt-reference/omt/render"
	"github.com/omt-reference/omt/store"
)

// session is one run of omt over a database of the test's own: the time it
// takes as now, what it reads on standard input, more environment, and
// whether it runs on a terminal.
type session struct {
	db, now  string
	stdin    string
	env      []string
	terminal bool
}

func (s session) run(t *testing.T, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	now := s.now
	if now == "" {
		now = "2026-11-30T09:00:00Z"
	}
	var out, errOut bytes.Buffer
	env := append([]string{"TERM=xterm", "OMT_DATABASE=" + s.db, "OMT_NOW=" + now}, s.env...)
	code = Run(context.Background(), args, IO{In: strings.NewReader(s.stdin), Out: &out, Err: &errOut,
		Env: env, IsTerminal: s.terminal})
	return out.String(), errOut.String(), code
}

// mustRun runs omt and fails the test unless it exits 0.
func (s session) mustRun(t *testing.T, args ...string) string {
	t.Helper()
	out, errOut, code := s.run(t, args...)
	if code != 0 {
		t.Fatalf("omt %v: exit %d, %s", args, code, errOut)
	}
	return out
}

// bookmarksJSON reads omt bookmarks --json.
func bookmarksJSON(t *testing.T, s session) []render.BookmarkJSON {
	t.Helper()
	var out []render.BookmarkJSON
	if err := json.Unmarshal([]byte(s.mustRun(t, "bookmarks", "--json")), &out); err != nil {
		t.Fatal(err)
	}
	return out
}

func bookmarkIDs(marks []render.BookmarkJSON) string {
	return strings.Join(mapSlice(marks, func(b render.BookmarkJSON) string { return b.ID }), " ")
}

// withStore opens the test's database directly, as the browser would.
func withStore(t *testing.T, db string, do func(p *store.Personal)) {
	t.Helper()
	s, _, err := store.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	do(s.Personal(""))
}

func TestBookmarksSurviveRuns(t *testing.T) {
	db := filepath.Join(t.TempDir(), "omt.db")
	first := session{db: db, now: "2026-11-30T09:00:00Z"}
	later := session{db: db, now: "2026-11-30T10:00:00Z"}
	out := first.mustRun(t, "bookmarks", "add", "counterstrain-lumbar", "rib-raising")
	if !strings.Contains(out, "Bookmarked Counterstrain, lumbar spine (counterstrain-lumbar).") {
		t.Errorf("add does not say what it bookmarked: %q", out)
	}
	later.mustRun(t, "bookmarks", "add", "hvla-lumbar")
	if got := bookmarkIDs(bookmarksJSON(t, later)); got != "hvla-lumbar counterstrain-lumbar rib-raising" &&
		got != "hvla-lumbar rib-raising counterstrain-lumbar" {
		t.Errorf("bookmarks, most recent first: %s", got)
	}
	out = later.mustRun(t, "bookmarks", "add", "hvla-lumbar")
	if !strings.Contains(out, "already bookmarked") {
		t.Errorf("bookmarking twice: %q", out)
	}
	if marks := bookmarksJSON(t, later); marks[0].Bookmarked.Hour() != 10 || !marks[0].InCatalogue || marks[0].Name == "" {
		t.Errorf("a second add moved the bookmark or lost its name: %+v", marks[0])
	}

	_, errOut, code := later.run(t, "bookmarks", "add", "cv4", "counterstrain-lumbr")
	if code != 1 || !strings.Contains(errOut, "did you mean: counterstrain-lumbar") {
		t.Errorf("an unknown id: exit %d, %q; want 1 and suggestions", code, errOut)
	}
	if got := bookmarkIDs(bookmarksJSON(t, later)); strings.Contains(got, "cv4") {
		t.Errorf("a command with a typo in it bookmarked the rest: %s", got)
	}

	out = later.mustRun(t, "bookmarks", "rm", "rib-raising", "cv4")
	if !strings.Contains(out, "Removed the bookmark on Rib raising") || !strings.Contains(out, "(cv4) was not bookmarked") {
		t.Errorf("rm: %q", out)
	}
	if got := bookmarkIDs(bookmarksJSON(t, later)); got != "hvla-lumbar counterstrain-lumbar" {
		t.Errorf("after rm: %s", got)
	}
	out = later.mustRun(t, "bookmarks")
	if !strings.HasPrefix(out, "BOOKMARKED") || !strings.Contains(out, "hvla-lumbar") || !strings.Contains(out, "Counterstrain, lumbar spine") {
		t.Errorf("the text list:\n%s", out)
	}
}

func TestBookmarksKeepTechniquesTheCatalogueLost(t *testing.T) {
	db := filepath.Join(t.TempDir(), "omt.db")
	s := session{db: db}
	withStore(t, db, func(p *store.Personal) {
		if err := p.SetBookmark("retired-technique", true, time.Date(2026, 1, 2, 3, 4, 0, 0, time.UTC)); err != nil {
			t.Fatal(err)
		}
	})
	marks := bookmarksJSON(t, s)
	if len(marks) != 1 || marks[0].ID != "retired-technique" || marks[0].InCatalogue || marks[0].Name != "" {
		t.Fatalf("a bookmark on a technique no longer in the catalogue: %+v", marks)
	}
	if out := s.mustRun(t, "bookmarks"); !strings.Contains(out, "retired-technique  (not in the catalogue)") {
		t.Errorf("the text list does not mark it:\n%s", out)
	}
	if out := s.mustRun(t, "bookmarks", "rm", "retired-technique"); !strings.Contains(out, "Removed the bookmark") {
		t.Errorf("rm of a bookmark the catalogue lost: %q", out)
	}
	if _, _, code := s.run(t, "bookmarks", "add", "retired-technique"); code != 1 {
		t.Errorf("bookmarking an id the catalogue lacks: exit %d, want 1", code)
	}
}

func TestHistoryListsWhatWasOpened(t *testing.T) {
	db := filepath.Join(t.TempDir(), "omt.db")
	s := session{db: db}
	at := time.Date(2026, 11, 30, 8, 0, 0, 0, time.UTC)
	withStore(t, db, func(p *store.Personal) {
		for i, v := range []store.Visit{
			{Kind: store.VisitCondition, ID: "low-back-pain"},
			{Kind: store.VisitTechnique, ID: "counterstrain-lumbar"},
			{Kind: store.VisitTechnique, ID: "retired-technique"},
		} {
			if err := p.Visit(v.Kind, v.ID, at.Add(time.Duration(i)*time.Minute)); err != nil {
				t.Fatal(err)
			}
		}
	})
	var visits []render.VisitJSON
	if err := json.Unmarshal([]byte(s.mustRun(t, "history", "--json")), &visits); err != nil {
		t.Fatal(err)
	}
	if len(visits) != 3 {
		t.Fatalf("history has %d visits, want 3: %+v", len(visits), visits)
	}
	want := []render.VisitJSON{
		{Kind: store.VisitTechnique, ID: "retired-technique", InCatalogue: false, Visited: at.Add(2 * time.Minute)},
		{Kind: store.VisitTechnique, ID: "counterstrain-lumbar", Name: "Counterstrain, lumbar spine", InCatalogue: true, Visited: at.Add(time.Minute)},
		{Kind: store.VisitCondition, ID: "low-back-pain", InCatalogue: true, Visited: at},
	}
	for i, w := range want {
		got := visits[i]
		if got.Kind != w.Kind || got.ID != w.ID || got.InCatalogue != w.InCatalogue || !got.Visited.Equal(w.Visited) ||
			(w.Name != "" && got.Name != w.Name) || (w.InCatalogue && got.Name == "") {
			t.Errorf("visit %d: %+v, want %+v", i, got, w)
		}
	}
	out := s.mustRun(t, "history", "--limit", "1")
	if lines := strings.Split(strings.TrimSpace(out), "\n"); len(lines) != 2 || !strings.Contains(lines[1], "retired-technique  (not in the catalogue)") {
		t.Errorf("history --limit 1:\n%s", out)
	}
	if _, errOut, code := s.run(t, "history", "--limit", "0"); code != 2 || !strings.Contains(errOut, "1 to 200") {
		t.Errorf("--limit 0: exit %d, %q", code, errOut)
	}
}
