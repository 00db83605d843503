package anki

import (
	"encoding/csv"
	"strings"
	"testing"
)

// documentedHeaders are the keys of the manual's "File Headers" table
// (docs.ankiweb.net/importing/text-files.html).
func documentedHeaders() map[string]bool {
	return map[string]bool{
		"separator": true, "html": true, "tags": true, "columns": true, "notetype": true, "deck": true,
		"notetype column": true, "deck column": true, "tags column": true, "guid column": true,
	}
}

func textHeaderIsAnkisDocumentedHeaders(t *testing.T, e exported) {
	lines := strings.Split(e.text, "\n")
	want := []string{
		"#separator:tab",
		"#html:true",
		"#guid column:1",
		"#notetype:omt-reference",
		"#deck:omt",
		"#tags column:7",
		"#columns:GUID\tID\tFront\tBack\tChoices\tSources\tTags",
	}
	for i, w := range want {
		if lines[i] != w {
			t.Errorf("header line %d = %q, want %q", i+1, lines[i], w)
		}
	}
	header := 0
	for _, l := range lines {
		if !strings.HasPrefix(l, "#") {
			break
		}
		header++
		key, _, found := strings.Cut(strings.TrimPrefix(l, "#"), ":")
		if found && !documentedHeaders()[strings.ToLower(strings.TrimSpace(key))] {
			t.Errorf("header %q: %q is not a header Anki documents; a comment must hold no colon", l, key)
		}
	}
	if header != len(want)+1 {
		t.Errorf("%d header lines, want the %d headers and the comment that says to import the .apkg first", header, len(want))
	}
	if !strings.Contains(strings.Join(lines[:header], "\n"), "omt.apkg") {
		t.Error("the header does not tell the reader to import omt.apkg first")
	}
}

func textRowsReadBackAsTheNotes(t *testing.T, e exported) {
	notes := e.notes
	r := csv.NewReader(strings.NewReader(e.text))
	r.Comma, r.Comment, r.FieldsPerRecord = '\t', '#', 1+len(Fields())+1
	records, err := r.ReadAll()
	if err != nil {
		t.Fatalf("the rows do not parse as tab-separated CSV with # comments, as Anki reads them: %v", err)
	}
	if len(records) != len(notes) {
		t.Fatalf("%d rows for %d notes", len(records), len(notes))
	}
	for i, rec := range records {
		n := notes[i]
		want := append(append([]string{n.GUID}, n.fields()...), strings.Join(n.Tags, " "))
		for col := range want {
			if rec[col] != want[col] {
				t.Fatalf("row %d column %d = %q, want %q", i+1, col+1, rec[col], want[col])
			}
		}
		if !strings.HasPrefix(rec[0], GUIDPrefix) {
			t.Fatalf("row %d starts with %q, not the GUID", i+1, rec[0])
		}
	}
}

func TestFieldsAreQuotedOnlyWhenTheyMustBe(t *testing.T) {
	for in, want := range map[string]string{
		"plain <b>html</b>":      "plain <b>html</b>",
		"a\ttab":                 "\"a\ttab\"",
		`say "yes"`:              `"say ""yes"""`,
		"two\nlines":             "\"two\nlines\"",
		"#1 is not a comment":    `"#1 is not a comment"`,
		"":                       "",
		"a # inside is harmless": "a # inside is harmless",
	} {
		if got := quoteField(in); got != want {
			t.Errorf("quoteField(%q) = %q, want %q", in, got, want)
		}
	}
}

func textFileAndPackageCarryTheSameNotes(t *testing.T, e exported) {
	r := csv.NewReader(strings.NewReader(e.text))
	r.Comma, r.Comment = '\t', '#'
	records, err := r.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	packaged := packagedNotes(t, e.db)
	for i, p := range packaged {
		rec := records[i]
		if rec[0] != p.guid || strings.Join(rec[1:1+len(Fields())], "\x1f") != p.flds || " "+rec[len(rec)-1]+" " != p.tags {
			t.Fatalf("note %d: the text row %q differs from the package's %s", i, rec[0], p.guid)
		}
	}
}
