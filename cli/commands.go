package cli

import (
	"errors"
	"fmt"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/spf13/cobra"

	"github.com/omt-reference/omt/techniques"
	"github.com/omt-reference/omt/ui"
)

func (a *app) rootCommand() *cobra.Command {
	var condition string
	var patient []string
	root := &cobra.Command{
		Use:   "omt",
		Short: "An offline reference of osteopathic manipulative treatment (OMT)",
		Long: "omt is an offline reference of osteopathic manipulative treatment techniques, browsed by condition.\n" +
			"On a terminal it opens the browser; piped, it prints the list.\n\n" + ui.Disclaimer,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			c, err := a.load()
			if err != nil {
				return err
			}
			id, err := a.resolveCondition(c, condition)
			if err != nil {
				return err
			}
			flags, err := a.resolvePatient(c, patient)
			if err != nil {
				return err
			}
			if a.io.IsTerminal && a.dumbTerminal() {
				fmt.Fprintln(a.io.Err, "omt: TERM=dumb cannot show the browser; printing the list instead (omt show ID opens one technique).")
			}
			if !a.io.IsTerminal || a.dumbTerminal() {
				return a.printMatches(c, c.Find(techniques.Filter{Condition: id}), listing{condition: id, patient: flags})
			}
			return a.browse(cmd, c, ui.Options{Condition: id, Patient: flags, ASCII: !ui.UTF8Locale(a.io.Env)})
		},
	}
	root.Flags().StringVarP(&condition, "condition", "c", "", "open filtered by a condition (name, synonym or abbreviation)")
	root.Flags().VarP((*listFlag)(&patient), "patient", "p", "patient flags to screen for, e.g. osteoporosis,pregnancy")
	a.completeConditions(root, "condition")
	a.completeFlags(root, "patient")
	root.AddCommand(a.listCommand(), a.showCommand(), a.searchCommand(), a.conditionsCommand(),
		a.conditionCommand(), a.glossaryCommand(), a.noteCommand())
	return root
}

func (a *app) browse(cmd *cobra.Command, c *techniques.Catalog, opts ui.Options) error {
	options := []tea.ProgramOption{
		tea.WithContext(cmd.Context()),
		tea.WithInput(a.io.In),
		tea.WithOutput(a.terminal(opts.ASCII)),
		tea.WithEnvironment(a.io.Env),
	}
	if profile := colorprofile.Detect(a.stdout.dest, a.io.Env); a.profile != profile {
		options = append(options, tea.WithColorProfile(a.profile)) // NO_COLOR or CLICOLOR=0
	}
	signals := newBrowserSignals(a.stdout.dest)
	options = append(options, signals.options()...)
	p := tea.NewProgram(ui.New(c, opts), options...)
	signals.watch(p)
	final, err := p.Run()
	if err := signals.stop(); err != nil {
		return err
	}
	if m, ok := final.(ui.Model); ok && m.Interrupted() {
		return errInterrupted
	}
	if errors.Is(err, tea.ErrInterrupted) || errors.Is(err, tea.ErrProgramKilled) {
		return errInterrupted
	}
	return err
}

func (a *app) resolveCondition(c *techniques.Catalog, query string) (string, error) {
	if query == "" {
		return "", nil
	}
	x, ok := c.ResolveCondition(query)
	if !ok {
		return "", &notFoundError{what: "condition", query: query, suggestions: c.SuggestConditions(query, 3)}
	}
	return x.ID, nil
}

func (a *app) resolvePatient(c *techniques.Catalog, items []string) ([]string, error) {
	ids, err := c.ResolveFlags(items)
	var fe *techniques.FlagError
	if errors.As(err, &fe) {
		return nil, &notFoundError{what: "patient flag", query: fe.Query, suggestions: fe.Suggestions}
	}
	return ids, err
}

func (a *app) listCommand() *cobra.Command {
	var condition string
	var opts outputOptions
	cmd := &cobra.Command{
		Use:   "list",
		Short: "List techniques, optionally for one condition and screened for a patient",
		Example: "  omt list --condition \"low back pain\"\n" +
			"  omt list --condition LBP --patient osteoporosis,warfarin\n" +
			"  omt list --json",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			c, err := a.load()
			if err != nil {
				return err
			}
			id, err := a.resolveCondition(c, condition)
			if err != nil {
				return err
			}
			l, err := a.listing(c, opts)
			if err != nil {
				return err
			}
			l.condition = id
			return a.printMatches(c, c.Find(techniques.Filter{Condition: id}), l)
		},
	}
	cmd.Flags().StringVarP(&condition, "condition", "c", "", "only techniques indicated for this condition")
	a.completeConditions(cmd, "condition")
	opts.register(a, cmd, false)
	return cmd
}

func (a *app) searchCommand() *cobra.Command {
	var opts outputOptions
	cmd := &cobra.Command{
		Use:   "search QUERY",
		Short: "Search by name, abbreviation, condition or text; typos are forgiven",
		Example: "  omt search hvla\n" +
			"  omt search ear infection\n" +
			"  omt search myofacial --json",
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			c, err := a.load()
			if err != nil {
				return err
			}
			l, err := a.listing(c, opts)
			if err != nil {
				return err
			}
			l.query = joinArgs(args)
			matches := c.Search(l.query)
			if len(matches) == 0 {
				return &notFoundError{what: "technique matches", query: l.query, suggestions: c.SuggestTechniques(l.query, 3)}
			}
			return a.printMatches(c, matches, l)
		},
	}
	opts.register(a, cmd, false)
	return cmd
}

func (a *app) showCommand() *cobra.Command {
	var opts outputOptions
	cmd := &cobra.Command{
		Use:   "show ID",
		Short: "Show one technique: contraindications first, then set-up and steps",
		Example: "  omt show muscle-energy-lumbar\n" +
			"  omt show hvla-lumbar --patient osteoporosis\n" +
			"  omt show cv4 --format markdown",
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
			l, err := a.listing(c, opts)
			if err != nil {
				return err
			}
			return a.printTechnique(c, t, l)
		},
	}
	opts.register(a, cmd, true)
	return cmd
}

func (a *app) technique(c *techniques.Catalog, id string) (techniques.Technique, error) {
	t, ok := c.Technique(id)
	if !ok {
		return t, &notFoundError{what: "technique", query: id, suggestions: c.SuggestTechniques(id, 3)}
	}
	return t, nil
}

// conditionJSON is one condition in `omt conditions --json`.
type conditionJSON struct {
	ID         string   `json:"id"`
	Name       string   `json:"name"`
	System     string   `json:"system"`
	Synonyms   []string `json:"synonyms"`
	Techniques []string `json:"techniques"`
}

func (a *app) conditionsCommand() *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "conditions",
		Short: "List the conditions, with how many techniques each has",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			c, err := a.load()
			if err != nil {
				return err
			}
			if asJSON {
				return writeJSON(a.io.Out, mapSlice(c.Conditions, func(x techniques.Condition) conditionJSON {
					ids := mapSlice(c.TechniquesFor(x.ID), func(t techniques.Technique) string { return t.ID })
					return conditionJSON{x.ID, x.Name, x.System, x.Synonyms, ids}
				}))
			}
			w, _ := a.out()
			tw := newTable(w)
			fmt.Fprintln(tw, "CONDITION\tTECHNIQUES\tALSO CALLED")
			for _, x := range c.Conditions {
				fmt.Fprintf(tw, "%s\t%d\t%s\n", x.Name, c.CountFor(x.ID), joinMax(x.Synonyms, 4))
			}
			return tw.Flush()
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	return cmd
}
