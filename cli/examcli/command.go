// Package examcli is `omt exam`: a practice exam on the terminal, and the
// history and results of past blocks for scripts. It is a package of its
// own below cli, which hands it what it needs of the command line (Env), so
// that a new command does not grow cli.
package examcli

import (
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/spf13/cobra"

	"github.com/omt-reference/omt/cards"
	"github.com/omt-reference/omt/exam"
	"github.com/omt-reference/omt/store"
	"github.com/omt-reference/omt/techniques"
	examui "github.com/omt-reference/omt/ui/exam"
)

// Env is what the exam commands need of the command line around them.
type Env struct {
	// Out and Err are the command's streams.
	Out, Err io.Writer
	// Interactive is true on a terminal that can run a full-screen program.
	Interactive bool
	// ASCII draws with ASCII only: the locale is not UTF-8.
	ASCII bool
	// Width is the width text is wrapped to.
	Width int
	// Load reads the catalogue.
	Load func() (*techniques.Catalog, error)
	// ResolveDeck reads a deck by name or title, with suggestions when it
	// matches none.
	ResolveDeck func(c *techniques.Catalog, all []cards.Card, query string) (name, title string, err error)
	// WithStore runs do over the local database, opened for writing (and
	// created if need be) or read-only; now is the clock (OMT_NOW moves it).
	WithStore func(write bool, do func(s *store.Store, now func() time.Time) error) error
	// RunFullScreen runs a program on the terminal with omt's handling of
	// signals and suspend; it returns the final model, and an error for a
	// signal or an interrupt that ended it.
	RunFullScreen func(cmd *cobra.Command, m tea.Model, ascii bool) (tea.Model, error)
	// Usage makes the error of a command line that cannot be run as written
	// (exit 2), NotFound that of a block that is not there (exit 1).
	Usage    func(msg string) error
	NotFound func(msg string) error
	// Interrupted is the error of a program left with Ctrl+C (exit 130).
	Interrupted error
	// WriteJSON prints a value as JSON, safe for a terminal.
	WriteJSON func(w io.Writer, v any) error
}

// latest is --resume without a block number: the newest unfinished block.
const latest = "latest"

// options are the flags of omt exam.
type options struct {
	decks        []string
	size         int
	seed         uint64
	mode         string
	limit        time.Duration
	countReviews bool
	resume       string
}

// Command is `omt exam` and its subcommands.
func Command(env Env) *cobra.Command {
	var o options
	cmd := &cobra.Command{
		Use:   "exam",
		Short: "A practice exam: a block of board-style questions, timed at the COMLEX pace or in tutor mode",
		Long: "Builds a block of multiple-choice questions across the decks (40 by default, as a COMLEX section)\n" +
			"and runs it full-screen. Timed mode allows 90 seconds a question (an hour for 40) and shows the\n" +
			"answers at the end; tutor mode has no limit and explains each answer as it is given. Flag questions\n" +
			"to come back to, move back and forth, and submit: the score comes overall and by topic, with a\n" +
			"review of every question and its explanation.\n\n" +
			"Every block is kept. One left with q or Ctrl+C (or a closed terminal) can be resumed with the time\n" +
			"it had left: omt exam --resume. A block never changes your study schedule unless you ask it to\n" +
			"with --count-reviews, which records each answer as a review when the block ends.",
		Example: "  omt exam\n" +
			"  omt exam --mode tutor --size 20\n" +
			"  omt exam --deck family/counterstrain --deck map/chapman --count-reviews\n" +
			"  omt exam --resume\n" +
			"  omt exam history --json\n" +
			"  omt exam show 3 --json",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error { return run(env, cmd, o) },
	}
	f := cmd.Flags()
	f.StringSliceVarP(&o.decks, "deck", "d", nil, "draw from these decks only (see omt study decks); repeat or separate with commas")
	f.IntVarP(&o.size, "size", "n", exam.DefaultSize, "questions in the block")
	f.Uint64Var(&o.seed, "seed", 0, "draw the block with this seed, to draw the same block again (default: a new one)")
	f.StringVar(&o.mode, "mode", string(exam.Timed), "timed (90 s a question, answers at the end) or tutor (no limit, each answer explained)")
	f.DurationVar(&o.limit, "time", 0, "a timed block's time, such as 45m (0: 90 s a question)")
	f.BoolVar(&o.countReviews, "count-reviews", false, "record each answer as a study review when the block ends (it changes your schedule)")
	f.StringVar(&o.resume, "resume", "", "continue the newest unfinished block, or --resume=N block N, with the time it had left")
	f.Lookup("resume").NoOptDefVal = latest
	cmd.AddCommand(historyCommand(env), showCommand(env))
	return cmd
}

// run sits a block on the terminal: a new one, or one to resume.
func run(env Env, cmd *cobra.Command, o options) error {
	if !env.Interactive {
		return env.Usage("omt exam runs a block on a terminal; for scripts use omt exam history or omt exam show")
	}
	if o.resume != "" {
		for _, name := range []string{"deck", "size", "seed", "mode", "time", "count-reviews"} {
			if cmd.Flags().Changed(name) {
				return env.Usage("--resume goes on with a block as it was built; --" + name + " is for a new block")
			}
		}
	}
	return env.WithStore(true, func(s *store.Store, now func() time.Time) error {
		k := exam.KeeperIn(s, "")
		b, err := blockToSit(env, k, o, now())
		if err != nil {
			return err
		}
		return sit(env, cmd, k, b, now)
	})
}

// blockToSit is the block to resume, or a new one, kept.
func blockToSit(env Env, k exam.Keeper, o options, now time.Time) (exam.Block, error) {
	if o.resume != "" {
		return resumable(env, k, o.resume)
	}
	opts, err := o.build(env)
	if err != nil {
		return exam.Block{}, err
	}
	if opts.Seed == 0 {
		opts.Seed = uint64(now.UnixNano())
	}
	c, err := env.Load()
	if err != nil {
		return exam.Block{}, err
	}
	all := cards.Generate(c)
	for i, d := range opts.Decks {
		if opts.Decks[i], _, err = env.ResolveDeck(c, all, d); err != nil {
			return exam.Block{}, err
		}
	}
	b, err := exam.Build(all, cards.Decks(c, all), opts, now)
	if err != nil {
		return exam.Block{}, err
	}
	return k.Create(b)
}

// build reads the flags of a new block.
func (o options) build(env Env) (exam.Options, error) {
	opts := exam.Options{Decks: o.decks, Size: o.size, Seed: o.seed, Mode: exam.Mode(o.mode), Limit: o.limit,
		CountReviews: o.countReviews}
	switch {
	case o.size < 1:
		return opts, env.Usage(fmt.Sprintf("--size %d: a block needs at least 1 question", o.size))
	case opts.Mode != exam.Timed && opts.Mode != exam.Tutor:
		return opts, env.Usage(fmt.Sprintf("--mode %q: the modes are timed and tutor", o.mode))
	case o.limit < 0 || o.limit > 0 && o.limit < time.Second:
		return opts, env.Usage(fmt.Sprintf("--time %v: give a time of a second or more, such as 45m", o.limit))
	case o.limit > 0 && opts.Mode == exam.Tutor:
		return opts, env.Usage("--time is for a timed block; tutor mode has no time limit")
	}
	return opts, nil
}

// resumable is the block --resume names: the newest unfinished one, or
// block N, which must not have ended.
func resumable(env Env, k exam.Keeper, which string) (exam.Block, error) {
	if which == latest {
		b, ok, err := k.Resumable()
		if err == nil && !ok {
			err = env.NotFound("no unfinished block to resume; omt exam starts a new one")
		}
		return b, err
	}
	b, err := blockNamed(env, k, which)
	if err == nil && !b.State.Resumable() {
		err = env.Usage(fmt.Sprintf("block %d has ended (%s); omt exam show %d shows its results", b.ID, b.State, b.ID))
	}
	return b, err
}

// blockNamed is block N.
func blockNamed(env Env, k exam.Keeper, arg string) (exam.Block, error) {
	id, err := strconv.ParseInt(strings.TrimPrefix(arg, "#"), 10, 64)
	if err != nil || id < 1 {
		return exam.Block{}, env.Usage(fmt.Sprintf("%q is not a block number; omt exam history lists them", arg))
	}
	b, ok, err := k.Get(id)
	if err == nil && !ok {
		err = env.NotFound(fmt.Sprintf("no block %d; omt exam history lists them", id))
	}
	return b, err
}

// sit runs the block full-screen, then keeps it as it was left: a block not
// finished is abandoned, to resume. It says what became of the block.
func sit(env Env, cmd *cobra.Command, k exam.Keeper, b exam.Block, now func() time.Time) error {
	session, err := exam.NewSession(b, now)
	if err != nil {
		return err
	}
	program := examui.NewProgram(session, examui.Options{Save: k.Save, ASCII: env.ASCII})
	final, runErr := env.RunFullScreen(cmd, program, env.ASCII)
	// The program has ended (q, Ctrl+C, a signal): no command of it runs
	// the session now, and this last save, with the newest revision, is
	// kept whatever the saves still in flight do.
	if session.State() == exam.InProgress {
		session.Abandon()
	}
	_, saveErr := k.Save(session.Snapshot())
	if saveErr != nil {
		return errors.Join(runErr, fmt.Errorf("block %d was not saved as you left it: %w", b.ID, saveErr))
	}
	report(env, session)
	if p, ok := final.(examui.Program); ok && p.Interrupted() && runErr == nil {
		return env.Interrupted
	}
	return runErr
}

// report says, after the screen has closed, where the block stands.
func report(env Env, s *exam.Session) {
	b := s.Block()
	if b.State.Finished() {
		sc := b.Score()
		fmt.Fprintf(env.Out, "Block %d: %d of %d right (%d%%). omt exam show %d reviews it.\n", b.ID, sc.Right, sc.Total, sc.Percent, b.ID)
		return
	}
	answered, _ := s.Counts()
	left := ""
	if l, ok := s.Left(); ok {
		left = ", " + clock(l) + " left"
	}
	fmt.Fprintf(env.Err, "omt: block %d is kept unfinished (%d of %d answered%s); omt exam --resume goes on with it.\n",
		b.ID, answered, len(b.Items), left)
}

// clock writes a duration as m:ss, or h:mm:ss from an hour.
func clock(d time.Duration) string {
	sec := int(max(0, d) / time.Second)
	if sec >= 3600 {
		return fmt.Sprintf("%d:%02d:%02d", sec/3600, sec/60%60, sec%60)
	}
	return fmt.Sprintf("%d:%02d", sec/60, sec%60)
}
