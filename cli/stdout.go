package cli

import (
	"bytes"
	"fmt"
	"io"

	"github.com/charmbracelet/x/term"
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

// flush writes what the command printed to stdout.
func (a *app) flush() error {
	if a.stdout.buf.Len() == 0 {
		return nil
	}
	if _, err := a.stdout.dest.Write(a.stdout.buf.Bytes()); err != nil {
		return &writeError{err}
	}
	return nil
}
