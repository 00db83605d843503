package cli

import (
	"errors"
	"time"

	"github.com/spf13/cobra"

	"github.com/omt-reference/omt/cli/classcli"
	"github.com/omt-reference/omt/render"
	"github.com/omt-reference/omt/serve"
	"github.com/omt-reference/omt/store"
)

// classCommand is omt class, which lives in its own package: here is only
// what it is handed of the command line. It reads the database omt serve
// uses: the same OMT_DATABASE, else the same XDG path.
func (a *app) classCommand() *cobra.Command {
	return classcli.Command(classcli.Env{
		Out: a.io.Out, Err: a.io.Err, Load: a.load, ResolveDeck: resolveDeck, People: serve.People,
		WithStore: func(write bool, do func(*store.Store, func() time.Time) error) error {
			access := reading
			if write {
				access = saving
			}
			return a.withStore(access, do)
		},
		WriteOutput: a.writeOutput,
		Usage:       func(msg string) error { return &usageError{msg} },
		NotFound:    func(msg string) error { return errors.New(msg) }, // exit 1, as not found
		WriteJSON:   render.WriteJSON,
		User:        a.getenv("USER"),
	})
}
