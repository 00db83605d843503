package techniques_test

import (
	"testing"
	"testing/fstest"

	"github.com/omt-reference/omt/techniques"
	"github.com/omt-reference/omt/techniques/search"
)

// TestSearchFindsALocalTechnique: a school's own technique joins search.
func TestSearchFindsALocalTechnique(t *testing.T) {
	base, err := techniques.Load()
	if err != nil {
		t.Fatal(err)
	}
	c, _ := base.WithOverlays(fstest.MapFS{"lab-b.yaml": {Data: []byte(techniques.LocalTechniqueYAML)}})
	tech, _ := c.Technique("school-seated-lumbar-met")
	if got := search.New(c).Search("Lab B MET"); len(got) == 0 || got[0].Technique.ID != tech.ID {
		t.Errorf("search does not find the local technique first: %v", got)
	}
}
