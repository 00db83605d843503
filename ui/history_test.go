package ui

import (
	"reflect"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/omt-reference/omt/store"
)

// history reads what the store remembers as opened, most recent first, as
// kind:id.
func history(t *testing.T, data *UserData) []string {
	t.Helper()
	s, _, err := data.Open()
	if err != nil {
		t.Fatal(err)
	}
	vs, err := s.Personal(data.Profile).History(store.HistoryLimit)
	if err != nil {
		t.Fatal(err)
	}
	out := make([]string, len(vs))
	for i, v := range vs {
		out[i] = string(v.Kind) + ":" + v.ID
	}
	return out
}

// runAll runs a command as the runtime would, a sequence one command after
// another, and collects what they answer.
func runAll(cmd tea.Cmd) []tea.Msg {
	if cmd == nil {
		return nil
	}
	msg := cmd()
	switch msg := msg.(type) {
	case nil:
		return nil
	case tea.BatchMsg:
		var out []tea.Msg
		for _, c := range msg {
			out = append(out, runAll(c)...)
		}
		return out
	}
	// tea.Sequence answers an unexported slice of commands.
	if v := reflect.ValueOf(msg); v.Kind() == reflect.Slice && v.Type().Elem() == reflect.TypeFor[tea.Cmd]() {
		var out []tea.Msg
		for i := range v.Len() {
			out = append(out, runAll(v.Index(i).Interface().(tea.Cmd))...)
		}
		return out
	}
	return []tea.Msg{msg}
}

// TestOpenedFromAnyRouteIsRemembered: a technique whose page is shown is in
// the history, however it got there: a search and Enter, the condition
// overview, a technique named on a map, a comparison. The keys typed are
// sent; the keys that open are run with their commands, as the runtime would.
func TestOpenedFromAnyRouteIsRemembered(t *testing.T) {
	typed := func(q string) []tea.Msg { return append([]tea.Msg{press("/")}, typeText(q)...) }
	chosen := append(append([]tea.Msg{press("c")}, typeText("low back pain")...), press("enter"))
	tests := []struct {
		name          string
		w, h          int
		typed, opened []tea.Msg
		want          string // the technique id; "" is the one the list has selected at the end
	}{
		{"search, wide", 120, 35, typed("cv4"), []tea.Msg{press("enter")}, "cv4"},
		{"search, narrow", 60, 20, typed("cv4"), []tea.Msg{press("enter"), press("enter")}, "cv4"},
		{"overview, wide", 120, 35, chosen, []tea.Msg{press("j")}, ""},
		{"overview, narrow", 60, 20, chosen, []tea.Msg{press("j"), press("enter")}, ""},
		// A map row names its techniques by id; the user searches the id.
		{"map's technique, wide", 120, 35, append(append(typed("AL3"), press("enter"), press("esc")), typed("counterstrain-lumbar")...),
			[]tea.Msg{press("enter")}, "counterstrain-lumbar"},
		// The comparison opens on the technique on show, and keeps it.
		{"compare, wide", 120, 35, typed("muscle energy lumbar"),
			append(append([]tea.Msg{press("enter"), press("=")}, typeText("hvla")...), press("enter"), press("esc")), "muscle-energy-lumbar"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			clock := &studyClock{now: time.Date(2026, 11, 30, 9, 0, 0, 0, time.Local)}
			data, _ := tempData(t, clock)
			m := browseWith(t, data, Options{}, tc.w, tc.h)
			m = send(t, m, tc.typed...)
			for _, k := range tc.opened {
				m = run(t, m, k)
			}
			want := tc.want
			if want == "" {
				sel, ok := m.browse.list.Selected()
				if !ok {
					t.Fatalf("no technique selected: %s", selectedID(m))
				}
				want = sel.ID
			}
			if got := history(t, data); len(got) == 0 || got[0] != "technique:"+want {
				t.Errorf("the history after opening %s: %v", want, got)
			}
		})
	}
}

// TestBookmarkOpenedIsRemembered: a technique opened from the bookmarks is
// the history's latest.
func TestBookmarkOpenedIsRemembered(t *testing.T) {
	clock := &studyClock{now: time.Date(2026, 11, 30, 9, 0, 0, 0, time.Local)}
	data, _ := tempData(t, clock)
	m := browseWith(t, data, Options{}, 120, 35)
	m = selectTechnique(t, m, "cv4")
	m = run(t, m, press("b"))
	m = send(t, m, press("esc"), press("esc"))
	m = selectTechnique(t, m, "thrust")
	m = run(t, m, press("B"))
	run(t, m, press("enter"))
	if got := history(t, data); len(got) == 0 || got[0] != "technique:cv4" {
		t.Errorf("after opening the bookmark on cv4, the history is %v", got)
	}
}

// TestQuitKeepsWhatWasOpened: q right after a search's Enter, before the
// visit's command has run, still leaves the technique in the history, and
// --resume opens it in the next run.
func TestQuitKeepsWhatWasOpened(t *testing.T) {
	clock := &studyClock{now: time.Date(2026, 11, 30, 9, 0, 0, 0, time.Local)}
	data, _ := tempData(t, clock)
	m := browseWith(t, data, Options{}, 120, 35)
	m = selectTechnique(t, m, "counterstrain lumbar")
	m = run(t, m, press("esc"))
	// The search's commands are dropped (send), as a quit at once would.
	m = send(t, m, append(append([]tea.Msg{press("/")}, typeText("cv4")...), press("enter"))...)
	_, quit := m.Update(press("q"))
	msgs := runAll(quit)
	if len(msgs) == 0 {
		t.Fatal("q does not quit")
	}
	if _, ok := msgs[len(msgs)-1].(tea.QuitMsg); !ok {
		t.Errorf("q's last answer is %T, not the quit", msgs[len(msgs)-1])
	}
	if got := history(t, data); len(got) == 0 || got[0] != "technique:cv4" {
		t.Fatalf("after /cv4, Enter and q, the history is %v", got)
	}
	clock.now = clock.now.Add(time.Minute)
	resumed := browseWith(t, data, Options{Resume: true}, 60, 20)
	if sel, ok := resumed.browse.list.Selected(); !ok || sel.ID != "cv4" || resumed.browse.focus != detailPane {
		t.Errorf("--resume opened %q (focus %s); want cv4's page", sel.ID, resumed.browse.focus)
	}
	if s := screen(resumed); !strings.Contains(s, "CV4") {
		t.Errorf("--resume does not show cv4's page:\n%s", s)
	}
}

// TestBrowsingPastAPageIsNotOpeningIt: the page on show at start, and the
// one under a help screen opened and closed, are not opened by the user.
func TestBrowsingPastAPageIsNotOpeningIt(t *testing.T) {
	clock := &studyClock{now: time.Date(2026, 11, 30, 9, 0, 0, 0, time.Local)}
	data, _ := tempData(t, clock)
	m := browseWith(t, data, Options{}, 120, 35)
	m = run(t, m, press("?"))
	m = run(t, m, press("esc"))
	_, quit := m.Update(press("q"))
	runAll(quit)
	if got := history(t, data); len(got) != 0 {
		t.Errorf("nothing was opened, yet the history is %v", got)
	}
}
