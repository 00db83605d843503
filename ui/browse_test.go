package ui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/omt-reference/omt/techniques"
	"github.com/omt-reference/omt/ui/filters"
	"github.com/omt-reference/omt/ui/techlist"
)

// realSized is the browser over the shipped catalogue at a terminal size.
func realSized(t *testing.T, w, h int, opts Options) Model {
	t.Helper()
	return send(t, New(realCatalog(t), opts), tea.WindowSizeMsg{Width: w, Height: h})
}

func searchFor(t *testing.T, m Model, q string) Model {
	t.Helper()
	return send(t, m, append([]tea.Msg{press("/")}, typeText(q)...)...)
}

// selectedID names what the list's cursor is on, as kind:id.
func selectedID(m Model) string {
	if t, ok := m.browse.list.Selected(); ok {
		return "technique:" + t.ID
	}
	if x, ok := m.browse.list.SelectedCondition(); ok {
		return "condition:" + x.ID
	}
	if g, ok := m.browse.list.SelectedTerm(); ok {
		return "glossary:" + g.ID
	}
	if x, ok := m.browse.list.SelectedOverview(); ok {
		return "overview:" + x.ID
	}
	return ""
}

func TestHighlightFollowsTheResults(t *testing.T) {
	for _, size := range [][2]int{{120, 40}, {80, 24}, {60, 18}} {
		m := realSized(t, size[0], size[1], Options{})
		// Every prefix of the query leaves the cursor on the best match, on
		// the first page: typing "ank" must not leave "Doming…" highlighted.
		for _, q := range []string{"ankle", "sinusitis", "indirect", "TART", "breastfeeding", "pregnancy", "a"} {
			m = send(t, m, press("esc"), press("esc"))
			m = searchFor(t, m, q)
			best := m.Index.SearchAll(q)[0]
			want := string(best.Kind) + ":" + m.Index.ResultID(best)
			if got := selectedID(m); got != want || m.browse.list.Index() != 0 || m.browse.list.Offset() != 0 {
				t.Errorf("%dx%d /%s: cursor on %s (row %d, page %d); want %s on row 0 of page 1",
					size[0], size[1], q, got, m.browse.list.Index(), m.browse.list.Offset()/max(1, m.browse.list.Rows())+1, want)
			}
		}
	}
}

func TestSearchFindsTermsAndConditions(t *testing.T) {
	m := searchFor(t, realSized(t, 120, 40, Options{}), "TART")
	if got := selectedID(m); got != "glossary:tart" {
		t.Fatalf("/TART selected %s; want the glossary term", got)
	}
	if s := screen(m); !strings.Contains(s, "glossary") || !strings.Contains(s, "Definition") {
		t.Errorf("the term and its definition should be on screen:\n%s", s)
	}
	// A condition with no technique still leads to its overview.
	m = searchFor(t, send(t, m, press("esc")), "breastfeeding")
	if got := selectedID(m); got != "condition:breastfeeding-difficulty" {
		t.Fatalf("/breastfeeding selected %s", got)
	}
	if s := screen(m); !strings.Contains(s, "condition overview") || !strings.Contains(s, "RED FLAGS") {
		t.Errorf("the overview should be shown:\n%s", s)
	}
}

func TestHintsWorkFromTheirMode(t *testing.T) {
	m := newSized(t, 120, 30, Options{Patient: []string{"no-consent"}})
	m = searchFor(t, m, "lumbar")
	s := strings.Join(strings.Fields(screen(m)), " ")
	if !strings.Contains(s, "Press enter, then a to list them") {
		t.Errorf("while typing, the hint must say to leave the search first:\n%s", screen(m))
	}
	m = send(t, m, press("a"))
	if m.browse.search.Value() != "lumbara" || m.browse.showAll {
		t.Fatalf("a must type while searching: query %q, showAll %v", m.browse.search.Value(), m.browse.showAll)
	}
	m = send(t, m, press("backspace"), press("enter"))
	if s := strings.Join(strings.Fields(screen(m)), " "); !strings.Contains(s, "Press a to list them") {
		t.Errorf("after leaving the search the hint names a alone:\n%s", screen(m))
	}
	if m = send(t, m, press("a")); !m.browse.showAll {
		t.Error("a did not list the contraindicated techniques")
	}
}

func TestTopAndBottomKeys(t *testing.T) {
	m := realSized(t, 120, 40, Options{})
	m = send(t, m, press("G"))
	if m.browse.list.Index() != len(m.browse.list.Items())-1 {
		t.Errorf("G went to row %d of %d", m.browse.list.Index(), len(m.browse.list.Items()))
	}
	m = send(t, m, press("g"))
	if m.browse.list.Index() != 0 || mode(m) != "browsing" {
		t.Errorf("g went to row %d, mode %s; want the top, still browsing", m.browse.list.Index(), mode(m))
	}
	m = send(t, m, press("d"))
	if mode(m) != "glossing" {
		t.Errorf("d should open the glossary: mode %s", mode(m))
	}
}

func TestFiltersOverlay(t *testing.T) {
	m := realSized(t, 120, 40, Options{})
	m = send(t, m, press("f"))
	if mode(m) != "faceting" {
		t.Fatalf("f left mode %s", mode(m))
	}
	m = send(t, m, typeText("indirect")...)
	m = send(t, m, press("enter"))
	m = send(t, m, typeText("lumbar")...)
	m = send(t, m, press("enter"), press("esc"))
	if m.browse.facets.Approach != techniques.Indirect || m.browse.facets.Region != "lumbar" || mode(m) != "browsing" {
		t.Fatalf("facets %+v, mode %s", m.browse.facets, mode(m))
	}
	want := len(m.Index.Find(techniques.Filter{Approach: techniques.Indirect, Region: "lumbar"}))
	if m.browse.list.Len() != want || want == 0 {
		t.Errorf("%d listed; the facets give %d", m.browse.list.Len(), want)
	}
	if s := screen(m); !strings.Contains(s, "filters: indirect, lumbar") {
		t.Errorf("the filter bar does not show the facets:\n%s", s)
	}
	// Ticking another approach replaces the first; esc in the browser clears them.
	m = send(t, m, press("f"))
	m = send(t, m, typeText("direct")...)
	m = send(t, m, press("enter"), press("esc"))
	if m.browse.facets.Approach != techniques.Direct {
		t.Errorf("ticking direct left approach %q", m.browse.facets.Approach)
	}
	m = send(t, m, press("esc"))
	if m.browse.facets != (techniques.Filter{}) {
		t.Errorf("esc should clear the facets: %+v", m.browse.facets)
	}
}

func TestOptionsStartFilteredOrPicking(t *testing.T) {
	m := realSized(t, 120, 40, Options{Filter: techniques.Filter{Family: "counterstrain"}})
	for _, it := range m.browse.list.Items() {
		if ti, ok := it.(techlist.TechniqueRow); ok && ti.Technique.Family != "counterstrain" {
			t.Errorf("Options.Filter let %s through", ti.Technique.ID)
		}
	}
	m = realSized(t, 120, 40, Options{ConditionQuery: "pregnancy"})
	p, ok := m.overlay.(*filters.Picker)
	if !ok {
		t.Fatalf("a word naming several conditions should open the picker; mode %s", mode(m))
	}
	if id, _ := p.Chosen(); !strings.HasPrefix(id, "pregnancy-") {
		t.Errorf("the picker is on %q; want a pregnancy condition first", id)
	}
}

func TestChecklistFiltersAsYouType(t *testing.T) {
	m := realSized(t, 120, 40, Options{})
	m = send(t, m, press("p"))
	m = send(t, m, typeText("warfarin")...)
	l := m.overlay.(*filters.Checklist)
	// warfarin is its own drug class, which carries anticoagulation when screened
	if id := l.Highlighted(); id != "warfarin" {
		t.Fatalf("warfarin highlights %q; want the warfarin flag", id)
	}
	m = send(t, m, press("enter"))
	m = send(t, m, typeText("pregnant")...)
	m = send(t, m, press("enter"), press("esc"))
	if strings.Join(m.browse.patient, ",") != "warfarin,pregnancy" && strings.Join(m.browse.patient, ",") != "pregnancy,warfarin" {
		t.Errorf("ticked %v; want warfarin and pregnancy", m.browse.patient)
	}
	if mode(m) != "browsing" {
		t.Errorf("esc with an empty line should close the checklist: mode %s", mode(m))
	}
}

func TestSectionJumpsAndStickyTitle(t *testing.T) {
	m := realSized(t, 60, 18, Options{})
	m = send(t, m, press("enter"))
	name := m.browse.detail.doc.title
	m = send(t, m, press("3"))
	steps := -1
	for _, a := range m.browse.detail.anchors {
		if a.Title == "Steps" {
			steps = a.Line
		}
	}
	if steps < 0 || m.browse.detail.vp.YOffset() != min(steps, m.browse.detail.vp.TotalLineCount()-m.browse.detail.vp.Height()) {
		t.Errorf("3 scrolled to %d; Steps start at %d", m.browse.detail.vp.YOffset(), steps)
	}
	s := screen(m)
	if !strings.Contains(s, name[:min(len(name), 20)]) {
		t.Errorf("the technique's name scrolled out of view at 60x18:\n%s", s)
	}
	m = send(t, m, press("1"))
	if !strings.Contains(screen(m), "CONTRAINDICATIONS") {
		t.Errorf("1 should show the contraindications:\n%s", screen(m))
	}
	before := m.browse.detail.vp.YOffset()
	m = send(t, m, press("]"))
	if m.browse.detail.vp.YOffset() <= before {
		t.Errorf("] did not move down a section: %d -> %d", before, m.browse.detail.vp.YOffset())
	}
}

func TestScrollIsKeptPerEntry(t *testing.T) {
	m := realSized(t, 120, 30, Options{})
	m = send(t, m, press("tab"), press("j"), press("j"), press("j"), press("j"), press("j"))
	first := m.browse.detail.doc.key
	at := m.browse.detail.vp.YOffset()
	m = send(t, m, press("tab"), press("j"))
	if m.browse.detail.doc.key == first || m.browse.detail.vp.YOffset() != 0 {
		t.Fatalf("the next entry should open at the top: %s at %d", m.browse.detail.doc.key, m.browse.detail.vp.YOffset())
	}
	m = send(t, m, press("k"))
	if m.browse.detail.doc.key != first || m.browse.detail.vp.YOffset() != at {
		t.Errorf("back on %s the pane is at line %d; it was left at %d", first, m.browse.detail.vp.YOffset(), at)
	}
}

func TestNoteFromTheBrowser(t *testing.T) {
	m := newSized(t, 120, 30, Options{Patient: []string{"osteoporosis"}})
	m = send(t, m, press("a"), press("j"), press("j")) // past the divider, onto the thrust
	if sel, _ := m.browse.list.Selected(); sel.ID != "hvla-lumbar" {
		t.Fatalf("selected %q", sel.ID)
	}
	m = send(t, m, press("n"))
	if s := screen(m); mode(m) != "noting" || !strings.Contains(s, "No note") || !strings.Contains(s, "contraindicated") {
		t.Errorf("a note for a contraindicated technique must be refused:\n%s", s)
	}
	if _, cmd := m.Update(press("y")); cmd != nil {
		t.Error("a refused note must not be copied")
	}
	m = send(t, m, press("esc"), press("g"), press("j"))
	m = send(t, m, press("k"), press("n"))
	if s := screen(m); !strings.Contains(s, "S: [patient report]") || !strings.Contains(s, "CAUTION") {
		t.Errorf("the counterstrain note should carry the caution:\n%s", s)
	}
	next, cmd := m.Update(press("y"))
	if cmd == nil || !strings.Contains(screen(next.(Model)), "Copied the note") {
		t.Errorf("y should copy the note and say so:\n%s", screen(next.(Model)))
	}
}

func TestCopyAndMouseToggle(t *testing.T) {
	m := newSized(t, 120, 30, Options{})
	next, cmd := m.Update(press("y"))
	if cmd == nil || !strings.Contains(screen(next.(Model)), "Copied") {
		t.Errorf("y should copy the technique:\n%s", screen(next.(Model)))
	}
	if m.View().MouseMode != tea.MouseModeCellMotion {
		t.Fatal("the wheel should be captured by default")
	}
	m = send(t, m, press("M"))
	if m.View().MouseMode != tea.MouseModeNone || !strings.Contains(screen(m), "select text") {
		t.Errorf("M should release the mouse so text can be selected:\n%s", screen(m))
	}
}

func TestHelpHasALegend(t *testing.T) {
	m := send(t, newSized(t, 120, 40, Options{}), press("?"))
	s := screen(m)
	for _, want := range []string{"caution", "contraindicated", "overview", "glossary term", "section"} {
		if !strings.Contains(s, want) {
			t.Errorf("help lacks %q:\n%s", want, s)
		}
	}
}

func TestHelpScrollsOnASmallScreen(t *testing.T) {
	m := send(t, newSized(t, 80, 24, Options{}), press("?"))
	if strings.Contains(screen(m), "glossary term") {
		t.Skip("the whole help fits at 80x24")
	}
	for range 20 {
		m = send(t, m, press("j"))
	}
	if !strings.Contains(screen(m), "glossary term") {
		t.Errorf("j should scroll the help down to its legend:\n%s", screen(m))
	}
}

// TestPunctuationAloneNarrowsNothing: a search of only punctuation lists
// what an empty one does, as the command line's Find does, instead of
// nothing.
func TestPunctuationAloneNarrowsNothing(t *testing.T) {
	c := realCatalog(t)
	for _, q := range []string{"+", "-", "(  )", "/"} {
		m := searchFor(t, realSized(t, 100, 30, Options{}), q)
		if got := m.browse.list.Len(); got != len(c.Techniques) {
			t.Errorf("search %q lists %d techniques; want all %d", q, got, len(c.Techniques))
		}
	}
}
