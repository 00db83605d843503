package cli

import (
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/omt-reference/omt/render"
	"github.com/omt-reference/omt/store"
	"github.com/omt-reference/omt/techniques"
)

// editNote opens the user's editor on a temporary file that holds the note
// on id and saves what is written there. Nothing is lost on the way: an
// editor that fails, or a note that changed elsewhere while the editor was
// open, leaves the database as it was and the file where the user can find
// it.
func (a *app) editNote(cmd *cobra.Command, c *techniques.Catalog, id string) error {
	editor := a.terminal().Editor()
	switch {
	case editor == "":
		return &usageError{"neither VISUAL nor EDITOR is set; set one (export EDITOR=nano) or use omt notes " + id + " --set TEXT"}
	case !a.io.IsTerminal:
		return &usageError{"omt notes --edit opens an editor, which needs a terminal; use --set TEXT or --set - instead"}
	}
	var before store.Note
	var have bool
	err := a.withPersonal(reading, func(p *store.Personal, _ func() time.Time) (err error) {
		if p != nil {
			before, have, err = p.Note(id)
		}
		return err
	})
	if err != nil {
		return err
	}
	if err := a.noteTarget(c, id, have); err != nil {
		return err
	}
	file, err := writeNoteFile(id, before.Text)
	if err != nil {
		return err
	}
	keep := func(why error) error {
		return fmt.Errorf("%w; your note is as it was, and what you wrote is kept in %s", why, file)
	}
	if err := a.terminal().Edit(cmd.Context(), editor, file); err != nil {
		if written, rerr := os.ReadFile(file); rerr == nil && strings.TrimRight(string(written), "\r\n") != before.Text {
			return keep(err)
		}
		_ = os.Remove(file)
		return fmt.Errorf("%w; your note is as it was", err)
	}
	f, err := os.Open(file)
	if err != nil {
		return fmt.Errorf("reading what the editor wrote: %w", err)
	}
	text, err := readNote(f, file)
	f.Close()
	if err != nil {
		return keep(err)
	}
	if text == before.Text {
		_ = os.Remove(file)
		if have {
			fmt.Fprintf(a.io.Out, "Your note on %s is unchanged.\n", render.DescribeTechnique(c, id))
		} else {
			fmt.Fprintf(a.io.Out, "Nothing was written, so %s still has no note of yours.\n", render.DescribeTechnique(c, id))
		}
		return nil
	}
	err = a.withPersonal(saving, func(p *store.Personal, _ func() time.Time) error {
		now, haveNow, err := p.Note(id)
		if err != nil {
			return err
		}
		if haveNow != have || !now.Updated.Equal(before.Updated) {
			return errNoteChanged
		}
		return nil
	})
	if err != nil {
		return keep(err)
	}
	if err := a.saveNote(c, id, text); err != nil {
		return keep(err)
	}
	_ = os.Remove(file)
	return nil
}

// writeNoteFile writes the note to a new temporary file, readable by the
// user alone, named after the technique so that the editor's title says
// which note it is.
func writeNoteFile(id, text string) (string, error) {
	f, err := os.CreateTemp("", "omt-note-"+fileSafe(id)+"-*.md")
	if err != nil {
		return "", fmt.Errorf("creating a file for the editor: %w", err)
	}
	if text != "" {
		text += "\n"
	}
	_, err = f.WriteString(text)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		_ = os.Remove(f.Name())
		return "", fmt.Errorf("writing the note for the editor: %w", err)
	}
	return f.Name(), nil
}

// fileSafe keeps the letters, digits and hyphens of an id, for a file name.
func fileSafe(id string) string {
	s := strings.Map(func(r rune) rune {
		if r == '-' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' {
			return r
		}
		return -1
	}, id)
	return s[:min(len(s), 40)]
}
