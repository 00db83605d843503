package overlay

import (
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/omt-reference/omt/techniques"
	"github.com/omt-reference/omt/techniques/search"
)

// overlayFS is an overlay directory holding these files.
func overlayFS(files map[string]string) fstest.MapFS {
	fsys := fstest.MapFS{}
	for name, text := range files {
		fsys[name] = &fstest.MapFile{Data: []byte(text)}
	}
	return fsys
}

// localTechniqueYAML is a whole, valid technique of a school's own.
const localTechniqueYAML = `id: school-seated-lumbar-met
name: Seated lumbar muscle energy, Lab B variant
aliases: [Lab B MET]
family: muscle-energy
summary: The lab's seated lumbar muscle energy set-up, taught with a sidebending lock.
approach: direct
participation: active
activating_forces: [patient isometric contraction against operator counterforce]
regions: [lumbar]
positions: [seated]
indications: [low-back-pain]
contraindications:
  absolute:
    - flag: no-consent
      note: Lack of consent rules out every technique.
    - flag: acute-fracture
      note: Isometric force through an unstable or healing fracture.
  relative:
    - flag: osteoporosis
      note: Use light contractions.
diagnosis: Find the lumbar segment's restricted motion in all three planes.
position:
  patient: Seated astride the table end, hands clasped behind the neck.
  operator: Standing behind, monitoring the segment with one hand.
monitoring: The monitoring finger feels motion arrive at the segment.
barrier: Engaged in all three planes.
steps:
  - Take the segment to its barrier.
  - Ask for a gentle contraction away from it for 4 seconds.
  - Relax, then take up the slack to the new barrier.
timing: Contractions of 3-5 seconds.
repetitions: Three to five times.
endpoint: Motion restored or no further gain.
aftercare: Expect mild soreness for a day.
evidence: []
sources: [nicholas-atlas]
reviewed: 2026-11-30
`

func TestOverlayChangesOnlyTheFieldsItSets(t *testing.T) {
	base := mustLoad(t)
	before, _ := base.Technique("counterstrain-lumbar")
	c, report := Apply(base, overlayFS(map[string]string{"school-variants.yaml": `id: counterstrain-lumbar
position:
  patient: Prone with a pillow under the abdomen.
timing: Hold 120 seconds, as Lab B teaches.
steps:` + yamlList(before.Steps) /* the same steps: not a change */}))
	if len(report.Files) != 1 || !report.Files[0].Applied() {
		t.Fatalf("report %+v", report)
	}
	want := []string{"position.patient", "timing"}
	if got := report.Files[0].Fields; !slices.Equal(got, want) {
		t.Errorf("report fields %v, want %v", got, want)
	}
	got, _ := c.Technique("counterstrain-lumbar")
	if !slices.Equal(got.LocalFields, want) || got.OverlayFile != "school-variants.yaml" || got.LocalTechnique {
		t.Errorf("marks %+v", got.LocalMarks)
	}
	if got.Timing != "Hold 120 seconds, as Lab B teaches." || got.Position.Patient != "Prone with a pillow under the abdomen." {
		t.Errorf("overlaid values not applied: %q, %q", got.Timing, got.Position.Patient)
	}
	got.LocalMarks, got.Timing, got.Position.Patient = before.LocalMarks, before.Timing, before.Position.Patient
	if !reflect.DeepEqual(got, before) {
		t.Error("fields the overlay did not set changed")
	}
	if still, _ := base.Technique("counterstrain-lumbar"); !reflect.DeepEqual(still, before) {
		t.Error("applying an overlay changed the built-in catalogue")
	}
	if len(c.Techniques) != len(base.Techniques) {
		t.Errorf("%d techniques, want %d", len(c.Techniques), len(base.Techniques))
	}
}

// yamlList writes items as a YAML block list of quoted strings.
func yamlList(items []string) string {
	var b strings.Builder
	for _, it := range items {
		b.WriteString("\n  - " + strconv.Quote(it))
	}
	return b.String()
}

func TestLocalTechniqueJoinsTheCatalogue(t *testing.T) {
	base := mustLoad(t)
	c, report := Apply(base, overlayFS(map[string]string{"lab-b.yaml": localTechniqueYAML}))
	if p := report.Problems(); len(p) > 0 {
		t.Fatalf("a valid local technique was refused: %v", p)
	}
	tech, ok := c.Technique("school-seated-lumbar-met")
	if !ok || !tech.LocalTechnique || tech.OverlayFile != "lab-b.yaml" || tech.LocalLabel() != "local" {
		t.Fatalf("local technique missing or unmarked: %+v", tech.LocalMarks)
	}
	if !report.Files[0].New || !slices.Contains(tech.LocalFields, "timing") {
		t.Errorf("report %+v, local fields %v", report.Files[0], tech.LocalFields)
	}
	if len(c.Techniques) != len(base.Techniques)+1 || !slices.IsSortedFunc(c.Techniques, func(a, b techniques.Technique) int {
		return strings.Compare(strings.ToLower(a.Name), strings.ToLower(b.Name))
	}) {
		t.Error("the catalogue with a local technique is not the built-in one plus it, sorted by name")
	}
	if !slices.ContainsFunc(c.TechniquesFor("low-back-pain"), func(x techniques.Technique) bool { return x.ID == tech.ID }) {
		t.Error("the local technique is not listed for its indication")
	}
	if got := search.New(c).Search("Lab B MET"); len(got) == 0 || got[0].Technique.ID != tech.ID {
		t.Errorf("search does not find the local technique first: %v", got)
	}
	if _, ok := base.Technique(tech.ID); ok {
		t.Error("the built-in catalogue gained the local technique")
	}
}

func TestNoOverlayDirectoryChangesNothing(t *testing.T) {
	base := mustLoad(t)
	for name, dir := range map[string]string{"missing": filepath.Join(t.TempDir(), "omt", "overlays"), "empty": t.TempDir()} {
		c, report := Apply(base, os.DirFS(dir))
		if c != base || len(report.Files) != 0 {
			t.Errorf("%s directory: got a new catalogue or a report %+v", name, report)
		}
	}
}

func TestOverlayMayMakeARelativeContraindicationAbsolute(t *testing.T) {
	base := mustLoad(t)
	built, _ := base.Technique("counterstrain-lumbar")
	text := "id: counterstrain-lumbar\ncontraindications:\n  absolute:\n"
	for _, ci := range built.Contraindications.Absolute {
		text += "    - {flag: " + ci.Flag + ", note: \"" + ci.Note + "\"}\n"
	}
	text += "    - {flag: osteoporosis, note: Lab B never positions a patient with osteoporosis.}\n"
	c, report := Apply(base, overlayFS(map[string]string{"strict.yaml": text}))
	if p := report.Problems(); len(p) > 0 {
		t.Fatalf("refused: %v", p)
	}
	tech, _ := c.Technique("counterstrain-lumbar")
	if hasFlag(tech.Contraindications.Relative, "osteoporosis") {
		t.Error("osteoporosis is listed both absolute and relative")
	}
	s := c.Screen(tech, []string{"osteoporosis", "cauda-equina"})
	if s.Status != techniques.StatusContraindicated || len(s.Reasons) != 2 {
		t.Fatalf("screening %+v", s)
	}
	if abs, _ := findFlag(tech.Contraindications.Absolute, "osteoporosis"); !abs.Local {
		t.Error("osteoporosis made absolute is not marked local")
	}
}
