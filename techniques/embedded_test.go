package techniques

import (
	"strings"
	"testing"
)

// TestEmbeddedCatalogue validates every embedded record in a subtest of its own,
// so that a broken entry names itself.
func TestEmbeddedCatalogue(t *testing.T) {
	c, problems := Check(Files())
	byRecord := map[string][]Problem{}
	for _, p := range problems {
		byRecord[recordKey(p.File, p.Record)] = append(byRecord[recordKey(p.File, p.Record)], p)
	}
	seen := map[string]bool{}
	report := func(t *testing.T, key string) {
		seen[key] = true
		for _, p := range byRecord[key] {
			t.Error(p.String())
		}
	}
	for i, x := range c.Techniques {
		t.Run("technique/"+x.ID, func(t *testing.T) { report(t, recordKey(c.techniqueFiles[i], "")) })
	}
	for i, x := range c.Conditions {
		t.Run("condition/"+x.ID, func(t *testing.T) { report(t, recordKey("conditions.yaml", recordName(x.ID, i))) })
	}
	for i, x := range c.Flags {
		t.Run("flag/"+x.ID, func(t *testing.T) { report(t, recordKey("flags.yaml", recordName(x.ID, i))) })
	}
	for i, x := range c.Families {
		t.Run("family/"+x.ID, func(t *testing.T) { report(t, recordKey("families.yaml", recordName(x.ID, i))) })
	}
	for i, x := range c.References {
		t.Run("reference/"+x.ID, func(t *testing.T) { report(t, recordKey(c.referenceFiles[i], recordName(x.ID, i))) })
	}
	for i, x := range c.Evidence {
		t.Run("evidence/"+x.Condition, func(t *testing.T) { report(t, recordKey(c.evidenceFiles[i], "")) })
	}
	for i, x := range c.Glossary {
		t.Run("glossary/"+x.ID, func(t *testing.T) { report(t, recordKey("glossary.yaml", recordName(x.ID, i))) })
	}
	mapRows := func(id string, rows []string) {
		file := "maps/" + id + ".yaml"
		t.Run("map/"+id, func(t *testing.T) { report(t, recordKey(file, "")) })
		for i, r := range rows {
			t.Run("map/"+id+"/"+r, func(t *testing.T) { report(t, recordKey(file, recordName(r, i))) })
		}
	}
	ids := func(n int, id func(int) string) []string {
		out := make([]string, n)
		for i := range out {
			out[i] = id(i)
		}
		return out
	}
	m := c.Maps
	mapRows(MapOrgans, ids(len(m.Organs.Rows), func(i int) string { return m.Organs.Rows[i].ID }))
	mapRows(MapViscerosomatic, ids(len(m.Viscerosomatic.Rows), func(i int) string { return m.Viscerosomatic.Rows[i].Organ }))
	mapRows(MapAutonomic, ids(len(m.Autonomic.Rows), func(i int) string { return m.Autonomic.Rows[i].Organ }))
	mapRows(MapChapman, ids(len(m.Chapman.Rows), func(i int) string { return m.Chapman.Rows[i].ID }))
	mapRows(MapTenderPoints, ids(len(m.TenderPoints.Rows), func(i int) string { return m.TenderPoints.Rows[i].ID }))
	for _, tb := range m.Tables {
		mapRows(tb.ID, ids(len(tb.Rows), func(i int) string { return tb.Rows[i].ID }))
	}
	// Problems that belong to no single record (a file that does not parse, say).
	t.Run("files", func(t *testing.T) {
		for key, ps := range byRecord {
			if !seen[key] {
				for _, p := range ps {
					t.Error(p.String())
				}
			}
		}
	})
	if _, err := Load(); err != nil && len(problems) == 0 {
		t.Errorf("Load failed though Check found nothing: %v", err)
	}
}

func recordKey(file, record string) string {
	return strings.Join([]string{file, record}, "\x00")
}
