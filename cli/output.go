package cli

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/omt-reference/omt/render"
	"github.com/omt-reference/omt/techniques"
	"github.com/omt-reference/omt/techniques/search"
)

// Output formats: render's.
const (
	formatText     = render.FormatText
	formatMarkdown = render.FormatMarkdown
	formatJSON     = render.FormatJSON
)

// outputOptions are the flags shared by the commands that print techniques.
type outputOptions struct {
	format  string
	asJSON  bool
	patient []string
	all     bool
}

func (o *outputOptions) register(a *app, cmd *cobra.Command, single bool) {
	cmd.Flags().StringVarP(&o.format, "format", "f", formatText, "output format: text, markdown or json")
	cmd.Flags().BoolVar(&o.asJSON, "json", false, "shorthand for --format json")
	cmd.Flags().VarP((*listFlag)(&o.patient), "patient", "p", "patient flags to screen for, e.g. osteoporosis,pregnancy")
	if !single {
		cmd.Flags().BoolVarP(&o.all, "all", "a", false, "also list contraindicated techniques, in their own section")
	}
	_ = cmd.RegisterFlagCompletionFunc("format", cobra.FixedCompletions(
		[]string{formatText, formatMarkdown, formatJSON}, cobra.ShellCompDirectiveNoFileComp))
	a.completion().Flags(cmd, "patient")
}

// listFlag is a repeatable, comma-separated flag. pflag's StringSlice does the
// same but formats its default through encoding/csv on every start.
type listFlag []string

func (l *listFlag) String() string { return strings.Join(*l, ",") }

// Set appends; the commas are split when the flags are resolved. A value
// with nothing but commas and spaces is refused: taken as given, it would
// screen for nothing while the answer looked screened.
func (l *listFlag) Set(v string) error {
	if strings.Trim(v, ", ") == "" {
		return errEmptyList
	}
	*l = append(*l, v)
	return nil
}

func (l *listFlag) Type() string { return "strings" }

// listing reads the output flags into how a set of techniques is printed.
func (a *app) listing(c *techniques.Catalog, o outputOptions) (render.Listing, error) {
	l := render.Listing{Format: o.format, All: o.all}
	if o.asJSON {
		l.Format = formatJSON
	}
	switch l.Format {
	case formatText, formatMarkdown, formatJSON:
	default:
		return l, &usageError{fmt.Sprintf("unknown format %q: use text, markdown or json", o.format)}
	}
	var err error
	l.Patient, err = a.resolvePatient(c, o.patient)
	return l, err
}

// printMatches prints the matches a listing shows; as JSON, it says on
// stderr why a condition's list is empty.
func (a *app) printMatches(c *techniques.Catalog, matches []search.Match, l render.Listing) error {
	if l.Format != formatJSON {
		return a.out().Techniques(c, matches, l)
	}
	if why := render.WhyEmpty(c, len(matches), l); why != "" {
		fmt.Fprintln(a.io.Err, "omt: "+why)
	}
	return render.WriteJSON(a.io.Out, render.MatchesJSON(c, matches, l))
}

// printTechnique prints one technique, screened for the patient's flags
// when there are any.
func (a *app) printTechnique(c *techniques.Catalog, t techniques.Technique, l render.Listing) error {
	var sc *techniques.Screening
	if len(l.Patient) > 0 {
		s := c.Screen(t, l.Patient)
		sc = &s
	}
	switch l.Format {
	case formatJSON:
		return render.WriteJSON(a.io.Out, render.TechniqueJSON{Technique: t, Screening: sc})
	case formatMarkdown:
		return render.ShowMarkdown(a.io.Out, c, t, sc)
	}
	return a.out().Show(c, t, sc)
}

// joinArgs lets a multi-word name go unquoted: omt condition low back pain.
func joinArgs(args []string) string { return strings.Join(args, " ") }
