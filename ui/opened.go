package ui

import (
	"strings"

	tea "charm.land/bubbletea/v2"

	"github.com/omt-reference/omt/store"
)

// onShow is the page the detail pane puts in front of the user: its
// document and the pane's focus.
type onShow struct {
	doc   string // the detail's document key
	focus pane
}

// sight says whether the detail pane can be read.
type sight int

const (
	inSight sight = iota
	covered       // for a while: an overlay, a search being typed, a screen too small
	leftFor       // the user went back to the list, in a narrow terminal
)

// pageOnShow is the page in the detail pane, and whether the user can read it.
func (m Model) pageOnShow() (onShow, sight) {
	b := m.browse
	page := onShow{doc: b.detail.Shown(), focus: b.focus}
	switch {
	case m.frame.width == 0 || m.frame.tooSmall || m.overlay != nil || b.searching:
		return page, covered
	case !b.wide && b.focus != detailPane:
		return page, leftFor
	}
	return page, inSight
}

// noteOpened is the one place that keeps the history: a technique or a
// condition counts as opened when its page comes into sight, however it got
// there (a search's Enter, the condition overview, a bookmark, the cursor),
// or when the user moves into its page. The page last in sight is the
// baseline, kept while the pane is covered: a help screen closed over the
// same page, a search left without moving, a resize or the page the browser
// starts on opens nothing. Going back to a narrow list leaves the page, so
// Enter opens it again.
// prior is what was opened before msg: a condition chosen in the picker is
// written once, not again as its overview comes into sight.
func (m Model) noteOpened(msg tea.Msg, cmd tea.Cmd, prior openVisitMsg) (Model, tea.Cmd) {
	now, s := m.pageOnShow()
	switch s {
	case covered:
		return m, cmd
	case leftFor:
		m.shown = onShow{}
		return m, cmd
	}
	before := m.shown
	m.shown = now
	if _, resized := msg.(tea.WindowSizeMsg); resized {
		return m, cmd
	}
	if now.doc == before.doc && (now.focus != detailPane || before.focus == detailPane) {
		return m, cmd
	}
	kind, id, _ := strings.Cut(now.doc, ":")
	page := openVisitMsg{kind: store.VisitKind(kind), id: id}
	if page.kind != store.VisitTechnique && page.kind != store.VisitCondition || m.opened != prior && m.opened == page {
		return m, cmd
	}
	return m, tea.Batch(cmd, m.remember(page.kind, page.id))
}

// remember writes a visit to the history.
func (m *Model) remember(kind store.VisitKind, id string) tea.Cmd {
	m.opened = openVisitMsg{kind: kind, id: id}
	return m.data.visit(kind, id)
}

// quit ends the program once the item opened last is in the history: the
// runtime does not wait for commands still running when it quits, so the
// visit of a page opened by the key just before could otherwise be lost.
func (m Model) quit() tea.Cmd {
	if m.opened.id == "" {
		return tea.Quit
	}
	return tea.Sequence(m.data.visit(m.opened.kind, m.opened.id), tea.Quit)
}
