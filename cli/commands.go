package cli

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"text/tabwriter"

	tea "charm.land/bubbletea/v2"
	"github.com/spf13/cobra"

	"github.com/omt-reference/omt/techniques"
	"github.com/omt-reference/omt/ui"
)

func (a *app) rootCommand() *cobra.Command {
	var condition string
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
			if !a.io.IsTerminal {
				return a.printList(c, id)
			}
			return a.browse(cmd, c, id)
		},
	}
	root.Flags().StringVarP(&condition, "condition", "c", "", "open filtered by a condition (name, synonym or abbreviation)")
	root.AddCommand(a.listCommand(), a.showCommand(), a.conditionsCommand(), a.conditionCommand(), a.glossaryCommand())
	return root
}

func (a *app) browse(cmd *cobra.Command, c *techniques.Catalog, condition string) error {
	p := tea.NewProgram(ui.New(c, ui.Options{Condition: condition}),
		tea.WithContext(cmd.Context()),
		tea.WithInput(a.io.In),
		tea.WithOutput(a.io.Out),
		tea.WithEnvironment(a.io.Env),
	)
	_, err := p.Run()
	if errors.Is(err, tea.ErrInterrupted) {
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

func (a *app) listCommand() *cobra.Command {
	var condition string
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "list",
		Short: "List techniques, optionally for one condition",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			c, err := a.load()
			if err != nil {
				return err
			}
			id, err := a.resolveCondition(c, condition)
			if err != nil {
				return err
			}
			if asJSON {
				return writeJSON(a.io.Out, mapSlice(c.Find(techniques.Filter{Condition: id}), func(m techniques.Match) techniques.Technique { return m.Technique }))
			}
			return a.printList(c, id)
		},
	}
	cmd.Flags().StringVarP(&condition, "condition", "c", "", "only techniques indicated for this condition")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	return cmd
}

func (a *app) printList(c *techniques.Catalog, condition string) error {
	matches := c.Find(techniques.Filter{Condition: condition})
	w := a.out()
	if x, ok := c.Condition(condition); ok {
		fmt.Fprintf(w, "%d techniques indicated for %s:\n\n", len(matches), x.Name)
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tNAME\tAPPROACH\tPARTICIPATION")
	for _, m := range matches {
		t := m.Technique
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", t.ID, t.Name, t.Approach, t.Participation)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	fmt.Fprintf(w, "\n%s\n", ui.Disclaimer)
	return nil
}

func (a *app) showCommand() *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "show ID",
		Short: "Show one technique: contraindications first, then set-up and steps",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			c, err := a.load()
			if err != nil {
				return err
			}
			t, ok := c.Technique(args[0])
			if !ok {
				return &notFoundError{what: "technique", query: args[0], suggestions: c.SuggestTechniques(args[0], 3)}
			}
			if asJSON {
				return writeJSON(a.io.Out, t)
			}
			w := a.out()
			fmt.Fprintln(w, ui.RenderSheet(t, c.Sheet(t), ui.NewStyles(true), a.textWidth()))
			fmt.Fprintf(w, "\n%s\n", ui.Disclaimer)
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	return cmd
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
			w := a.out()
			tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
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

func joinMax(xs []string, n int) string {
	if len(xs) > n {
		xs = append(xs[:n:n], "…")
	}
	out := ""
	for i, x := range xs {
		if i > 0 {
			out += ", "
		}
		out += x
	}
	return out
}

// writeJSON prints a value as indented JSON.
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

// mapSlice converts every element; the result is never nil, so JSON prints [].
func mapSlice[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}
