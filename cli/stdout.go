package cli

import (
	"bytes"
	"fmt"
	"io"
	"strings"

	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/term"

	"github.com/omt-reference/omt/render"
)

// capture holds what a command prints until the run ends, when flush writes
// it once. Writing once means a write that fails is seen and reported,
// whichever code printed (omt's commands, cobra's completion scripts, fang's
// help all print and none of them checks); it also lets flush decide, with
// the whole answer in hand, whether it needs a pager.
type capture struct {
	buf  bytes.Buffer
	dest io.Writer // where flush writes: the process's stdout
}

// Write keeps p for flush.
func (c *capture) Write(p []byte) (int, error) { return c.buf.Write(p) }

// Read has nothing to give; it is here, with Close and Fd, to make capture a
// term.File, so that what fang and colorprofile learn about the output
// (terminal or not) is true of where it will go.
func (c *capture) Read([]byte) (int, error) { return 0, io.EOF }

// Close does nothing: flush writes and the process closes its stdout.
func (c *capture) Close() error { return nil }

// Fd is the destination's descriptor, or an invalid one when it has none.
func (c *capture) Fd() uintptr {
	if f, ok := c.dest.(term.File); ok {
		return f.Fd()
	}
	return ^uintptr(0)
}

// writeError is output that could not be written: a full disk, a closed
// terminal. The answer is lost, so it is a failure of its own (exit 74),
// distinct from "not found".
type writeError struct{ err error }

func (e *writeError) Error() string { return fmt.Sprintf("the output could not be written: %v", e.err) }

func (e *writeError) Unwrap() error { return e.err }

// flush writes what the command printed to stdout, in the colours the
// environment allows (fang's help decides its own, without CLICOLOR=0), in
// ASCII for a locale that is not UTF-8, and through the pager when a
// document is taller than the terminal.
func (a *app) flush() error {
	out := a.stdout.buf.Bytes()
	if len(out) == 0 {
		return nil
	}
	if a.profile < colorprofile.TrueColor && bytes.IndexByte(out, ansi.ESC) >= 0 {
		var limited bytes.Buffer
		_, _ = (&colorprofile.Writer{Forward: &limited, Profile: a.profile}).Write(out)
		out = limited.Bytes()
	}
	if !render.UTF8Locale(a.io.Env) {
		out = render.ForLocale(out)
	}
	if a.paged && a.terminal().Taller(out) && a.terminal().Page(out) {
		return nil
	}
	if _, err := a.stdout.dest.Write(out); err != nil {
		return &writeError{err}
	}
	return nil
}

// colourProfile is the colour stdout can take: what colorprofile detects,
// limited by NO_COLOR and CLICOLOR as no-color.org and bixense.com/clicolors
// define them. colorprofile alone accepts only boolean NO_COLOR values, lets
// CLICOLOR_FORCE win over NO_COLOR on a pipe, and ignores CLICOLOR=0.
func colourProfile(out io.Writer, env []string) colorprofile.Profile {
	return limitColour(colorprofile.Detect(out, env), env)
}

// limitColour applies NO_COLOR (any non-empty value) and CLICOLOR=0 (unless
// CLICOLOR_FORCE asks for colour) to a detected profile: no colour, though
// bold and italic stay, as NO_COLOR allows.
func limitColour(p colorprofile.Profile, env []string) colorprofile.Profile {
	noColor, cliColor, force := "", "", ""
	for _, kv := range env {
		name, value, _ := strings.Cut(kv, "=")
		switch name {
		case "NO_COLOR":
			noColor = value
		case "CLICOLOR":
			cliColor = value
		case "CLICOLOR_FORCE":
			force = value
		}
	}
	off := noColor != "" || (cliColor == "0" && (force == "" || force == "0"))
	if off && p > colorprofile.ASCII {
		return colorprofile.ASCII
	}
	return p
}
