package cli

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/omt-reference/omt/techniques"
	"github.com/omt-reference/omt/ui"
)

// techniqueRef is a technique named inside another answer.
type techniqueRef struct {
	ID            string                   `json:"id"`
	Name          string                   `json:"name"`
	Approach      techniques.Approach      `json:"approach"`
	Participation techniques.Participation `json:"participation"`
}

// conditionOverviewJSON is `omt condition NAME --json`.
type conditionOverviewJSON struct {
	ID         string                       `json:"id"`
	Name       string                       `json:"name"`
	System     string                       `json:"system"`
	Synonyms   []string                     `json:"synonyms"`
	RedFlags   []string                     `json:"red_flags"`
	Techniques []techniqueRef               `json:"techniques"`
	Evidence   techniques.ConditionEvidence `json:"evidence"`
	Sources    []string                     `json:"sources"`
}

func (a *app) conditionCommand() *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:               "condition NAME",
		Short:             "Overview of one condition: red flags, evidence and the techniques used",
		Args:              cobra.MinimumNArgs(1),
		ValidArgsFunction: a.completeConditionArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			c, err := a.load()
			if err != nil {
				return err
			}
			id, err := a.resolveCondition(c, joinArgs(args))
			if err != nil {
				return err
			}
			x, _ := c.Condition(id)
			if asJSON {
				ev, ok := c.ConditionEvidence(id)
				if !ok {
					ev = techniques.ConditionEvidence{Condition: id, Grade: techniques.None,
						Summary: "No trial found.", Items: []techniques.Evidence{}}
				}
				refs := mapSlice(c.TechniquesFor(id), func(t techniques.Technique) techniqueRef {
					return techniqueRef{t.ID, t.Name, t.Approach, t.Participation}
				})
				return writeJSON(a.io.Out, conditionOverviewJSON{x.ID, x.Name, x.System, x.Synonyms, x.RedFlags, refs, ev, x.Sources})
			}
			w, styles := a.out()
			fmt.Fprintln(w, ui.RenderDocument(x.Name, "condition overview", c.ConditionSheet(x), styles, a.textWidth()))
			fmt.Fprintf(w, "\n%s\n", ui.Disclaimer)
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	return cmd
}

func (a *app) glossaryCommand() *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:               "glossary [TERM]",
		Short:             "The terms a student must get right; with TERM, one of them",
		ValidArgsFunction: a.completeGlossaryArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			c, err := a.load()
			if err != nil {
				return err
			}
			if len(args) == 0 {
				if asJSON {
					return writeJSON(a.io.Out, c.Glossary)
				}
				w, _ := a.out()
				tw := newTable(w)
				fmt.Fprintln(tw, "ID\tTERM")
				for _, g := range c.Glossary {
					fmt.Fprintf(tw, "%s\t%s\n", g.ID, g.Term)
				}
				return tw.Flush()
			}
			g, ok := c.ResolveGlossary(joinArgs(args))
			if !ok {
				return &notFoundError{what: "glossary term", query: joinArgs(args), suggestions: c.SuggestGlossary(joinArgs(args), 3)}
			}
			if asJSON {
				return writeJSON(a.io.Out, g)
			}
			w, styles := a.out()
			fmt.Fprintln(w, ui.RenderDocument(g.Term, "glossary", c.GlossarySheet(g), styles, a.textWidth()))
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	return cmd
}
