package cli

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/omt-reference/omt/safetext"
	"github.com/omt-reference/omt/store"
	"github.com/omt-reference/omt/techniques"
)

// omt data moves bookmarks and notes between machines as one JSON document
// (store.Personal.ExportJSON's format). The study log has its own export
// (omt study export).

func (a *app) dataCommand() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "data",
		Short: "Move your bookmarks and notes between machines: export, import",
		Long: "Exports your bookmarks and personal notes as one JSON document, and imports such a document,\n" +
			"merging it with what is here: missing bookmarks are added, and an imported note replaces yours\n" +
			"only when it is newer, so importing an old export never undoes later writing. Your study\n" +
			"progress has its own export: omt study export.",
		Example: "  omt data export --output omt-personal.json\n" +
			"  omt data import omt-personal.json",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error { return cmd.Help() },
	}
	cmd.AddCommand(a.dataExportCommand(), a.dataImportCommand())
	return cmd
}

func (a *app) dataExportCommand() *cobra.Command {
	var output string
	cmd := &cobra.Command{
		Use:   "export",
		Short: "Write your bookmarks and notes as JSON, to standard output or --output FILE",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return a.writeOutput(output, func(w io.Writer) error {
				return a.withPersonal(reading, func(p *store.Personal, now func() time.Time) error {
					if p == nil {
						return exportNothing(w, now())
					}
					return p.ExportJSON(w, now())
				})
			})
		},
	}
	cmd.Flags().StringVarP(&output, "output", "o", "", outputUsage)
	return cmd
}

// exportNothing writes the export of a profile with no bookmarks and no
// notes, for a user who has no database yet, in the store's own format: it
// exports a fresh database in a temporary directory, so that the format is
// written in one place only and the user's data directory stays untouched.
func exportNothing(w io.Writer, now time.Time) error {
	dir, err := os.MkdirTemp("", "omt-empty-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	s, _, err := store.Open(filepath.Join(dir, "omt.db"))
	if err != nil {
		return err
	}
	err = s.Personal("").ExportJSON(w, now)
	if cerr := s.Close(); err == nil {
		err = cerr
	}
	return err
}

func (a *app) dataImportCommand() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "import FILE",
		Short: "Merge an export of bookmarks and notes into yours (- reads standard input)",
		Long: "Merges a document written by omt data export: bookmarks missing here are added, and a note\n" +
			"replaces yours only when it is newer. A file that is not such an export changes nothing: omt says\n" +
			"what is wrong with it and exits 1.",
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			name := args[0]
			data, err := readImport(a.io.In, name)
			if err != nil {
				return err
			}
			c, err := a.load()
			if err != nil {
				return err
			}
			u, err := a.userData()
			if err != nil {
				return err
			}
			if !u.exists() {
				// Check the file before the database is created for it,
				// so that a bad file leaves no trace.
				if err := checkImport(data); err != nil {
					return fmt.Errorf("%s: %w; nothing was imported", name, err)
				}
			}
			var result store.ImportResult
			err = a.withPersonal(saving, func(p *store.Personal, _ func() time.Time) error {
				result, err = p.ImportJSON(bytes.NewReader(data))
				return err
			})
			if err != nil {
				return fmt.Errorf("%s: %w; nothing was imported", name, err)
			}
			a.reportImport(c, name, data, result)
			return nil
		},
	}
	return cmd
}

// readImport reads the whole file to import (or standard input, for "-"),
// so that a file that is still being written cannot be half imported.
func readImport(stdin io.Reader, name string) ([]byte, error) {
	var r io.Reader = stdin
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return nil, err // names the file
		}
		defer f.Close()
		r = f
	} else {
		name = "standard input"
	}
	// The store bounds what it reads; one byte over its bound is enough
	// for it to say the file is too large.
	data, err := io.ReadAll(io.LimitReader(r, 64<<20))
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", name, err)
	}
	return data, nil
}

// checkImport imports data into a fresh database in a temporary directory,
// to learn whether it would import, without touching the user's.
func checkImport(data []byte) error {
	dir, err := os.MkdirTemp("", "omt-import-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	s, _, err := store.Open(filepath.Join(dir, "omt.db"))
	if err != nil {
		return err
	}
	_, err = s.Personal("").ImportJSON(bytes.NewReader(data))
	if cerr := s.Close(); err == nil {
		err = cerr
	}
	return err
}

// importedIDs are the technique ids an export names; only the ids are read,
// to count what came in and find those the catalogue does not have.
type importedIDs struct {
	Bookmarks []importedID `json:"bookmarks"`
	Notes     []importedID `json:"notes"`
}

type importedID struct {
	Technique string `json:"technique"`
}

// reportImport says what an import changed: bookmarks added and already
// here, notes added, replaced and kept, and the ids this catalogue lacks.
func (a *app) reportImport(c *techniques.Catalog, name string, data []byte, r store.ImportResult) {
	var ids importedIDs
	_ = json.Unmarshal(data, &ids) // the store has already read it whole
	if name == "-" {
		name = "standard input"
	}
	fmt.Fprintf(a.io.Out, "Imported %s:\n", safetext.Visible(name))
	fmt.Fprintf(a.io.Out, "  bookmarks: %d added, %d already here\n",
		r.BookmarksAdded, max(0, len(ids.Bookmarks)-r.BookmarksAdded))
	fmt.Fprintf(a.io.Out, "  notes: %d added, %d replaced by a newer one, %d kept (yours here is as new or newer)\n",
		r.NotesAdded, r.NotesReplaced, r.NotesKept)
	unknown := map[string]bool{}
	var missing []string
	for _, x := range append(ids.Bookmarks, ids.Notes...) {
		if _, ok := c.Technique(x.Technique); !ok && !unknown[x.Technique] {
			unknown[x.Technique] = true
			missing = append(missing, safetext.Visible(x.Technique))
		}
	}
	if len(missing) > 0 {
		fmt.Fprintf(a.io.Out, "  not in this catalogue (kept, listed as such): %s\n", strings.Join(missing, ", "))
	}
}
