package cli

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/omt-reference/omt/render"
	"github.com/omt-reference/omt/render/sheet"
	"github.com/omt-reference/omt/safetext"
	"github.com/omt-reference/omt/techniques"
	"github.com/omt-reference/omt/techniques/search"
)

// Output formats.
const (
	formatText     = "text"
	formatMarkdown = "markdown"
	formatJSON     = "json"
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
	a.completeFlags(cmd, "patient")
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

// listing is how a set of techniques should be printed.
type listing struct {
	format    string
	patient   []string // flag ids
	all       bool
	condition string // condition id the list is for, if any
	grouped   bool   // the condition is one of several a word named
	faceted   bool   // facets narrowed the list
	filters   string // the facets, spelled for a heading
	query     string // search query, if any
}

func (a *app) listing(c *techniques.Catalog, o outputOptions) (listing, error) {
	l := listing{format: o.format, all: o.all}
	if o.asJSON {
		l.format = formatJSON
	}
	switch l.format {
	case formatText, formatMarkdown, formatJSON:
	default:
		return l, &usageError{fmt.Sprintf("unknown format %q: use text, markdown or json", o.format)}
	}
	var err error
	l.patient, err = a.resolvePatient(c, o.patient)
	return l, err
}

// techniqueJSON is a technique as scripts see it, with its screening and search
// rank when those apply.
type techniqueJSON struct {
	techniques.Technique
	Match     string                `json:"match,omitempty"`
	Screening *techniques.Screening `json:"screening,omitempty"`
	// Condition is the condition the entry was listed under, when a word
	// named several ("pregnancy").
	Condition string `json:"listed_for,omitempty"`
}

// screened is a match with its verdict for the patient.
type screened struct {
	search.Match
	screening techniques.Screening
}

// group sorts matches into ok, caution and contraindicated, keeping rank order in each.
func group(c *techniques.Catalog, matches []search.Match, flags []string) (ok, caution, contra []screened) {
	for _, m := range matches {
		s := screened{m, c.Screen(*m.Technique, flags)}
		switch s.screening.Status {
		case techniques.StatusContraindicated:
			contra = append(contra, s)
		case techniques.StatusCaution:
			caution = append(caution, s)
		default:
			ok = append(ok, s)
		}
	}
	return ok, caution, contra
}

// shownMatches screens matches and keeps those the listing shows: usable
// ones, then (with --all) the contraindicated ones.
func shownMatches(c *techniques.Catalog, matches []search.Match, l listing) (ok, caution, contra, shown []screened) {
	ok, caution, contra = group(c, matches, l.patient)
	shown = append(append([]screened{}, ok...), caution...)
	if l.all {
		shown = append(shown, contra...)
	}
	return ok, caution, contra, shown
}

// matchesJSON is the JSON of the matches a listing shows.
func (a *app) matchesJSON(c *techniques.Catalog, matches []search.Match, l listing) []techniqueJSON {
	_, _, _, shown := shownMatches(c, matches, l)
	return mapSlice(shown, func(s screened) techniqueJSON {
		out := techniqueJSON{Technique: *s.Technique}
		if l.query != "" {
			out.Match = s.Tier.String()
		}
		if len(l.patient) > 0 {
			sc := s.screening
			out.Screening = &sc
		}
		if l.grouped {
			out.Condition = l.condition
		}
		return out
	})
}

func (a *app) printMatches(c *techniques.Catalog, matches []search.Match, l listing) error {
	if l.format == formatJSON {
		if len(matches) == 0 && l.condition != "" {
			if why := whyEmpty(c, l.condition, l.faceted); why != "" {
				fmt.Fprintln(a.io.Err, "omt: "+why)
			}
		}
		return writeJSON(a.io.Out, a.matchesJSON(c, matches, l))
	}
	ok, caution, contra, shown := shownMatches(c, matches, l)
	md := l.format == formatMarkdown
	w, _ := a.out()
	if x, found := c.Condition(l.condition); found {
		fmt.Fprintf(w, "%s\n\n", heading(md, fmt.Sprintf("Techniques used for %s", x.Name)))
	}
	if l.filters != "" && !l.grouped {
		fmt.Fprintf(w, "Filtered by %s: %d of %d techniques\n\n", l.filters, len(matches), len(c.Techniques))
	}
	// One disclaimer per answer: a group of several conditions ends with its own.
	disclaimer := "\n" + render.Disclaimer + "\n"
	if l.grouped {
		disclaimer = "\n"
	}
	if len(matches) == 0 && l.condition != "" {
		if why := whyEmpty(c, l.condition, l.faceted); why != "" {
			fmt.Fprintf(w, "%s\n%s", why, disclaimer)
			return nil
		}
	}
	if len(l.patient) == 0 {
		a.printTable(w, shown, md, false)
		fmt.Fprint(w, disclaimer)
		return nil
	}
	sections := []struct {
		title string
		rows  []screened
		show  bool
	}{
		{"OK for the flags entered", ok, true},
		{"Caution (relative contraindication)", caution, true},
		{"Contraindicated (absolute contraindication)", contra, l.all},
	}
	for _, s := range sections {
		if !s.show {
			continue
		}
		fmt.Fprintf(w, "%s\n", subheading(md, fmt.Sprintf("%s: %d", s.title, len(s.rows))))
		if len(s.rows) > 0 {
			a.printTable(w, s.rows, md, true)
		}
		fmt.Fprintln(w)
	}
	if !l.all && len(contra) > 0 {
		fmt.Fprintf(w, "%d contraindicated technique(s) hidden; --all lists them with the reasons.\n\n", len(contra))
	}
	fmt.Fprintf(w, "%s\n%s", c.ScreeningNotice(l.patient), disclaimer)
	return nil
}

func (a *app) printTable(w io.Writer, rows []screened, md, reasons bool) {
	if md {
		fmt.Fprintln(w, "| ID | Name | Approach | Participation |")
		fmt.Fprintln(w, "|---|---|---|---|")
		for _, r := range rows {
			t := r.Technique
			fmt.Fprintf(w, "| `%s` | %s | %s | %s |\n", t.ID, listedName(t), t.Approach, t.Participation)
			if reasons {
				for _, why := range r.screening.Reasons {
					fmt.Fprintf(w, "| | %s (%s): %s | | |\n", why.Name, why.Kind, why.Note)
				}
			}
		}
		return
	}
	tw := newTable(w)
	fmt.Fprintln(tw, "ID\tNAME\tAPPROACH\tPARTICIPATION")
	for _, r := range rows {
		t := r.Technique
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", t.ID, listedName(t), t.Approach, t.Participation)
	}
	_ = tw.Flush()
	if !reasons {
		return
	}
	for _, r := range rows {
		for _, why := range r.screening.Reasons {
			fmt.Fprintf(w, "  %s: %s (%s): %s\n", r.Technique.ID, why.Name, why.Kind, why.Note)
		}
	}
}

func (a *app) printTechnique(c *techniques.Catalog, t techniques.Technique, l listing) error {
	var sc *techniques.Screening
	if len(l.patient) > 0 {
		s := c.Screen(t, l.patient)
		sc = &s
	}
	switch l.format {
	case formatJSON:
		return writeJSON(a.io.Out, techniqueJSON{Technique: t, Screening: sc})
	case formatMarkdown:
		secs := sheet.Technique(c, t)
		if sc != nil {
			secs = append([]sheet.Section{sheet.Screening(c, *sc)}, secs...)
		}
		_, err := io.WriteString(a.io.Out, render.Markdown(t.Name, fmt.Sprintf("`%s` · %s · %s", t.ID, t.Approach, t.Participation), secs))
		return err
	}
	secs := sheet.Technique(c, t)
	if sc != nil {
		secs = append([]sheet.Section{sheet.Screening(c, *sc)}, secs...)
	}
	w, styles := a.out()
	fmt.Fprintln(w, render.Technique(t, secs, styles, a.textWidth()))
	fmt.Fprintf(w, "\n%s\n", render.Disclaimer)
	return nil
}

func heading(md bool, s string) string {
	if md {
		return "## " + s
	}
	return s
}

func subheading(md bool, s string) string {
	if md {
		return "### " + s
	}
	return s
}

func newTable(w io.Writer) *tabwriter.Writer {
	return tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
}

// writeJSON prints a value as indented JSON, with the C1 and bidi controls
// that encoding/json leaves raw written as \u escapes (safetext.EscapeJSON),
// so that printing it acts on no terminal.
func writeJSON(w io.Writer, v any) error {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		return err
	}
	_, err := w.Write(safetext.EscapeJSON(buf.Bytes()))
	return err
}

// mapSlice converts every element; the result is never nil, so JSON prints [].
func mapSlice[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func joinMax(xs []string, n int) string {
	if len(xs) > n {
		xs = append(xs[:n:n], "…")
	}
	return strings.Join(xs, ", ")
}

// joinArgs lets a multi-word name go unquoted: omt condition low back pain.
func joinArgs(args []string) string { return strings.Join(args, " ") }
