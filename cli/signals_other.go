//go:build !unix

package cli

import (
	"io"

	tea "charm.land/bubbletea/v2"
)

// browserSignals leaves signals to Bubble Tea where there is no job
// control and no SIGHUP or SIGQUIT to answer.
type browserSignals struct{}

func newBrowserSignals(io.Writer) *browserSignals { return &browserSignals{} }

// options hands Bubble Tea the browser's message filter.
func (*browserSignals) options(next func(tea.Model, tea.Msg) tea.Msg) []tea.ProgramOption {
	return []tea.ProgramOption{tea.WithFilter(next)}
}

func (*browserSignals) watch(*tea.Program) {}

func (*browserSignals) stop() error { return nil }
