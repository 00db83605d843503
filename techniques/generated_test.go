package techniques

import (
	"reflect"
	"testing"
)

// TestGeneratedCatalogIsCurrent keeps catalog_gen.go equal to the YAML, so an
// edited entry cannot ship without being validated and regenerated.
func TestGeneratedCatalogIsCurrent(t *testing.T) {
	fromYAML, problems := Check(Files())
	if len(problems) > 0 {
		t.Fatalf("the YAML does not validate: %v", problems[0])
	}
	gen := generatedCatalog()
	if gen == nil {
		t.Skip("built with omt_nogen: no generated catalogue to compare")
	}
	pairs := map[string][2]any{
		"Techniques":     {fromYAML.Techniques, gen.Techniques},
		"Conditions":     {fromYAML.Conditions, gen.Conditions},
		"Flags":          {fromYAML.Flags, gen.Flags},
		"Families":       {fromYAML.Families, gen.Families},
		"References":     {fromYAML.References, gen.References},
		"Evidence":       {fromYAML.Evidence, gen.Evidence},
		"Glossary":       {fromYAML.Glossary, gen.Glossary},
		"Maps":           {fromYAML.Maps, gen.Maps},
		"techniqueFiles": {fromYAML.techniqueFiles, gen.techniqueFiles},
		"referenceFiles": {fromYAML.referenceFiles, gen.referenceFiles},
		"evidenceFiles":  {fromYAML.evidenceFiles, gen.evidenceFiles},
	}
	if len(pairs) != len(DataFields()) {
		t.Fatalf("DataFields has %d fields; this test compares %d", len(DataFields()), len(pairs))
	}
	for name, p := range pairs {
		if !reflect.DeepEqual(p[0], p[1]) {
			t.Errorf("catalog_gen.go is stale in %s: run go generate ./techniques", name)
		}
	}
}
