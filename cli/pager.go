package cli

import "github.com/omt-reference/omt/cli/external"

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

// terminal is where the user's own programs (the pager, the editor) run:
// the terminal itself, not the capture of omt's answer.
func (a *app) terminal() external.Terminal {
	return external.Terminal{In: a.io.In, Out: a.stdout.dest, Err: a.io.Err, Env: a.io.Env,
		Width: a.io.Width, Height: a.io.Height}
}
