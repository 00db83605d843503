package render

import (
	"fmt"
	"strings"

	"github.com/omt-reference/omt/render/sheet"
	"github.com/omt-reference/omt/techniques"
)

// Conditions lists the conditions, with how many techniques each has and
// its other names.
func (o Out) Conditions(c *techniques.Catalog) error {
	tw := newTable(o.W)
	fmt.Fprintln(tw, "CONDITION\tTECHNIQUES\tALSO CALLED")
	for _, x := range c.Conditions {
		fmt.Fprintf(tw, "%s\t%d\t%s\n", x.Name, c.CountFor(x.ID), joinMax(x.Synonyms, 4))
	}
	return tw.Flush()
}

// Glossary lists the glossary's terms.
func (o Out) Glossary(terms []techniques.GlossaryTerm) error {
	tw := newTable(o.W)
	fmt.Fprintln(tw, "ID\tTERM")
	for _, g := range terms {
		fmt.Fprintf(tw, "%s\t%s\n", g.ID, g.Term)
	}
	return tw.Flush()
}

// Terms prints the glossary terms a word matched: how many, when there are
// several, then each.
func (o Out) Terms(c *techniques.Catalog, query string, found []techniques.GlossaryTerm) error {
	if len(found) > 1 {
		fmt.Fprintf(o.W, "%d terms match %q:\n\n", len(found), query)
	}
	for i, g := range found {
		if i > 0 {
			fmt.Fprintln(o.W)
		}
		fmt.Fprintln(o.W, Document(g.Term, "glossary", sheet.Glossary(c, g), o.Styles, o.Width))
	}
	return nil
}

// Flags lists the patient flags --patient screens for, with their scope,
// the words each accepts, and how a flag that could mean several findings
// is read.
func (o Out) Flags(flags []techniques.Flag) error {
	w := o.W
	tw := newTable(w)
	fmt.Fprintln(tw, "FLAG\tSCOPE\tNAME\tALSO ACCEPTED")
	for _, f := range flags {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", f.ID, f.Scope, f.Name, joinMax(f.Aliases, 4))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	fmt.Fprintln(w, "\nsystemic: concerns the whole patient; a technique that does not list it is not barred by it.")
	fmt.Fprintln(w, "local: matters where the technique's force lands; a technique that does not list it may work elsewhere.")
	for _, f := range flags {
		if f.Reading != "" {
			fmt.Fprintf(w, "\n%s: %s\n", f.ID, strings.Join(strings.Fields(f.Reading), " "))
		}
	}
	_, err := fmt.Fprintln(w, "\nA flag, its name or any word it accepts works: --patient osteoporosis,warfarin. --json lists every word.")
	return err
}
