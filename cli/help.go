package cli

import (
	"errors"
	"fmt"
	"strings"

	"github.com/spf13/cobra"
)

// shells are the shells `omt completion` writes a script for.
var shells = []string{"bash", "zsh", "fish", "powershell"}

// helpCommand replaces cobra's help command, which printed the root help and
// exited 0 for a topic it did not know.
func (a *app) helpCommand() *cobra.Command {
	return &cobra.Command{
		Use:   "help [command]",
		Short: "Help about any command",
		ValidArgsFunction: func(c *cobra.Command, args []string, toComplete string) ([]cobra.Completion, cobra.ShellCompDirective) {
			parent, _, err := c.Root().Find(args)
			if err != nil {
				return nil, cobra.ShellCompDirectiveNoFileComp
			}
			var out []cobra.Completion
			for _, sub := range parent.Commands() {
				if sub.IsAvailableCommand() && sub != c && strings.HasPrefix(sub.Name(), toComplete) {
					out = append(out, cobra.CompletionWithDesc(sub.Name(), sub.Short))
				}
			}
			return out, cobra.ShellCompDirectiveNoFileComp
		},
		RunE: func(c *cobra.Command, args []string) error {
			target, rest, err := c.Root().Find(args)
			if err != nil || len(rest) > 0 {
				return &usageError{fmt.Sprintf("no help topic %s; the commands are %s",
					quote(strings.Join(args, " ")), strings.Join(commandNames(c.Root()), ", "))}
			}
			return target.Help()
		},
	}
}

func commandNames(root *cobra.Command) []string {
	var names []string
	for _, sub := range root.Commands() {
		if sub.IsAvailableCommand() {
			names = append(names, sub.Name())
		}
	}
	return names
}

// fixCompletionCommand makes `omt completion` with no shell, or a shell it
// does not know, a usage error: cobra's printed its help and exited 0.
func fixCompletionCommand(root *cobra.Command) {
	root.InitDefaultCompletionCmd()
	for _, c := range root.Commands() {
		if c.Name() != "completion" {
			continue
		}
		c.Args = func(_ *cobra.Command, args []string) error {
			if len(args) > 0 {
				return &usageError{fmt.Sprintf("unknown shell %s: use %s", quote(args[0]), shellList())}
			}
			return nil
		}
		c.RunE = func(*cobra.Command, []string) error {
			return &usageError{"name a shell: " + shellList()}
		}
	}
}

func shellList() string {
	return strings.Join(shells[:len(shells)-1], ", ") + " or " + shells[len(shells)-1]
}

// errEmptyList is a list flag given nothing but commas and spaces.
var errEmptyList = errors.New("empty list")
