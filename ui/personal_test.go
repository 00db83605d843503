package ui

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/exp/golden"
)

// browseWith opens the browser over a database, running what Init asks
// (the bookmarks and notes read, the last item reopened for --resume).
func browseWith(t *testing.T, data *UserData, opts Options, w, h int) Model {
	t.Helper()
	opts.Data = data
	c := realCatalog(t)
	if data.deck == nil {
		data.deck = &deck{}
		data.deck.load(c) // once, here: under the race detector it takes a while
	}
	m := New(c, opts)
	m = send(t, m, tea.WindowSizeMsg{Width: w, Height: h})
	cmds := []tea.Cmd{m.data.loadMine()}
	if opts.Resume {
		cmds = append(cmds, m.data.lastVisit())
	}
	for _, cmd := range cmds {
		for _, msg := range results(cmd) {
			m = run(t, m, msg)
		}
	}
	return m
}

func selectTechnique(t *testing.T, m Model, query string) Model {
	t.Helper()
	m = searchFor(t, m, query)
	return run(t, m, press("enter"))
}

// TestBookmarksNotesAndHistorySurviveARestart: a bookmark, a note and the
// techniques opened are there in the next run, shown and listed.
func TestBookmarksNotesAndHistorySurviveARestart(t *testing.T) {
	clock := &studyClock{now: time.Date(2026, 11, 30, 9, 0, 0, 0, time.Local)}
	data, _ := tempData(t, clock)
	m := browseWith(t, data, Options{}, 120, 40)
	m = selectTechnique(t, m, "counterstrain lumbar")
	m = run(t, m, press("enter")) // open it: a visit
	m = run(t, m, press("b"))
	if !strings.Contains(screen(m), "Bookmarked Counterstrain, lumbar spine") {
		t.Fatalf("b did not say it bookmarked:\n%s", screen(m))
	}
	m = send(t, m, press("e"))
	if _, ok := m.overlay.(*noteEditor); !ok {
		t.Fatalf("e opened %T", m.overlay)
	}
	m = send(t, m, typeText("Lab B holds 120 s; quit keeps typing q")...) // the cursor's blink is not run
	m = run(t, m, press("esc"))
	if m.overlay != nil {
		t.Fatalf("esc should save and close the note; %T is open", m.overlay)
	}
	if body := strings.Join(m.browse.detail.lines, "\n"); !strings.Contains(body, MyNoteTitle) || !strings.Contains(body, "Lab B holds 120 s") {
		t.Errorf("the detail does not show the note under the entry:\n%s", body)
	}

	// The next run.
	clock.now = clock.now.Add(time.Hour)
	next := browseWith(t, data, Options{}, 120, 40)
	next = selectTechnique(t, next, "counterstrain lumbar")
	s := screen(next)
	if !strings.Contains(s, "bookmarked") {
		t.Errorf("the bookmark is not shown after a restart:\n%s", s)
	}
	if !next.browse.detail.mine.bookmarks["counterstrain-lumbar"] || next.browse.mine.notes["counterstrain-lumbar"] != "Lab B holds 120 s; quit keeps typing q" {
		t.Errorf("after a restart: %+v", next.browse.mine)
	}
	next = run(t, next, press("esc"))
	next = run(t, next, press("B"))
	v, ok := next.overlay.(*bookmarksView)
	if !ok {
		t.Fatalf("B opened %T", next.overlay)
	}
	if len(v.visits) < 2 || v.visits[0].id != "counterstrain-lumbar" {
		t.Errorf("bookmarks and history: %+v", v.visits)
	}
}

// TestBookmarkOpensFromAnywhere: choosing a bookmark opens the technique even
// when the list is filtered to exclude it, and --resume reopens the last.
func TestBookmarkOpensFromAnywhere(t *testing.T) {
	clock := &studyClock{now: time.Date(2026, 11, 30, 9, 0, 0, 0, time.Local)}
	data, _ := tempData(t, clock)
	m := browseWith(t, data, Options{}, 120, 40)
	m = selectTechnique(t, m, "cv4")
	m = run(t, m, press("b"))
	m = run(t, m, press("enter"))
	m = run(t, m, press("esc"))
	m = run(t, m, press("esc"))
	m = searchFor(t, m, "thrust")
	m = run(t, m, press("enter"))
	m = run(t, m, press("B"))
	m = run(t, m, press("enter"))
	if sel, ok := m.browse.list.Selected(); !ok || sel.ID != "cv4" || m.overlay != nil {
		t.Errorf("the bookmark opened %q (overlay %T)", sel.ID, m.overlay)
	}
	clock.now = clock.now.Add(time.Minute)
	resumed := browseWith(t, data, Options{Resume: true}, 120, 40)
	if sel, ok := resumed.browse.list.Selected(); !ok || sel.ID != "cv4" {
		t.Errorf("--resume opened %q; want the last technique opened, cv4", sel.ID)
	}
}

func TestPersonalKeysWithoutData(t *testing.T) {
	m := realSized(t, 100, 30, Options{})
	for _, k := range []string{"b", "B", "e"} {
		if n := send(t, m, press(k)); n.overlay != nil || !strings.Contains(screen(n), "need the local database") {
			t.Errorf("%s without a database: %T;\n%s", k, n.overlay, screen(n))
		}
	}
}

// TestGoldenPersonalScreens pins the bookmarks list and a note at the three
// sizes; rerun with -update after a deliberate change.
func TestGoldenPersonalScreens(t *testing.T) {
	for _, size := range [][2]int{{120, 40}, {80, 24}, {50, 16}} {
		clock := &studyClock{now: time.Date(2026, 11, 30, 9, 0, 0, 0, time.Local)}
		data, _ := tempData(t, clock)
		m := browseWith(t, data, Options{}, size[0], size[1])
		for _, q := range []string{"cv4", "counterstrain lumbar"} {
			m = selectTechnique(t, m, q)
			m = run(t, m, press("b"))
			m = run(t, m, press("enter"))
			clock.now = clock.now.Add(10 * time.Minute)
			m = run(t, m, press("esc"))
			m = run(t, m, press("esc"))
		}
		m = selectTechnique(t, m, "counterstrain lumbar")
		m = send(t, m, press("e"))
		m = send(t, m, typeText("Lab B: hold 120 s for rib points.")...)
		shot := func(name string, m Model) {
			t.Run(fmt.Sprintf("%s_%dx%d", name, size[0], size[1]), func(t *testing.T) {
				assertFits(t, screen(m), size[0], size[1])
				golden.RequireEqual(t, asciiScreen(t, m))
			})
		}
		shot("note-editor", m)
		m = run(t, m, press("esc"))
		m = run(t, m, press("enter"))
		m = run(t, m, press("G"))
		shot("note-shown", m)
		m = run(t, m, press("esc"))
		shot("bookmarks", run(t, m, press("B")))
	}
}

// TestNoteInTheUsersEditor: with an editor set, e writes the note to a file
// for it; what the editor leaves is saved and the file removed; an editor
// that fails keeps the note as it was and says where the text is.
func TestNoteInTheUsersEditor(t *testing.T) {
	clock := &studyClock{now: time.Date(2026, 11, 30, 9, 0, 0, 0, time.Local)}
	data, _ := tempData(t, clock)
	m := browseWith(t, data, Options{Editor: "vi"}, 120, 40)
	m = selectTechnique(t, m, "cv4")
	next, cmd := m.Update(press("e"))
	m = next.(Model)
	if m.overlay != nil || cmd == nil {
		t.Fatalf("with an editor set, e should not open the text area (%T)", m.overlay)
	}
	file, ok := cmd().(noteFileMsg)
	if !ok || file.err != nil {
		t.Fatalf("e wrote no file for the editor: %+v", file)
	}
	if m.runEditor(file) == nil {
		t.Fatal("no command to run the editor")
	}
	if err := os.WriteFile(file.path, []byte("Seen at the lab: 3 cycles.\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	m = run(t, m, m.data.readEdited(noteEditedMsg{id: file.id, path: file.path})())
	if m.browse.mine.notes["cv4"] != "Seen at the lab: 3 cycles." {
		t.Errorf("the edited note was not saved: %q", m.browse.mine.notes["cv4"])
	}
	if _, err := os.Stat(file.path); err == nil {
		t.Error("the temporary file was left behind after a save")
	}
	kept := filepath.Join(t.TempDir(), "kept.txt")
	_ = os.WriteFile(kept, []byte("half a thought"), 0o600)
	m = run(t, m, m.data.readEdited(noteEditedMsg{id: "cv4", path: kept, err: errors.New("exit status 1")})())
	if m.browse.mine.notes["cv4"] != "Seen at the lab: 3 cycles." || !strings.Contains(m.status, kept) {
		t.Errorf("a failed editor: note %q;\n%s", m.browse.mine.notes["cv4"], screen(m))
	}
}
