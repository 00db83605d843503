package cli

import (
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"charm.land/fang/v2"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/omt-reference/omt/cli/fullscreen"
	"github.com/omt-reference/omt/safetext"
)

// routeErrors makes omt report every error itself, so that none reaches fang:
// fang asks the terminal for its background colour before printing an error,
// and a terminal that never answers makes every mistake wait four seconds.
//
// Cobra stops a command on three kinds of error: a flag it cannot parse, an
// argument count the command does not accept, and the command's own error.
// The flag error function and the wrapped RunE report them; cobra sees nil.
func (a *app) routeErrors(root *cobra.Command) {
	root.SetFlagErrorFunc(func(c *cobra.Command, err error) error {
		a.fail(c, &usageError{flagErrorMessage(err)})
		return nil // reported; cobra stops without running the command
	})
	a.wrapRunE(root)
}

// wrapRunE checks each command's arguments and reports its error, for root
// and every command below it. The argument check moves from cobra's Args into
// the command, where its error can be reported without fang.
func (a *app) wrapRunE(cmd *cobra.Command) {
	if run := cmd.RunE; run != nil {
		validate := cmd.Args
		cmd.Args = cobra.ArbitraryArgs
		cmd.RunE = func(c *cobra.Command, args []string) error {
			a.paged = paged(c.Name())
			if err := checkLengths(c, args); err != nil {
				a.fail(c, err)
				return nil
			}
			if validate != nil {
				if err := validate(c, args); err != nil {
					a.fail(c, &usageError{argsErrorMessage(c, args, err)})
					return nil
				}
			}
			if err := run(c, args); err != nil {
				a.fail(c, err)
			}
			return nil
		}
	}
	for _, sub := range cmd.Commands() {
		a.wrapRunE(sub)
	}
}

// fail reports an error on stderr and sets the exit code. The first error
// decides the code.
func (a *app) fail(c *cobra.Command, err error) {
	if a.code == ExitOK {
		a.code = exitCode(err)
	}
	path := "omt"
	if c != nil && c.Name() != "help" { // 'omt help --help' would not help
		path = c.CommandPath()
	}
	printError(a.io.Err, path, err)
}

// flagErrorMessage words pflag's parse errors.
func flagErrorMessage(err error) string {
	var unknown *pflag.NotExistError
	var needsValue *pflag.ValueRequiredError
	var syntax *pflag.InvalidSyntaxError
	var invalid *pflag.InvalidValueError
	switch {
	case errors.As(err, &invalid) && errors.Is(err, errEmptyList):
		f := invalid.GetFlag()
		return fmt.Sprintf("no %s given: --%s %s names none (%s)", listNoun(f.Name), f.Name, quote(invalid.GetValue()), f.Usage)
	case errors.As(err, &unknown):
		if group := unknown.GetSpecifiedShortnames(); group != "" {
			return fmt.Sprintf("unknown shorthand flag %s in %s", quote("-"+firstRune(group)), quote("-"+group))
		}
		return "unknown flag " + quote("--"+unknown.GetSpecifiedName())
	case errors.As(err, &needsValue):
		return "flag needs an argument: " + quote("--"+needsValue.GetFlag().Name)
	case errors.As(err, &syntax):
		return "bad flag syntax: " + quote(syntax.GetSpecifiedFlag())
	}
	return err.Error()
}

// listNoun is what one item of a list flag is called in a message.
func listNoun(flag string) string {
	if flag == "patient" {
		return "patient flag"
	}
	return flag
}

// firstRune is the first character of s, or its first byte when that is not
// valid UTF-8.
func firstRune(s string) string {
	_, size := utf8.DecodeRuneInString(s)
	return s[:size]
}

// maxQuoted is how much of an argument a message repeats.
const maxQuoted = 60

// quote shows an argument in a message as a Go string: a control character
// reads \x1b instead of acting on the terminal, and invalid UTF-8 reads \x9b.
// A long argument is cut, so a pasted page does not fill the screen twice.
func quote(s string) string {
	if len(s) <= maxQuoted {
		return strconv.Quote(s)
	}
	cut := maxQuoted
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return fmt.Sprintf("%s... (%d bytes)", strconv.Quote(s[:cut]), len(s))
}

// argsErrorMessage words cobra's argument-count errors; a command without
// arguments that receives one is most likely a mistyped subcommand.
func argsErrorMessage(c *cobra.Command, args []string, err error) string {
	var usage *usageError
	if errors.As(err, &usage) {
		return usage.msg
	}
	if len(args) > 0 && c.HasAvailableSubCommands() {
		msg := fmt.Sprintf("unknown command %s for %q", quote(args[0]), c.CommandPath())
		if c.SuggestionsMinimumDistance <= 0 {
			c.SuggestionsMinimumDistance = 2 // cobra's own default, which it sets only on its own path
		}
		if suggestions := c.SuggestionsFor(args[0]); len(suggestions) > 0 {
			msg += "; did you mean: " + strings.Join(suggestions, ", ") + "?"
		}
		return msg
	}
	return err.Error()
}

// reportError is fang's error handler, for any error that still reaches it.
func (a *app) reportError(w io.Writer, _ fang.Styles, err error) {
	printError(w, "omt", err)
}

// printError writes an error plainly: omt's messages carry no styling, so
// they read the same on a terminal, in a log and in a pipe. A usage error
// says where the usage is.
func printError(w io.Writer, commandPath string, err error) {
	var sig *fullscreen.SignalError
	if errors.Is(err, errInterrupted) || errors.As(err, &sig) {
		return
	}
	fmt.Fprintln(w, "omt: "+safetext.Visible(err.Error()))
	if exitCode(err) == ExitUsage {
		fmt.Fprintf(w, "Run '%s --help' for usage.\n", commandPath)
	}
}
