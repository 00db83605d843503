// Package external runs the user's own programs on omt's terminal: the
// pager ($PAGER) over an answer taller than the screen, as git's and glow's
// answers go, and the editor ($VISUAL, then $EDITOR) over a note. A value
// with arguments or shell syntax runs through sh, as git runs it, and
// Ctrl+C belongs to the program while it runs: omt waits for it to end
// rather than die and leave it behind.
//
// It does not decide which answers are paged or what a note is: the command
// line (cli) does, and hands it the bytes or the file.
package external

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"os/signal"
	"strings"

	"github.com/omt-reference/omt/render"
)

// Terminal is where a program runs: the terminal's streams (Out is the
// terminal itself, not a capture of it), its size and the environment.
type Terminal struct {
	In            io.Reader
	Out, Err      io.Writer
	Env           []string
	Width, Height int
}

// defaultPager is the pager when PAGER is not set; -R lets colour through.
const defaultPager = "less -R"

// shellMetacharacters make a PAGER or EDITOR value a shell command rather
// than a program and its arguments, as git decides.
const shellMetacharacters = "|&;<>()$`\\\"' \t\n*?[#~=%"

// Taller reports whether out needs more rows than the terminal has, counting
// the rows a long line wraps onto and one for the shell's prompt.
func (t Terminal) Taller(out []byte) bool {
	if t.Height <= 0 || t.Width <= 0 {
		return false
	}
	rows := 0
	for line := range strings.SplitSeq(strings.TrimSuffix(string(out), "\n"), "\n") {
		rows += max(1, (render.Width(line)+t.Width-1)/t.Width)
		if rows >= t.Height {
			return true
		}
	}
	return false
}

// pagerCommand is the pager to run, or nil when PAGER asks for none (empty,
// or cat).
func (t Terminal) pagerCommand() *exec.Cmd {
	pager, set := lookupEnv(t.Env, "PAGER")
	if !set {
		pager = defaultPager
	}
	pager = strings.TrimSpace(pager)
	if pager == "" || pager == "cat" {
		return nil
	}
	if !strings.ContainsAny(strings.Join(strings.Fields(pager), ""), shellMetacharacters) {
		fields := strings.Fields(pager)
		return exec.Command(fields[0], fields[1:]...)
	}
	return exec.Command("sh", "-c", pager)
}

// Page shows out through the pager and reports whether it did. A pager that
// cannot start, or a shell that cannot find it (status 126 or 127), has
// shown nothing, and the caller prints instead.
func (t Terminal) Page(out []byte) bool {
	cmd := t.pagerCommand()
	if cmd == nil {
		return false
	}
	cmd.Stdin = bytes.NewReader(out)
	cmd.Stdout = t.Out
	cmd.Stderr = t.Err
	cmd.Env = t.Env
	// git's defaults: quit if one screen, pass colour, leave the text on the
	// screen; and lv's colour switch.
	for name, value := range map[string]string{"LESS": "FRX", "LV": "-c"} {
		if _, set := lookupEnv(t.Env, name); !set {
			cmd.Env = append(cmd.Env, name+"="+value)
		}
	}
	// Ctrl+C belongs to the pager (less uses it to stop a search).
	interrupts := make(chan os.Signal, 1)
	signal.Notify(interrupts, os.Interrupt)
	defer signal.Stop(interrupts)
	if err := cmd.Start(); err != nil {
		return false
	}
	err := cmd.Wait()
	var exit *exec.ExitError
	if errors.As(err, &exit) && (exit.ExitCode() == 126 || exit.ExitCode() == 127) {
		return false
	}
	return true
}

// Editor is the command that edits text: VISUAL, else EDITOR, as git and
// crontab choose; "" when neither is set.
func (t Terminal) Editor() string {
	for _, name := range []string{"VISUAL", "EDITOR"} {
		if v, _ := lookupEnv(t.Env, name); strings.TrimSpace(v) != "" {
			return strings.TrimSpace(v)
		}
	}
	return ""
}

// Edit runs editor on file on the terminal and waits for it. An editor with
// arguments or shell syntax ("code --wait") runs through sh.
func (t Terminal) Edit(ctx context.Context, editor, file string) error {
	var cmd *exec.Cmd
	if strings.ContainsAny(editor, shellMetacharacters) {
		cmd = exec.CommandContext(ctx, "sh", "-c", editor+` "$@"`, editor, file)
	} else {
		cmd = exec.CommandContext(ctx, editor, file)
	}
	cmd.Stdin, cmd.Stdout, cmd.Stderr = t.In, t.Out, t.Err
	cmd.Env = t.Env
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

// lookupEnv finds a variable in an environment list, telling unset from empty.
func lookupEnv(env []string, name string) (string, bool) {
	for i := len(env) - 1; i >= 0; i-- {
		if value, ok := strings.CutPrefix(env[i], name+"="); ok {
			return value, true
		}
	}
	return "", false
}
