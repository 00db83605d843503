package overlay

import (
	"slices"
	"testing"

	"github.com/omt-reference/omt/techniques"
)

// TestSourcedIgnoresOverlays: Sourced gives the entry as the sources give
// it, whatever overlays changed, and nothing for a technique of a school's own.
func TestSourcedIgnoresOverlays(t *testing.T) {
	base := mustLoad(t)
	c, report := Apply(base, overlayFS(map[string]string{
		"supine.yaml": "id: muscle-energy-innominate\npositions: [supine]\n",
		"lab-b.yaml":  localTechniqueYAML,
	}))
	if p := report.Problems(); len(p) > 0 {
		t.Fatal(p)
	}
	overlaid, _ := c.Technique("muscle-energy-innominate")
	sourced, ok := c.Sourced("muscle-energy-innominate")
	if !ok || !slices.Equal(overlaid.Positions, []techniques.PatientPosition{techniques.Supine}) ||
		!slices.Equal(sourced.Positions, []techniques.PatientPosition{techniques.Prone}) || sourced.Overlaid() {
		t.Errorf("overlaid %v, sourced %v (%v, overlaid %v)", overlaid.Positions, sourced.Positions, ok, sourced.Overlaid())
	}
	if _, ok := c.Sourced("school-seated-lumbar-met"); ok {
		t.Error("a local technique has a sourced entry")
	}
	if got, _ := base.Sourced("cv4"); got.ID != "cv4" {
		t.Error("without overlays, Sourced is the catalogue's own entry")
	}
}
