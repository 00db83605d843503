package cli

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/omt-reference/omt/render"
	"github.com/omt-reference/omt/render/sheet"
	"github.com/omt-reference/omt/techniques"
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
		ValidArgsFunction: a.completion().TechniqueIDs,
		RunE: a.loaded(func(cmd *cobra.Command, c *techniques.Catalog, args []string) error {
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
				return render.WriteJSON(a.io.Out, cmp)
			case formatMarkdown:
				return render.CompareMarkdown(a.io.Out, cmp)
			case formatText:
				return a.out().Compare(cmp)
			}
			return &usageError{fmt.Sprintf("unknown format %q: use text, markdown or json", format)}
		}),
	}
	cmd.Flags().StringVarP(&format, "format", "f", formatText, "output format: text, markdown or json")
	cmd.Flags().BoolVar(&asJSON, "json", false, "shorthand for --format json")
	_ = cmd.RegisterFlagCompletionFunc("format", cobra.FixedCompletions(
		[]string{formatText, formatMarkdown, formatJSON}, cobra.ShellCompDirectiveNoFileComp))
	return cmd
}
