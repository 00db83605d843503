package overlay

import (
	"fmt"
	"strings"
	"testing"

	"github.com/omt-reference/omt/safetext"
)

// TestOverlayTextIsVisible (issue 18, finding 4): whatever field of a
// school's technique holds a control character or a bidi override, and
// whatever the file is called, the catalogue holds it written out, so that
// every view shows it as text.
func TestOverlayTextIsVisible(t *testing.T) {
	const bad = `\e]8;;http://evil\a \eP+q544e\e\\ \u009b31m \u202e`
	yaml := localTechniqueYAML
	for old, new := range map[string]string{
		"summary: The lab's seated lumbar muscle energy set-up, taught with a sidebending lock.": `summary: "The lab's set-up. ` + bad + `"`,
		"aliases: [Lab B MET]":                                               `aliases: [Lab B MET, "` + bad + `"]`,
		"      note: Use light contractions.":                                `      note: "Use light contractions. ` + bad + `"`,
		"  - Take the segment to its barrier.":                               `  - "Take the segment to its barrier. ` + bad + `"`,
		"timing: Contractions of 3-5 seconds.":                               `timing: "Contractions of 3-5 seconds. ` + bad + `"`,
		"  operator: Standing behind, monitoring the segment with one hand.": `  operator: "Standing behind. ` + bad + `"`,
	} {
		if !strings.Contains(yaml, old) {
			t.Fatalf("the local technique lacks %q", old)
		}
		yaml = strings.Replace(yaml, old, new, 1)
	}
	name := "lab-b\x1b]0;pwned\a.yaml"
	c, report := Apply(mustLoad(t), overlayFS(map[string]string{name: yaml}))
	if len(report.Skipped()) != 0 {
		t.Fatalf("the overlay was not applied: %+v", report.Problems())
	}
	tech, ok := c.Technique("school-seated-lumbar-met")
	if !ok {
		t.Fatal("the local technique is not in the catalogue")
	}
	if all := fmt.Sprintf("%v", tech); !safetext.IsSafe(all) {
		t.Errorf("the overlaid technique holds raw controls:\n%q", all)
	}
	if !strings.Contains(tech.Summary, `\x1b]8;;http://evil\a \x1bP+q544e\x1b\ \u009b31m \u202e`) {
		t.Errorf("the summary does not hold the controls written out: %q", tech.Summary)
	}
	if !safetext.IsSafe(report.Files[0].Name) || !safetext.IsSafe(tech.OverlayFile) {
		t.Errorf("the file name is kept raw: %q, %q", report.Files[0].Name, tech.OverlayFile)
	}
}
