// Package cli is omt's command line: the browser when run on a terminal, and
// plain, markdown or JSON answers for scripts and quick lookups.
//
// cli owns the commands: their flags and arguments, resolving what the user
// typed (a condition, a technique, a deck), the errors and exit codes, the
// user's data and the order things happen in. It does not lay out answers:
// every answer is printed through package render. It imports ui only to
// start the browser and the timer, which cli/fullscreen runs on the
// terminal; cli/outputfile writes an --output file, cli/external runs the
// user's pager and editor, and cli/examcli is omt exam.
package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"charm.land/fang/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/term"
	"github.com/spf13/cobra"

	"github.com/omt-reference/omt/cli/fullscreen"
	"github.com/omt-reference/omt/cli/outputfile"
	"github.com/omt-reference/omt/render"
	"github.com/omt-reference/omt/techniques"
	"github.com/omt-reference/omt/techniques/overlay"
	"github.com/omt-reference/omt/techniques/search"
)

// Exit codes: found, not found (with suggestions), usage error, output lost
// (EX_IOERR in sysexits.h), interrupted, and ended by signal n (128+n, as a
// shell reports a program a signal killed).
const (
	ExitOK          = 0
	ExitNotFound    = 1
	ExitUsage       = 2
	ExitIOError     = 74
	ExitSignalBase  = 128
	ExitInterrupted = ExitSignalBase + 2 // SIGINT
)

// exitStatuses explain each exit code, for the man page; the README says the same.
var exitStatuses = []struct{ code, meaning string }{
	{"0", "Found: the answer was printed, or the browser was left with q."},
	{"1", "Not found; the closest matches are on stderr."},
	{"2", "A command line that cannot be run as written (usage error)."},
	{"74", "The output could not be written (a full disk, a closed terminal); the error is on stderr."},
	{"130", "Interrupted with Ctrl+C (SIGINT)."},
	{"128+n", "Ended by signal n while browsing: 129 SIGHUP (the terminal closed), 131 SIGQUIT, 143 SIGTERM."},
}

// IO is where a command reads and writes, so tests can run the real commands.
type IO struct {
	In       io.Reader
	Out, Err io.Writer
	Env      []string
	// IsTerminal reports whether In and Out are both terminals; the browser runs only then.
	IsTerminal bool
	// Width is the terminal width for text output, or 0 when Out is not a terminal.
	Width int
	// Height is the terminal height, or 0 when Out is not a terminal: an
	// answer taller than this goes through the pager.
	Height int
}

// StdIO describes the process's own streams.
func StdIO() IO {
	io := IO{In: os.Stdin, Out: os.Stdout, Err: os.Stderr, Env: os.Environ()}
	io.IsTerminal = term.IsTerminal(os.Stdin.Fd()) && term.IsTerminal(os.Stdout.Fd())
	if term.IsTerminal(os.Stdout.Fd()) {
		if w, h, err := term.GetSize(os.Stdout.Fd()); err == nil {
			io.Width, io.Height = w, h
		}
	}
	return io
}

// notFoundError is an id or name that matched nothing; it carries suggestions.
type notFoundError struct {
	what, query string
	suggestions []string
	hint        string // where to find what there is, if a command lists it
}

func (e *notFoundError) Error() string {
	msg := fmt.Sprintf("no %s %s", e.what, quote(e.query))
	if len(e.suggestions) > 0 {
		msg += "; did you mean: " + strings.Join(e.suggestions, ", ") + "?"
	}
	if e.hint != "" {
		sep := "; "
		if len(e.suggestions) > 0 {
			sep = " "
		}
		msg += sep + e.hint + "."
	}
	return msg
}

// usageError is a command line that cannot be run as written.
type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }

// Run executes omt with the given arguments and returns the exit code.
func Run(ctx context.Context, args []string, stdio IO) int {
	app := &app{io: stdio, stdout: &capture{dest: stdio.Out}, profile: colourProfile(stdio.Out, stdio.Env)}
	app.io.Out = app.stdout
	root := app.rootCommand()
	root.SetArgs(args)
	root.SetIn(stdio.In)
	root.SetOut(app.io.Out)
	root.SetErr(stdio.Err)
	root.AddCommand(app.manCommand())
	root.SetHelpCommand(app.helpCommand())
	root.InitDefaultHelpCmd()  // adds it now, so that routeErrors reaches it
	fixCompletionCommand(root) // after SetOut: the scripts are written where it says
	app.routeErrors(root)
	err := fang.Execute(ctx, root,
		fang.WithVersion(version()),
		fang.WithoutManpage(), // omt has its own: see manCommand
		fang.WithErrorHandler(app.reportError),
	)
	code := app.code
	if err != nil {
		code = exitCode(err)
	}
	if err := app.flush(); err != nil {
		printError(stdio.Err, "omt", err)
		return ExitIOError
	}
	app.warnOverlays(args)
	return code
}

func exitCode(err error) int {
	var nf *notFoundError
	var ue *usageError
	var refused *refusedError
	var we *writeError
	var oe *outputfile.Error
	var sig *fullscreen.SignalError
	switch {
	case err == nil:
		return ExitOK
	case errors.As(err, &we), errors.As(err, &oe):
		return ExitIOError
	case errors.As(err, &sig):
		return ExitSignalBase + sig.Number
	case errors.As(err, &nf), errors.As(err, &refused):
		return ExitNotFound
	case errors.Is(err, errInterrupted):
		return ExitInterrupted
	case errors.As(err, &ue), isCobraUsage(err):
		return ExitUsage
	default:
		return ExitNotFound
	}
}

// isCobraUsage recognises cobra's own argument and flag errors, which it does
// not type.
func isCobraUsage(err error) bool {
	s := err.Error()
	for _, p := range []string{"unknown command", "unknown flag", "unknown shorthand flag", "accepts ",
		"requires at least", "requires at most", "invalid argument", "flag needs an argument", "required flag"} {
		if strings.Contains(s, p) {
			return true
		}
	}
	return false
}

var errInterrupted = errors.New("interrupted")

type app struct {
	io      IO       // Out is stdout, the capture
	stdout  *capture // what the command printed, written when the run ends
	profile colorprofile.Profile
	paged   bool // the command's answer goes through the pager when taller than the terminal
	catalog *techniques.Catalog
	index   *search.Index // the catalogue's search index, built on first search
	code    int           // exit code of an error the command reported itself
	// overlays is what the user's school overlays did when load applied them.
	overlays overlay.Report
}

// load reads the catalogue once, when a command first needs it, with the
// user's school overlays applied (see overlay.go).
func (a *app) load() (*techniques.Catalog, error) {
	if a.catalog != nil {
		return a.catalog, nil
	}
	c, err := techniques.Load()
	if err != nil {
		return nil, fmt.Errorf("the embedded catalogue is broken (this is a bug in omt): %w", err)
	}
	a.catalog = a.applyOverlays(c)
	a.index = search.New(a.catalog)
	return a.catalog, nil
}

// out is where a command prints its text answer, and how: colour where
// stdout takes it (see colourProfile), plain styles that emit no escapes
// elsewhere, ASCII symbols for a locale that is not UTF-8; text wrapped to
// the terminal up to 100 columns, tables as wide as the terminal.
func (a *app) out() render.Out {
	var w io.Writer = a.io.Out
	s := render.PlainStyles()
	if a.profile > colorprofile.NoTTY {
		s, w = render.NewStyles(true), &colorprofile.Writer{Forward: a.io.Out, Profile: a.profile}
	}
	if !render.UTF8Locale(a.io.Env) {
		s = s.ASCII()
	}
	return render.Out{W: w, Styles: s, Width: a.textWidth(), TableWidth: a.tableWidth()}
}

// dumbTerminal is TERM=dumb: a terminal without cursor control, where a
// full-screen program cannot draw.
func (a *app) dumbTerminal() bool {
	for _, kv := range a.io.Env {
		if kv == "TERM=dumb" {
			return true
		}
	}
	return false
}

// textWidth is what text wraps to: the terminal's width up to 100, or 80.
func (a *app) textWidth() int {
	if a.io.Width <= 0 {
		return 80
	}
	return min(a.io.Width, 100)
}

// tableWidth is what a table may fill: the terminal's width, or 80.
func (a *app) tableWidth() int {
	if a.io.Width <= 0 {
		return 80
	}
	return a.io.Width
}

// mapSlice converts every element; the result is never nil, so JSON prints [].
func mapSlice[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func version() string {
	return "0.1.0"
}

// loaded is a command's run that needs the catalogue: it gets it loaded
// (see load), or the command fails with the reason it did not load.
func (a *app) loaded(run func(cmd *cobra.Command, c *techniques.Catalog, args []string) error) func(*cobra.Command, []string) error {
	return func(cmd *cobra.Command, args []string) error {
		c, err := a.load()
		if err != nil {
			return err
		}
		return run(cmd, c, args)
	}
}
