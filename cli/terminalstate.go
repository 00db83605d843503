package cli

import (
	"io"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/term"
)

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
