package techniques

import (
	"slices"
	"strings"
	"testing"
)

// boardEntries are the technique entries issue 19 added (the board topics);
// the older entries were audited against the policy before.
var boardEntries = []string{"condylar-decompression", "frontal-lift", "parietal-lift", "temporal-rocking",
	"hvla-atlantoaxial", "hvla-first-rib", "hvla-inferior-tug", "hvla-ankle-foot", "muscle-energy-atlantoaxial",
	"muscle-energy-occipitoatlantal", "muscle-energy-backward-torsion", "muscle-energy-forward-torsion",
	"muscle-energy-sacral-flexion", "muscle-energy-first-rib", "muscle-energy-clavicle",
	"pubic-symphysis-decompression", "counterstrain-lower-extremity", "counterstrain-upper-extremity"}

// TestLoneGradesNameTheirSource: a contraindication grade of a board entry
// that no other entry of the same kind shares cannot lean on the policy's
// one-grade-per-kind rule, so its note must name the source it rests on (one
// of the entry's own references, by the name a label gives it, or WHO).
// hvla-ankle-foot once graded acute sprain relative for thrust on clinical
// reasoning alone.
func TestLoneGradesNameTheirSource(t *testing.T) {
	c := mustLoad(t)
	type key struct {
		kind        TechniqueKind
		flag, grade string
	}
	count := map[key]int{}
	each := func(fn func(t Technique, k key, note string)) {
		for _, tech := range c.Techniques {
			for _, ci := range tech.Contraindications.Absolute {
				fn(tech, key{KindOf(tech), ci.Flag, GradeAbsolute}, ci.Note)
			}
			for _, ci := range tech.Contraindications.Relative {
				fn(tech, key{KindOf(tech), ci.Flag, GradeRelative}, ci.Note)
			}
		}
	}
	for _, id := range boardEntries {
		if _, ok := c.Technique(id); !ok {
			t.Errorf("no technique %s: update boardEntries", id)
		}
	}
	each(func(_ Technique, k key, _ string) { count[k]++ })
	each(func(tech Technique, k key, note string) {
		if count[k] > 1 || k.flag == "no-consent" || !slices.Contains(boardEntries, tech.ID) {
			return
		}
		names := []string{"WHO"}
		for _, id := range tech.Sources {
			if r, ok := c.Reference(id); ok {
				names = append(names, sourceName(r))
			}
		}
		for _, n := range names {
			if n != "" && strings.Contains(note, n) {
				return
			}
		}
		t.Errorf("%s grades %s %s, as no other %s entry does, and its note names no source: %q", tech.ID, k.flag, k.grade, k.kind, note)
	})
}
