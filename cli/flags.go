package cli

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/omt-reference/omt/techniques"
)

// listFlagsHint is what the error for an unknown patient flag adds: where
// every flag is listed.
const listFlagsHint = "omt flags lists every one, with the words each accepts"

// flagJSON is one patient flag in `omt flags --json`.
type flagJSON struct {
	ID         string   `json:"id"`
	Name       string   `json:"name"`
	Aliases    []string `json:"aliases"`
	Scope      string   `json:"scope"`
	Definition string   `json:"definition"`
	Reading    string   `json:"reading,omitempty"`
}

func newFlagJSON(f techniques.Flag) flagJSON {
	aliases := f.Aliases
	if aliases == nil {
		aliases = []string{}
	}
	return flagJSON{f.ID, f.Name, aliases, string(f.Scope), f.Definition, f.Reading}
}

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
		RunE: func(cmd *cobra.Command, _ []string) error {
			c, err := a.load()
			if err != nil {
				return err
			}
			if asJSON {
				return writeJSON(a.io.Out, mapSlice(c.Flags, newFlagJSON))
			}
			w, _ := a.out()
			tw := newTable(w)
			fmt.Fprintln(tw, "FLAG\tSCOPE\tNAME\tALSO ACCEPTED")
			for _, f := range c.Flags {
				fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", f.ID, f.Scope, f.Name, joinMax(f.Aliases, 4))
			}
			if err := tw.Flush(); err != nil {
				return err
			}
			fmt.Fprintln(w, "\nsystemic: concerns the whole patient; a technique that does not list it is not barred by it.")
			fmt.Fprintln(w, "local: matters where the technique's force lands; a technique that does not list it may work elsewhere.")
			for _, f := range c.Flags {
				if f.Reading != "" {
					fmt.Fprintf(w, "\n%s: %s\n", f.ID, strings.Join(strings.Fields(f.Reading), " "))
				}
			}
			_, err = fmt.Fprintln(w, "\nA flag, its name or any word it accepts works: --patient osteoporosis,warfarin. --json lists every word.")
			return err
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	return cmd
}
