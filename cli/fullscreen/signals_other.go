//go:build !unix

package fullscreen

import (
	"io"

	tea "charm.land/bubbletea/v2"
)

// signals leaves signals to Bubble Tea where there is no job
// control and no SIGHUP or SIGQUIT to answer.
type signals struct{}

func newSignals(io.Writer) *signals { return &signals{} }

// options hands Bubble Tea the browser's message filter.
func (*signals) options(next func(tea.Model, tea.Msg) tea.Msg) []tea.ProgramOption {
	return []tea.ProgramOption{tea.WithFilter(next)}
}

func (*signals) watch(*tea.Program) {}

func (*signals) stop() error { return nil }
