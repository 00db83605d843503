package cli

import (
	"github.com/spf13/cobra"

	"github.com/omt-reference/omt/render"
	"github.com/omt-reference/omt/techniques"
	"github.com/omt-reference/omt/ui/timerview"
)

func (a *app) timerCommand() *cobra.Command {
	var quiet, plain bool
	cmd := &cobra.Command{
		Use:   "timer ID",
		Short: "A guided hold timer for one technique, full-screen: countdown, phases, repetitions",
		Long: "Runs the technique's own timer full-screen: a large countdown, the phase and its repetition,\n" +
			"and a bell at each phase change. space starts, pauses and resumes; enter or n ends a phase that\n" +
			"has no fixed length (a relaxation, a breath cycle, a release); s turns the bell off; esc or q stops.\n" +
			"Each range runs at its lower bound, the least the sources give. A technique whose sources give\n" +
			"no fixed timing gets that said, in the entry's words, and no countdown.\n\n" +
			"It needs a terminal; --plain prints the phases as a list instead.",
		Example: "  omt timer counterstrain-lumbar\n" +
			"  omt timer muscle-energy-lumbar --quiet\n" +
			"  omt timer cv4 --plain",
		Args:              cobra.ExactArgs(1),
		ValidArgsFunction: a.completion().TechniqueIDs,
		RunE: a.loaded(func(cmd *cobra.Command, c *techniques.Catalog, args []string) error {
			t, err := a.technique(c, args[0])
			if err != nil {
				return err
			}
			if plain || !t.Timer.Defined() {
				return a.out().TimerPhases(t)
			}
			if !a.io.IsTerminal || a.dumbTerminal() {
				return &usageError{"omt timer needs a terminal to count down on (stdin and stdout a terminal, TERM not dumb); " +
					"add --plain to print the phases instead"}
			}
			return a.runTimer(cmd, c, t, quiet)
		}),
	}
	cmd.Flags().BoolVar(&quiet, "quiet", false, "no bell at the phase changes (s in the timer turns it on)")
	cmd.Flags().BoolVar(&plain, "plain", false, "print the phases as a list instead of running the timer")
	return cmd
}

// runTimer runs the full-screen timer on the terminal, with the browser's
// handling of signals, suspend and an ASCII-only locale.
func (a *app) runTimer(cmd *cobra.Command, c *techniques.Catalog, t techniques.Technique, quiet bool) error {
	ascii := !render.UTF8Locale(a.io.Env)
	final, err := a.runFullScreen(cmd, timerview.NewProgram(c, t, timerview.Options{ASCII: ascii, Quiet: quiet}), ascii)
	if m, ok := final.(timerview.Program); ok && m.Interrupted() && err == nil {
		return errInterrupted
	}
	return err
}
