package cli

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// manCommand prints omt's man page. It replaces fang's, which wrote short
// flags as "--c --condition", wrote to the process's stdout whatever the
// command was given, and was hidden from --help.
func (a *app) manCommand() *cobra.Command {
	return &cobra.Command{
		Use:   "man",
		Short: "Print the man page (omt man | man -l -)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			_, err := fmt.Fprint(cmd.OutOrStdout(), manPage(cmd.Root()))
			return err
		},
	}
}

// environment is what omt reads from its environment, for the man page.
var environment = [][2]string{
	{"PAGER", "The pager for show, condition and glossary when the answer is taller than the terminal " +
		"(default: less -R, with LESS=FRX unless LESS is set). Empty or cat prints without one."},
	{"NO_COLOR", "Any value turns colour off."},
	{"CLICOLOR", "0 turns colour off on a terminal."},
	{"CLICOLOR_FORCE", "Any value but 0 prints colour even when the output is not a terminal."},
	{"LC_ALL, LC_CTYPE, LANG", "A locale that is not UTF-8 gets ASCII stand-ins for every symbol."},
	{"TERM", "dumb prints the list instead of opening the browser."},
}

// manPage renders the command tree as roff.
func manPage(root *cobra.Command) string {
	var b strings.Builder
	name := root.Name()
	fmt.Fprintf(&b, ".TH %s 1 \"\" \"%s %s\" \"User Commands\"\n", strings.ToUpper(name), name, version())
	fmt.Fprintf(&b, ".SH NAME\n%s \\- %s\n", name, roffText(root.Short))
	fmt.Fprintf(&b, ".SH SYNOPSIS\n.B %s\n[\\fIoptions\\fR]\n.br\n.B %s\n\\fIcommand\\fR [\\fIarguments\\fR] [\\fIoptions\\fR]\n", name, name)
	b.WriteString(".SH DESCRIPTION\n")
	writeParagraphs(&b, root.Long)
	b.WriteString(".SH OPTIONS\n")
	writeFlags(&b, root.Flags())
	b.WriteString(".SH COMMANDS\n")
	for _, c := range root.Commands() {
		if !c.IsAvailableCommand() || c.Name() == "help" {
			continue
		}
		use := c.Use
		if c.Name() == "completion" {
			use = "completion " + strings.Join(shells, "|")
		}
		fmt.Fprintf(&b, ".TP\n.B %s %s\n%s\n", name, roffText(use), roffText(c.Short))
		if c.HasAvailableLocalFlags() {
			b.WriteString(".RS\n")
			writeFlags(&b, c.LocalFlags())
			b.WriteString(".RE\n")
		}
	}
	b.WriteString(".SH EXIT STATUS\n")
	for _, s := range exitStatuses {
		fmt.Fprintf(&b, ".TP\n.B %s\n%s\n", s.code, roffText(s.meaning))
	}
	b.WriteString(".SH ENVIRONMENT\n")
	for _, e := range environment {
		fmt.Fprintf(&b, ".TP\n.B %s\n%s\n", roffText(e[0]), roffText(e[1]))
	}
	return b.String()
}

func writeParagraphs(b *strings.Builder, text string) {
	for i, p := range strings.Split(strings.TrimSpace(text), "\n\n") {
		if i > 0 {
			b.WriteString(".PP\n")
		}
		fmt.Fprintf(b, "%s\n", roffText(strings.Join(strings.Fields(p), " ")))
	}
}

// writeFlags lists flags as "-c, --condition string", the way man pages
// and pflag's own usage write them.
func writeFlags(b *strings.Builder, flags *pflag.FlagSet) {
	flags.VisitAll(func(f *pflag.Flag) {
		if f.Hidden || f.Name == "help" {
			return
		}
		names := "\\-\\-" + roffText(f.Name)
		if f.Shorthand != "" {
			names = "\\-" + roffText(f.Shorthand) + ", " + names
		}
		varName, usage := pflag.UnquoteUsage(f)
		if varName != "" {
			names += " \\fI" + roffText(varName) + "\\fR"
		}
		fmt.Fprintf(b, ".TP\n.B %s\n%s\n", names, roffText(usage))
	})
}

// roffText escapes text for roff: backslashes, the dashes of options (a bare
// "-" prints as a hyphen, which a search for --json does not find and a copy
// does not paste; hyphens inside words stay hyphens) and a leading dot or
// quote, which would start a request.
func roffText(s string) string {
	var b strings.Builder
	for i, r := range s {
		switch {
		case r == '\\':
			b.WriteString(`\e`)
		case r == '-' && (i == 0 || strings.ContainsRune(" (|-", rune(s[i-1]))):
			b.WriteString(`\-`)
		default:
			b.WriteRune(r)
		}
	}
	out := b.String()
	if strings.HasPrefix(out, ".") || strings.HasPrefix(out, "'") {
		out = `\&` + out
	}
	return out
}
