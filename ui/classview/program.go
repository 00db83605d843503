package classview

import (
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// Program is the root model of the class view full-screen (`ssh -t host
// class`): the view, with its keys at the foot. It is the only part that
// returns a tea.View. Leaving the view ends the program.
type Program struct {
	view   Model
	help   help.Model
	ascii  bool
	width  int
	height int
}

var _ tea.Model = Program{}

// NewProgram runs the class view full-screen.
func NewProgram(opts Options) Program {
	h := help.New()
	h.Styles = NewStyles(true, opts.ASCII).Help
	if opts.ASCII {
		h.ShortSeparator, h.Ellipsis = " - ", "..."
	}
	return Program{view: New(opts), help: h, ascii: opts.ASCII}
}

// Screen is the class view inside, for tests.
func (p Program) Screen() Model { return p.view }

// Init asks for the background colour and reads the class.
func (p Program) Init() tea.Cmd {
	return tea.Batch(tea.RequestBackgroundColor, p.view.Init())
}

// Update handles one message; every key but Ctrl+C and Ctrl+Z is the
// view's.
func (p Program) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		p.width, p.height = msg.Width, msg.Height
		p.layout()
		return p, nil
	case tea.BackgroundColorMsg:
		s := NewStyles(msg.IsDark(), p.ascii)
		p.view.SetStyles(s)
		p.help.Styles = s.Help
		return p, nil
	case tea.KeyPressMsg:
		switch {
		case key.Matches(msg, p.view.keys.ForceQuit):
			return p, tea.Quit
		case key.Matches(msg, p.view.keys.Suspend):
			return p, tea.Suspend
		}
	}
	var cmd tea.Cmd
	p.view, cmd = p.view.Update(msg)
	if p.view.Done() {
		return p, tea.Quit
	}
	p.layout() // the footer's keys change with the page
	return p, cmd
}

func (p *Program) layout() {
	p.help.SetWidth(p.width)
	p.view.SetSize(p.width, p.height-1-strings.Count(p.footer(), "\n"))
}

func (p Program) footer() string {
	if p.view.showAll {
		return p.help.FullHelpView(p.view.FullHelp())
	}
	return cut(p.help.ShortHelpView(p.view.ShortHelp()), p.width, p.view.styles.G.Ellipsis)
}

// View draws the view full-screen.
func (p Program) View() tea.View {
	v := tea.NewView(p.render())
	v.AltScreen = true
	v.WindowTitle = "omt class"
	return v
}

func (p Program) render() string {
	if p.width == 0 || p.height == 0 {
		return ""
	}
	out := p.view.View() + "\n" + p.footer()
	lines := strings.Split(out, "\n")
	for i, l := range lines {
		lines[i] = cut(l, p.width, "")
	}
	return strings.Join(lines[:min(len(lines), p.height)], "\n")
}
