package ui

import (
	"os"
	"strings"
	"testing"

	"github.com/omt-reference/omt/ui/chartnote"
	"github.com/omt-reference/omt/ui/common"
	"github.com/omt-reference/omt/ui/filters"
	"github.com/omt-reference/omt/ui/glossaryview"
	"github.com/omt-reference/omt/ui/helpview"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/omt-reference/omt/techniques"
)

func fixtureCatalog(t testing.TB) *techniques.Catalog {
	t.Helper()
	c, err := techniques.LoadFS(os.DirFS("../techniques/testdata/valid"))
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// newSized returns a browser over the fixture catalogue at a terminal size.
func newSized(t testing.TB, w, h int, opts Options) Model {
	t.Helper()
	return send(t, New(fixtureCatalog(t), opts), tea.WindowSizeMsg{Width: w, Height: h})
}

// press builds the message a terminal sends for a key.
func press(k string) tea.Msg {
	switch k {
	case "enter":
		return tea.KeyPressMsg{Code: tea.KeyEnter}
	case "esc":
		return tea.KeyPressMsg{Code: tea.KeyEscape}
	case "tab":
		return tea.KeyPressMsg{Code: tea.KeyTab}
	case "up":
		return tea.KeyPressMsg{Code: tea.KeyUp}
	case "down":
		return tea.KeyPressMsg{Code: tea.KeyDown}
	case "space":
		return tea.KeyPressMsg{Code: tea.KeySpace, Text: " "}
	case "ctrl+c":
		return tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl}
	case "ctrl+x":
		return tea.KeyPressMsg{Code: 'x', Mod: tea.ModCtrl}
	case "backspace":
		return tea.KeyPressMsg{Code: tea.KeyBackspace}
	case "pgup":
		return tea.KeyPressMsg{Code: tea.KeyPgUp}
	case "pgdown":
		return tea.KeyPressMsg{Code: tea.KeyPgDown}
	case "home":
		return tea.KeyPressMsg{Code: tea.KeyHome}
	case "end":
		return tea.KeyPressMsg{Code: tea.KeyEnd}
	}
	r := []rune(k)[0]
	return tea.KeyPressMsg{Code: r, Text: k}
}

// typeText presses each character of s.
func typeText(s string) []tea.Msg {
	var msgs []tea.Msg
	for _, r := range s {
		msgs = append(msgs, tea.KeyPressMsg{Code: r, Text: string(r)})
	}
	return msgs
}

// send feeds messages to the model, as the runtime would after each key.
func send(t testing.TB, m Model, msgs ...tea.Msg) Model {
	t.Helper()
	for _, msg := range msgs {
		next, _ := m.Update(msg)
		m = next.(Model)
	}
	return m
}

// redrawn passes the model through Update with nothing to do, as the
// program would pass the next message, so that the frame (drawn in Update)
// follows what a test changed in a screen by hand.
func redrawn(t testing.TB, m Model) Model {
	t.Helper()
	return send(t, m, nil)
}

func isQuit(cmd tea.Cmd) bool {
	if cmd == nil {
		return false
	}
	switch cmd().(type) {
	case tea.QuitMsg, tea.InterruptMsg:
		return true
	}
	return false
}

func screen(m Model) string { return ansi.Strip(m.View().Content) }

func TestQuitKeys(t *testing.T) {
	m := newSized(t, 100, 30, Options{})
	if _, cmd := m.Update(press("q")); !isQuit(cmd) {
		t.Error("q did not quit while browsing")
	}
	next, cmd := m.Update(press("ctrl+c"))
	if !isQuit(cmd) || !next.(Model).Interrupted() {
		t.Error("ctrl+c did not quit as an interrupt")
	}
}

func TestQTypesWhileSearching(t *testing.T) {
	m := newSized(t, 100, 30, Options{})
	m = send(t, m, press("/"))
	if mode(m) != "searching" {
		t.Fatalf("/ left the browser in mode %s", mode(m))
	}
	next, cmd := m.Update(press("q"))
	m = next.(Model)
	if isQuit(cmd) {
		t.Fatal("q quit while the search input had focus")
	}
	if got := m.browse.search.Value(); got != "q" {
		t.Errorf("search holds %q after typing q; want %q", got, "q")
	}
	// j and k type too: they are letters in a query.
	m = send(t, m, press("j"), press("k"))
	if got := m.browse.search.Value(); got != "qjk" {
		t.Errorf("search holds %q; want qjk", got)
	}
	if _, cmd := m.Update(press("ctrl+c")); !isQuit(cmd) {
		t.Error("ctrl+c must quit even while typing")
	}
}

func TestSearchFiltersAsYouType(t *testing.T) {
	m := newSized(t, 100, 30, Options{})
	m = send(t, m, append([]tea.Msg{press("/")}, typeText("hvla")...)...)
	if m.browse.list.Len() != 1 {
		t.Fatalf("searching hvla lists %d techniques; want 1", m.browse.list.Len())
	}
	if sel, _ := m.browse.list.Selected(); sel.ID != "hvla-lumbar" {
		t.Errorf("selected %q; want hvla-lumbar", sel.ID)
	}
	if !strings.Contains(screen(m), "1 of 2 techniques") {
		t.Errorf("filter bar does not show the count:\n%s", screen(m))
	}
	m = send(t, m, press("enter"))
	if mode(m) != "browsing" || m.browse.search.Value() != "hvla" {
		t.Errorf("enter should keep the query and leave the input: mode %s, query %q", mode(m), m.browse.search.Value())
	}
	m = send(t, m, press("esc"))
	if m.browse.search.Value() != "" || m.browse.list.Len() != 2 {
		t.Errorf("esc should clear the query: %q, %d listed", m.browse.search.Value(), m.browse.list.Len())
	}
}

func TestEscWhileSearchingClears(t *testing.T) {
	m := newSized(t, 100, 30, Options{})
	m = send(t, m, append(append([]tea.Msg{press("/")}, typeText("zebra")...), press("esc"))...)
	if mode(m) != "browsing" || m.browse.search.Value() != "" || m.browse.list.Len() != 2 {
		t.Errorf("after esc: mode %s, query %q, %d listed", mode(m), m.browse.search.Value(), m.browse.list.Len())
	}
}

func TestConditionPicker(t *testing.T) {
	m := newSized(t, 100, 30, Options{})
	m = send(t, m, press("c"))
	if mode(m) != "picking" {
		t.Fatalf("c left mode %s", mode(m))
	}
	if !strings.Contains(screen(m), "Acute otitis media (1)") {
		t.Errorf("picker does not show counts:\n%s", screen(m))
	}
	m = send(t, m, typeText("ear infection")...)
	if id, _ := m.overlay.(*filters.Picker).Chosen(); id != "acute-otitis-media" {
		t.Fatalf("typing 'ear infection' highlights %q", id)
	}
	m = send(t, m, press("enter"))
	if mode(m) != "browsing" || m.browse.condition != "acute-otitis-media" {
		t.Fatalf("enter picked %q (mode %s)", m.browse.condition, mode(m))
	}
	if m.browse.list.Len() != 1 {
		t.Errorf("%d techniques listed for otitis; want 1", m.browse.list.Len())
	}
	if !strings.Contains(screen(m), "condition: Acute otitis media") {
		t.Errorf("filter bar does not show the condition:\n%s", screen(m))
	}
	// esc clears the condition when there is no query.
	m = send(t, m, press("esc"))
	if m.browse.condition != "" || m.browse.list.Len() != 2 {
		t.Errorf("esc left condition %q and %d listed", m.browse.condition, m.browse.list.Len())
	}
}

func TestPickerTypesQAndEscCloses(t *testing.T) {
	m := newSized(t, 100, 30, Options{})
	m = send(t, m, press("c"), press("q"))
	if mode(m) != "picking" || m.overlay.(*filters.Picker).Query() != "q" {
		t.Fatalf("q in the picker: mode %s, input %q", mode(m), m.overlay.(*filters.Picker).Query())
	}
	m = send(t, m, press("esc"))
	if mode(m) != "picking" || m.overlay.(*filters.Picker).Query() != "" {
		t.Fatalf("first esc should clear the input: mode %s, input %q", mode(m), m.overlay.(*filters.Picker).Query())
	}
	m = send(t, m, press("esc"))
	if mode(m) != "browsing" {
		t.Errorf("second esc should close the picker: mode %s", mode(m))
	}
}

func TestPickerAnyConditionClears(t *testing.T) {
	m := newSized(t, 100, 30, Options{Condition: "low-back-pain"})
	m = send(t, m, press("c"), press("up"), press("up"), press("enter"))
	if m.browse.condition != "" {
		t.Errorf("choosing the first row should clear the condition, got %q", m.browse.condition)
	}
}

func TestOpenAndBackNarrow(t *testing.T) {
	m := newSized(t, 60, 24, Options{})
	if m.browse.wide {
		t.Fatal("60 columns should be narrow")
	}
	m = send(t, m, press("j"))
	if sel, _ := m.browse.list.Selected(); sel.ID != "hvla-lumbar" {
		t.Fatalf("j selected %q", sel.ID)
	}
	m = send(t, m, press("enter"))
	if m.browse.focus != detailPane {
		t.Fatal("enter did not open the detail page")
	}
	if s := screen(m); !strings.Contains(s, "HVLA, lumbar roll") || strings.Contains(s, "Counterstrain, lumbar") {
		t.Errorf("narrow detail page should show only the technique:\n%s", s)
	}
	m = send(t, m, press("esc"))
	if m.browse.focus != listPane {
		t.Error("esc did not go back to the list")
	}
	m = send(t, m, press("k"))
	if sel, _ := m.browse.list.Selected(); sel.ID != "counterstrain-lumbar" {
		t.Errorf("k selected %q", sel.ID)
	}
}

func TestTabSwitchesPaneWide(t *testing.T) {
	m := newSized(t, 120, 30, Options{})
	m = send(t, m, press("tab"))
	if m.browse.focus != detailPane {
		t.Fatal("tab did not focus the detail pane")
	}
	m = send(t, m, press("tab"))
	if m.browse.focus != listPane {
		t.Error("tab did not return to the list")
	}
}

func TestDetailScrollsWithKeysAndWheel(t *testing.T) {
	m := newSized(t, 120, 16, Options{})
	m = send(t, m, press("enter"))
	before := m.browse.detail.vp.YOffset()
	m = send(t, m, press("j"), press("j"))
	if m.browse.detail.vp.YOffset() != before+2 {
		t.Errorf("j scrolled the detail from %d to %d; want +2", before, m.browse.detail.vp.YOffset())
	}
	m = send(t, m, tea.MouseWheelMsg{X: 100, Y: 5, Button: tea.MouseWheelDown})
	if m.browse.detail.vp.YOffset() != before+5 {
		t.Errorf("the wheel over the detail scrolled to %d; want %d", m.browse.detail.vp.YOffset(), before+5)
	}
	m = send(t, m, tea.MouseWheelMsg{X: 2, Y: 5, Button: tea.MouseWheelDown})
	if sel, _ := m.browse.list.Selected(); sel.ID != "hvla-lumbar" {
		t.Errorf("the wheel over the list should move the selection, selected %q", sel.ID)
	}
}

func TestContraindicationsBeforeSteps(t *testing.T) {
	m := newSized(t, 120, 200, Options{})
	m = send(t, m, press("j"))
	s := screen(m)
	ci, steps := strings.Index(s, "CONTRAINDICATIONS"), strings.Index(s, "Steps")
	if ci < 0 || steps < 0 || ci > steps {
		t.Errorf("contraindications (at %d) must come before steps (at %d):\n%s", ci, steps, s)
	}
	for _, want := range []string{"Absolute (never)", "Osteoporosis: Thrust through weak bone."} {
		if !strings.Contains(s, want) {
			t.Errorf("detail lacks %q", want)
		}
	}
}

func TestHelpOverlay(t *testing.T) {
	m := newSized(t, 100, 30, Options{})
	m = send(t, m, press("?"))
	if mode(m) != "helping" || !strings.Contains(screen(m), "switch pane") {
		t.Fatalf("? did not show the full help:\n%s", screen(m))
	}
	m = send(t, m, press("?"))
	if mode(m) != "browsing" {
		t.Error("? did not close the help")
	}
}

func TestOpensFilteredByCondition(t *testing.T) {
	m := newSized(t, 100, 30, Options{Condition: "acute-otitis-media"})
	if m.browse.list.Len() != 1 || !strings.Contains(screen(m), "Acute otitis media") {
		t.Errorf("--condition did not filter:\n%s", screen(m))
	}
}

func TestBackgroundColourRebuildsStyles(t *testing.T) {
	m := newSized(t, 100, 30, Options{})
	dark := m.Styles.Title.GetForeground()
	m = send(t, m, tea.BackgroundColorMsg{Color: lightBackground{}})
	if m.Styles.Title.GetForeground() == dark {
		t.Error("a light background did not change the styles")
	}
	if m.help.Styles.ShortKey.GetForeground() == common.NewStyles(true).Help.ShortKey.GetForeground() {
		t.Error("the help component kept its dark styles")
	}
}

type lightBackground struct{}

func (lightBackground) RGBA() (r, g, b, a uint32) { return 0xffff, 0xffff, 0xffff, 0xffff }

func TestTinyTerminalSaysSo(t *testing.T) {
	for _, size := range [][2]int{{1, 1}, {39, 30}, {100, 11}, {20, 5}} {
		m := newSized(t, size[0], size[1], Options{})
		s := screen(m)
		if size[0] >= 20 && !strings.Contains(strings.Join(strings.Fields(s), " "), "too small") {
			t.Errorf("%dx%d: no 'too small' message:\n%s", size[0], size[1], s)
		}
		assertFits(t, s, size[0], size[1])
		// Keys pressed on a terminal too small to draw in change nothing visible.
		m = send(t, m, press("j"), press("enter"), press("c"), press("esc"))
		assertFits(t, screen(m), size[0], size[1])
	}
}

// assertFits fails if a screen is wider or taller than the terminal.
func assertFits(t *testing.T, s string, w, h int) {
	t.Helper()
	lines := strings.Split(s, "\n")
	if len(lines) > h {
		t.Errorf("%d lines on a %d-line terminal", len(lines), h)
	}
	for i, l := range lines {
		if n := ansi.StringWidth(l); n > w {
			t.Errorf("line %d is %d wide on a %d-column terminal: %q", i, n, w, l)
		}
	}
}

func TestGlossaryBrowse(t *testing.T) {
	m := newSized(t, 100, 30, Options{})
	m = send(t, m, press("d"))
	if mode(m) != "glossing" {
		t.Fatalf("d left mode %s", mode(m))
	}
	m = send(t, m, typeText("tart")...)
	if i := m.overlay.(*glossaryview.View).Selected(); i < 0 || m.Catalog.Glossary[i].ID != "tart" {
		t.Fatalf("typing tart selected %d", i)
	}
	if s := screen(m); !strings.Contains(s, "The four signs of somatic dysfunction.") {
		t.Errorf("the definition is not shown:\n%s", s)
	}
	m = send(t, m, press("q"))
	if mode(m) != "glossing" || m.overlay.(*glossaryview.View).Query() != "tartq" {
		t.Errorf("q should type in the glossary filter: mode %s, query %q", mode(m), m.overlay.(*glossaryview.View).Query())
	}
	m = send(t, m, press("esc"), press("esc"))
	if mode(m) != "browsing" {
		t.Errorf("esc, esc should clear then close the glossary: mode %s", mode(m))
	}
}

func TestConditionOverviewHeadsTheList(t *testing.T) {
	m := newSized(t, 120, 60, Options{})
	m = send(t, m, press("c"), press("down"), press("down"), press("enter")) // Low back pain
	if m.browse.condition != "low-back-pain" {
		t.Fatalf("picked %q", m.browse.condition)
	}
	if _, ok := m.browse.list.SelectedOverview(); !ok {
		t.Fatal("choosing a condition should select its overview")
	}
	if m.browse.list.Len() != 2 {
		t.Errorf("Len counts %d techniques; the overview must not count", m.browse.list.Len())
	}
	s := screen(m)
	for _, want := range []string{"Low back pain: overview", "RED FLAGS", "Cauda equina syndrome", "Evidence for OMT", "Overall: moderate", "Techniques used"} {
		if !strings.Contains(s, want) {
			t.Errorf("overview lacks %q:\n%s", want, s)
		}
	}
	m = send(t, m, press("j"))
	if sel, ok := m.browse.list.Selected(); !ok || sel.ID != "counterstrain-lumbar" {
		t.Errorf("j from the overview selected %q", sel.ID)
	}
}

func TestPatientFlagsHideContraindicated(t *testing.T) {
	m := newSized(t, 120, 40, Options{})
	m = send(t, m, press("p"))
	if mode(m) != "flagging" {
		t.Fatalf("p left mode %s", mode(m))
	}
	// The checklist filters as you type; enter ticks the row.
	m = send(t, m, typeText("osteo")...)
	m = send(t, m, press("enter"), press("esc"))
	if got := m.browse.patient; len(got) != 1 || got[0] != "osteoporosis" {
		t.Fatalf("typing osteo and enter should tick osteoporosis, ticked %v", got)
	}
	if m.browse.list.Len() != 1 || m.browse.list.Hidden() != 1 {
		t.Fatalf("osteoporosis should hide the thrust: %d listed, %d hidden", m.browse.list.Len(), m.browse.list.Hidden())
	}
	s := screen(m)
	for _, want := range []string{"patient: Osteoporosis", "only these are screened", "1 contraindicated hidden", "! Counterstrain, lumbar", "SCREENING: CAUTION"} {
		if !strings.Contains(s, want) {
			t.Errorf("screen lacks %q:\n%s", want, s)
		}
	}
	if strings.Contains(s, "HVLA, lumbar roll") {
		t.Error("a contraindicated technique is on screen")
	}
	m = send(t, m, press("a"))
	if !strings.Contains(screen(m), "contraindicated (1)") {
		t.Fatalf("a should list the contraindicated section:\n%s", screen(m))
	}
	m = send(t, m, press("j"), press("j"))
	if sel, _ := m.browse.list.Selected(); sel.ID != "hvla-lumbar" {
		t.Fatalf("selected %q", sel.ID)
	}
	if s := screen(m); !strings.Contains(s, "SCREENING: CONTRAINDICATED") || !strings.Contains(s, "Thrust through weak bone.") {
		t.Errorf("the detail must say why it is contraindicated:\n%s", s)
	}
}

func TestPatientOptionPresetsFlags(t *testing.T) {
	m := newSized(t, 120, 40, Options{Patient: []string{"osteoporosis"}})
	if m.browse.list.Hidden() != 1 {
		t.Errorf("Options.Patient did not screen: %d hidden", m.browse.list.Hidden())
	}
	m = send(t, m, press("p"))
	m = send(t, m, typeText("osteo")...)
	m = send(t, m, press("tab"), press("esc"), press("esc"))
	if len(m.browse.patient) != 0 || m.browse.list.Hidden() != 0 {
		t.Errorf("unticking should show everything again: %v, %d hidden", m.browse.patient, m.browse.list.Hidden())
	}
}

func ansiWidth(s string) int { return ansi.StringWidth(s) }

func TestASCIIOptionDrawsOnlyASCIIChrome(t *testing.T) {
	m := newSized(t, 100, 24, Options{ASCII: true})
	m = send(t, m, press("j"), press("enter"), press("p"))
	m = send(t, m, typeText("osteo")...)
	m = send(t, m, press("enter"), press("esc"), press("a"))
	s := screen(m)
	if strings.ContainsAny(s, "╭╮╰╯│─•┃·…◆✗▸↑↓×") {
		t.Errorf("non-ASCII chrome with Options.ASCII:\n%s", s)
	}
	if !strings.Contains(s, "+--") || !strings.Contains(s, "| ! CONTRAINDICATIONS") {
		t.Errorf("ASCII borders or bars missing:\n%s", s)
	}
}

func TestWorksWithoutABackgroundReply(t *testing.T) {
	// Some terminals never answer the background colour query: the browser
	// must be fully usable on its default styles.
	m := newSized(t, 100, 30, Options{})
	m = send(t, m, press("c"), press("down"), press("enter"), press("j"), press("enter"))
	if m.browse.focus != detailPane || !strings.Contains(screen(m), "CONTRAINDICATIONS") {
		t.Errorf("without a background reply the browser did not work:\n%s", screen(m))
	}
}

func TestFilterListRanksExactAbbreviationsFirst(t *testing.T) {
	c := realCatalog(t)
	m := send(t, New(c, Options{}), tea.WindowSizeMsg{Width: 100, Height: 30})
	m = send(t, m, append([]tea.Msg{press("d")}, typeText("NSR")...)...)
	if i := m.overlay.(*glossaryview.View).Selected(); i < 0 || c.Glossary[i].ID != "spinal-dysfunction-notation" && c.Glossary[i].ID != "type-i-dysfunction" {
		t.Errorf("NSR should find an entry it abbreviates first, found %v", i)
	}
	m = send(t, m, press("esc"))
	m = send(t, m, typeText("tart")...)
	if i := m.overlay.(*glossaryview.View).Selected(); i < 0 || c.Glossary[i].ID != "tart" {
		t.Errorf("tart should find TART first, found %v", i)
	}
	m = send(t, m, press("esc"), press("esc"), press("c"))
	m = send(t, m, typeText("LBP")...)
	if id, _ := m.overlay.(*filters.Picker).Chosen(); id != "low-back-pain" {
		t.Errorf("LBP should pick low back pain first, picked %q", id)
	}
}

func TestAllHiddenSaysWhy(t *testing.T) {
	m := newSized(t, 120, 30, Options{Patient: []string{"no-consent"}})
	if m.browse.list.Len() != 0 || !strings.Contains(screen(m), "Every technique that matches is contraindicated") {
		t.Errorf("with every technique hidden the detail should say why:\n%s", screen(m))
	}
}

// mode names what the keyboard drives: an overlay, the search, or the list.
func mode(m Model) string {
	switch m.overlay.(type) {
	case *filters.Picker:
		return "picking"
	case *glossaryview.View:
		return "glossing"
	case *filters.Checklist:
		return "flagging"
	case *helpview.View:
		return "helping"
	case *filters.Facets:
		return "faceting"
	case *chartnote.View:
		return "noting"
	}
	if m.browse.searching {
		return "searching"
	}
	return "browsing"
}
