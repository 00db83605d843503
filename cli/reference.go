package cli

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/omt-reference/omt/render"
	"github.com/omt-reference/omt/render/sheet"
	"github.com/omt-reference/omt/techniques"
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
	// TechniquesNote says why no technique is listed, when none is.
	TechniquesNote string `json:"techniques_note,omitempty"`
}

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
		ValidArgsFunction: a.completeConditionArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			c, err := a.load()
			if err != nil {
				return err
			}
			found, err := resolveConditions(a.index, joinArgs(args))
			if err != nil {
				return err
			}
			if asJSON {
				overviews := mapSlice(found, func(x techniques.Condition) conditionOverviewJSON { return overviewJSON(c, x) })
				if len(overviews) == 1 {
					return writeJSON(a.io.Out, overviews[0])
				}
				return writeJSON(a.io.Out, overviews)
			}
			w, styles := a.out()
			if len(found) > 1 {
				fmt.Fprintf(w, "%d conditions match %q:\n\n", len(found), joinArgs(args))
			}
			for _, x := range found {
				fmt.Fprintln(w, render.Document(x.Name, "condition overview", sheet.Condition(c, x), styles, a.textWidth()))
				fmt.Fprintln(w)
			}
			fmt.Fprintln(w, render.Disclaimer)
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	return cmd
}

func overviewJSON(c *techniques.Catalog, x techniques.Condition) conditionOverviewJSON {
	ev, ok := c.ConditionEvidence(x.ID)
	if !ok {
		ev = techniques.ConditionEvidence{Condition: x.ID, Grade: techniques.None,
			Summary: "No trial found.", Items: []techniques.Evidence{}}
	}
	refs := mapSlice(c.TechniquesFor(x.ID), func(t techniques.Technique) techniqueRef {
		return techniqueRef{t.ID, t.Name, t.Approach, t.Participation}
	})
	return conditionOverviewJSON{x.ID, x.Name, x.System, x.Synonyms, x.RedFlags, refs, ev, x.Sources, x.TechniquesNote}
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
					return writeJSON(a.io.Out, found[0])
				}
				return writeJSON(a.io.Out, found)
			}
			w, styles := a.out()
			if len(found) > 1 {
				fmt.Fprintf(w, "%d terms match %q:\n\n", len(found), query)
			}
			for i, g := range found {
				if i > 0 {
					fmt.Fprintln(w)
				}
				fmt.Fprintln(w, render.Document(g.Term, "glossary", sheet.Glossary(c, g), styles, a.textWidth()))
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	return cmd
}
