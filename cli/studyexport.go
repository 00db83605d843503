package cli

import (
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/omt-reference/omt/cards"
	"github.com/omt-reference/omt/study"
	"github.com/omt-reference/omt/techniques"
)

func (a *app) studyExportCommand() *cobra.Command {
	var format, output string
	cmd := &cobra.Command{
		Use:   "export",
		Short: "Your review log and schedule as CSV or JSON, or the cards as an Anki deck",
		Long: "Writes to standard output unless --output is given. csv and json carry every review and\n" +
			"every card's schedule (your data is yours); anki writes the cards as a tab-separated file that\n" +
			"Anki imports as a deck, tagged by family, region, condition and map, with the source in a field.",
		Example: "  omt study export --format csv > reviews.csv\n" +
			"  omt study export --format json --output omt-study.json\n" +
			"  omt study export --format anki --output omt-anki.txt",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			switch format {
			case "csv", "json", "anki":
			default:
				return &usageError{fmt.Sprintf("unknown format %q: use csv, json or anki", format)}
			}
			c, err := a.load()
			if err != nil {
				return err
			}
			return a.writeOutput(output, func(w io.Writer) error { return a.export(w, c, format) })
		},
	}
	cmd.Flags().StringVarP(&format, "format", "f", "csv", "csv, json or anki")
	cmd.Flags().StringVarP(&output, "output", "o", "", outputUsage)
	_ = cmd.RegisterFlagCompletionFunc("format", cobra.FixedCompletions([]string{"csv", "json", "anki"}, cobra.ShellCompDirectiveNoFileComp))
	return cmd
}

func (a *app) export(w io.Writer, c *techniques.Catalog, format string) error {
	if format == "anki" {
		return writeAnki(w, c, cards.Generate(c))
	}
	return a.withStudent(reading, func(st study.Student, now func() time.Time) error {
		if format == "json" {
			return st.ExportJSON(w, now())
		}
		return st.ExportCSV(w)
	})
}

// writeAnki writes the cards as Anki's plain-text import: file headers, then
// a note a line with its fields separated by tabs (front, back, source) and
// its tags. A multiple-choice card carries its choices on the front.
func writeAnki(w io.Writer, c *techniques.Catalog, all []cards.Card) error {
	fmt.Fprint(w, "#separator:tab\n#html:true\n#notetype column:1\n#deck column:2\n#tags column:6\n")
	for _, k := range all {
		front := htmlText(k.Front)
		if len(k.Choices) > 0 {
			var b strings.Builder
			b.WriteString(front + "<ol type=\"a\">")
			for _, ch := range k.Choices {
				b.WriteString("<li>" + htmlText(ch) + "</li>")
			}
			b.WriteString("</ol>")
			front = b.String()
		}
		var refs []string
		for _, id := range k.Source.References {
			refs = append(refs, htmlText(c.Citation(id)))
		}
		source := htmlText(fmt.Sprintf("%s: %s (%s)", k.Source.Kind, k.Source.Name, k.Source.Field))
		if len(refs) > 0 {
			source += "<br>" + strings.Join(refs, "<br>")
		}
		deck := "omt"
		if len(k.Decks) > 0 {
			deck = "omt::" + strings.ReplaceAll(k.Decks[0], "/", "::")
		}
		var tags []string
		for _, d := range k.Decks {
			tags = append(tags, "omt::"+strings.ReplaceAll(strings.ReplaceAll(d, "/", "::"), " ", "_"))
		}
		if _, err := fmt.Fprintf(w, "Basic\t%s\t%s\t%s\t%s\t%s\n", deck, front, htmlText(k.Back), source, strings.Join(tags, " ")); err != nil {
			return err
		}
	}
	return nil
}

// htmlText escapes text for a field Anki reads as HTML, and keeps it on one
// line.
func htmlText(s string) string {
	r := strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", "\t", " ", "\r\n", "<br>", "\n", "<br>")
	return r.Replace(s)
}
