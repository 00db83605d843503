package ui

import (
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/omt-reference/omt/render"
	"github.com/omt-reference/omt/techniques"
	"github.com/omt-reference/omt/ui/common"
)

// TimerOptions set up `omt timer`.
type TimerOptions struct {
	ASCII bool // draw with ASCII only: the locale is not UTF-8
	Quiet bool // no bell at the phase changes (s turns it on)
}

// The smallest screen the full-screen timer frames; below it, the timer is
// drawn bare, so that the time still shows in a split pane.
const (
	timerFrameWidth  = 30
	timerFrameHeight = 10
)

// TimerProgram is the root model of `omt timer`: the browser's timer screen
// (timerView), full-screen, with a title and the keys. Leaving the timer
// (esc, q, or enter once it is done) ends the program.
type TimerProgram struct {
	common.Common
	global      globalKeys
	view        *timerView
	start       tea.Cmd
	help        help.Model
	ascii       bool
	width       int
	height      int
	interrupted bool
}

var _ tea.Model = TimerProgram{}

// NewTimerProgram builds the full-screen timer of t. A technique without a
// timer gets the screen that says so.
func NewTimerProgram(c *techniques.Catalog, t techniques.Technique, opts TimerOptions) TimerProgram {
	keys := common.DefaultKeyMap()
	styles := common.NewStyles(true)
	if opts.ASCII {
		keys, styles = common.ASCIIKeyMap(), styles.ASCII()
	}
	cm := common.Common{Catalog: c, Keys: &keys, Styles: styles}
	v, start := newTimerView(cm, t, opts.Quiet, common.RealClock())
	h := help.New()
	h.Styles = styles.Help
	if opts.ASCII {
		h.ShortSeparator, h.Ellipsis = " - ", "..."
	}
	return TimerProgram{Common: cm, global: newGlobalKeys(), view: v, start: start, help: h, ascii: opts.ASCII}
}

// Interrupted reports whether the user left with Ctrl+C.
func (p TimerProgram) Interrupted() bool { return p.interrupted }

// Init asks for the background colour and starts the timer's clock.
func (p TimerProgram) Init() tea.Cmd {
	return tea.Batch(tea.RequestBackgroundColor, p.start)
}

// Update handles one message; every key but Ctrl+C and Ctrl+Z is the timer's.
func (p TimerProgram) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		p.width, p.height = msg.Width, msg.Height
		p.layout()
		return p, nil
	case tea.BackgroundColorMsg:
		s := common.NewStyles(msg.IsDark())
		if p.ascii {
			s = s.ASCII()
		}
		p.Styles = s
		p.help.Styles = s.Help
		p.view.SetStyles(s)
		return p, nil
	case tea.KeyPressMsg:
		switch {
		case key.Matches(msg, p.global.ForceQuit):
			p.interrupted = true
			return p, tea.Quit
		case key.Matches(msg, p.global.Suspend):
			return p, tea.Suspend
		}
	case timerTickMsg:
	default:
		return p, nil
	}
	_, cmd, eff := p.view.Update(msg)
	if _, ok := eff.(common.CloseScreen); ok {
		return p, tea.Quit
	}
	p.layout() // the footer's keys change with the state
	return p, cmd
}

// framed reports whether the screen is large enough for the title, the box
// and the footer.
func (p TimerProgram) framed() bool {
	return p.width >= timerFrameWidth && p.height >= timerFrameHeight
}

func (p *TimerProgram) layout() {
	if !p.framed() {
		p.view.SetSize(max(1, p.width), max(1, p.height))
		return
	}
	p.help.SetWidth(p.width)
	chrome := 1 + strings.Count(p.footer(), "\n") + 1 // the title, and the footer's lines
	p.view.SetSize(p.width-p.Styles.OverlayBox.FrameWidth(), max(1, p.height-chrome-2))
}

func (p TimerProgram) footer() string {
	keys := append(p.view.ShortHelp(), p.global.ForceQuit)
	line := render.Truncate(p.help.ShortHelpView(keys), p.width, p.Styles.G.Ellipsis)
	return line + "\n" + p.Styles.Disclaimer.Render(disclaimerLines(p.width))
}

// View draws the timer full-screen.
func (p TimerProgram) View() tea.View {
	v := tea.NewView(p.render())
	v.AltScreen = true
	v.WindowTitle = "omt timer"
	return v
}

func (p TimerProgram) render() string {
	if p.width == 0 || p.height == 0 {
		return ""
	}
	if !p.framed() {
		lines := strings.Split(p.view.View(), "\n")
		for i, l := range lines {
			lines[i] = render.Truncate(l, p.width, "")
		}
		return clip(strings.Join(lines, "\n"), p.height)
	}
	title := render.Truncate(p.Styles.Title.Render("omt timer")+"  "+p.Styles.Heading.Render(p.view.tech.Name), p.width, p.Styles.G.Ellipsis)
	footer := p.footer()
	boxH := p.height - 1 - strings.Count(footer, "\n") - 1
	return clip(title+"\n"+p.Styles.OverlayBox.Render(p.view.View(), p.width, boxH)+"\n"+footer, p.height)
}
