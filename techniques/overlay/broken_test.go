package overlay

import (
	"reflect"
	"strings"
	"testing"

	"github.com/omt-reference/omt/techniques"
)

// absoluteOf writes counterstrain-lumbar's built-in absolute contraindications
// as YAML list items, minus one flag, plus extra items.
func absoluteOf(t *testing.T, c *techniques.Catalog, drop string, extra ...string) string {
	t.Helper()
	built, _ := c.Technique("counterstrain-lumbar")
	var b strings.Builder
	b.WriteString("contraindications:\n  absolute:\n")
	for _, ci := range built.Contraindications.Absolute {
		if ci.Flag != drop {
			b.WriteString("    - {flag: " + ci.Flag + ", note: \"" + ci.Note + "\"}\n")
		}
	}
	for _, e := range extra {
		b.WriteString("    - " + e + "\n")
	}
	return b.String()
}

// TestBrokenOverlaysNameFileAndField feeds one broken overlay next to a good
// one: the broken file is reported by name and field, left out whole, and the
// catalogue is the built-in one plus the good file.
func TestBrokenOverlaysNameFileAndField(t *testing.T) {
	base := mustLoad(t)
	const cs = "id: counterstrain-lumbar\n"
	tests := []struct {
		name, text, field, message string
	}{
		{"bad value", cs + "approach: sideways\ntiming: Hold 120 s.\n", "approach", `"sideways" is not one of direct, indirect, combined`},
		{"emptied field", cs + "timing: \"\"\n", "timing", "is required"},
		{"unknown field", cs + "timing: Hold 120 s.\nhold_seconds: 120\n", "hold_seconds", "unknown field"},
		{"setting the marks", cs + "local_fields: []\n", "local_fields", "unknown field"},
		{"unknown flag", cs + absoluteOf(t, base, "", "{flag: moon-phase, note: Lab B lore.}"),
			"contraindications.absolute[4].flag", `"moon-phase" does not exist` + "; an overlay cannot add flags"},
		{"removing a contraindication", cs + absoluteOf(t, base, "cauda-equina"),
			"contraindications.absolute", `removes built-in absolute contraindication(s) "cauda-equina";`},
		{"removing every contraindication", cs + "contraindications:\n", "contraindications.absolute", "removes built-in"},
		{"removing a relative one", cs + "contraindications:\n  relative: []\n", "contraindications.relative",
			`removes built-in relative contraindication(s) "aortic-aneurysm", "osteoporosis"`},
		{"weakening a contraindication", cs + absoluteOf(t, base, "acute-fracture") +
			"  relative:\n    - {flag: acute-fracture, note: Lab B treats around it.}\n",
			"contraindications.relative", `makes built-in absolute contraindication(s) "acute-fracture" relative`},
		{"rewording a contraindication", cs + strings.Replace(absoluteOf(t, base, ""), "surgical emergency", "minor matter", 1),
			"contraindications.absolute", `changes the note of built-in contraindication(s) "cauda-equina"`},
		{"adding references", cs + "references:\n  - id: lab-b-handout\n", "references", "an overlay cannot add references"},
		{"adding flags", cs + "flags:\n  - id: moon-phase\n", "flags", "an overlay cannot add flags"},
		{"citing an unknown reference", cs + "sources: [lab-b-handout]\n", "sources[0]", "an overlay cannot add references"},
		{"an unknown condition", cs + "indications: [low-back-pain, hangover]\n", "indications[1]", "an overlay cannot add conditions"},
		{"a list", "- " + strings.TrimSpace(cs) + "\n", "", "holds a list"},
		{"two documents", cs + "---\nid: cv4\n", "", "several YAML documents"},
		{"a merge key", cs + "<<: {timing: Hold 120 s.}\n", "<<", "merge keys are not read"},
		{"a scalar", "counterstrain-lumbar\n", "", "is not a technique"},
		{"no id", "timing: Hold 120 s.\n", "id", "is required"},
		{"a malformed id", "id: Lab B HVLA\n", "id", "not a lower-case kebab-case id"},
		{"not YAML", cs + "timing: [unclosed\n", "timing", "line 2"},
		{"an incomplete new technique", "id: lab-b-hvla\nname: Lab B HVLA\n", "summary", "is required"},
		{"a new technique taking a built-in name", strings.Replace(localTechniqueYAML,
			"name: Seated lumbar muscle energy, Lab B variant", "name: Counterstrain, lumbar spine", 1),
			"name", `is the name of built-in technique "counterstrain-lumbar"`},
	}
	good := "id: rib-raising\ntiming: \"Lab B: 2 minutes.\"\n"
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c, report := Apply(base, overlayFS(map[string]string{"broken.yaml": tc.text, "good.yaml": good}))
			if len(report.Files) != 2 || report.Files[0].Name != "broken.yaml" {
				t.Fatalf("report %+v", report)
			}
			f := report.Files[0]
			if f.Applied() {
				t.Fatal("a broken overlay was applied")
			}
			found := false
			for _, p := range f.Problems {
				if p.File != "broken.yaml" {
					t.Errorf("problem names file %q: %v", p.File, p)
				}
				found = found || p.Field == tc.field && strings.Contains(p.Message, tc.message)
			}
			if !found {
				t.Errorf("no problem on field %q saying %q in %v", tc.field, tc.message, f.Problems)
			}
			if got, _ := c.Technique("counterstrain-lumbar"); !reflect.DeepEqual(got, mustTechnique(t, base, "counterstrain-lumbar")) {
				t.Error("the broken overlay changed the built-in entry")
			}
			if _, ok := c.Technique("lab-b-hvla"); ok {
				t.Error("a broken local technique joined the catalogue")
			}
			if rib, _ := c.Technique("rib-raising"); !report.Files[1].Applied() || rib.Timing != "Lab B: 2 minutes." {
				t.Error("a broken file kept a good one from applying")
			}
		})
	}
}

func mustTechnique(t *testing.T, c *techniques.Catalog, id string) techniques.Technique {
	t.Helper()
	x, ok := c.Technique(id)
	if !ok {
		t.Fatalf("no technique %q", id)
	}
	return x
}

func TestOverlayFilesAreOneEach(t *testing.T) {
	base := mustLoad(t)
	_, report := Apply(base, overlayFS(map[string]string{
		"a.yaml":      "id: rib-raising\ntiming: One minute.\n",
		"b.yaml":      "id: rib-raising\ntiming: Two minutes.\n",
		"c.yml":       "id: rib-raising\n",
		"notes.txt":   "not an overlay",
		".b.yaml.swp": "junk",
	}))
	if len(report.Files) != 3 {
		t.Fatalf("want a.yaml, b.yaml and c.yml reported: %+v", report.Files)
	}
	if !report.Files[0].Applied() {
		t.Errorf("the first file for an id should apply: %v", report.Files[0].Problems)
	}
	if p := report.Files[1].Problems; len(p) != 1 || p[0].Field != "id" || !strings.Contains(p[0].Message, "already overlaid by a.yaml") {
		t.Errorf("a second file for the same id: %v", p)
	}
	if p := report.Files[2].Problems; len(p) != 1 || !strings.Contains(p[0].Message, "end in .yaml") {
		t.Errorf("a .yml file: %v", p)
	}
}

func TestOversizedOverlayIsRefused(t *testing.T) {
	text := "id: rib-raising\ntiming: " + strings.Repeat("x", MaxBytes) + "\n"
	_, report := Apply(mustLoad(t), overlayFS(map[string]string{"big.yaml": text}))
	if p := report.Problems(); len(p) != 1 || !strings.Contains(p[0].Message, "larger than") {
		t.Errorf("problems %v", p)
	}
}
