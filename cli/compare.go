package cli

import (
	"fmt"
	"io"
	"strings"

	"github.com/charmbracelet/x/ansi"
	"github.com/omt-reference/omt/render"
	"github.com/omt-reference/omt/render/sheet"
	"github.com/spf13/cobra"
)

func (a *app) compareCommand() *cobra.Command {
	var format string
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "compare ID ID [ID]",
		Short: "Two or three techniques side by side, field against field, differences marked",
		Example: "  omt compare muscle-energy-lumbar hvla-lumbar\n" +
			"  omt compare counterstrain-lumbar facilitated-positional-release still-technique\n" +
			"  omt compare cv4 venous-sinus-drainage --format markdown",
		Args:              cobra.RangeArgs(2, sheet.MaxCompared),
		ValidArgsFunction: a.completeTechniqueIDs,
		RunE: func(cmd *cobra.Command, args []string) error {
			c, err := a.load()
			if err != nil {
				return err
			}
			for i, id := range args {
				if _, err := a.technique(c, id); err != nil {
					return err
				}
				for _, before := range args[:i] {
					if before == id {
						return &usageError{fmt.Sprintf("%s is named twice; compare different techniques", id)}
					}
				}
			}
			cmp, err := sheet.Compare(c, args...)
			if err != nil {
				return err
			}
			if asJSON {
				format = formatJSON
			}
			switch format {
			case formatJSON:
				return writeJSON(a.io.Out, cmp)
			case formatMarkdown:
				return printCompareMarkdown(a.io.Out, cmp)
			case formatText:
				return a.printCompare(cmp)
			}
			return &usageError{fmt.Sprintf("unknown format %q: use text, markdown or json", format)}
		},
	}
	cmd.Flags().StringVarP(&format, "format", "f", formatText, "output format: text, markdown or json")
	cmd.Flags().BoolVar(&asJSON, "json", false, "shorthand for --format json")
	_ = cmd.RegisterFlagCompletionFunc("format", cobra.FixedCompletions(
		[]string{formatText, formatMarkdown, formatJSON}, cobra.ShellCompDirectiveNoFileComp))
	return cmd
}

// printCompare prints the entries side by side when their columns fit the
// terminal, and stacked otherwise.
func (a *app) printCompare(cmp sheet.Comparison) error {
	w, styles := a.out()
	width := a.io.Width
	if width <= 0 {
		width = 80
	}
	g := styles.G
	names := make([]string, len(cmp.Techniques))
	for i, t := range cmp.Techniques {
		names[i] = fmt.Sprintf("%s (%s)", t.Name, t.ID)
	}
	fmt.Fprintf(w, "%s\n%s\n\n", styles.Title.Render(ansi.Wordwrap(strings.Join(names, " vs "), a.textWidth(), "")),
		styles.Muted.Render(render.ComparisonLegend(g)))
	if !render.ComparisonFits(cmp, width) {
		width = a.textWidth()
	}
	fmt.Fprintln(w, render.Comparison(cmp, width, styles))
	_, err := fmt.Fprintf(w, "\n%s\n", render.Disclaimer)
	return err
}

// printCompareMarkdown is a table a student can paste into notes; list items
// are joined with line breaks and a differing field is in bold.
func printCompareMarkdown(w io.Writer, cmp sheet.Comparison) error {
	header, rule := "| Field |", "|---|"
	for _, t := range cmp.Techniques {
		header += fmt.Sprintf(" %s (`%s`) |", t.Name, t.ID)
		rule += "---|"
	}
	fmt.Fprintf(w, "%s\n%s\n", header, rule)
	for _, r := range cmp.Rows {
		field := r.Field
		if r.Differ {
			field = "**" + field + "** (differs)"
		}
		line := "| " + field + " |"
		for _, v := range r.Values {
			cell := v.Text
			if v.Items != nil {
				var items []string
				for _, it := range v.Items {
					if it.Shared {
						items = append(items, it.Text)
					} else {
						items = append(items, "**"+it.Text+"**")
					}
				}
				cell = strings.Join(items, "<br>")
			}
			line += " " + strings.ReplaceAll(cell, "|", "\\|") + " |"
		}
		fmt.Fprintln(w, line)
	}
	_, err := fmt.Fprintf(w, "\nBold marks what not every entry has.\n\n%s\n", render.Disclaimer)
	return err
}
