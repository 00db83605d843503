package common

import (
	"fmt"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/omt-reference/omt/render"
)

// Scroller is the scroll position over lines laid out elsewhere. It replaces
// a viewport in the detail pane: the viewport measures every line each time
// its content is set, which cost more than the rest of a keystroke.
type Scroller struct {
	Keys   *KeyMap
	offset int
	height int
	total  int
}

// YOffset is the first line in view.
func (s Scroller) YOffset() int { return s.offset }

// Height is how many lines are in view.
func (s Scroller) Height() int { return s.height }

// TotalLineCount is how many lines there are.
func (s Scroller) TotalLineCount() int { return s.total }

// SetHeight says how many lines are in view.
func (s *Scroller) SetHeight(h int) {
	s.height = max(0, h)
	s.SetYOffset(s.offset)
}

// SetTotal says how many lines there are now.
func (s *Scroller) SetTotal(n int) {
	s.total = max(0, n)
	s.SetYOffset(s.offset)
}

// SetYOffset scrolls to a line, never past the last screenful.
func (s *Scroller) SetYOffset(n int) { s.offset = max(0, min(n, s.total-s.height)) }

// GotoTop scrolls to the first line.
func (s *Scroller) GotoTop() { s.offset = 0 }

// GotoBottom scrolls to the last screenful.
func (s *Scroller) GotoBottom() { s.SetYOffset(s.total) }

// ScrollDown scrolls n lines down.
func (s *Scroller) ScrollDown(n int) { s.SetYOffset(s.offset + n) }

// ScrollUp scrolls n lines up.
func (s *Scroller) ScrollUp(n int) { s.SetYOffset(s.offset - n) }

// ScrollBy scrolls n lines: down when n is positive, up when negative.
func (s *Scroller) ScrollBy(n int) { s.SetYOffset(s.offset + n) }

// WheelLines is how far one step of the mouse wheel scrolls a document.
const WheelLines = 3

// WheelStep is the way a wheel step goes: -1 up, 1 down, 0 sideways.
func WheelStep(m tea.Mouse) int {
	switch m.Button {
	case tea.MouseWheelUp:
		return -1
	case tea.MouseWheelDown:
		return 1
	}
	return 0
}

// Read does for a screen that shows a document what every such screen
// does alike: a wheel step scrolls it three lines, Close or Back closes
// the screen, and the movement keys scroll it. The screen handles its own
// keys before it hands a message here.
func (s *Scroller) Read(msg tea.Msg, k *KeyMap) Effect {
	switch msg := msg.(type) {
	case tea.MouseWheelMsg:
		s.ScrollBy(WheelLines * WheelStep(tea.Mouse(msg)))
	case tea.KeyPressMsg:
		if key.Matches(msg, k.Close, k.Back) {
			return CloseScreen{}
		}
		*s, _ = s.Update(msg)
	}
	return nil
}

// ScrollPercent is how far down the lines the view is.
func (s Scroller) ScrollPercent() float64 {
	if s.total <= s.height {
		return 1
	}
	return float64(s.offset) / float64(s.total-s.height)
}

// Mark says where the view is, for the border under it: "" when every
// line is in view; otherwise that there is more below and the key that
// scrolls to it, while there is, and the lines in view of the total.
func (s Scroller) Mark(g render.Glyphs, down key.Binding) string {
	return ScrollMarkAt(s.offset, s.height, s.total, g, down)
}

// ScrollMarkAt is mark for any view that scrolls: offset is its first line in
// view, height how many are in view, total how many there are.
func ScrollMarkAt(offset, height, total int, g render.Glyphs, down key.Binding) string {
	if height <= 0 || total <= height {
		return ""
	}
	last := min(total, offset+height)
	lines := fmt.Sprintf("%d-%d of %d", offset+1, last, total)
	if last >= total {
		return lines
	}
	more := g.Down + " more below"
	if k := down.Help().Key; k != "" {
		more += " (" + k + ")"
	}
	return more + " " + g.Dot + " " + lines
}

// Update scrolls for the movement keys.
func (s Scroller) Update(msg tea.Msg) (Scroller, tea.Cmd) {
	k, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return s, nil
	}
	switch {
	case key.Matches(k, s.Keys.Up):
		s.ScrollUp(1)
	case key.Matches(k, s.Keys.Down):
		s.ScrollDown(1)
	case key.Matches(k, s.Keys.PageUp):
		s.ScrollUp(max(1, s.height))
	case key.Matches(k, s.Keys.PageDown):
		s.ScrollDown(max(1, s.height))
	case key.Matches(k, s.Keys.Top):
		s.GotoTop()
	case key.Matches(k, s.Keys.Bottom):
		s.GotoBottom()
	}
	return s, nil
}
