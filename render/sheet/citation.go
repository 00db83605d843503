package sheet

import (
	"fmt"
	"strings"

	"github.com/omt-reference/omt/techniques"
)

// ShortCitation names a reference as "Author year".
func ShortCitation(c *techniques.Catalog, id string) string {
	r, ok := c.Reference(id)
	if !ok {
		return id
	}
	if r.Authors == "" {
		return r.UnsignedName() + " " + r.YearText()
	}
	first, _, _ := strings.Cut(r.Authors, ",")
	first = strings.TrimSpace(first)
	if fields := strings.Fields(first); len(fields) > 1 && isInitials(fields[len(fields)-1]) {
		first = strings.Join(fields[:len(fields)-1], " ")
	}
	if strings.Contains(r.Authors, ",") {
		first += " et al."
	}
	return first + " " + r.YearText()
}

func isInitials(s string) bool {
	if len(s) > 3 {
		return false
	}
	for _, r := range s {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}

// Citation formats a reference in full, with whatever locator it has.
func Citation(c *techniques.Catalog, id string) string {
	r, ok := c.Reference(id)
	if !ok {
		return id
	}
	var b strings.Builder
	if r.Authors == "" {
		fmt.Fprintf(&b, "%s.", strings.TrimSuffix(r.Title, "."))
	} else {
		fmt.Fprintf(&b, "%s. %s.", strings.TrimSuffix(r.Authors, "."), strings.TrimSuffix(r.Title, "."))
	}
	if r.Journal != "" {
		b.WriteString(" " + r.Journal)
	}
	if r.Publisher != "" {
		b.WriteString(" " + r.Publisher)
	}
	b.WriteString(" " + r.YearText())
	if r.Volume != "" {
		b.WriteString(";" + r.Volume)
	}
	if !strings.HasSuffix(b.String(), ".") {
		b.WriteString(".")
	}
	switch {
	case r.DOI != "":
		b.WriteString(" doi:" + r.DOI)
	case r.PMID != "":
		b.WriteString(" PMID " + r.PMID)
	case r.URL != "":
		b.WriteString(" " + r.URL)
	}
	if r.Note != "" {
		b.WriteString(" [" + strings.TrimSuffix(r.Note, ".") + "]")
	}
	return b.String()
}

func citations(c *techniques.Catalog, ids []string) []string {
	out := make([]string, len(ids))
	for i, id := range ids {
		out[i] = Citation(c, id)
	}
	return out
}
