package techniques

import "testing"

// TestRecordsNameTheirFiles: a problem report outside this package (the
// content lint) names the file each record came from, and for a technique
// added in memory the file it would live in, as New names it.
func TestRecordsNameTheirFiles(t *testing.T) {
	c := loadFixture(t)
	if got := c.TechniqueFile(0); got != "techniques/"+c.Techniques[0].ID+".yaml" {
		t.Errorf("TechniqueFile(0) = %q", got)
	}
	if got := c.ReferenceFile(0); got != "references/core.yaml" {
		t.Errorf("ReferenceFile(0) = %q; want references/core.yaml", got)
	}
	if got := c.EvidenceFile(0); got != "evidence/low-back-pain.yaml" {
		t.Errorf("EvidenceFile(0) = %q; want evidence/low-back-pain.yaml", got)
	}
	added := c.Techniques[0]
	added.ID = "added-in-memory"
	c.Techniques = append(c.Techniques, added)
	if got := c.TechniqueFile(len(c.Techniques) - 1); got != "techniques/added-in-memory.yaml" {
		t.Errorf("a technique added in memory is named %q; want techniques/added-in-memory.yaml", got)
	}
	c.References = append(c.References, c.References[0])
	if got := c.ReferenceFile(len(c.References) - 1); got != "references/records.yaml" {
		t.Errorf("a reference added in memory is named %q; want references/records.yaml", got)
	}
	c.Evidence = append(c.Evidence, ConditionEvidence{Condition: "neck-pain"})
	if got := c.EvidenceFile(len(c.Evidence) - 1); got != "evidence/neck-pain.yaml" {
		t.Errorf("evidence added in memory is named %q; want evidence/neck-pain.yaml", got)
	}
}
