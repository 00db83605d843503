package cli

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/omt-reference/omt/render"
	"github.com/omt-reference/omt/store"
	"github.com/omt-reference/omt/techniques"
)

// Personal notes: what the user writes on a technique, kept apart from the
// sourced text and always shown as the user's own. They are `omt notes`
// because `omt note` is the chart line of a visit (note.go).

func (a *app) notesCommand() *cobra.Command {
	var asJSON, edit bool
	var text string
	cmd := &cobra.Command{
		Use:   "notes [ID]",
		Short: "Your own notes on techniques: list, show, write (--set, --edit)",
		Long: "Your personal notes, one per technique, kept in the local database and always shown as yours,\n" +
			"apart from the sourced text. Without an ID, lists the techniques you wrote on; with one, prints\n" +
			"your note. --set saves a note (--set - reads it from standard input; an empty text deletes it);\n" +
			"--edit opens $VISUAL or $EDITOR on it. omt note, singular, is the chart line of a visit.",
		Example: "  omt notes\n" +
			"  omt notes counterstrain-lumbar\n" +
			"  omt notes counterstrain-lumbar --set \"Lab B: hold 120 s, return slowly\"\n" +
			"  pbpaste | omt notes counterstrain-lumbar --set -\n" +
			"  omt notes counterstrain-lumbar --edit\n" +
			"  omt notes counterstrain-lumbar --set \"\"      # deletes it",
		Args:              cobra.MaximumNArgs(1),
		ValidArgsFunction: a.completion().TechniqueIDs,
		RunE: func(cmd *cobra.Command, args []string) error {
			setting := cmd.Flags().Changed("set")
			switch {
			case setting && edit:
				return &usageError{"--set and --edit both write the note; use one"}
			case (setting || edit) && len(args) == 0:
				return &usageError{"which technique? omt notes ID --set TEXT or --edit"}
			case (setting || edit) && asJSON:
				return &usageError{"--json prints notes; it does not go with --set or --edit"}
			}
			c, err := a.load()
			if err != nil {
				return err
			}
			switch {
			case len(args) == 0:
				return a.listNotes(c, asJSON)
			case setting:
				if text == "-" {
					if text, err = readNote(a.io.In, "standard input"); err != nil {
						return err
					}
				} else if err := checkNote(text, "--set"); err != nil {
					return err
				}
				return a.saveNote(c, args[0], text)
			case edit:
				return a.editNote(cmd, c, args[0])
			}
			return a.showNote(c, args[0], asJSON)
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	cmd.Flags().StringVar(&text, "set", "", "save this text as your note (- reads standard input; empty deletes the note)")
	cmd.Flags().BoolVarP(&edit, "edit", "e", false, "write the note in $VISUAL or $EDITOR")
	return cmd
}

func (a *app) listNotes(c *techniques.Catalog, asJSON bool) error {
	notes, err := readOwn(a, (*store.Personal).Notes)
	if err != nil {
		return err
	}
	return printOwn(a, asJSON, mapSlice(notes, func(n store.Note) render.NoteJSON { return render.NewNoteJSON(c, n) }), render.Notes)
}

// noteTarget checks that id names a technique, or one the catalogue no
// longer has but the user wrote on (so that such a note can still be read,
// rewritten or deleted).
func (a *app) noteTarget(c *techniques.Catalog, id string, have bool) error {
	if _, ok := c.Technique(id); ok || have {
		return nil
	}
	_, err := a.technique(c, id)
	return err
}

func (a *app) showNote(c *techniques.Catalog, id string, asJSON bool) error {
	var n store.Note
	var have bool
	err := a.withPersonal(reading, func(p *store.Personal, _ func() time.Time) (err error) {
		if p != nil {
			n, have, err = p.Note(id)
		}
		return err
	})
	if err != nil {
		return err
	}
	if err := a.noteTarget(c, id, have); err != nil {
		return err
	}
	if !have {
		return fmt.Errorf("no note of yours on %s; omt notes %s --set TEXT or --edit writes one", render.DescribeTechnique(c, id), id)
	}
	if asJSON {
		return render.WriteJSON(a.io.Out, render.NewNoteJSON(c, n))
	}
	return a.out().Note(c, id, n)
}

// saveNote saves text as the note on id, or deletes the note when text is
// blank, and says which.
func (a *app) saveNote(c *techniques.Catalog, id, text string) error {
	deleting := strings.TrimSpace(text) == ""
	access := saving
	if deleting {
		access = removing
	}
	return a.withPersonal(access, func(p *store.Personal, now func() time.Time) error {
		var have bool
		if p != nil {
			var err error
			if _, have, err = p.Note(id); err != nil {
				return err
			}
		}
		if err := a.noteTarget(c, id, have); err != nil {
			return err
		}
		if deleting && !have {
			fmt.Fprintf(a.io.Out, "The text was empty, and you had no note on %s: nothing to delete.\n", render.DescribeTechnique(c, id))
			return nil
		}
		if err := p.SetNote(id, text, now()); err != nil {
			return fmt.Errorf("saving your note on %s: %w", id, err)
		}
		if deleting {
			fmt.Fprintf(a.io.Out, "The text was empty, so your note on %s is deleted.\n", render.DescribeTechnique(c, id))
		} else {
			fmt.Fprintf(a.io.Out, "Saved your note on %s.\n", render.DescribeTechnique(c, id))
		}
		return nil
	})
}

// readNote reads a note from r (standard input or the editor's file),
// without the line ends an editor or echo adds.
func readNote(r io.Reader, from string) (string, error) {
	// Room for the line ends that are cut, so that a note of exactly the
	// cap keeps them; an input that fills the room is longer than any note
	// and is not read to its end.
	const room = store.MaxNoteBytes + 64
	data, err := io.ReadAll(io.LimitReader(r, room))
	if err != nil {
		return "", fmt.Errorf("reading the note from %s: %w", from, err)
	}
	if len(data) == room {
		return "", &usageError{fmt.Sprintf("the note from %s is longer than the %d KiB a note may hold; nothing was saved",
			from, store.MaxNoteBytes>>10)}
	}
	text := strings.TrimRight(string(data), "\r\n")
	return text, checkNote(text, from)
}

// checkNote refuses, before the database is opened, what the store would
// not keep as a note (store.CheckNote: more than store.MaxNoteBytes, or
// bytes that are not UTF-8 text).
func checkNote(text, from string) error {
	if err := store.CheckNote(text); err != nil {
		return &usageError{fmt.Sprintf("the note from %s %v; nothing was saved", from, err)}
	}
	return nil
}

// errNoteChanged is a note that changed in the database while the editor
// had it open; saving would lose the other writing.
var errNoteChanged = errors.New("your note changed while the editor was open (in the browser or another omt)")
