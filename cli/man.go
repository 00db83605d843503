package cli

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/omt-reference/omt/render"
)

// manCommand prints omt's man page. It replaces fang's, which wrote short
// flags as "--c --condition", wrote to the process's stdout whatever the
// command was given, and was hidden from --help.
func (a *app) manCommand() *cobra.Command {
	return &cobra.Command{
		Use:   "man",
		Short: "Print the man page (omt man | man -l -)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			_, err := fmt.Fprint(cmd.OutOrStdout(), manPage(cmd.Root()))
			return err
		},
	}
}

// environment is what omt reads from its environment, for the man page.
var environment = []render.ManItem{
	{Term: "PAGER", Meaning: "The pager for show, condition and glossary when the answer is taller than the terminal " +
		"(default: less -R, with LESS=FRX unless LESS is set). Empty or cat prints without one."},
	{Term: "NO_COLOR", Meaning: "Any value turns colour off."},
	{Term: "CLICOLOR", Meaning: "0 turns colour off on a terminal."},
	{Term: "CLICOLOR_FORCE", Meaning: "Any value but 0 prints colour even when the output is not a terminal."},
	{Term: "LC_ALL, LC_CTYPE, LANG", Meaning: "A locale that is not UTF-8 gets ASCII stand-ins for every symbol."},
	{Term: "TERM", Meaning: "dumb prints the list instead of opening the browser."},
}

// manPage is the man page of the command tree, as roff.
func manPage(root *cobra.Command) string {
	page := render.ManPage{Name: root.Name(), Version: version(), Short: root.Short, Long: root.Long,
		Flags: manFlags(root.Flags()), Environment: environment}
	for _, c := range root.Commands() {
		if !c.IsAvailableCommand() || c.Name() == "help" {
			continue
		}
		mc := render.ManCommand{Use: c.Use, Short: c.Short}
		if c.Name() == "completion" {
			mc.Use = "completion " + strings.Join(shells, "|")
		}
		if c.HasAvailableLocalFlags() {
			mc.Flags = manFlags(c.LocalFlags())
		}
		page.Commands = append(page.Commands, mc)
	}
	for _, s := range exitStatuses {
		page.ExitStatuses = append(page.ExitStatuses, render.ManItem{Term: s.code, Meaning: s.meaning})
	}
	return page.Roff()
}

// manFlags are the flags a man page lists: every one but the hidden ones
// and --help.
func manFlags(flags *pflag.FlagSet) []render.ManFlag {
	out := []render.ManFlag{}
	flags.VisitAll(func(f *pflag.Flag) {
		if f.Hidden || f.Name == "help" {
			return
		}
		varName, usage := pflag.UnquoteUsage(f)
		out = append(out, render.ManFlag{Shorthand: f.Shorthand, Name: f.Name, Var: varName, Usage: usage})
	})
	return out
}
