package exam

import (
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/omt-reference/omt/exam"
)

// Program is the root model of `omt exam`: the exam screen full-screen,
// with its keys at the foot. It is the only part that returns a tea.View.
// Leaving the screen ends the program; Ctrl+C leaves the block unfinished
// (abandoned, to resume) and ends it too.
type Program struct {
	screen      Model
	help        help.Model
	ascii       bool
	width       int
	height      int
	interrupted bool
}

var _ tea.Model = Program{}

// NewProgram runs the exam screen over a session full-screen.
func NewProgram(s *exam.Session, opts Options) Program {
	h := help.New()
	h.Styles = NewStyles(true, opts.ASCII).Help
	if opts.ASCII {
		h.ShortSeparator, h.Ellipsis = " - ", "..."
	}
	return Program{screen: New(s, opts), help: h, ascii: opts.ASCII}
}

// Interrupted reports whether the student left with Ctrl+C.
func (p Program) Interrupted() bool { return p.interrupted }

// Session is the block sat, for the caller to save as the program ends.
func (p Program) Session() *exam.Session { return p.screen.Session() }

// Init asks for the background colour and starts the clock.
func (p Program) Init() tea.Cmd {
	return tea.Batch(tea.RequestBackgroundColor, p.screen.Init())
}

// Update handles one message; every key but Ctrl+C and Ctrl+Z is the
// screen's.
func (p Program) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		p.width, p.height = msg.Width, msg.Height
		p.layout()
		return p, nil
	case tea.BackgroundColorMsg:
		s := NewStyles(msg.IsDark(), p.ascii)
		p.screen.SetStyles(s)
		p.help.Styles = s.Help
		return p, nil
	case tea.KeyPressMsg:
		switch {
		case key.Matches(msg, p.screen.keys.ForceQuit):
			p.screen.session.Abandon()
			p.interrupted = true
			return p, tea.Quit
		case key.Matches(msg, p.screen.keys.Suspend):
			return p, tea.Suspend
		}
	}
	var cmd tea.Cmd
	p.screen, cmd = p.screen.Update(msg)
	if p.screen.Done() {
		// The last save first: the block is kept as left before the end.
		return p, tea.Sequence(cmd, tea.Quit)
	}
	p.layout() // the footer's keys change with the screen
	return p, cmd
}

func (p *Program) layout() {
	p.help.SetWidth(p.width)
	p.screen.SetSize(p.width, p.height-1-strings.Count(p.footer(), "\n"))
}

func (p Program) footer() string {
	if p.screen.showAll {
		return p.help.FullHelpView(p.screen.FullHelp())
	}
	return cut(p.help.ShortHelpView(p.screen.ShortHelp()), p.width, p.screen.styles.G.Ellipsis)
}

// View draws the screen full-screen.
func (p Program) View() tea.View {
	v := tea.NewView(p.render())
	v.AltScreen = true
	v.WindowTitle = "omt exam"
	return v
}

func (p Program) render() string {
	if p.width == 0 || p.height == 0 {
		return ""
	}
	out := p.screen.View() + "\n" + p.footer()
	lines := strings.Split(out, "\n")
	for i, l := range lines {
		lines[i] = cut(l, p.width, "")
	}
	return strings.Join(lines[:min(len(lines), p.height)], "\n")
}
