package cli

import (
	"errors"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/spf13/cobra"

	"github.com/omt-reference/omt/cli/examcli"
	"github.com/omt-reference/omt/cli/fullscreen"
	"github.com/omt-reference/omt/render"
	"github.com/omt-reference/omt/store"
	"github.com/omt-reference/omt/ui"
)

// examCommand is omt exam, which lives in its own package: here is only
// what it is handed of the command line.
func (a *app) examCommand() *cobra.Command {
	return examcli.Command(examcli.Env{
		Out: a.io.Out, Err: a.io.Err, Interactive: a.io.IsTerminal && !a.dumbTerminal(),
		ASCII: !render.UTF8Locale(a.io.Env), Width: a.textWidth(), Load: a.load, ResolveDeck: resolveDeck,
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
		WriteJSON:     render.WriteJSON,
	})
}

// runFullScreen runs a full-screen program (the browser, omt timer, omt
// exam) on the terminal with the browser's handling of signals, suspend and
// an ASCII-only locale, and its message filter, which drops what a full
// input cannot take and sums wheel bursts. It returns the final model, and
// the error of a signal or an interrupt that ended it.
func (a *app) runFullScreen(cmd *cobra.Command, m tea.Model, ascii bool) (tea.Model, error) {
	final, err := fullscreen.Run(m, fullscreen.Options{Context: cmd.Context(), In: a.io.In, Out: a.stdout.dest,
		Env: a.io.Env, ASCII: ascii, Profile: a.profile, Filter: ui.NewInputFilter().Filter})
	if errors.Is(err, tea.ErrInterrupted) || errors.Is(err, tea.ErrProgramKilled) {
		return final, errInterrupted
	}
	return final, err
}
