// Package timerview is the guided timer (t, and omt timer): a technique's
// phases counted down in large figures (package timer runs them), the
// repetition, a progress bar and a bell at each phase change; a technique
// without a timer gets a plain statement that its sources fix no timing.
// View is the screen the browser opens; Program runs it full-screen for omt
// timer. It reads the time in its commands only, from the Clock it is given.
package timerview

import (
	"image/color"
	"time"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/progress"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"github.com/omt-reference/omt/render"
	"github.com/omt-reference/omt/techniques"
	"github.com/omt-reference/omt/timer"
	"github.com/omt-reference/omt/ui/common"
)

// How often the timer wakes: often enough that a key acts at most this late
// (keys carry no time; the run reads it from the latest tick), rarely enough
// to cost nothing. A countdown also wakes exactly when it ends, so the bell
// is on time.
const (
	tickRunning = 250 * time.Millisecond
	TickIdle    = 500 * time.Millisecond // ready or paused: only the flash moves
	FlashFor    = time.Second            // the phase name is shown inverted this long after a change
)

// TickMsg is a tick of one timer: it carries the time, so the run never
// reads the clock in Update, and its Owner, so a closed timer's last tick
// does not drive the next one.
type TickMsg struct {
	Owner *View
	At    time.Time
}

// timerStyles are the timer's own styles, from the palette.
type timerStyles struct {
	clock, label, flash, waiting, done lipgloss.Style
	barFull, barEmpty                  color.Color
}

func newTimerStyles(p render.Palette) timerStyles {
	return timerStyles{
		clock:    lipgloss.NewStyle().Bold(true).Foreground(p.Primary),
		label:    lipgloss.NewStyle().Bold(true).Foreground(p.Text),
		flash:    lipgloss.NewStyle().Bold(true).Reverse(true),
		waiting:  lipgloss.NewStyle().Bold(true).Foreground(p.Warning),
		done:     lipgloss.NewStyle().Bold(true).Foreground(p.Accent),
		barFull:  p.Primary,
		barEmpty: p.Border,
	}
}

// View runs a technique's guided timer (see package timer): a large
// countdown, the phase and the repetition, a progress bar, and a bell at each
// phase change. A technique without a timer gets a plain statement that the
// sources fix no timing, in the entry's own words, and no countdown.
type View struct {
	common.Common
	tech      techniques.Technique
	run       *timer.Run
	clock     common.Clock // read in the timer's commands only, never in Update
	now       time.Time    // the time of the latest tick
	changedAt time.Time    // when a phase last began or the run ended
	quiet     bool         // no bell
	bar       progress.Model
	width     int
	height    int
	keys      timerKeys
	look      timerStyles // the clock's own styles, from the palette
}

var _ common.Screen = (*View)(nil)

// timerKeys are the timer's own keys, for hands that are busy: big keys,
// each with one job. It shares Close (KeyMap).
type timerKeys struct {
	*common.KeyMap
	Pause  key.Binding // start, pause and resume
	Next   key.Binding // end a phase that waits for the operator
	Bell   key.Binding // the bell at each phase change, off and on
	Cancel key.Binding // stop the timer and close it
}

func newTimerKeys(shared *common.KeyMap) timerKeys {
	return timerKeys{
		KeyMap: shared,
		Pause:  key.NewBinding(key.WithKeys("space"), key.WithHelp("space", "start/pause")),
		Next:   key.NewBinding(key.WithKeys("enter", "n"), key.WithHelp("enter/n", "next")),
		Bell:   key.NewBinding(key.WithKeys("s"), key.WithHelp("s", "bell off")),
		Cancel: key.NewBinding(key.WithKeys("esc", "q"), key.WithHelp("esc/q", "cancel")),
	}
}

// Entry opens the guided timer (t) on the technique in view.
func Entry() common.Entry {
	return common.Entry{
		Key: key.NewBinding(key.WithKeys("t"), key.WithHelp("t", "timer")),
		Open: func(c common.Context) (common.Screen, tea.Cmd, string) {
			if c.Technique == nil {
				return nil, nil, "Select a technique to time it."
			}
			return common.Opened(New(c.Common, *c.Technique, c.Quiet, c.Clock))
		},
	}
}

// New opens the timer for t, ready to start; the command starts its
// ticks, each of which carries the time it was read.
func New(c common.Common, t techniques.Technique, quiet bool, clock common.Clock) (*View, tea.Cmd) {
	v := &View{Common: c, tech: t, run: timer.New(timer.Steps(t)), clock: clock, quiet: quiet, keys: newTimerKeys(c.Keys)}
	v.SetStyles(c.Styles)
	if !t.Timer.Defined() {
		return v, nil
	}
	return v, func() tea.Msg { return TickMsg{Owner: v, At: v.clock.Now()} }
}

// Title heads the screen.
func (v *View) Title() string { return "Timer: " + v.tech.Name }

// ShortHelp is the keys that work now, for the footer.
func (v *View) ShortHelp() []key.Binding {
	k := v.keys
	if !v.tech.Timer.Defined() || v.run.State() == timer.Done {
		return []key.Binding{common.WithHelp(k.Cancel, "close")}
	}
	pause := common.WithHelp(k.Pause, "pause")
	switch v.run.State() {
	case timer.Ready:
		pause = common.WithHelp(k.Pause, "start")
	case timer.Paused:
		pause = common.WithHelp(k.Pause, "resume")
	}
	help := []key.Binding{pause}
	if v.run.WaitsForKey() {
		help = append(help, common.WithHelp(k.Next, "done, next"))
	}
	bell := k.Bell
	if v.quiet {
		bell = common.WithHelp(bell, "bell on")
	}
	return append(help, bell, k.Cancel)
}

// FullHelp is the keys for the help: those that work now.
func (v *View) FullHelp() [][]key.Binding { return [][]key.Binding{v.ShortHelp()} }

// SetSize lays the screen out in w columns and h lines.
func (v *View) SetSize(w, h int) {
	v.width, v.height = w, h
	v.bar.SetWidth(max(1, min(w, 60)))
}

// SetStyles draws the screen in s.
func (v *View) SetStyles(s *common.Styles) {
	v.Styles = s
	v.look = newTimerStyles(s.Palette)
	v.bar = progress.New(progress.WithoutPercentage(), progress.WithFillCharacters(firstRune(s.G.Block, '#'), firstRune(s.G.Shade, '-')),
		progress.WithColors(v.look.barFull), progress.WithWidth(max(1, min(v.width, 60))))
	v.bar.EmptyColor = v.look.barEmpty
}

// firstRune is the first character of a glyph, or or if it is empty.
func firstRune(glyph string, or rune) rune {
	for _, r := range glyph {
		return r
	}
	return or
}

// Update takes the timer's ticks and keys; the time comes from the ticks only.
func (v *View) Update(msg tea.Msg) (common.Screen, tea.Cmd, common.Effect) {
	switch msg := msg.(type) {
	case TickMsg:
		if msg.Owner != v || !v.ticking() {
			return v, nil, nil
		}
		v.now = msg.At
		return v, tea.Batch(v.changed(v.run.Tick(msg.At), true), v.tick()), nil
	case tea.KeyPressMsg:
		return v.press(msg)
	}
	return v, nil, nil
}

// press handles a key. A key carries no time: it acts at the latest tick.
func (v *View) press(msg tea.KeyPressMsg) (common.Screen, tea.Cmd, common.Effect) {
	k := v.keys
	if !v.tech.Timer.Defined() || v.run.State() == timer.Done {
		if key.Matches(msg, k.Cancel, k.Next, k.Close) {
			return v, nil, common.CloseScreen{}
		}
		return v, nil, nil
	}
	if v.now.IsZero() && !key.Matches(msg, k.Cancel) {
		return v, nil, nil // the clock has not been read yet: nothing to time from
	}
	switch {
	case key.Matches(msg, k.Cancel):
		v.run.Cancel(v.now)
		return v, nil, common.CloseScreen{}
	case key.Matches(msg, k.Pause):
		return v, v.changed(v.run.Toggle(v.now), false), nil
	case key.Matches(msg, k.Next):
		return v, v.changed(v.run.Next(v.now), false), nil
	case key.Matches(msg, k.Bell):
		v.quiet = !v.quiet
	}
	return v, nil, nil
}

// changed marks a phase change for the flash. When time made it (ring), it
// rings the bell too: a change the operator's own key made needs no alarm.
func (v *View) changed(c timer.Change, ring bool) tea.Cmd {
	if !c.Any() {
		return nil
	}
	v.changedAt = v.now
	if v.quiet || !ring {
		return nil
	}
	return tea.Raw("\a") // BEL: the terminal beeps, or flashes if set to a visual bell
}

// ticking reports whether the timer still needs its clock.
func (v *View) ticking() bool {
	s := v.run.State()
	return s == timer.Ready || s == timer.Running || s == timer.Paused
}

// tick asks for the next tick: soon while a countdown runs, and exactly when
// it ends.
func (v *View) tick() tea.Cmd {
	if !v.ticking() {
		return nil
	}
	every := TickIdle
	if v.run.State() == timer.Running {
		every = tickRunning
		if left := v.run.Remaining(); left > 0 && left < every {
			every = left
		}
	}
	now := v.clock.Now
	return v.clock.After(every, func(time.Time) tea.Msg { return TickMsg{Owner: v, At: now()} })
}

// flashing reports whether the phase has just changed.
func (v *View) flashing() bool {
	return !v.changedAt.IsZero() && v.now.Sub(v.changedAt) < FlashFor
}

// Run is the timer's run: its state, the step on show, the time left.
func (v *View) Run() *timer.Run { return v.run }

// Technique is the technique timed.
func (v *View) Technique() techniques.Technique { return v.tech }

// Now is the time the latest tick read, zero before the first.
func (v *View) Now() time.Time { return v.now }

// Flashing reports whether the phase has just changed (its name is shown
// inverted for a while).
func (v *View) Flashing() bool { return v.flashing() }
