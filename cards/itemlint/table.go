package itemlint

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
)

// WriteTable writes the report as plain text: a row per card type with the
// rate of each flaw (a * marks a breach), then every breach, one a line.
func (r Report) WriteTable(w io.Writer) error {
	over := map[string]bool{}
	for _, b := range r.Breaches {
		over[b.Type+" "+string(b.Flaw)] = true
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	head := []string{"TYPE", "CARDS", "CHOICE"}
	for _, f := range Flaws() {
		head = append(head, strings.ToUpper(string(f)))
	}
	fmt.Fprintln(tw, strings.Join(head, "\t"))
	for _, t := range r.Types {
		row := []string{t.Type, fmt.Sprint(t.Cards), fmt.Sprint(t.Choice)}
		for _, f := range Flaws() {
			row = append(row, cell(t, f, over[t.Type+" "+string(f)]))
		}
		fmt.Fprintln(tw, strings.Join(row, "\t"))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	if len(r.Breaches) == 0 {
		_, err := fmt.Fprintln(w, "\nNo card type is over a threshold.")
		return err
	}
	fmt.Fprintf(w, "\n%d over a threshold:\n", len(r.Breaches))
	for _, b := range r.Breaches {
		fmt.Fprintln(w, "  "+b.Message)
	}
	return nil
}

// cell is one flaw's rate for a type: "-" when no card was checked for it,
// "?" for vignettes the lint cannot read.
func cell(t TypeReport, f Flaw, breach bool) string {
	n := t.Counts[f]
	s := "-"
	switch {
	case f == Unanswerable && t.Unread:
		s = "?"
	case n.Checked > 0:
		s = fmt.Sprintf("%.0f%%", 100*n.Rate())
		if n.Flawed > 0 && n.Rate() < 0.005 {
			s = "<1%"
		}
	}
	if breach {
		s += "*"
	}
	return s
}
