package cli

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/omt-reference/omt/render"
	"github.com/omt-reference/omt/render/sheet"
	"github.com/omt-reference/omt/techniques"
)

func (a *app) conditionCommand() *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "condition NAME",
		Short: "Overview of one condition: red flags, evidence and the techniques used",
		Long: "Shows a condition's red flags, the evidence for OMT and the techniques used. A word that\n" +
			"names several conditions (\"pregnancy\") shows each of them; with --json, as an array.",
		Example: "  omt condition low back pain\n" +
			"  omt condition breastfeeding\n" +
			"  omt condition pregnancy --json",
		Args:              cobra.MinimumNArgs(1),
		ValidArgsFunction: a.completion().ConditionArgs,
		RunE: a.loaded(func(cmd *cobra.Command, c *techniques.Catalog, args []string) error {
			found, err := resolveConditions(a.index, joinArgs(args))
			if err != nil {
				return err
			}
			if asJSON {
				overviews := mapSlice(found, func(x techniques.Condition) render.ConditionOverviewJSON {
					return render.NewConditionOverviewJSON(c, x)
				})
				if len(overviews) == 1 {
					return render.WriteJSON(a.io.Out, overviews[0])
				}
				return render.WriteJSON(a.io.Out, overviews)
			}
			return a.out().Matches("conditions", joinArgs(args), mapSlice(found, func(x techniques.Condition) render.Doc {
				return render.Doc{Title: x.Name, Subtitle: "condition overview", Sections: sheet.Condition(c, x)}
			}))
		}),
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	return cmd
}

func (a *app) glossaryCommand() *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "glossary [TERM]",
		Short: "The terms a student must get right; with TERM, one of them",
		Long: "Without TERM, lists the glossary. With TERM, shows the term it names (typos are forgiven:\n" +
			"\"fryete\" finds Fryette's principles), or every term that matches it equally well.",
		Example: "  omt glossary\n" +
			"  omt glossary TART\n" +
			"  omt glossary \"T4 ERS(L)\"",
		ValidArgsFunction: a.completion().GlossaryArgs,
		RunE: a.loaded(func(cmd *cobra.Command, c *techniques.Catalog, args []string) error {
			if len(args) == 0 {
				if asJSON {
					return render.WriteJSON(a.io.Out, c.Glossary)
				}
				return a.out().Glossary(c.Glossary)
			}
			query := joinArgs(args)
			if len(query) > techniques.MaxQueryLen {
				return &usageError{fmt.Sprintf("the term is %d bytes long; omt reads at most %d", len(query), techniques.MaxQueryLen)}
			}
			found := a.index.ResolveGlossaryTerms(query)
			if len(found) == 0 {
				return &notFoundError{what: "glossary term", query: query, suggestions: c.SuggestGlossary(query, 3)}
			}
			if asJSON {
				if len(found) == 1 {
					return render.WriteJSON(a.io.Out, found[0])
				}
				return render.WriteJSON(a.io.Out, found)
			}
			return a.out().Terms(c, query, found)
		}),
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	return cmd
}
