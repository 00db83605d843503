package ui

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	tea "charm.land/bubbletea/v2"

	"github.com/omt-reference/omt/techniques"
)

// wheelInterval is the shortest time between two wheel steps the browser
// draws: a burst of wheel events faster than this is summed, not drawn step
// by step (a trackpad flick sends hundreds).
const wheelInterval = 16 * time.Millisecond

// wheelFlushMsg applies the wheel steps a burst held back. The filter
// (InputFilter) fills in held as the message passes it.
type wheelFlushMsg struct{ held []tea.Mouse }

// InputFilter is a program's message filter (tea.WithFilter). It drops
// what cannot change the screen before Update and View pay for it: a key
// typed into a text input that is already full (an unbracketed paste of a
// whole page arrives as that many keys), and wheel steps faster than the
// screen is drawn, which it holds back for the next flush.
//
// Its state is its own, not the model's: when it let a wheel step through
// last, and the steps it held back since. It hands the held steps to
// Update inside the flush message, so the model changes only in Update
// and shares nothing with the filter. One filter serves one program.
type InputFilter struct {
	now       func() time.Time
	lastWheel time.Time
	held      []tea.Mouse
}

// NewInputFilter is the message filter for one program: pass its Filter
// to tea.WithFilter.
func NewInputFilter() *InputFilter { return &InputFilter{now: time.Now} }

// Filter lets a message through to Update, drops it, or (a wheel flush)
// fills in the steps held back.
func (f *InputFilter) Filter(model tea.Model, msg tea.Msg) tea.Msg {
	m, ok := model.(Model)
	if !ok {
		return msg
	}
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		if msg.Text != "" && m.inputFull() {
			return nil
		}
	case tea.MouseWheelMsg:
		now := f.now()
		if now.Sub(f.lastWheel) < wheelInterval {
			f.held = append(f.held, msg.Mouse())
			return nil
		}
		f.lastWheel = now
	case wheelFlushMsg:
		held := f.held
		f.held = nil
		return wheelFlushMsg{held: append(msg.held, held...)}
	}
	return msg
}

// inputFull reports whether the text input with focus can take no more text.
func (m Model) inputFull() bool {
	if m.overlay != nil {
		f, ok := m.overlay.(interface{ Full() bool })
		return ok && f.Full()
	}
	return m.browse.full()
}

// flushWheel applies the wheel steps a burst held back, and asks for
// another flush while steps keep arriving; a flush that finds none ends
// the burst.
func (m Model) flushWheel(msg wheelFlushMsg) (Model, tea.Cmd) {
	m.flushDue = false
	if len(msg.held) == 0 {
		return m, nil
	}
	cmds := make([]tea.Cmd, 0, len(msg.held)+1)
	for _, mouse := range msg.held {
		var cmd tea.Cmd
		m, cmd = m.scroll(mouse)
		cmds = append(cmds, cmd)
	}
	return m, tea.Batch(append(cmds, m.scheduleFlush())...)
}

// scroll takes a wheel step where the wheel goes: to the open screen, or
// to what is under the pointer.
func (m Model) scroll(mouse tea.Mouse) (Model, tea.Cmd) {
	if m.overlay != nil {
		return m.routeToOverlay(tea.MouseWheelMsg(mouse))
	}
	m.browse.wheel(mouse)
	return m, nil
}

// scheduleFlush asks for a flush after the wheel interval, unless one is
// on its way: the filter may be holding steps back for it.
func (m *Model) scheduleFlush() tea.Cmd {
	if m.flushDue {
		return nil
	}
	m.flushDue = true
	return tea.Tick(wheelInterval, func(time.Time) tea.Msg { return wheelFlushMsg{} })
}

// sanitizePaste makes pasted text fit a one-line input: control characters
// go, line breaks and tabs become spaces, runs of spaces shrink to one, and
// the text is cut to the longest query the browser reads.
func sanitizePaste(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		switch {
		case r == '\n' || r == '\r' || r == '\t' || unicode.IsSpace(r):
			space = b.Len() > 0
			continue
		case unicode.IsControl(r) || r == '\uFFFD' || unicode.Is(unicode.Cf, r):
			continue
		}
		n := utf8.RuneLen(r)
		if space {
			n++
		}
		if b.Len()+n > techniques.MaxQueryLen {
			break
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

// paste puts pasted text into the input that has focus: the open
// screen's, or the browse page's search (a new one while browsing).
func (m Model) paste(msg tea.PasteMsg) (Model, tea.Cmd) {
	text := sanitizePaste(msg.Content)
	if text == "" {
		return m, nil
	}
	if m.overlay != nil {
		return m.routeToOverlay(tea.PasteMsg{Content: text})
	}
	return m.routeToBrowse(tea.PasteMsg{Content: text})
}
