package cli

import (
	"errors"
	"strings"

	"github.com/spf13/cobra"

	"github.com/omt-reference/omt/techniques"
	"github.com/omt-reference/omt/techniques/search"
)

// filterOptions are the flags that narrow the techniques: a condition and the
// facets. The root command, list and search share them.
type filterOptions struct {
	condition, approach, family, region, participation string
}

func (o *filterOptions) register(a *app, cmd *cobra.Command, conditionHelp string) {
	f := cmd.Flags()
	f.StringVarP(&o.condition, "condition", "c", "", conditionHelp)
	f.StringVar(&o.approach, "approach", "", "only this approach: "+strings.Join(techniques.Approaches(), ", "))
	f.StringVar(&o.participation, "participation", "", "only this participation: "+strings.Join(techniques.Participations(), ", "))
	f.StringVar(&o.family, "family", "", "only this family (name, id or abbreviation, e.g. MET, counterstrain)")
	f.StringVar(&o.region, "region", "", "only this body region, e.g. lumbar, rib, upper-extremity")
	a.completion().Conditions(cmd, "condition")
	_ = cmd.RegisterFlagCompletionFunc("approach", cobra.FixedCompletions(techniques.Approaches(), cobra.ShellCompDirectiveNoFileComp))
	_ = cmd.RegisterFlagCompletionFunc("participation", cobra.FixedCompletions(techniques.Participations(), cobra.ShellCompDirectiveNoFileComp))
	_ = cmd.RegisterFlagCompletionFunc("region", cobra.FixedCompletions(techniques.Regions(), cobra.ShellCompDirectiveNoFileComp))
	a.completion().Families(cmd, "family")
}

// narrowing is what the filter flags resolved to.
type narrowing struct {
	filter     techniques.Filter      // the facets; Condition is left empty
	conditions []techniques.Condition // what --condition named: none, one, or several
	word       string                 // --condition as typed
}

// faceted reports whether any facet narrows the techniques.
func (n narrowing) faceted() bool {
	f := n.filter
	return f.Approach != "" || f.Participation != "" || f.Family != "" || f.Region != ""
}

// describe spells the facets for a heading: "approach indirect, region lumbar".
func (n narrowing) describe(c *techniques.Catalog) string {
	var parts []string
	f := n.filter
	if f.Approach != "" {
		parts = append(parts, "approach "+string(f.Approach))
	}
	if f.Participation != "" {
		parts = append(parts, "participation "+string(f.Participation))
	}
	if fam, ok := c.Family(f.Family); ok {
		parts = append(parts, "family "+fam.Name)
	}
	if f.Region != "" {
		parts = append(parts, "region "+f.Region)
	}
	return strings.Join(parts, ", ")
}

// resolve reads the flags. A facet value that names nothing is a usage error
// listing the values it can take; a condition that names nothing is "not
// found" with the closest conditions.
func (o *filterOptions) resolve(cmd *cobra.Command, x *search.Index) (narrowing, error) {
	c := x.Catalog()
	var n narrowing
	var err error
	var fe *techniques.FacetError
	wrap := func(err error) error {
		if errors.As(err, &fe) {
			return &usageError{err.Error()}
		}
		return err
	}
	if o.approach != "" {
		if n.filter.Approach, err = techniques.ParseApproach(o.approach); err != nil {
			return n, wrap(err)
		}
	}
	if o.participation != "" {
		if n.filter.Participation, err = techniques.ParseParticipation(o.participation); err != nil {
			return n, wrap(err)
		}
	}
	if o.region != "" {
		if n.filter.Region, err = techniques.ResolveRegion(o.region); err != nil {
			return n, wrap(err)
		}
	}
	if o.family != "" {
		fam, err := c.ResolveFamily(o.family)
		if err != nil {
			return n, wrap(err)
		}
		n.filter.Family = fam.ID
	}
	if o.condition != "" || cmd.Flags().Changed("condition") { // --condition '' is refused, not ignored
		n.word = o.condition
		n.conditions, err = resolveConditions(x, o.condition)
	}
	return n, err
}

// resolveConditions reads a condition word the one way the CLI and the
// browser share: one condition, several that share the word, or an error.
func resolveConditions(x *search.Index, query string) ([]techniques.Condition, error) {
	if strings.TrimSpace(query) == "" {
		return nil, &usageError{"no condition given: name one, e.g. \"low back pain\" (omt conditions lists them)"}
	}
	found := x.ResolveConditions(query)
	if len(found) == 0 {
		return nil, &notFoundError{what: "condition", query: query, suggestions: x.Catalog().SuggestConditions(query, 3)}
	}
	return found, nil
}
