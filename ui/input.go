package ui

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"charm.land/bubbles/v2/textarea"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"github.com/omt-reference/omt/techniques"
)

// wheelInterval is the shortest time between two wheel steps the browser
// draws: a burst of wheel events faster than this is summed, not drawn step
// by step (a trackpad flick sends hundreds).
const wheelInterval = 16 * time.Millisecond

// inputState is what the message filter and Update share about bursts of
// input. Both run on the program's event loop, one after the other.
type inputState struct {
	lastWheel    time.Time
	pendingWheel []tea.Mouse // wheel steps dropped in a burst, applied by the next flush
	flushPending bool
}

// wheelFlushMsg applies the wheel steps a burst left pending.
type wheelFlushMsg struct{}

// Filter is the program's message filter (tea.WithFilter). It drops what
// cannot change the screen before Update and View pay for it: a key typed
// into a text input that is already full (an unbracketed paste of a whole
// page arrives as that many keys), and wheel steps faster than the screen
// is drawn, which it sums for the next drawn step.
func Filter(model tea.Model, msg tea.Msg) tea.Msg {
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
		now := time.Now()
		in := m.input
		if in == nil {
			return msg
		}
		if now.Sub(in.lastWheel) < wheelInterval {
			in.pendingWheel = append(in.pendingWheel, msg.Mouse())
			return nil
		}
		in.lastWheel = now
	}
	return msg
}

// inputFull reports whether the text input with focus can take no more text.
func (m Model) inputFull() bool {
	if m.overlay != nil {
		f, ok := m.overlay.(interface{ full() bool })
		return ok && f.full()
	}
	return m.searching && len(m.search.Value()) >= techniques.MaxQueryLen
}

// flushWheel applies the wheel steps a burst left pending, and asks for
// another flush while steps keep arriving.
func (m Model) flushWheel() (Model, tea.Cmd) {
	in := m.input
	if in == nil {
		return m, nil
	}
	pending := in.pendingWheel
	in.pendingWheel, in.flushPending = nil, false
	for _, mouse := range pending {
		m.wheel(mouse)
	}
	return m, m.scheduleFlush()
}

// scheduleFlush asks for a flush after the wheel interval, once, if steps
// are pending or may still arrive.
func (m Model) scheduleFlush() tea.Cmd {
	in := m.input
	if in == nil || in.flushPending {
		return nil
	}
	in.flushPending = true
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

// paste puts pasted text into the input that has focus: the open overlay's,
// the search's, or, while browsing, a new search.
func (m Model) paste(msg tea.PasteMsg) (Model, tea.Cmd) {
	text := sanitizePaste(msg.Content)
	if text == "" {
		return m, nil
	}
	if m.overlay != nil {
		return m.routeToOverlay(tea.PasteMsg{Content: text})
	}
	var focus tea.Cmd
	if !m.searching {
		m.searching = true
		m.focus = listPane
		focus = m.search.Focus()
	}
	before := m.search.Value()
	var cmd tea.Cmd
	m.search, cmd = m.search.Update(tea.PasteMsg{Content: text})
	if m.search.Value() != before {
		m.refilter(true)
	}
	return m, tea.Batch(focus, cmd)
}

// newTextInput is a text input that takes a terminal's paste but never
// reads the system clipboard itself: bubbles' Ctrl+V runs xclip, wl-paste
// or pbpaste on the machine omt runs on, which under omt serve is the
// server's clipboard, not the student's.
func newTextInput() textinput.Model {
	in := textinput.New()
	in.KeyMap.Paste.SetEnabled(false)
	return in
}

// newTextArea is the note editor's text area, with the same rule as
// newTextInput.
func newTextArea() textarea.Model {
	area := textarea.New()
	area.KeyMap.Paste.SetEnabled(false)
	return area
}
