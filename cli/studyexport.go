package cli

import (
	"fmt"
	"io"
	"time"

	"github.com/spf13/cobra"

	"github.com/omt-reference/omt/anki"
	"github.com/omt-reference/omt/cards"
	"github.com/omt-reference/omt/study"
	"github.com/omt-reference/omt/techniques"
)

func (a *app) studyExportCommand() *cobra.Command {
	var format, output string
	cmd := &cobra.Command{
		Use:   "export",
		Short: "Your review log and schedule as CSV or JSON, or the cards for Anki",
		Long: "Writes to standard output unless --output is given. csv and json carry every review and\n" +
			"every card's schedule (your data is yours). apkg writes the cards as an Anki package that\n" +
			"brings omt's note type (ID, Front, Back, Choices, Sources) and the deck omt, tagged by\n" +
			"family, region, condition and map; import it into Anki once. anki writes the same notes as\n" +
			"Anki's text import, which then updates them: every note keeps its GUID (omt: and the card's\n" +
			"id), so a re-import updates the notes and keeps your Anki reviews.",
		Example: "  omt study export --format csv > reviews.csv\n" +
			"  omt study export --format json --output omt-study.json\n" +
			"  omt study export --format apkg --output omt.apkg\n" +
			"  omt study export --format anki --output omt-anki.txt",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			switch format {
			case "csv", "json", "anki":
			case "apkg":
				if output == "" {
					return &usageError{"--format apkg writes a zip file, not text: give --output omt.apkg"}
				}
			default:
				return &usageError{fmt.Sprintf("unknown format %q: use csv, json, apkg or anki", format)}
			}
			c, err := a.load()
			if err != nil {
				return err
			}
			return a.writeOutput(output, func(w io.Writer) error { return a.export(w, c, format) })
		},
	}
	cmd.Flags().StringVarP(&format, "format", "f", "csv", "csv, json, apkg or anki")
	cmd.Flags().StringVarP(&output, "output", "o", "", outputUsage)
	_ = cmd.RegisterFlagCompletionFunc("format", cobra.FixedCompletions([]string{"csv", "json", "apkg", "anki"}, cobra.ShellCompDirectiveNoFileComp))
	return cmd
}

func (a *app) export(w io.Writer, c *techniques.Catalog, format string) error {
	switch format {
	case "anki":
		return anki.WriteText(w, anki.FromCards(c, cards.Generate(c)))
	case "apkg":
		now, err := a.now()
		if err != nil {
			return err
		}
		return anki.WritePackage(w, anki.FromCards(c, cards.Generate(c)), now)
	}
	return a.withStudent(reading, func(st study.Student, now func() time.Time) error {
		if format == "json" {
			return st.ExportJSON(w, now())
		}
		return st.ExportCSV(w)
	})
}
