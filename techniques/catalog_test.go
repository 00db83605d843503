package techniques

import (
	"os"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/omt-reference/omt/techniques/internal/testfixture"
)

// fixture copies testdata/valid into memory so a test can break one file.
func fixture(t *testing.T) fstest.MapFS {
	t.Helper()
	m, err := testfixture.Copy(os.DirFS("testdata/valid"))
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func loadFixture(t *testing.T) *Catalog {
	t.Helper()
	c, err := LoadFS(fixture(t))
	if err != nil {
		t.Fatalf("valid fixture rejected: %v", err)
	}
	return c
}

func TestValidFixtureLoads(t *testing.T) {
	c := loadFixture(t)
	if len(c.Techniques) != 2 || len(c.Conditions) != 2 || len(c.References) != 2 {
		t.Fatalf("loaded %d techniques, %d conditions, %d references; want 2, 2, 2",
			len(c.Techniques), len(c.Conditions), len(c.References))
	}
	if c.Techniques[0].ID != "counterstrain-lumbar" {
		t.Errorf("techniques are not sorted by name: first is %q", c.Techniques[0].ID)
	}
}

// TestBrokenFixturesAreRejected proves that each kind of mistake is caught, and
// that the message names the file and the field a person must fix.
func TestBrokenFixturesAreRejected(t *testing.T) {
	const tech = "techniques/hvla-lumbar.yaml"
	tests := []struct {
		name      string
		file      string
		edit      func(string) string
		wantFile  string
		wantField string
	}{
		{"unknown field", tech, func(s string) string { return s + "dosage: 3\n" }, tech, `unknown field "dosage"`},
		{"missing required field", tech, func(s string) string { return drop(s, "aftercare:") }, tech, "field aftercare: is required"},
		{"empty steps", tech, func(s string) string {
			return strings.Replace(s, "steps:\n  - Lock the spine.\n  - Thrust.\n", "steps: []\n", 1)
		}, tech, "field steps: must list at least one entry"},
		{"unknown condition", tech, func(s string) string {
			return strings.Replace(s, "indications: [low-back-pain]", "indications: [low-bak-pain]", 1)
		}, tech, `field indications[0]: "low-bak-pain" does not exist (did you mean "low-back-pain"?)`},
		{"unknown flag", tech, func(s string) string {
			return strings.Replace(s, "flag: osteoporosis", "flag: osteoporsis", 1)
		}, tech, `field contraindications.absolute[1].flag: "osteoporsis" does not exist`},
		{"unknown reference", tech, func(s string) string {
			return strings.Replace(s, "sources: [book-2020, trial-2013]", "sources: [book-2021, trial-2013]", 1)
		}, tech, `field sources[0]: "book-2021" does not exist`},
		{"duplicate id", "techniques/counterstrain-lumbar.yaml", func(s string) string {
			return strings.Replace(s, "id: counterstrain-lumbar", "id: hvla-lumbar", 1)
		}, "techniques/counterstrain-lumbar.yaml", `duplicate technique id "hvla-lumbar"`},
		{"id differs from file name", tech, func(s string) string {
			return strings.Replace(s, "id: hvla-lumbar", "id: hvla-lumbar-roll", 1)
		}, tech, `must match the file name "hvla-lumbar"`},
		{"bad approach", tech, func(s string) string {
			return strings.Replace(s, "approach: direct", "approach: sideways", 1)
		}, tech, `field approach: "sideways" is not one of direct, indirect, combined`},
		{"also taught the way it is filed", tech, func(s string) string {
			return strings.Replace(s, "approach: direct", "approach: direct\nalso_taught: direct", 1)
		}, tech, `field also_taught: "direct" is the other way a direct or indirect technique is taught`},
		{"also taught a way that is not one", tech, func(s string) string {
			return strings.Replace(s, "approach: direct", "approach: direct\nalso_taught: combined", 1)
		}, tech, `field also_taught: "combined" is not one of direct, indirect`},
		{"no consent", tech, func(s string) string {
			return strings.Replace(s, "flag: no-consent", "flag: pregnancy", 1)
		}, tech, "must list no-consent"},
		{"direct without absolute", tech, func(s string) string {
			return strings.Replace(s, "    - flag: osteoporosis\n      note: Thrust through weak bone.\n", "", 1)
		}, tech, "needs an absolute contraindication besides no-consent"},
		{"bad date", tech, func(s string) string {
			return strings.Replace(s, "reviewed: 2026-01-01", "reviewed: last week", 1)
		}, tech, `field reviewed: "last week" is not a date`},
		{"wrong type", tech, func(s string) string {
			return strings.Replace(s, "participants: 455", "participants: many", 1)
		}, tech, "participants"},
		{"reference without locator", "references/core.yaml", func(s string) string {
			return strings.Replace(s, "publisher: Press", `publisher: ""`, 1)
		}, "references/core.yaml (book-2020)", "needs a doi, pmid, url or publisher"},
		{"remark in the locator", "references/core.yaml", func(s string) string {
			return strings.Replace(s, "volume: 1(1):1-2", "volume: pages not verified", 1)
		}, "references/core.yaml", `field volume: "pages not verified" is not a locator`},
		{"shared synonym", "conditions.yaml", func(s string) string {
			return strings.Replace(s, "[AOM, ear infection", "[AOM, lumbago, ear infection", 1)
		}, "conditions.yaml", `"lumbago" also names condition`},
		{"evidence without studies", "evidence/low-back-pain.yaml", func(s string) string {
			return s[:strings.Index(s, "items:")] + "items: []\n"
		}, "evidence/low-back-pain.yaml", `must list the studies behind grade "moderate"`},
		{"bad flag scope", "flags.yaml", func(s string) string {
			return strings.Replace(s, "scope: local", "scope: regional", 1)
		}, "flags.yaml (osteoporosis)", `field scope: "regional" is not one of systemic, local`},
		{"departure from an unknown flag", tech, func(s string) string {
			return strings.Replace(s, "  relative: []\n", "  relative: []\n  departures:\n    - flag: osteoporsis\n      reason: Light.\n", 1)
		}, tech, `field contraindications.departures[0].flag: "osteoporsis" does not exist`},
		{"departure without a reason", tech, func(s string) string {
			return strings.Replace(s, "  relative: []\n", "  relative: []\n  departures:\n    - flag: osteoporosis\n      reason: \"\"\n", 1)
		}, tech, "field contraindications.departures[0].reason: is required"},
		{"yaml syntax", tech, func(s string) string { return s + "steps: [unclosed\n" }, tech, "line"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := fixture(t)
			fsys[tt.file] = &fstest.MapFile{Data: []byte(tt.edit(string(fsys[tt.file].Data)))}
			_, err := LoadFS(fsys)
			if err == nil {
				t.Fatal("broken data was accepted")
			}
			msg := err.Error()
			if !strings.Contains(msg, tt.wantFile) || !strings.Contains(msg, tt.wantField) {
				t.Errorf("error does not name %q and %q:\n%s", tt.wantFile, tt.wantField, msg)
			}
		})
	}
}

// drop removes the line that starts with prefix.
func drop(s, prefix string) string {
	var out []string
	for _, line := range strings.Split(s, "\n") {
		if !strings.HasPrefix(line, prefix) {
			out = append(out, line)
		}
	}
	return strings.Join(out, "\n")
}
