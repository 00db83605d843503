package exam

import (
	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// The screen's keys are its own help: the footer shows what works now.
var _ help.KeyMap = Model{}

// listKey moves the list's cursor, and goes to the question under it: to
// sit it, or, once the block has ended, to review it.
func (m Model) listKey(msg tea.KeyPressMsg) (Model, tea.Cmd) {
	n, cols := m.session.Len(), m.listColumns()
	switch {
	case key.Matches(msg, m.keys.Next):
		m.cursor = min(n-1, m.cursor+1)
	case key.Matches(msg, m.keys.Previous):
		m.cursor = max(0, m.cursor-1)
	case key.Matches(msg, m.keys.Down):
		m.cursor = min(n-1, m.cursor+cols)
	case key.Matches(msg, m.keys.Up):
		m.cursor = max(0, m.cursor-cols)
	case key.Matches(msg, m.keys.Jump):
		if m.session.State().Finished() {
			m.screen, m.review, m.scroll = screenReview, m.cursor, 0
			return m, nil
		}
		m.screen = screenQuestion
		return m.moveTo(m.cursor)
	case key.Matches(msg, m.keys.Back), key.Matches(msg, m.keys.Navigate):
		m.screen = screenQuestion
		if m.session.State().Finished() {
			m.screen = screenScore
		}
	}
	return m, nil
}

func (m Model) scoreKey(msg tea.KeyPressMsg) (Model, tea.Cmd) {
	switch {
	case key.Matches(msg, m.keys.Review):
		m.screen, m.review, m.scroll = screenReview, 0, 0
	case key.Matches(msg, m.keys.Navigate):
		m.screen, m.cursor = screenList, 0
	case key.Matches(msg, m.keys.Up):
		m.scroll = max(0, m.scroll-1)
	case key.Matches(msg, m.keys.Down):
		m.scroll = min(m.scroll+1, m.maxScroll())
	case key.Matches(msg, m.keys.Leave):
		m.done = true
	}
	return m, nil
}

func (m Model) reviewKey(msg tea.KeyPressMsg) (Model, tea.Cmd) {
	switch {
	case key.Matches(msg, m.keys.Next):
		if m.review+1 < m.session.Len() {
			m.review, m.scroll = m.review+1, 0
		}
	case key.Matches(msg, m.keys.Previous):
		if m.review > 0 {
			m.review, m.scroll = m.review-1, 0
		}
	case key.Matches(msg, m.keys.Up):
		m.scroll = max(0, m.scroll-1)
	case key.Matches(msg, m.keys.Down):
		m.scroll = min(m.scroll+1, m.maxScroll())
	case key.Matches(msg, m.keys.Back):
		m.screen, m.scroll = screenScore, 0
	case key.Matches(msg, m.keys.Navigate):
		m.screen, m.cursor = screenList, m.review
	case key.Matches(msg, m.keys.Leave):
		m.done = true
	}
	return m, nil
}

// ShortHelp is the keys that work now, for the footer.
func (m Model) ShortHelp() []key.Binding {
	k := m.keys
	if m.prompt != promptNone {
		return []key.Binding{k.Yes, k.No}
	}
	quit := k.Leave
	quit.SetHelp("q", "quit")
	switch m.screen {
	case screenList:
		return []key.Binding{k.Jump, k.Next, k.Previous, k.Down, k.Up, k.Back}
	case screenScore:
		return []key.Binding{k.Review, k.Navigate, k.Down, quit, k.Help}
	case screenReview:
		back := k.Back
		back.SetHelp("esc", "score")
		return []key.Binding{k.Next, k.Previous, k.Down, k.Navigate, back, quit, k.Help}
	}
	return []key.Binding{m.chooseHelp(), k.Next, k.Previous, k.Flag, k.Navigate, k.Submit, k.Leave, k.Help}
}

// FullHelp is every key of the screen now, in columns.
func (m Model) FullHelp() [][]key.Binding {
	k := m.keys
	if m.prompt != promptNone || m.screen == screenList {
		return [][]key.Binding{m.ShortHelp()}
	}
	if m.screen != screenQuestion {
		return [][]key.Binding{m.ShortHelp(), {k.Up, k.Down, k.ForceQuit, k.Suspend}}
	}
	return [][]key.Binding{
		{m.chooseHelp(), k.Flag, k.Submit, k.Leave},
		{k.Previous, k.Next, k.Navigate},
		{k.Up, k.Down, k.Help, k.ForceQuit, k.Suspend},
	}
}

// chooseHelp names the option keys of the question on screen: a-d for four
// options.
func (m Model) chooseHelp() key.Binding {
	n := len(m.session.Item(m.session.Current()).Options)
	b := m.keys.Choose[0]
	b.SetHelp("a-"+string(rune('a'+n-1)), "answer")
	return b
}
