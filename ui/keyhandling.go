package ui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// handleKey routes a key by mode: overlays and text inputs first, so that a
// key typed into a search or a picker is text, not a command.
func (m Model) handleKey(msg tea.KeyPressMsg) (Model, tea.Cmd) {
	if key.Matches(msg, m.keys.ForceQuit) {
		// Quit at once, but remember it was an interrupt, so the shell sees
		// status 130 as it would for Ctrl+C delivered as a signal. (Bubble
		// Tea's own interrupt path takes seconds to shut down.)
		m.interrupted = true
		return m, tea.Quit
	}
	if key.Matches(msg, m.keys.Suspend) {
		// From any mode, as a shell user expects; Bubble Tea leaves the
		// alternate screen, stops the process, and redraws on fg.
		return m, tea.Suspend
	}
	switch m.mode {
	case helping:
		if key.Matches(msg, m.keys.CloseHelp) {
			m.mode = browsing
		}
		return m, nil
	case picking:
		return m.handlePickerKey(msg)
	case flagging:
		var action filterAction
		m.flags, action = m.flags.Update(msg)
		if action == filterClose {
			m.mode = browsing
		}
		m.refilter()
		return m, nil
	case glossing:
		var cmd tea.Cmd
		var action filterAction
		m.glossary, cmd, action = m.glossary.Update(msg)
		if action == filterClose {
			m.mode = browsing
			m.glossary.Close()
		}
		return m, cmd
	case searching:
		return m.handleSearchKey(msg)
	}
	if m.layout.tooSmall {
		if key.Matches(msg, m.keys.Quit) {
			return m, tea.Quit
		}
		return m, nil
	}
	switch {
	case key.Matches(msg, m.keys.Quit):
		return m, tea.Quit
	case key.Matches(msg, m.keys.Help):
		m.mode = helping
		return m, nil
	case key.Matches(msg, m.keys.Search):
		m.mode = searching
		m.focus = listPane
		return m, m.search.Focus()
	case key.Matches(msg, m.keys.Condition):
		m.mode = picking
		return m, m.picker.Open(m.condition)
	case key.Matches(msg, m.keys.Glossary):
		m.mode = glossing
		return m, m.glossary.Open()
	case key.Matches(msg, m.keys.Patient):
		m.mode = flagging
		return m, nil
	case key.Matches(msg, m.keys.ShowContra):
		m.showAll = !m.showAll
		m.refilter()
		return m, nil
	case key.Matches(msg, m.keys.SwitchPane):
		m.switchPane()
		return m, nil
	case key.Matches(msg, m.keys.Open):
		if m.list.HasSelection() && m.focus == listPane {
			m.focus = detailPane
		}
		return m, nil
	case key.Matches(msg, m.keys.Back):
		m.back()
		return m, nil
	}
	var cmd tea.Cmd
	if m.focus == detailPane {
		m.detail, cmd = m.detail.Update(msg)
		return m, cmd
	}
	m.list, cmd = m.list.Update(msg)
	m.syncDetail()
	return m, cmd
}

// handlePickerKey runs while the condition picker is open.
func (m Model) handlePickerKey(msg tea.KeyPressMsg) (Model, tea.Cmd) {
	var cmd tea.Cmd
	var action filterAction
	m.picker.list, cmd, action = m.picker.list.Update(msg)
	switch action {
	case filterChoose:
		if id, ok := m.picker.Chosen(); ok {
			m.condition = id
			m.refilter()
			m.list.SelectOverview()
			m.syncDetail()
		}
		fallthrough
	case filterClose:
		m.mode = browsing
		m.picker.list.Close()
	}
	return m, cmd
}

// handleSearchKey runs while the search input has focus: every key but the few
// that leave the input types text, so q types a q.
func (m Model) handleSearchKey(msg tea.KeyPressMsg) (Model, tea.Cmd) {
	switch {
	case key.Matches(msg, m.keys.Done):
		m.mode = browsing
		m.search.Blur()
		return m, nil
	case key.Matches(msg, m.keys.Clear):
		m.mode = browsing
		m.search.Blur()
		m.search.SetValue("")
		m.refilter()
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
		m.refilter()
	}
	return m, cmd
}

// back leaves the detail pane, or clears the search, or clears the condition.
func (m *Model) back() {
	switch {
	case m.focus == detailPane:
		m.focus = listPane
	case m.search.Value() != "":
		m.search.SetValue("")
		m.refilter()
	case m.condition != "":
		m.condition = ""
		m.refilter()
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
	step := 0
	switch mouse.Button {
	case tea.MouseWheelUp:
		step = -1
	case tea.MouseWheelDown:
		step = 1
	default:
		return
	}
	if m.mode == glossing {
		m.glossary.ScrollBy(3 * step)
		return
	}
	if m.mode != browsing && m.mode != searching {
		return
	}
	overDetail := m.focus == detailPane
	if m.layout.wide {
		overDetail = mouse.X >= m.layout.listWidth
	}
	if overDetail {
		m.detail.ScrollBy(3 * step)
		return
	}
	m.list.MoveBy(step)
	m.syncDetail()
}
