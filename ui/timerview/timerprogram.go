package timerview

import (
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/omt-reference/omt/render"
	"github.com/omt-reference/omt/techniques"
	"github.com/omt-reference/omt/ui/common"
)

// Options set up `omt timer`.
type Options struct {
	ASCII bool // draw with ASCII only: the locale is not UTF-8
	Quiet bool // no bell at the phase changes (s turns it on)
	// Clock is where the timer reads the time, in its commands; the zero
	// Clock is the machine's (tests pass a fake).
	Clock common.Clock
}

// The smallest screen the full-screen timer frames; below it, the timer is
// drawn bare, so that the time still shows in a split pane.
const (
	FrameWidth  = 30
	FrameHeight = 10
)

// Program is the root model of `omt timer`: the browser's timer screen
// (View), full-screen, with a title and the keys. Leaving the timer
// (esc, q, or enter once it is done) ends the program.
type Program struct {
	common.Common
	quit        key.Binding // Ctrl+C: the program's, from any state
	suspend     key.Binding // Ctrl+Z: back to the shell; fg returns
	view        *View
	start       tea.Cmd
	help        help.Model
	ascii       bool
	width       int
	height      int
	interrupted bool
}

var _ tea.Model = Program{}

// NewProgram builds the full-screen timer of t. A technique without a
// timer gets the screen that says so.
func NewProgram(c *techniques.Catalog, t techniques.Technique, opts Options) Program {
	keys := common.DefaultKeyMap()
	styles := common.NewStyles(true)
	if opts.ASCII {
		keys, styles = common.ASCIIKeyMap(), styles.ASCII()
	}
	cm := common.Common{Catalog: c, Keys: &keys, Styles: styles}
	if opts.Clock.Now == nil {
		opts.Clock = common.RealClock()
	}
	v, start := New(cm, t, opts.Quiet, opts.Clock)
	h := help.New()
	h.Styles = styles.Help
	if opts.ASCII {
		h.ShortSeparator, h.Ellipsis = " - ", "..."
	}
	return Program{Common: cm, view: v, start: start, help: h, ascii: opts.ASCII,
		quit:    key.NewBinding(key.WithKeys("ctrl+c"), key.WithHelp("ctrl+c", "quit")),
		suspend: key.NewBinding(key.WithKeys("ctrl+z"), key.WithHelp("ctrl+z", "suspend"))}
}

// Interrupted reports whether the user left with Ctrl+C.
func (p Program) Interrupted() bool { return p.interrupted }

// Init asks for the background colour and starts the timer's clock.
func (p Program) Init() tea.Cmd {
	return tea.Batch(tea.RequestBackgroundColor, p.start)
}

// Update handles one message; every key but Ctrl+C and Ctrl+Z is the timer's.
func (p Program) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
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
		case key.Matches(msg, p.quit):
			p.interrupted = true
			return p, tea.Quit
		case key.Matches(msg, p.suspend):
			return p, tea.Suspend
		}
	case TickMsg:
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
func (p Program) framed() bool {
	return p.width >= FrameWidth && p.height >= FrameHeight
}

func (p *Program) layout() {
	if !p.framed() {
		p.view.SetSize(max(1, p.width), max(1, p.height))
		return
	}
	p.help.SetWidth(p.width)
	chrome := 1 + strings.Count(p.footer(), "\n") + 1 // the title, and the footer's lines
	p.view.SetSize(p.width-p.Styles.OverlayBox.FrameWidth(), max(1, p.height-chrome-2))
}

func (p Program) footer() string {
	keys := append(p.view.ShortHelp(), p.quit)
	line := render.Truncate(p.help.ShortHelpView(keys), p.width, p.Styles.G.Ellipsis)
	return line + "\n" + p.Styles.Disclaimer.Render(common.DisclaimerLines(p.width))
}

// View draws the timer full-screen.
func (p Program) View() tea.View {
	v := tea.NewView(p.render())
	v.AltScreen = true
	v.WindowTitle = "omt timer"
	return v
}

func (p Program) render() string {
	if p.width == 0 || p.height == 0 {
		return ""
	}
	if !p.framed() {
		lines := strings.Split(p.view.View(), "\n")
		for i, l := range lines {
			lines[i] = render.Truncate(l, p.width, "")
		}
		return common.Clip(strings.Join(lines, "\n"), p.height)
	}
	title := render.Truncate(p.Styles.Title.Render("omt timer")+"  "+p.Styles.Heading.Render(p.view.tech.Name), p.width, p.Styles.G.Ellipsis)
	footer := p.footer()
	boxH := p.height - 1 - strings.Count(footer, "\n") - 1
	return common.Clip(title+"\n"+p.Styles.OverlayBox.Render(p.view.View(), p.width, boxH)+"\n"+footer, p.height)
}

// Screen is the timer screen the program runs.
func (p Program) Screen() *View { return p.view }
