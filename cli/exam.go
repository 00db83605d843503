package cli

import (
	"errors"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/spf13/cobra"

	"github.com/omt-reference/omt/cli/examcli"
	"github.com/omt-reference/omt/store"
	"github.com/omt-reference/omt/ui"
)

// examCommand is omt exam, which lives in its own package: here is only
// what it is handed of the command line.
func (a *app) examCommand() *cobra.Command {
	return examcli.Command(examcli.Env{
		Out: a.io.Out, Err: a.io.Err, Interactive: a.io.IsTerminal && !a.dumbTerminal(),
		ASCII: !ui.UTF8Locale(a.io.Env), Width: a.textWidth(), Load: a.load, ResolveDeck: resolveDeck,
		WithStore: func(write bool, do func(*store.Store, func() time.Time) error) error {
			access := reading
			if write {
				access = saving
			}
			return a.withStore(access, do)
		},
		RunFullScreen: a.runFullScreen,
		Usage:         func(msg string) error { return &usageError{msg} },
		NotFound:      func(msg string) error { return errors.New(msg) }, // exit 1, as not found
		Interrupted:   errInterrupted,
		WriteJSON:     writeJSON,
	})
}

// runFullScreen runs a full-screen program (the browser, omt timer, omt
// exam) on the terminal with the browser's handling of signals, suspend and
// an ASCII-only locale. It returns the final model, and the error of a
// signal or an interrupt that ended it.
func (a *app) runFullScreen(cmd *cobra.Command, m tea.Model, ascii bool) (tea.Model, error) {
	options := []tea.ProgramOption{
		tea.WithContext(cmd.Context()),
		tea.WithInput(a.io.In),
		tea.WithOutput(a.terminal(ascii)),
		tea.WithEnvironment(a.io.Env),
	}
	if profile := colorprofile.Detect(a.stdout.dest, a.io.Env); a.profile != profile {
		options = append(options, tea.WithColorProfile(a.profile)) // NO_COLOR or CLICOLOR=0
	}
	signals := newBrowserSignals(a.stdout.dest)
	// ui.Filter drops what a full input cannot take and sums wheel bursts.
	options = append(options, signals.options(ui.Filter)...)
	p := tea.NewProgram(m, options...)
	signals.watch(p)
	final, err := runProgram(p, a.io.In)
	if err := signals.stop(); err != nil {
		return final, err
	}
	if errors.Is(err, tea.ErrInterrupted) || errors.Is(err, tea.ErrProgramKilled) {
		return final, errInterrupted
	}
	return final, err
}
