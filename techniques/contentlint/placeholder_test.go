package contentlint

import (
	"strings"
	"testing"

	"github.com/omt-reference/omt/techniques"
)

// TestNoPlaceholderText checks every record a user can read, in a subtest of
// its own (reference/<id>, technique/<id>, map/<map>/<row>), so that a
// reference left with "authors not captured" names its file, id and field.
func TestNoPlaceholderText(t *testing.T) {
	c := mustLoad(t)
	pc := newPlaceholderChecker()
	for _, r := range textRecords(c) {
		t.Run(r.Name, func(t *testing.T) {
			for _, p := range pc.check(r) {
				t.Error(p.String())
			}
		})
	}
}

// TestPlaceholderScope pins down what counts as a placeholder and where, so
// the lint neither lets an unfinished author list through nor flags honest
// prose that says a risk is unknown.
func TestPlaceholderScope(t *testing.T) {
	ref := func(r techniques.Reference) textRecord {
		return textRecord{Name: "reference/" + r.ID, File: "references/b19-x.yaml", Record: r.ID, value: r}
	}
	cases := []struct {
		name   string
		record textRecord
		want   string // "" when nothing may be reported
	}{
		{"authors not captured", ref(techniques.Reference{ID: "sp", Authors: "StatPearls Publishing (authors not captured)"}),
			`references/b19-x.yaml (sp): field authors: placeholder text "not captured"`},
		{"author unknown", ref(techniques.Reference{ID: "w", Authors: "Unknown"}),
			`references/b19-x.yaml (w): field authors: placeholder text "Unknown"`},
		{"author not confirmed", ref(techniques.Reference{ID: "h", Authors: "Author not confirmed; editor Lu M"}),
			`field authors: placeholder text "not confirmed"`},
		{"gap in a title", ref(techniques.Reference{ID: "s", Authors: "Gillis CC", Title: "Suboccipital Release; revision date not captured"}),
			`references/b19-x.yaml (s): field title: placeholder text "not captured"`},
		{"TODO in a reference note", ref(techniques.Reference{ID: "n", Authors: "Gillis CC", Note: "TODO check pages"}),
			`(n): field note: placeholder text "TODO"`},
		{"a gap phrase after a longer word", ref(techniques.Reference{ID: "g", Authors: "Cannot captured; not captured"}),
			`(g): field authors: placeholder text "not captured"`},
		{"a note may say what was not checked", ref(techniques.Reference{ID: "ok", Authors: "Pierce-Talsma S", Note: "OMT Minute; pages not captured"}), ""},
		{"an organisation as author", ref(techniques.Reference{ID: "ecop", Authors: "Educational Council on Osteopathic Principles (ECOP)"}), ""},
		{"a site that names no author", ref(techniques.Reference{ID: "bs", Authors: "Brainscape user deck (author not named)"}), ""},
		{"StatPearls cited without its author list", ref(techniques.Reference{ID: "sp-form", Authors: "StatPearls Publishing",
			Note: "editor Bordoni B; the chapter's authors are listed on its NCBI Bookshelf page (NBK560680)"}), ""},
		{"a site as author, the note saying its page was not reached", ref(techniques.Reference{ID: "qw", Authors: "QuizWiz user set",
			Note: "study set; the set was not reached here to see whether it names its maker"}), ""},
		{"authors not reached", ref(techniques.Reference{ID: "cu", Authors: "Cureus (authors not reached)"}),
			`references/b19-x.yaml (cu): field authors: placeholder text "not reached"`},
		{"an unverified author", ref(techniques.Reference{ID: "uv", Authors: "Smith J (unverified)"}),
			`references/b19-x.yaml (uv): field authors: placeholder text "unverified"`},
		{"a title not found", ref(techniques.Reference{ID: "tf", Authors: "Smith J", Title: "Case report (title not found)"}),
			`references/b19-x.yaml (tf): field title: placeholder text "not found"`},
		{"TBD in a technique step", textRecord{Name: "technique/x", File: "techniques/x.yaml", Record: "x",
			value: techniques.Technique{ID: "x", Steps: []string{"Sit the patient.", "Hold TBD seconds."}}},
			`techniques/x.yaml (x): field steps[1]: placeholder text "TBD"`},
		{"lorem ipsum in a contraindication note", textRecord{Name: "technique/x", File: "techniques/x.yaml", Record: "x",
			value: techniques.Technique{ID: "x", Contraindications: techniques.Contraindications{Relative: []techniques.Contraindication{{Flag: "infant", Note: "Lorem ipsum."}}}}},
			`field contraindications.relative[0].note: placeholder text "Lorem"`},
		{"prose may say a risk is unknown", textRecord{Name: "technique/x", File: "techniques/x.yaml", Record: "x",
			value: techniques.Technique{ID: "x", Summary: "Its risk in children is unknown.", Aftercare: "xxx"}},
			`field aftercare: placeholder text "xxx"`},
		{"a table cell names its column", textRecord{Name: "map/t/r", File: "maps/t.yaml", Record: "r",
			value: techniques.TableRow{ID: "r", Cells: []techniques.Cell{{Key: "motion", Value: "???"}}}},
			`maps/t.yaml (r): field motion: placeholder text "???"`},
		{"a table head", textRecord{Name: "map/t", File: "maps/t.yaml",
			value: techniques.MapTable{MapInfo: techniques.MapInfo{ID: "t", Title: "Rib motion"}, Columns: []techniques.Column{{Key: "motion", Title: "FIXME"}}}},
			`maps/t.yaml: field columns[0].title: placeholder text "FIXME"`},
	}
	pc := newPlaceholderChecker()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, p := range pc.check(tc.record) {
				got = append(got, p.String())
			}
			switch {
			case tc.want == "" && len(got) > 0:
				t.Errorf("reported honest text as a placeholder:\n%s", strings.Join(got, "\n"))
			case tc.want != "" && (len(got) != 1 || !strings.Contains(got[0], tc.want)):
				t.Errorf("got %d problem(s):\n%s\nwant one containing %s", len(got), strings.Join(got, "\n"), tc.want)
			}
		})
	}
}

// BenchmarkLintPlaceholders measures the placeholder scan over the whole
// catalogue, which every Check pays.
func BenchmarkLintPlaceholders(b *testing.B) {
	c, err := techniques.Load()
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for range b.N {
		lintPlaceholders(c)
	}
}
