package cli

import (
	"strings"

	"github.com/spf13/cobra"
)

// completeTechniqueIDs offers technique ids, with their names as descriptions.
func (a *app) completeTechniqueIDs(_ *cobra.Command, args []string, toComplete string) ([]cobra.Completion, cobra.ShellCompDirective) {
	c, err := a.load()
	if err != nil || len(args) > 0 {
		return nil, cobra.ShellCompDirectiveNoFileComp
	}
	var out []cobra.Completion
	for _, t := range c.Techniques {
		if strings.HasPrefix(t.ID, toComplete) {
			out = append(out, cobra.CompletionWithDesc(t.ID, t.Name))
		}
	}
	return out, cobra.ShellCompDirectiveNoFileComp
}

// completeConditions offers condition names for a flag.
func (a *app) completeConditions(cmd *cobra.Command, flag string) {
	_ = cmd.RegisterFlagCompletionFunc(flag, func(_ *cobra.Command, _ []string, toComplete string) ([]cobra.Completion, cobra.ShellCompDirective) {
		c, err := a.load()
		if err != nil {
			return nil, cobra.ShellCompDirectiveNoFileComp
		}
		var out []cobra.Completion
		for _, x := range c.Conditions {
			for _, name := range append([]string{x.Name}, x.Synonyms...) {
				if strings.HasPrefix(strings.ToLower(name), strings.ToLower(toComplete)) {
					out = append(out, cobra.CompletionWithDesc(name, x.Name))
				}
			}
		}
		return out, cobra.ShellCompDirectiveNoFileComp
	})
}

// completeFlags offers patient flag ids; after a comma it completes the next one.
func (a *app) completeFlags(cmd *cobra.Command, flag string) {
	_ = cmd.RegisterFlagCompletionFunc(flag, func(_ *cobra.Command, _ []string, toComplete string) ([]cobra.Completion, cobra.ShellCompDirective) {
		c, err := a.load()
		if err != nil {
			return nil, cobra.ShellCompDirectiveNoFileComp
		}
		done, last := "", toComplete
		if i := strings.LastIndex(toComplete, ","); i >= 0 {
			done, last = toComplete[:i+1], toComplete[i+1:]
		}
		var out []cobra.Completion
		for _, f := range c.Flags {
			if strings.HasPrefix(f.ID, last) {
				out = append(out, cobra.CompletionWithDesc(done+f.ID, f.Name))
			}
		}
		return out, cobra.ShellCompDirectiveNoFileComp | cobra.ShellCompDirectiveNoSpace
	})
}

// completeFamilies offers family ids, with their names as descriptions.
func (a *app) completeFamilies(cmd *cobra.Command, flag string) {
	_ = cmd.RegisterFlagCompletionFunc(flag, func(_ *cobra.Command, _ []string, toComplete string) ([]cobra.Completion, cobra.ShellCompDirective) {
		c, err := a.load()
		if err != nil {
			return nil, cobra.ShellCompDirectiveNoFileComp
		}
		var out []cobra.Completion
		for _, f := range c.Families {
			if strings.HasPrefix(f.ID, strings.ToLower(toComplete)) {
				out = append(out, cobra.CompletionWithDesc(f.ID, f.Name))
			}
		}
		return out, cobra.ShellCompDirectiveNoFileComp
	})
}
