package class

import (
	"bytes"
	"encoding/csv"
	"testing"
)

// TestGradebookCellsNeverStartAFormula: a student's name comes from the
// comment on their key, which the student may have written. Opened in a
// spreadsheet rather than imported, a cell starting with =, +, -, @, a tab or
// a carriage return is a formula (CSV injection, OWASP), so such a cell is
// written with a leading apostrophe, which spreadsheets read as "text".
func TestGradebookCellsNeverStartAFormula(t *testing.T) {
	for _, name := range []string{`=HYPERLINK("http://x","y")`, "+1+1", "-2+3", "@SUM(A1)", "\tx", "\rx"} {
		g := Gradebook{Rows: []GradeRow{{ID: name, Name: name, Reviews: 1}}}
		var out bytes.Buffer
		if err := g.WriteCSV(&out); err != nil {
			t.Fatal(err)
		}
		rows, err := csv.NewReader(&out).ReadAll()
		if err != nil || len(rows) != 2 {
			t.Fatalf("%q: %v %v", name, rows, err)
		}
		for i, cell := range rows[1][:2] {
			if cell != "'"+name {
				t.Errorf("%q: cell %d is %q, want it kept as text with a leading apostrophe", name, i, cell)
			}
		}
	}
	g := Gradebook{Rows: []GradeRow{{ID: "S1024", Name: "ana.lima"}}}
	var out bytes.Buffer
	if err := g.WriteCSV(&out); err != nil {
		t.Fatal(err)
	}
	if rows, _ := csv.NewReader(&out).ReadAll(); rows[1][0] != "S1024" || rows[1][1] != "ana.lima" {
		t.Errorf("an ordinary row changed: %q", rows[1])
	}
}
