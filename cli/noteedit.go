package cli

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"os/signal"
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
	editor := a.editor()
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
	if err := a.runEditor(cmd.Context(), editor, file); err != nil {
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

// editor is the command that edits text: VISUAL, else EDITOR, as git and
// crontab choose; "" when neither is set.
func (a *app) editor() string {
	for _, name := range []string{"VISUAL", "EDITOR"} {
		if v, _ := lookupEnv(a.io.Env, name); strings.TrimSpace(v) != "" {
			return strings.TrimSpace(v)
		}
	}
	return ""
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

// runEditor runs the editor on file on the terminal and waits for it. An
// editor with arguments or shell syntax ("code --wait") runs through sh, as
// git runs it; Ctrl+C belongs to the editor while it runs.
func (a *app) runEditor(ctx context.Context, editor, file string) error {
	var cmd *exec.Cmd
	if strings.ContainsAny(editor, shellMetacharacters) {
		cmd = exec.CommandContext(ctx, "sh", "-c", editor+` "$@"`, editor, file)
	} else {
		cmd = exec.CommandContext(ctx, editor, file)
	}
	cmd.Stdin, cmd.Stdout, cmd.Stderr = a.io.In, a.stdout.dest, a.io.Err
	cmd.Env = a.io.Env
	interrupts := make(chan os.Signal, 1)
	signal.Notify(interrupts, os.Interrupt)
	defer signal.Stop(interrupts)
	err := cmd.Run()
	var exit *exec.ExitError
	switch {
	case errors.As(err, &exit) && exit.ExitCode() < 0:
		return fmt.Errorf("the editor (%s) was stopped (%v)", editor, exit)
	case errors.As(err, &exit):
		return fmt.Errorf("the editor (%s) exited with status %d", editor, exit.ExitCode())
	case err != nil:
		return fmt.Errorf("the editor (%s) could not run: %w", editor, err)
	}
	return nil
}
