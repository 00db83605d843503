// Package fullscreen runs a full-screen Bubble Tea program (omt's browser,
// its timer) on the user's terminal and gives the terminal back as it found
// it, whatever ends the program: it answers the signals a full-screen
// program must answer itself (SIGINT, SIGTERM, SIGHUP and SIGQUIT end it,
// SIGTSTP suspends it as Ctrl+Z does), puts the terminal's modes and window
// title back, and writes the frames in ASCII of the same width for a locale
// that is not UTF-8. It knows nothing of omt's screens; the command line
// (cli) hands it the model.
package fullscreen

import (
	"context"
	"io"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/term"
)

// Options are how a program is run.
type Options struct {
	Context context.Context
	// In and Out are the terminal; Env is the environment it runs in.
	In  io.Reader
	Out io.Writer
	Env []string
	// ASCII rewrites every frame in ASCII, for a locale that is not UTF-8.
	ASCII bool
	// Profile is the colour the program may use; it is forced on the
	// program where it differs from what Out would be detected as
	// (NO_COLOR, CLICOLOR=0).
	Profile colorprofile.Profile
	// Filter is the program's own message filter; the watch for suspends
	// runs after it, since a program takes one filter.
	Filter func(tea.Model, tea.Msg) tea.Msg
}

// SignalError is a program ended by a signal; omt exits 128+Number, the
// status a shell gives a program that a signal killed, and says nothing:
// the user or the system sent it.
type SignalError struct {
	Name   string
	Number int
}

func (e *SignalError) Error() string { return "ended by " + e.Name }

// Run runs model on the terminal until it ends, and returns its final model
// and the error it ended with: a *SignalError when a signal ended it.
func Run(model tea.Model, o Options) (tea.Model, error) {
	out := o.Out
	if f, ok := o.Out.(term.File); ok && o.ASCII {
		out = &asciiTerminal{File: f}
	}
	options := []tea.ProgramOption{
		tea.WithContext(o.Context),
		tea.WithInput(o.In),
		tea.WithOutput(out),
		tea.WithEnvironment(o.Env),
	}
	if colorprofile.Detect(o.Out, o.Env) != o.Profile {
		options = append(options, tea.WithColorProfile(o.Profile)) // NO_COLOR or CLICOLOR=0
	}
	sig := newSignals(o.Out)
	options = append(options, sig.options(o.Filter)...)
	p := tea.NewProgram(model, options...)
	sig.watch(p)
	final, err := runProgram(p, o.In)
	if serr := sig.stop(); serr != nil {
		return final, serr
	}
	return final, err
}

// runProgram runs a full-screen program that reads from in, and puts the
// terminal's modes back as they were before it, whatever ended it. Bubble
// Tea restores them itself when the program ends and when it recovers a
// panic, but two of its start-up errors (reading the terminal's size,
// starting the input reader) return after raw mode with nothing restored,
// and a shell left raw echoes nothing and runs nothing on enter. Restoring
// again what Bubble Tea already restored changes nothing.
func runProgram(p *tea.Program, in io.Reader) (tea.Model, error) {
	defer restoreTerminal(in)()
	return p.Run()
}

// restoreTerminal records the modes of in, when it is a terminal, and
// returns the function that sets them back.
func restoreTerminal(in io.Reader) func() {
	f, ok := in.(term.File)
	if !ok || !term.IsTerminal(f.Fd()) {
		return func() {}
	}
	state, err := term.GetState(f.Fd())
	if err != nil {
		return func() {}
	}
	return func() { _ = term.Restore(f.Fd(), state) }
}
