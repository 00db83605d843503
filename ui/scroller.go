package ui

import (
	"fmt"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/omt-reference/omt/render"
)

// scroller is the scroll position over lines laid out elsewhere. It replaces
// a viewport in the detail pane: the viewport measures every line each time
// its content is set, which cost more than the rest of a keystroke.
type scroller struct {
	keys   *KeyMap
	offset int
	height int
	total  int
}

// YOffset is the first line in view.
func (s scroller) YOffset() int { return s.offset }

// Height is how many lines are in view.
func (s scroller) Height() int { return s.height }

// TotalLineCount is how many lines there are.
func (s scroller) TotalLineCount() int { return s.total }

func (s *scroller) SetHeight(h int) {
	s.height = max(0, h)
	s.SetYOffset(s.offset)
}

// SetTotal says how many lines there are now.
func (s *scroller) SetTotal(n int) {
	s.total = max(0, n)
	s.SetYOffset(s.offset)
}

// SetYOffset scrolls to a line, never past the last screenful.
func (s *scroller) SetYOffset(n int) { s.offset = max(0, min(n, s.total-s.height)) }

func (s *scroller) GotoTop()         { s.offset = 0 }
func (s *scroller) GotoBottom()      { s.SetYOffset(s.total) }
func (s *scroller) ScrollDown(n int) { s.SetYOffset(s.offset + n) }
func (s *scroller) ScrollUp(n int)   { s.SetYOffset(s.offset - n) }

// ScrollBy scrolls n lines: down when n is positive, up when negative.
func (s *scroller) ScrollBy(n int) { s.SetYOffset(s.offset + n) }

// wheelLines is how far one step of the mouse wheel scrolls a document.
const wheelLines = 3

// wheelStep is the way a wheel step goes: -1 up, 1 down, 0 sideways.
func wheelStep(m tea.Mouse) int {
	switch m.Button {
	case tea.MouseWheelUp:
		return -1
	case tea.MouseWheelDown:
		return 1
	}
	return 0
}

// read does for a screen that shows a document what every such screen
// does alike: a wheel step scrolls it three lines, Close or Back closes
// the screen, and the movement keys scroll it. The screen handles its own
// keys before it hands a message here.
func (s *scroller) read(msg tea.Msg, k *KeyMap) effect {
	switch msg := msg.(type) {
	case tea.MouseWheelMsg:
		s.ScrollBy(wheelLines * wheelStep(tea.Mouse(msg)))
	case tea.KeyPressMsg:
		if key.Matches(msg, k.Close, k.Back) {
			return closeOverlay{}
		}
		*s, _ = s.Update(msg)
	}
	return nil
}

// ScrollPercent is how far down the lines the view is.
func (s scroller) ScrollPercent() float64 {
	if s.total <= s.height {
		return 1
	}
	return float64(s.offset) / float64(s.total-s.height)
}

// mark says where the view is, for the border under it: "" when every
// line is in view; otherwise that there is more below and the key that
// scrolls to it, while there is, and the lines in view of the total.
func (s scroller) mark(g render.Glyphs, down key.Binding) string {
	return scrollMark(s.offset, s.height, s.total, g, down)
}

// scrollMark is mark for any view that scrolls: offset is its first line in
// view, height how many are in view, total how many there are.
func scrollMark(offset, height, total int, g render.Glyphs, down key.Binding) string {
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
func (s scroller) Update(msg tea.Msg) (scroller, tea.Cmd) {
	k, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return s, nil
	}
	switch {
	case key.Matches(k, s.keys.Up):
		s.ScrollUp(1)
	case key.Matches(k, s.keys.Down):
		s.ScrollDown(1)
	case key.Matches(k, s.keys.PageUp):
		s.ScrollUp(max(1, s.height))
	case key.Matches(k, s.keys.PageDown):
		s.ScrollDown(max(1, s.height))
	case key.Matches(k, s.keys.Top):
		s.GotoTop()
	case key.Matches(k, s.keys.Bottom):
		s.GotoBottom()
	}
	return s, nil
}
