package cli

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"os/signal"
	"strings"

	"github.com/omt-reference/omt/render"
)

// paged reports whether a command prints documents that can run to several
// screens; on a terminal, one taller than the screen goes through the pager,
// as git's and glow's answers do.
func paged(command string) bool {
	switch command {
	case "show", "condition", "glossary", "level", "organ", "notation", "maps", "compare", "plan", "notes":
		return true
	}
	return false
}

// defaultPager is the pager when PAGER is not set; -R lets colour through.
const defaultPager = "less -R"

// shellMetacharacters make a PAGER value a shell command rather than a
// program and its arguments, as git decides.
const shellMetacharacters = "|&;<>()$`\\\"' \t\n*?[#~=%"

// taller reports whether out needs more rows than the terminal has, counting
// the rows a long line wraps onto and one for the shell's prompt.
func (a *app) taller(out []byte) bool {
	if a.io.Height <= 0 || a.io.Width <= 0 {
		return false
	}
	rows := 0
	for line := range strings.SplitSeq(strings.TrimSuffix(string(out), "\n"), "\n") {
		rows += max(1, (render.Width(line)+a.io.Width-1)/a.io.Width)
		if rows >= a.io.Height {
			return true
		}
	}
	return false
}

// pagerCommand is the pager to run, or nil when PAGER asks for none (empty,
// or cat).
func (a *app) pagerCommand() *exec.Cmd {
	pager, set := lookupEnv(a.io.Env, "PAGER")
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

// page shows out through the pager and reports whether it did. A pager that
// cannot start, or a shell that cannot find it (status 126 or 127), has
// shown nothing, and the caller prints instead.
func (a *app) page(out []byte) bool {
	cmd := a.pagerCommand()
	if cmd == nil {
		return false
	}
	cmd.Stdin = bytes.NewReader(out)
	cmd.Stdout = a.stdout.dest
	cmd.Stderr = a.io.Err
	cmd.Env = a.io.Env
	// git's defaults: quit if one screen, pass colour, leave the text on the
	// screen; and lv's colour switch.
	for name, value := range map[string]string{"LESS": "FRX", "LV": "-c"} {
		if _, set := lookupEnv(a.io.Env, name); !set {
			cmd.Env = append(cmd.Env, name+"="+value)
		}
	}
	// Ctrl+C belongs to the pager (less uses it to stop a search); omt waits
	// for the pager to end rather than die and leave it behind.
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

// lookupEnv finds a variable in an environment list, telling unset from empty.
func lookupEnv(env []string, name string) (string, bool) {
	for i := len(env) - 1; i >= 0; i-- {
		if value, ok := strings.CutPrefix(env[i], name+"="); ok {
			return value, true
		}
	}
	return "", false
}
