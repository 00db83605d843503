package classview

import (
	"strings"
	"testing"
	"time"
)

// names is the roster's names in the order shown.
func (d *driver) names() []string {
	var out []string
	for _, i := range d.p.view.shown() {
		out = append(out, d.p.view.data.roster[i].Name)
	}
	return out
}

func TestRosterOpensWithEveryStudentByName(t *testing.T) {
	d := newDriver(t, 100, 30, false)
	if got := strings.Join(d.names(), ","); got != "ana.lima,b.okafor,c.ng" {
		t.Errorf("roster %s; want the three students by name", got)
	}
	screen := d.screen()
	for _, want := range []string{"1 Roster", "ana.lima", "b.okafor", "c.ng", "3 students"} {
		if !strings.Contains(screen, want) {
			t.Errorf("the roster does not show %q:\n%s", want, screen)
		}
	}
	if strings.Contains(screen, "dr.osei") {
		t.Errorf("the instructor is on the roster:\n%s", screen)
	}
}

func TestRosterSortsAndReverses(t *testing.T) {
	d := newDriver(t, 100, 30, false)
	d.send(press("s")) // by last seen, oldest first
	if got := strings.Join(d.names(), ","); got != "c.ng,b.okafor,ana.lima" {
		t.Errorf("by last seen: %s; want c.ng (20 days ago) first", got)
	}
	if !strings.Contains(d.screen(), "by last seen") {
		t.Errorf("the status does not say the order:\n%s", d.screen())
	}
	d.send(press("S"))
	if got := strings.Join(d.names(), ","); got != "ana.lima,b.okafor,c.ng" {
		t.Errorf("by last seen, reversed: %s; want ana.lima (3 hours ago) first", got)
	}
}

func TestFilterNarrowsAndEscClears(t *testing.T) {
	d := newDriver(t, 100, 30, false)
	d.send(press("/"))
	d.send(typed("okaf q")...) // q types: the filter has focus
	if d.quit || d.p.view.Done() {
		t.Fatal("q in the filter quit the view")
	}
	if got := d.names(); len(got) != 0 {
		t.Errorf("%q keeps %v; want none (no name holds both words)", "okaf q", got)
	}
	d.send(press("backspace"), press("backspace"))
	if got := strings.Join(d.names(), ","); got != "b.okafor" {
		t.Errorf("okaf keeps %s; want b.okafor", got)
	}
	d.send(press("enter"))
	if !strings.Contains(d.screen(), `1 of 3 students match "okaf"`) {
		t.Errorf("the status does not say the filter:\n%s", d.screen())
	}
	d.send(press("esc"))
	if got := len(d.names()); got != 3 {
		t.Errorf("esc left %d students; want the filter cleared", got)
	}
}

func TestEnterDrillsIntoAStudentAndEscComesBack(t *testing.T) {
	d := newDriver(t, 100, 40, false)
	d.send(press("j"), press("enter"))
	if d.p.view.Page() != "student" {
		t.Fatalf("enter on the roster opened %s; want the student", d.p.view.Page())
	}
	screen := d.screen()
	for _, want := range []string{"b.okafor", ben, "Weeks", "Weakest topics", "Decks", "Chapman reflex points"} {
		if !strings.Contains(screen, want) {
			t.Errorf("the drill-in does not show %q:\n%s", want, screen)
		}
	}
	d.send(press("esc"))
	if d.p.view.Page() != "roster" || d.p.view.lists[pageRoster].cursor != 1 {
		t.Errorf("esc went to %s with the cursor on %d; want the roster on b.okafor", d.p.view.Page(), d.p.view.lists[pageRoster].cursor)
	}
}

func TestTabsGoThroughThePages(t *testing.T) {
	d := newDriver(t, 100, 30, false)
	for _, want := range []struct{ page, text string }{
		{"cards", "Failed"}, {"decks", "Chapman reflex points"}, {"assignments", "Nothing is assigned"}, {"roster", "ana.lima"},
	} {
		d.send(press("tab"))
		if d.p.view.Page() != want.page || !strings.Contains(d.screen(), want.text) {
			t.Errorf("tab went to %s; want %s showing %q:\n%s", d.p.view.Page(), want.page, want.text, d.screen())
		}
	}
	d.send(press("3"))
	if d.p.view.Page() != "decks" {
		t.Errorf("3 went to %s; want the decks", d.p.view.Page())
	}
	d.send(press("shift+tab"))
	if d.p.view.Page() != "cards" {
		t.Errorf("shift+tab went to %s; want the cards", d.p.view.Page())
	}
}

func TestAssignTheWeakestDeckFromTheView(t *testing.T) {
	d := newDriver(t, 100, 30, false)
	d.send(press("3"))
	top := d.p.view.data.decks[d.p.view.selected()].Deck
	d.send(press("a"))
	if !strings.Contains(d.screen(), "Due (YYYY-MM-DD): 2026-12-16") {
		t.Fatalf("a on a deck does not offer a due date a week on:\n%s", d.screen())
	}
	d.send(press("enter"))
	got, err := d.store.Class().Assignments()
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || got[0].Decks[0] != top.Name || got[0].ByName != "dr.osei" ||
		got[0].Due.Format("2006-01-02") != "2026-12-16" {
		t.Fatalf("assignments kept: %+v; want %s due 2026-12-16 by dr.osei", got, top.Name)
	}
	if d.p.view.Page() != "assignments" || !strings.Contains(d.screen(), top.Title) || !strings.Contains(d.screen(), "Assigned "+top.Name) {
		t.Errorf("after assigning, the view shows %s:\n%s", d.p.view.Page(), d.screen())
	}
}

func TestAssignDecksPickedFromTheList(t *testing.T) {
	d := newDriver(t, 100, 30, false)
	d.send(press("4"), press("a"))
	d.send(typed("tenets")...)
	d.send(press("tab"))
	for range 6 {
		d.send(press("backspace"))
	}
	d.send(typed("lymph")...)
	d.send(press("tab"), press("enter"))
	for range 10 {
		d.send(press("backspace"))
	}
	d.send(typed("2026-12-0")...)
	d.send(press("enter"))
	if !strings.Contains(d.screen(), "is not a date") {
		t.Errorf("a date cut short is not refused:\n%s", d.screen())
	}
	d.send(typed("1")...) // 2026-12-01: passed
	d.send(press("enter"))
	if !strings.Contains(d.screen(), "has passed") {
		t.Errorf("a date that has passed is not refused:\n%s", d.screen())
	}
	d.send(press("backspace"), press("backspace"))
	d.send(typed("20")...)
	d.send(press("enter"))
	got, _ := d.store.Class().Assignments()
	if len(got) != 1 || strings.Join(got[0].Decks, ",") != "map/tenets,map/lymphatic-sequence" {
		t.Fatalf("assignments kept: %+v; want tenets and the lymphatic sequence", got)
	}
	if due := got[0].Due.In(time.UTC); due.Format("2006-01-02 15:04") != "2026-12-20 23:59" {
		t.Errorf("due %v; want the end of 2026-12-20", due)
	}
	// Enter on it lists who has finished: nobody yet.
	d.send(press("enter"))
	screen := d.screen()
	if d.p.view.Page() != "assignment" || !strings.Contains(screen, "0 of 3 finished") || !strings.Contains(screen, "c.ng") {
		t.Errorf("the assignment's students:\n%s", screen)
	}
}

func TestEscLeavesTheFormAndNothingIsAssigned(t *testing.T) {
	d := newDriver(t, 100, 30, false)
	d.send(press("4"), press("a"), press("enter"), press("esc"), press("esc"))
	if d.p.view.form != nil {
		t.Fatal("esc twice did not leave the form")
	}
	if got, _ := d.store.Class().Assignments(); len(got) != 0 {
		t.Errorf("leaving the form assigned %+v", got)
	}
}

func TestQuitAndCtrlC(t *testing.T) {
	d := newDriver(t, 80, 24, false)
	d.send(press("q"))
	if !d.quit {
		t.Error("q did not end the program")
	}
	d = newDriver(t, 80, 24, false)
	d.send(press("/"), press("ctrl+c"))
	if !d.quit {
		t.Error("ctrl+c in the filter did not end the program")
	}
}
