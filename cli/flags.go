package cli

import (
	"github.com/spf13/cobra"

	"github.com/omt-reference/omt/render"
	"github.com/omt-reference/omt/techniques"
)

// listFlagsHint is what the error for an unknown patient flag adds: where
// every flag is listed.
const listFlagsHint = "omt flags lists every one, with the words each accepts"

// flagsCommand lists the patient findings --patient and the browser's p
// screen for, as omt conditions lists the conditions.
func (a *app) flagsCommand() *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "flags",
		Short: "List the patient findings --patient screens for, with the words each accepts",
		Example: "  omt flags\n" +
			"  omt flags --json\n" +
			"  omt list --condition LBP --patient osteoporosis,warfarin",
		Args: cobra.NoArgs,
		RunE: a.loaded(func(cmd *cobra.Command, c *techniques.Catalog, _ []string) error {
			if asJSON {
				return render.WriteJSON(a.io.Out, mapSlice(c.Flags, render.NewFlagJSON))
			}
			return a.out().Flags(c.Flags)
		}),
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	return cmd
}
