package cli

import (
	"fmt"
	"strings"
	"time"

	"github.com/charmbracelet/x/ansi"
	"github.com/spf13/cobra"

	"github.com/omt-reference/omt/techniques"
	"github.com/omt-reference/omt/timer"
	"github.com/omt-reference/omt/ui"
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
		ValidArgsFunction: a.completeTechniqueIDs,
		RunE: func(cmd *cobra.Command, args []string) error {
			c, err := a.load()
			if err != nil {
				return err
			}
			t, err := a.technique(c, args[0])
			if err != nil {
				return err
			}
			if plain || !t.Timer.Defined() {
				return a.printTimer(t)
			}
			if !a.io.IsTerminal || a.dumbTerminal() {
				return &usageError{"omt timer needs a terminal to count down on (stdin and stdout a terminal, TERM not dumb); " +
					"add --plain to print the phases instead"}
			}
			return a.runTimer(cmd, c, t, quiet)
		},
	}
	cmd.Flags().BoolVar(&quiet, "quiet", false, "no bell at the phase changes (s in the timer turns it on)")
	cmd.Flags().BoolVar(&plain, "plain", false, "print the phases as a list instead of running the timer")
	return cmd
}

// runTimer runs the full-screen timer on the terminal, with the browser's
// handling of signals, suspend and an ASCII-only locale.
func (a *app) runTimer(cmd *cobra.Command, c *techniques.Catalog, t techniques.Technique, quiet bool) error {
	ascii := !ui.UTF8Locale(a.io.Env)
	final, err := a.runFullScreen(cmd, ui.NewTimerProgram(c, t, ui.TimerOptions{ASCII: ascii, Quiet: quiet}), ascii)
	if m, ok := final.(ui.TimerProgram); ok && m.Interrupted() && err == nil {
		return errInterrupted
	}
	return err
}

// printTimer lists the phases a timer runs through, one a line, or says
// that the sources give no fixed timing.
func (a *app) printTimer(t techniques.Technique) error {
	w, styles := a.out()
	width := a.textWidth()
	fmt.Fprintln(w, styles.Title.Render(withID(ansi.Wordwrap("Timer: "+t.Name, width, ""), t.ID, width)))
	if !t.Timer.Defined() {
		fmt.Fprintln(w, ansi.Wordwrap(timer.NoTiming(t), width, ""))
		fmt.Fprintln(w, styles.Muted.Render("The sources give no figure to count down, so the timer does not make one up."))
		_, err := fmt.Fprintf(w, "\n%s\n", ui.Disclaimer)
		return err
	}
	fmt.Fprintf(w, "%s\n\n", styles.Muted.Render(ansi.Wordwrap("Dose in the entry: "+t.Timer.Summary(), width, "")))
	tw := newTable(w)
	var timed time.Duration
	untimed := 0
	for i, s := range timer.Steps(t) {
		length := ""
		switch {
		case s.Timed():
			length = fmt.Sprintf("%d s", s.Seconds)
			timed += s.Duration
		case s.Guide.Max() > 0:
			length = fmt.Sprintf("until %s (guide %s s)", strings.TrimSuffix(s.Until, "."), s.Guide)
			untimed++
		default:
			length = "until " + strings.TrimSuffix(s.Until, ".")
			untimed++
		}
		fmt.Fprintf(tw, "%3d.\t%s\t%s\t%s\n", i+1, s.Label, s.Count(), length)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	var total string
	switch {
	case untimed == 0:
		total = fmt.Sprintf("Counted down in all: %s.", clock(timed))
	case timed == 0:
		total = "Nothing counts down: the phases end on your word."
	case untimed == 1:
		total = fmt.Sprintf("Counted down in all: %s, and 1 phase that ends on your word.", clock(timed))
	default:
		total = fmt.Sprintf("Counted down in all: %s, and %d phases that end on your word.", clock(timed), untimed)
	}
	if timer.Ranged(t.Timer) {
		total += " Every range runs at its lower bound, the least the sources give; extend by feel."
	}
	fmt.Fprintf(w, "\n%s\n", ansi.Wordwrap(total, width, ""))
	_, err := fmt.Fprintf(w, "\n%s\n", ui.Disclaimer)
	return err
}

// withID ends a wrapped title with the id in brackets, on a line of its own
// when the last line has no room for it: an id is never broken.
func withID(title, id string, width int) string {
	last := title[strings.LastIndex(title, "\n")+1:]
	if ansi.StringWidth(last)+len(id)+3 > width {
		return title + "\n(" + id + ")"
	}
	return title + " (" + id + ")"
}

// clock writes a duration as m:ss.
func clock(d time.Duration) string {
	s := int(d / time.Second)
	return fmt.Sprintf("%d:%02d", s/60, s%60)
}
