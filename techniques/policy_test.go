package techniques

import (
	"strings"
	"testing"
)

func TestKindOf(t *testing.T) {
	tests := []struct {
		family   string
		approach Approach
		want     TechniqueKind
	}{
		{"hvla", Direct, KindThrust},
		{"muscle-energy", Direct, KindDirect},
		{"articulatory", Direct, KindDirect},
		{"soft-tissue", Direct, KindDirect},
		{"diaphragm", Direct, KindDirect},
		{"myofascial-release", Direct, KindDirect},
		{"myofascial-release", Indirect, KindIndirect},
		{"myofascial-release", Combined, KindCombined},
		{"counterstrain", Indirect, KindIndirect},
		{"balanced-ligamentous-tension", Indirect, KindIndirect},
		{"still", Combined, KindCombined},
		{"lymphatic", Direct, KindLymphatic},
		{"visceral", Direct, KindVisceral},
		{"cranial", Direct, KindCranial},
		{"cranial", Indirect, KindCranial},
		{"chapman-reflexes", Direct, KindReflex},
		{"reiki", Direct, ""},
	}
	for _, tt := range tests {
		if got := KindOf(Technique{Family: tt.family, Approach: tt.approach}); got != tt.want {
			t.Errorf("KindOf(%s, %s) = %q; want %q", tt.family, tt.approach, got, tt.want)
		}
	}
}

// EveryFamilyHasAKind keeps a new family from escaping the grade check.
func TestEveryFamilyHasAKind(t *testing.T) {
	for _, f := range mustLoad(t).Families {
		if familyKind(f.ID, Direct) == "" {
			t.Errorf("family %s has no technique kind", f.ID)
		}
	}
}

// TestUndatedWebPagesSayNoDate keeps an access year from posing as a
// publication year: only a web page may be undated (render/sheet's test of
// the same name checks that it cites as "n.d.").
func TestUndatedWebPagesSayNoDate(t *testing.T) {
	c := loadFixture(t)
	c.References[0].Year, c.References[0].Kind = 0, "web"
	r := c.Records
	r.References[0].Kind = "textbook"
	if _, err := New(r); err == nil || !strings.Contains(err.Error(), "only an undated web page may leave the year 0") {
		t.Errorf("a textbook without a year was accepted: %v", err)
	}
}
