package search

import (
	"io/fs"
	"strings"
	"testing"

	"github.com/omt-reference/omt/techniques"
)

// coverageRow is one topic of data/COVERAGE.md.
type coverageRow struct {
	cells []string
	line  int
}

// coverageTables reads the pipe tables of COVERAGE.md by the section (## heading)
// they sit in, without their header and separator rows.
func coverageTables(t *testing.T) map[string][]coverageRow {
	t.Helper()
	b, err := fs.ReadFile(techniques.Files(), "COVERAGE.md")
	if err != nil {
		t.Fatal(err)
	}
	out := map[string][]coverageRow{}
	section := ""
	header := false
	for i, line := range strings.Split(string(b), "\n") {
		line = strings.TrimSpace(line)
		switch {
		case strings.HasPrefix(line, "## "):
			section, header = strings.TrimPrefix(line, "## "), true
		case strings.HasPrefix(line, "|") && section != "":
			if strings.HasPrefix(line, "|---") {
				continue
			}
			if header {
				header = false
				continue
			}
			var cells []string
			for _, c := range strings.Split(strings.Trim(line, "|"), "|") {
				cells = append(cells, strings.TrimSpace(c))
			}
			out[section] = append(out[section], coverageRow{cells, i + 1})
		}
	}
	return out
}

// TestCoverage keeps the coverage table true: every topic it says omt holds is
// found by its query, through the search omt search uses, among the first ten
// results; every gap gives its reason. (issue 19)
func TestCoverage(t *testing.T) {
	c := mustLoad(t)
	tables := coverageTables(t)
	held, gaps := tables["Held"], tables["Gaps"]
	if len(held) < 40 {
		t.Fatalf("COVERAGE.md lists %d held topics; the table did not parse", len(held))
	}
	seen := map[string]bool{}
	for _, row := range held {
		if len(row.cells) != 5 {
			t.Errorf("COVERAGE.md line %d: %d columns, want 5 (topic, from, where, query, finds)", row.line, len(row.cells))
			continue
		}
		topic, query, finds := row.cells[0], row.cells[3], strings.Trim(row.cells[4], "`")
		if seen[topic] {
			t.Errorf("COVERAGE.md line %d: %q is listed twice", row.line, topic)
		}
		seen[topic] = true
		t.Run(topic, func(t *testing.T) {
			kind, id, ok := strings.Cut(finds, ":")
			if !ok || query == "" {
				t.Fatalf("COVERAGE.md line %d: want a query and a kind:id, have %q and %q", row.line, query, finds)
			}
			results := c.SearchAll(query)
			var got []string
			for i, r := range results {
				if i == 10 {
					break
				}
				if string(r.Kind) == kind && c.ResultID(r) == id {
					return
				}
				got = append(got, string(r.Kind)+":"+c.ResultID(r))
			}
			t.Errorf("COVERAGE.md line %d: omt search %q does not list %s among its first ten results: %v", row.line, query, finds, got)
		})
	}
	if len(gaps) == 0 {
		t.Error("COVERAGE.md lists no gaps; say so in the file if none is left")
	}
	for _, row := range gaps {
		if len(row.cells) != 3 || row.cells[0] == "" || row.cells[1] == "" || len(row.cells[2]) < 20 {
			t.Errorf("COVERAGE.md line %d: a gap needs its topic, where it comes from and the reason omt does not hold it", row.line)
		}
	}
}
