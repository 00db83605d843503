package render

import (
	"fmt"
	"strings"
)

// ManPage is a command's manual page, in the order man(7) reads: its name,
// what it does, its options, its commands with theirs, its exit statuses and
// the environment it reads. The command line builds it from its command
// tree; Roff lays it out.
type ManPage struct {
	Name, Version string
	Short, Long   string
	Flags         []ManFlag
	Commands      []ManCommand
	ExitStatuses  []ManItem
	Environment   []ManItem
}

// ManCommand is one command of a man page: how it is used, what it does,
// and its own flags. Flags is nil for a command without flags of its own;
// one whose flags are all left out (--help) still gets their indented
// block, empty.
type ManCommand struct {
	Use, Short string
	Flags      []ManFlag
}

// ManFlag is one flag: "-c, --condition string" and its usage.
type ManFlag struct {
	Shorthand, Name string
	Var             string // what the value is called, "" for a switch
	Usage           string
}

// ManItem is a term and what it means: an exit status, a variable.
type ManItem struct{ Term, Meaning string }

// Roff lays the page out as roff, for man -l.
func (m ManPage) Roff() string {
	var b strings.Builder
	fmt.Fprintf(&b, ".TH %s 1 \"\" \"%s %s\" \"User Commands\"\n", strings.ToUpper(m.Name), m.Name, m.Version)
	fmt.Fprintf(&b, ".SH NAME\n%s \\- %s\n", m.Name, roffText(m.Short))
	fmt.Fprintf(&b, ".SH SYNOPSIS\n.B %s\n[\\fIoptions\\fR]\n.br\n.B %s\n\\fIcommand\\fR [\\fIarguments\\fR] [\\fIoptions\\fR]\n", m.Name, m.Name)
	b.WriteString(".SH DESCRIPTION\n")
	writeParagraphs(&b, m.Long)
	b.WriteString(".SH OPTIONS\n")
	writeFlags(&b, m.Flags)
	b.WriteString(".SH COMMANDS\n")
	for _, c := range m.Commands {
		fmt.Fprintf(&b, ".TP\n.B %s %s\n%s\n", m.Name, roffText(c.Use), roffText(c.Short))
		if c.Flags != nil {
			b.WriteString(".RS\n")
			writeFlags(&b, c.Flags)
			b.WriteString(".RE\n")
		}
	}
	b.WriteString(".SH EXIT STATUS\n")
	for _, s := range m.ExitStatuses {
		fmt.Fprintf(&b, ".TP\n.B %s\n%s\n", s.Term, roffText(s.Meaning))
	}
	b.WriteString(".SH ENVIRONMENT\n")
	for _, e := range m.Environment {
		fmt.Fprintf(&b, ".TP\n.B %s\n%s\n", roffText(e.Term), roffText(e.Meaning))
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
func writeFlags(b *strings.Builder, flags []ManFlag) {
	for _, f := range flags {
		names := "\\-\\-" + roffText(f.Name)
		if f.Shorthand != "" {
			names = "\\-" + roffText(f.Shorthand) + ", " + names
		}
		if f.Var != "" {
			names += " \\fI" + roffText(f.Var) + "\\fR"
		}
		fmt.Fprintf(b, ".TP\n.B %s\n%s\n", names, roffText(f.Usage))
	}
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
