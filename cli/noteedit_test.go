package cli

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/omt-reference/omt/store"
)

// editorScript writes a shell script to use as EDITOR.
func editorScript(t *testing.T, body string) string {
	t.Helper()
	if runtime.GOOS == "windows" {
		t.Skip("the editor is a shell script")
	}
	path := filepath.Join(t.TempDir(), "editor")
	if err := os.WriteFile(path, []byte("#!/bin/sh\n"+body+"\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestNotesEdit(t *testing.T) {
	db := filepath.Join(t.TempDir(), "omt.db")
	plain := session{db: db}
	plain.mustRun(t, "notes", "cv4", "--set", "First line.")

	appending := editorScript(t, `echo "Written in the editor." >> "$1"`)
	ed := session{db: db, terminal: true, env: []string{"EDITOR=" + appending}}
	if out := ed.mustRun(t, "notes", "cv4", "--edit"); !strings.Contains(out, "Saved your note on") {
		t.Errorf("--edit: %q", out)
	}
	if got := noteText(t, plain, "cv4"); got != "First line.\nWritten in the editor." {
		t.Errorf("after --edit the note is %q", got)
	}

	// VISUAL comes before EDITOR; an editor given with arguments runs
	// through the shell.
	emptying := editorScript(t, `[ "$1" = --flag ] && : > "$2"`)
	vis := session{db: db, terminal: true, env: []string{"VISUAL=" + emptying + " --flag", "EDITOR=" + appending}}
	if out := vis.mustRun(t, "notes", "cv4", "--edit"); !strings.Contains(out, "deleted") {
		t.Errorf("emptying the note in the editor: %q", out)
	}
	if got := noteText(t, plain, "cv4"); got != "" {
		t.Errorf("the emptied note is still %q", got)
	}

	plain.mustRun(t, "notes", "cv4", "--set", "Keep me.")
	failing := editorScript(t, `echo "half written" >> "$1"; exit 3`)
	_, errOut, code := session{db: db, terminal: true, env: []string{"EDITOR=" + failing}}.run(t, "notes", "cv4", "--edit")
	kept := regexp.MustCompile(`kept in (\S+\.md)`).FindStringSubmatch(errOut)
	if code != 1 || !strings.Contains(errOut, "exited with status 3") || kept == nil {
		t.Fatalf("a failing editor: exit %d, %q; want 1, its status and where the writing is kept", code, errOut)
	}
	defer os.Remove(kept[1])
	if data, err := os.ReadFile(kept[1]); err != nil || string(data) != "Keep me.\nhalf written\n" {
		t.Errorf("the kept file: %q, %v", data, err)
	}
	if got := noteText(t, plain, "cv4"); got != "Keep me." {
		t.Errorf("a failing editor changed the note to %q", got)
	}

	for _, tt := range []struct {
		s    session
		want string
	}{
		{session{db: db, terminal: true}, "neither VISUAL nor EDITOR"},
		{session{db: db, env: []string{"EDITOR=" + appending}}, "needs a terminal"},
	} {
		if _, errOut, code := tt.s.run(t, "notes", "cv4", "--edit"); code != 2 || !strings.Contains(errOut, tt.want) {
			t.Errorf("--edit refused: exit %d, %q; want 2 and %q", code, errOut, tt.want)
		}
	}
	if got := noteText(t, plain, "cv4"); got != "Keep me." {
		t.Errorf("a refused --edit changed the note to %q", got)
	}
}

// TestNotesEditKeepsAConcurrentChange writes the note elsewhere (as the
// browser would) while the editor is open: neither writing may be lost.
func TestNotesEditKeepsAConcurrentChange(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "omt.db")
	plain := session{db: db}
	plain.mustRun(t, "notes", "cv4", "--set", "Before.")
	started, proceed := filepath.Join(dir, "started"), filepath.Join(dir, "go")
	waiting := editorScript(t, fmt.Sprintf(`touch %q; while [ ! -f %q ]; do sleep 0.01; done; echo "From the editor." >> "$1"`, started, proceed))
	done := make(chan struct{})
	go func() {
		defer close(done)
		for {
			if _, err := os.Stat(started); err == nil {
				break
			}
			time.Sleep(10 * time.Millisecond)
		}
		withStore(t, db, func(p *store.Personal) {
			if err := p.SetNote("cv4", "From the browser.", time.Date(2026, 11, 30, 9, 30, 0, 0, time.UTC)); err != nil {
				t.Error(err)
			}
		})
		if err := os.WriteFile(proceed, nil, 0o644); err != nil {
			t.Error(err)
		}
	}()
	_, errOut, code := session{db: db, terminal: true, env: []string{"EDITOR=" + waiting}}.run(t, "notes", "cv4", "--edit")
	<-done
	kept := regexp.MustCompile(`kept in (\S+\.md)`).FindStringSubmatch(errOut)
	if code != 1 || !strings.Contains(errOut, "changed while the editor was open") || kept == nil {
		t.Fatalf("a note changed under the editor: exit %d, %q", code, errOut)
	}
	defer os.Remove(kept[1])
	if got := noteText(t, plain, "cv4"); got != "From the browser." {
		t.Errorf("the browser's note was overwritten: %q", got)
	}
	if data, _ := os.ReadFile(kept[1]); string(data) != "Before.\nFrom the editor.\n" {
		t.Errorf("the editor's writing was not kept: %q", data)
	}
}
