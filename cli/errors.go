package cli

import (
	"errors"
	"fmt"
	"io"

	"charm.land/fang/v2"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
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
	if c != nil {
		path = c.CommandPath()
	}
	printError(a.io.Err, path, err)
}

// flagErrorMessage words pflag's parse errors.
func flagErrorMessage(err error) string {
	var unknown *pflag.NotExistError
	var needsValue *pflag.ValueRequiredError
	var syntax *pflag.InvalidSyntaxError
	switch {
	case errors.As(err, &unknown):
		if group := unknown.GetSpecifiedShortnames(); group != "" {
			return fmt.Sprintf("unknown shorthand flag %s in -%s", firstRune(group), group)
		}
		return "unknown flag: --" + unknown.GetSpecifiedName()
	case errors.As(err, &needsValue):
		return "flag needs an argument: --" + needsValue.GetFlag().Name
	case errors.As(err, &syntax):
		return "bad flag syntax: " + syntax.GetSpecifiedFlag()
	}
	return err.Error()
}

func firstRune(s string) string {
	for _, r := range s {
		return string(r)
	}
	return ""
}

// argsErrorMessage words cobra's argument-count errors; a command without
// arguments that receives one is most likely a mistyped subcommand.
func argsErrorMessage(c *cobra.Command, args []string, err error) string {
	if len(args) > 0 && c.HasAvailableSubCommands() {
		return fmt.Sprintf("unknown command %q for %q", args[0], c.CommandPath())
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
	if errors.Is(err, errInterrupted) {
		return
	}
	fmt.Fprintln(w, "omt: "+err.Error())
	if exitCode(err) == ExitUsage {
		fmt.Fprintf(w, "Run '%s --help' for usage.\n", commandPath)
	}
}
