package ui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/omt-reference/omt/techniques"
)

// handleKey routes a key: the open overlay or the search input first, so that
// a key typed into a text input is text, not a command.
func (m Model) handleKey(msg tea.KeyPressMsg) (Model, tea.Cmd) {
	if key.Matches(msg, m.keys.ForceQuit) {
		// Quit at once, but remember it was an interrupt, so the shell sees
		// status 130 as it would for Ctrl+C delivered as a signal. (Bubble
		// Tea's own interrupt path takes seconds to shut down.)
		m.interrupted = true
		return m, m.quit()
	}
	if key.Matches(msg, m.keys.Suspend) {
		// From any mode, as a shell user expects; Bubble Tea leaves the
		// alternate screen, stops the process, and redraws on fg.
		return m, tea.Suspend
	}
	if m.overlay != nil {
		return m.routeToOverlay(msg)
	}
	if m.searching {
		return m.handleSearchKey(msg)
	}
	if m.layout.tooSmall {
		if key.Matches(msg, m.keys.Quit) {
			return m, m.quit()
		}
		return m, nil
	}
	c := m.common
	switch {
	case key.Matches(msg, m.keys.Quit):
		return m, m.quit()
	case key.Matches(msg, m.keys.Help):
		return m, m.open(newHelpScreen(c, m.help), nil)
	case key.Matches(msg, m.keys.Search):
		m.searching = true
		m.focus = listPane
		m.syncDetail() // its hints change while typing
		return m, m.search.Focus()
	case key.Matches(msg, m.keys.Condition):
		p, cmd := newPicker(c, m.condition, "")
		return m, m.open(p, cmd)
	case key.Matches(msg, m.keys.Filters):
		f, cmd := newFacets(c, m.facets)
		return m, m.open(f, cmd)
	case key.Matches(msg, m.keys.Maps):
		// On something from the maps, the view opens on it, with its
		// diagram; otherwise on the list of maps.
		var v *mapsView
		var cmd tea.Cmd
		if e, ok := m.list.SelectedEntry(); ok {
			v, cmd = newMapsView(c, m.search.Value(), e.key)
		} else {
			v, cmd = newMapsView(c, "", "")
		}
		return m, m.open(v, cmd)
	case key.Matches(msg, m.keys.Glossary):
		g, cmd := newGlossaryView(c, m.glossaryIndex())
		return m, m.open(g, cmd)
	case key.Matches(msg, m.keys.Patient):
		l, cmd := newChecklist(c, m.patient)
		return m, m.open(l, cmd)
	case key.Matches(msg, m.keys.Bookmark, m.keys.Bookmarks, m.keys.MyNote):
		return m.personalKey(msg)
	case key.Matches(msg, m.keys.Study, m.keys.StudyStats, m.keys.AddToStudy):
		return m.studyKey(msg)
	case key.Matches(msg, m.keys.Compare):
		if t, ok := m.list.Selected(); ok {
			v, cmd := newCompareView(c, t.ID)
			return m, m.open(v, cmd)
		}
		m.status = "Select a technique to compare it with another."
		return m, nil
	case key.Matches(msg, m.keys.Note):
		if t, ok := m.list.Selected(); ok {
			return m, m.open(newNoteView(c, t, m.patient), nil)
		}
		m.status = "Select a technique to write its chart note."
		return m, nil
	case key.Matches(msg, m.keys.Plan):
		return m.openPlan()
	case key.Matches(msg, m.keys.Timer):
		if t, ok := m.list.Selected(); ok {
			return m, m.open(newTimerView(c, t, m.quiet, m.clock))
		}
		m.status = "Select a technique to time it."
		return m, nil
	case key.Matches(msg, m.keys.Copy):
		return m.copyDocument()
	case key.Matches(msg, m.keys.Mouse):
		m.mouseOff = !m.mouseOff
		m.status = "Mouse on: the wheel scrolls. Press M to select text with the terminal."
		if m.mouseOff {
			m.status = "Mouse off: select text with the terminal. Press M to scroll with the wheel again."
		}
		return m, nil
	case key.Matches(msg, m.keys.ShowContra):
		m.showAll = !m.showAll
		m.refilter(false)
		return m, nil
	case key.Matches(msg, m.keys.SwitchPane):
		m.switchPane()
		return m, nil
	case key.Matches(msg, m.keys.Open):
		if m.list.HasSelection() && m.focus == listPane {
			m.focus = detailPane // its page is in sight: noteOpened records it
		}
		return m, nil
	case key.Matches(msg, m.keys.Back):
		m.back()
		return m, nil
	case key.Matches(msg, m.keys.NextSection):
		m.detail.StepSection(1)
		return m, nil
	case key.Matches(msg, m.keys.PrevSection):
		m.detail.StepSection(-1)
		return m, nil
	}
	for i, b := range m.keys.Sections {
		if key.Matches(msg, b) {
			if !m.detail.JumpTo(i) {
				m.status = "This entry has no " + sectionNames()[i] + " section."
			}
			return m, nil
		}
	}
	var cmd tea.Cmd
	if m.focus == detailPane {
		switch {
		case key.Matches(msg, m.keys.Top):
			m.detail.vp.GotoTop()
		case key.Matches(msg, m.keys.Bottom):
			m.detail.vp.GotoBottom()
		default:
			m.detail, cmd = m.detail.Update(msg)
		}
		return m, cmd
	}
	m.list, cmd = m.list.Update(msg)
	m.syncDetail()
	return m, cmd
}

// handleSearchKey runs while the search input has focus: every key but the few
// that leave the input types text, so q types a q.
func (m Model) handleSearchKey(msg tea.KeyPressMsg) (Model, tea.Cmd) {
	switch {
	case key.Matches(msg, m.keys.Done):
		m.searching = false
		m.search.Blur()
		m.syncDetail()
		return m, nil
	case key.Matches(msg, m.keys.Clear):
		m.searching = false
		m.search.Blur()
		m.search.SetValue("")
		m.refilter(false)
		return m, nil
	case key.Matches(msg, m.keys.PrevItem):
		m.list.MoveBy(-1)
		m.syncDetail()
		return m, nil
	case key.Matches(msg, m.keys.NextItem):
		m.list.MoveBy(1)
		m.syncDetail()
		return m, nil
	}
	before := m.search.Value()
	var cmd tea.Cmd
	m.search, cmd = m.search.Update(msg)
	if m.search.Value() != before {
		m.refilter(true)
	}
	return m, cmd
}

// copyDocument copies what the detail pane shows, as markdown, through the
// terminal (OSC 52), so it works over SSH too.
func (m Model) copyDocument() (Model, tea.Cmd) {
	md, ok := m.detail.Markdown()
	if !ok {
		m.status = "Nothing to copy: select a technique, a condition or a term."
		return m, nil
	}
	return m.apply(copyText{md, m.detail.doc.title + " as markdown"}, nil)
}

// openPlan plans a visit for the condition under the cursor (its overview
// row, or a condition found by a search), or else the condition chosen.
func (m Model) openPlan() (Model, tea.Cmd) {
	id := m.condition
	if x, ok := m.list.SelectedOverview(); ok {
		id = x.ID
	} else if x, ok := m.list.SelectedCondition(); ok {
		id = x.ID
	}
	if id == "" {
		m.status = "Choose a condition (" + m.hint(m.keys.Condition) + "), then press " + m.hint(m.keys.Plan) + " on its overview to plan a visit."
		return m, nil
	}
	return m, m.open(newPlanView(m.common, id, m.patient), nil)
}

// glossaryIndex opens the glossary on the term the list has selected, if any.
func (m Model) glossaryIndex() int {
	if g, ok := m.list.SelectedTerm(); ok {
		for i, x := range m.catalog.Glossary {
			if x.ID == g.ID {
				return i
			}
		}
	}
	return 0
}

// hint names a key as it can be pressed from where the user is now: while
// typing a search, a letter would be typed, so the search must be left first.
func (m Model) hint(b key.Binding) string {
	k := b.Help().Key
	if m.searching {
		return m.keys.Done.Help().Key + ", then " + k
	}
	return k
}

// back leaves the detail pane, or clears the search, then the facets, then
// the condition.
func (m *Model) back() {
	switch {
	case m.focus == detailPane:
		m.focus = listPane
	case m.search.Value() != "":
		m.search.SetValue("")
		m.refilter(false)
	case m.facets != techniques.Filter{}:
		m.facets = techniques.Filter{}
		m.refilter(false)
	case m.condition != "":
		m.condition = ""
		m.refilter(false)
	}
}

func (m *Model) switchPane() {
	if m.focus == detailPane {
		m.focus = listPane
		return
	}
	if m.list.HasSelection() {
		m.focus = detailPane
	}
}

// wheel scrolls whatever is under the pointer.
func (m *Model) wheel(mouse tea.Mouse) {
	step := wheelStep(mouse)
	if step == 0 {
		return
	}
	overDetail := m.focus == detailPane
	if m.layout.wide {
		overDetail = mouse.X >= m.layout.listWidth
	}
	if overDetail {
		m.detail.ScrollBy(wheelLines * step)
		return
	}
	m.list.MoveBy(step)
	m.syncDetail()
}

// studyKey opens the study screens, or adds the technique in view to today's
// study.
func (m Model) studyKey(msg tea.KeyPressMsg) (Model, tea.Cmd) {
	if m.data == nil {
		m.status = "Study needs the local database, which this session has none of."
		return m, nil
	}
	c := m.common
	switch {
	case key.Matches(msg, m.keys.Study):
		p, cmd := newDeckPicker(c, m.data)
		return m, m.open(p, cmd)
	case key.Matches(msg, m.keys.StudyStats):
		v, cmd := newStatsView(c, m.data)
		return m, m.open(v, cmd)
	}
	t, ok := m.list.Selected()
	if !ok {
		m.status = "Select a technique to add its cards to today's study."
		return m, nil
	}
	return m, m.data.addToStudy(m.catalog, t)
}
