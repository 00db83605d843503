package cli

import (
	"fmt"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/omt-reference/omt/plan"
	"github.com/omt-reference/omt/render"
	"github.com/omt-reference/omt/techniques"
	"github.com/omt-reference/omt/techniques/search"
)

// maxPlanMinutes bounds --minutes: a visit, not a day.
const maxPlanMinutes = 240

func (a *app) planCommand() *cobra.Command {
	var opts outputOptions
	var condition string
	var minutes int
	cmd := &cobra.Command{
		Use:   "plan --condition NAME",
		Short: "Plan one visit: the condition's techniques screened, grouped by position, ordered and timed",
		Long: "Plans one visit for a condition: its techniques screened for the patient's flags (those\n" +
			"contraindicated are left out with the reason, cautions are marked), grouped by patient position so\n" +
			"the patient moves as little as possible, in teaching order, timed from each entry's timer and, with\n" +
			"--minutes, fitted to the time available. The order is a teaching convention, not evidence; the plan\n" +
			"lists the rules it follows and ends with a chart line.",
		Example: "  omt plan --condition \"low back pain\" --patient osteoporosis --minutes 15\n" +
			"  omt plan --condition pneumonia --patient fever --format markdown\n" +
			"  omt plan -c \"ear infection\" -p child --json",
		Args: cobra.NoArgs,
		RunE: a.loaded(func(cmd *cobra.Command, c *techniques.Catalog, _ []string) error {
			if !cmd.Flags().Changed("condition") {
				return &usageError{"omt plan needs --condition, e.g. omt plan --condition \"low back pain\" (omt conditions lists them)"}
			}
			x, err := oneCondition(a.index, condition)
			if err != nil {
				return err
			}
			if cmd.Flags().Changed("minutes") && (minutes < 1 || minutes > maxPlanMinutes) {
				return &usageError{fmt.Sprintf("--minutes %d: give the time for the visit, 1 to %d minutes", minutes, maxPlanMinutes)}
			}
			l, err := a.listing(c, opts)
			if err != nil {
				return err
			}
			p, err := plan.Build(c, x.ID, l.Patient, time.Duration(minutes)*time.Minute)
			if err != nil {
				return err
			}
			return a.printPlan(c, p, l.Format)
		}),
	}
	cmd.Flags().StringVarP(&condition, "condition", "c", "", "the condition to plan for (name, synonym or abbreviation)")
	cmd.Flags().IntVarP(&minutes, "minutes", "m", 0, "the time for the visit, in minutes; techniques that do not fit are listed")
	a.completion().Conditions(cmd, "condition")
	opts.register(a, cmd, true)
	return cmd
}

// oneCondition reads a condition word that must name exactly one condition:
// a word that names several is answered with the names to choose from.
func oneCondition(x *search.Index, word string) (techniques.Condition, error) {
	found, err := resolveConditions(x, word)
	if err != nil {
		return techniques.Condition{}, err
	}
	if len(found) > 1 {
		names := mapSlice(found, func(x techniques.Condition) string { return quote(x.Name) })
		return techniques.Condition{}, &usageError{fmt.Sprintf("%s names %d conditions: %s; which one? e.g. omt plan --condition %s",
			quote(word), len(found), strings.Join(names, ", "), names[0])}
	}
	return found[0], nil
}

func (a *app) printPlan(c *techniques.Catalog, p plan.Plan, format string) error {
	switch format {
	case formatJSON:
		return render.WriteJSON(a.io.Out, render.PlanJSON(c, p))
	case formatMarkdown:
		return render.PlanMarkdown(a.io.Out, c, p)
	}
	return a.out().Plan(c, p)
}
