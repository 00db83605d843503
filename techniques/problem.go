package techniques

import (
	"fmt"
	"strings"
)

// Problem is one thing wrong with the catalogue data, located by file and field
// so that whoever edits the YAML can go straight to it.
type Problem struct {
	File    string // path inside the data folder, e.g. "techniques/cv4.yaml"
	Record  string // id of the record, when the file holds several
	Field   string // yaml field, e.g. "contraindications.absolute[0].flag"
	Message string
}

func (p Problem) String() string {
	var b strings.Builder
	b.WriteString(p.File)
	if p.Record != "" {
		fmt.Fprintf(&b, " (%s)", p.Record)
	}
	if p.Field != "" {
		fmt.Fprintf(&b, ": field %s", p.Field)
	}
	b.WriteString(": ")
	b.WriteString(p.Message)
	return b.String()
}

// DataError is returned by Load when the data has problems. It lists them all,
// so that one run shows everything there is to fix.
type DataError struct {
	Problems []Problem
}

func (e *DataError) Error() string {
	lines := make([]string, 0, len(e.Problems)+1)
	lines = append(lines, fmt.Sprintf("catalogue data has %d problem(s):", len(e.Problems)))
	for _, p := range e.Problems {
		lines = append(lines, "  "+p.String())
	}
	return strings.Join(lines, "\n")
}

// checker collects problems for one record.
type checker struct {
	file, record string
	problems     *[]Problem
}

func (c checker) addf(field, format string, args ...any) {
	*c.problems = append(*c.problems, Problem{
		File: c.file, Record: c.record, Field: field, Message: fmt.Sprintf(format, args...),
	})
}

func (c checker) text(field, value string) {
	if strings.TrimSpace(value) == "" {
		c.addf(field, "is required")
	}
}

func (c checker) list(field string, values []string) {
	if len(values) == 0 {
		c.addf(field, "must list at least one entry")
	}
	for i, v := range values {
		if strings.TrimSpace(v) == "" {
			c.addf(fmt.Sprintf("%s[%d]", field, i), "is empty")
		}
	}
}

func (c checker) oneOf(field, value string, allowed ...string) {
	for _, a := range allowed {
		if value == a {
			return
		}
	}
	if value == "" {
		c.addf(field, "is required (one of %s)", strings.Join(allowed, ", "))
		return
	}
	c.addf(field, "%q is not one of %s", value, strings.Join(allowed, ", "))
}

func (c checker) id(field, value string) {
	if value == "" {
		c.addf(field, "is required")
		return
	}
	if !ValidID(value) {
		c.addf(field, "%q is not a lower-case kebab-case id", value)
	}
}

// ValidID reports whether s is a lower-case kebab-case id, the form every id
// in the catalogue takes.
func ValidID(s string) bool {
	if s == "" || s[0] == '-' || s[len(s)-1] == '-' || strings.Contains(s, "--") {
		return false
	}
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-') {
			return false
		}
	}
	return true
}
