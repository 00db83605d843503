package cli

import (
	"errors"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/omt-reference/omt/render"
	"github.com/omt-reference/omt/techniques"
	"github.com/omt-reference/omt/ui"
)

func (a *app) rootCommand() *cobra.Command {
	var filters filterOptions
	var patient []string
	var resume bool
	root := &cobra.Command{
		Use:   "omt",
		Short: "An offline reference of osteopathic manipulative treatment (OMT)",
		Long: "omt is an offline reference of osteopathic manipulative treatment techniques, browsed by condition.\n" +
			"On a terminal it opens the browser; piped, it prints the list.\n\n" + render.Disclaimer,
		Args: cobra.NoArgs,
		RunE: a.loaded(func(cmd *cobra.Command, c *techniques.Catalog, _ []string) error {
			n, err := filters.resolve(cmd, a.index)
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
				return a.printList(c, n, render.Listing{Patient: flags})
			}
			opts := ui.Options{Patient: flags, Filter: n.filter, ASCII: !render.UTF8Locale(a.io.Env), Status: a.overlayStatus()}
			switch len(n.conditions) {
			case 0:
			case 1:
				opts.Condition = n.conditions[0].ID
			default:
				opts.ConditionQuery = filters.condition
			}
			u, err := a.userData()
			if err != nil {
				return err
			}
			opts.Data = u.forUI()
			opts.Resume = resume
			opts.Editor = a.terminal().Editor()
			err = a.browse(cmd, c, opts)
			if cerr := u.close(); err == nil {
				err = cerr
			}
			return err
		}),
	}
	filters.register(a, root, "open filtered by a condition (name, synonym or abbreviation)")
	root.Flags().VarP((*listFlag)(&patient), "patient", "p", "patient flags to screen for, e.g. osteoporosis,pregnancy")
	root.Flags().BoolVar(&resume, "resume", false, "reopen the technique or condition you opened last")
	a.completion().Flags(root, "patient")
	root.AddCommand(a.levelCommand(), a.organCommand(), a.notationCommand(), a.mapsCommand())
	root.AddCommand(a.timerCommand())
	root.AddCommand(a.listCommand(), a.showCommand(), a.searchCommand(), a.conditionsCommand(),
		a.conditionCommand(), a.glossaryCommand(), a.noteCommand(), a.compareCommand(), a.overlayCommand())
	root.AddCommand(a.flagsCommand())
	root.AddCommand(a.planCommand())
	root.AddCommand(a.studyCommand(), a.examCommand())
	root.AddCommand(a.bookmarksCommand(), a.historyCommand(), a.notesCommand(), a.dataCommand())
	root.AddCommand(a.serveCommand(), a.classCommand())
	return root
}

func (a *app) browse(cmd *cobra.Command, c *techniques.Catalog, opts ui.Options) error {
	final, err := a.runFullScreen(cmd, ui.New(c, opts), opts.ASCII)
	if m, ok := final.(ui.Model); ok && m.Interrupted() && err == nil {
		return errInterrupted
	}
	return err
}

func (a *app) resolvePatient(c *techniques.Catalog, items []string) ([]string, error) {
	ids, err := c.ResolveFlags(items)
	var fe *techniques.FlagError
	if errors.As(err, &fe) {
		return nil, &notFoundError{what: "patient flag", query: fe.Query, suggestions: fe.Suggestions, hint: listFlagsHint}
	}
	var ge *techniques.GestationError
	if errors.As(err, &ge) {
		return nil, &usageError{ge.Error()}
	}
	return ids, err
}

func (a *app) listCommand() *cobra.Command {
	var filters filterOptions
	var opts outputOptions
	cmd := &cobra.Command{
		Use:   "list",
		Short: "List techniques, optionally for one condition and screened for a patient",
		Example: "  omt list --condition \"low back pain\"\n" +
			"  omt list --condition LBP --patient osteoporosis,warfarin\n" +
			"  omt list --approach indirect --region lumbar\n" +
			"  omt list --family MET --json",
		Args: cobra.NoArgs,
		RunE: a.loaded(func(cmd *cobra.Command, c *techniques.Catalog, _ []string) error {
			n, err := filters.resolve(cmd, a.index)
			if err != nil {
				return err
			}
			l, err := a.listing(c, opts)
			if err != nil {
				return err
			}
			return a.printList(c, n, l)
		}),
	}
	filters.register(a, cmd, "only techniques indicated for this condition (name, synonym or abbreviation)")
	opts.register(a, cmd, false)
	return cmd
}

func (a *app) searchCommand() *cobra.Command {
	var filters filterOptions
	var opts outputOptions
	cmd := &cobra.Command{
		Use:   "search QUERY",
		Short: "Search techniques, conditions, glossary terms and the maps (organs, tender points, levels, notation); typos are forgiven",
		Long: "Searches names, abbreviations, conditions and text, best match first: exact names, then whole\n" +
			"words, then prefixes, then related conditions and text, then typos. Each result says what it is.",
		Example: "  omt search hvla\n" +
			"  omt search ear infection\n" +
			"  omt search TART\n" +
			"  omt search myofacial --json",
		Args: cobra.MinimumNArgs(1),
		RunE: a.loaded(func(cmd *cobra.Command, c *techniques.Catalog, args []string) error {
			n, err := filters.resolve(cmd, a.index)
			if err != nil {
				return err
			}
			l, err := a.listing(c, opts)
			if err != nil {
				return err
			}
			l.Query = joinArgs(args)
			return a.printSearch(c, n, l)
		}),
	}
	filters.register(a, cmd, "only techniques indicated for this condition")
	opts.register(a, cmd, false)
	return cmd
}

func (a *app) showCommand() *cobra.Command {
	var opts outputOptions
	cmd := &cobra.Command{
		Use:   "show ID",
		Short: "Show one technique (contraindications first, then set-up and steps), or any map row by its name",
		Example: "  omt show muscle-energy-lumbar\n" +
			"  omt show hvla-lumbar --patient osteoporosis\n" +
			"  omt show cv4 --format markdown\n" +
			"  omt show al3\n" +
			"  omt show fryette-2",
		Args:              cobra.ExactArgs(1),
		ValidArgsFunction: a.completion().TechniqueIDs,
		RunE: a.loaded(func(cmd *cobra.Command, c *techniques.Catalog, args []string) error {
			l, err := a.listing(c, opts)
			if err != nil {
				return err
			}
			t, ok := c.Technique(args[0])
			if !ok {
				return a.showMapRow(c, args[0], l)
			}
			return a.printTechnique(c, t, l)
		}),
	}
	opts.register(a, cmd, true)
	return cmd
}

func (a *app) technique(c *techniques.Catalog, id string) (techniques.Technique, error) {
	t, ok := c.Technique(id)
	if !ok {
		return t, &notFoundError{what: "technique", query: id, suggestions: a.index.SuggestTechniques(id, 3)}
	}
	return t, nil
}

func (a *app) conditionsCommand() *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "conditions",
		Short: "List the conditions, with how many techniques each has",
		Args:  cobra.NoArgs,
		RunE: a.loaded(func(cmd *cobra.Command, c *techniques.Catalog, _ []string) error {
			if asJSON {
				return render.WriteJSON(a.io.Out, mapSlice(c.Conditions, func(x techniques.Condition) render.ConditionJSON {
					return render.NewConditionJSON(c, x)
				}))
			}
			return a.out().Conditions(c)
		}),
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	return cmd
}
