package techniques

import (
	"slices"
	"strings"
	"testing"
)

func ids(ts []Technique) []string {
	out := make([]string, len(ts))
	for i, t := range ts {
		out[i] = t.ID
	}
	return out
}

func TestResolveCondition(t *testing.T) {
	c := loadFixture(t)
	for _, q := range []string{"low-back-pain", "Low back pain", "LOW BACK PAIN", "lbp", "Lumbago", "  lower   back-pain "} {
		got, ok := c.ResolveCondition(q)
		if !ok || got.ID != "low-back-pain" {
			t.Errorf("ResolveCondition(%q) = %q, %v; want low-back-pain", q, got.ID, ok)
		}
	}
	if got, ok := c.ResolveCondition("ear infections"); !ok || got.ID != "acute-otitis-media" {
		t.Errorf("ear infections resolved to %q, %v", got.ID, ok)
	}
	for _, q := range []string{"", "back", "pain", "low back pain please"} {
		if got, ok := c.ResolveCondition(q); ok {
			t.Errorf("ResolveCondition(%q) = %q; want no match", q, got.ID)
		}
	}
}

func TestTechniquesForCondition(t *testing.T) {
	c := loadFixture(t)
	if got := ids(c.TechniquesFor("low-back-pain")); !slices.Equal(got, []string{"counterstrain-lumbar", "hvla-lumbar"}) {
		t.Errorf("TechniquesFor(low-back-pain) = %v", got)
	}
	if got := ids(c.TechniquesFor("acute-otitis-media")); !slices.Equal(got, []string{"counterstrain-lumbar"}) {
		t.Errorf("TechniquesFor(acute-otitis-media) = %v", got)
	}
	if n := c.CountFor("no-such-condition"); n != 0 {
		t.Errorf("CountFor(unknown) = %d", n)
	}
}

func TestClosest(t *testing.T) {
	cands := []string{"hvla-lumbar", "hvla-cervical", "counterstrain-lumbar", "cv4"}
	tests := []struct {
		q    string
		want string
	}{
		{"hvla-lumbr", "hvla-lumbar"},
		{"hvla", "hvla-lumbar"},
		{"counterstrain lumbar", "counterstrain-lumbar"},
		{"CV4", "cv4"},
	}
	for _, tt := range tests {
		if got := Closest(tt.q, cands, 1); len(got) != 1 || got[0] != tt.want {
			t.Errorf("Closest(%q) = %v; want %q", tt.q, got, tt.want)
		}
	}
	if got := Closest("zzzzzz", cands, 3); len(got) != 0 {
		t.Errorf("Closest(zzzzzz) = %v; want nothing", got)
	}
}

func TestFacets(t *testing.T) {
	c := mustLoad(t)
	if a, err := ParseApproach("Indirect"); err != nil || a != Indirect {
		t.Errorf("ParseApproach(Indirect) = %q, %v", a, err)
	}
	if _, err := ParseApproach("sideways"); err == nil || !strings.Contains(err.Error(), "direct, indirect, combined") {
		t.Errorf("an unknown approach gave %v; want the options", err)
	}
	if p, err := ParseParticipation("ACTIVE"); err != nil || p != Active {
		t.Errorf("ParseParticipation(ACTIVE) = %q, %v", p, err)
	}
	for in, want := range map[string]string{"ribs": "rib", "Upper extremity": "upper-extremity", "lumbar": "lumbar"} {
		if got, err := ResolveRegion(in); err != nil || got != want {
			t.Errorf("ResolveRegion(%q) = %q, %v; want %s", in, got, err, want)
		}
	}
	for in, want := range map[string]string{"MET": "muscle-energy", "Counterstrain": "counterstrain", "counter": "counterstrain", "hvla": "hvla"} {
		if got, err := c.ResolveFamily(in); err != nil || got.ID != want {
			t.Errorf("ResolveFamily(%q) = %q, %v; want %s", in, got.ID, err, want)
		}
	}
	if _, err := c.ResolveFamily("m"); err == nil {
		t.Error("m names several families and must not resolve to one")
	}
}
