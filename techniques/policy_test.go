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

// withSecondThrust loads the fixture and adds a second thrust technique that
// edit changes, so that two techniques of one kind can be compared.
func withSecondThrust(t *testing.T, edit func(*Technique)) *Catalog {
	t.Helper()
	c := loadFixture(t)
	hvla, _ := c.Technique("hvla-lumbar")
	second := hvla
	second.ID = "hvla-thoracic"
	second.Contraindications = Contraindications{
		Absolute: append([]Contraindication{}, hvla.Contraindications.Absolute...),
		Relative: append([]Contraindication{}, hvla.Contraindications.Relative...),
	}
	edit(&second)
	c.Techniques = append(c.Techniques, second)
	c.techniqueFiles = append(c.techniqueFiles, "techniques/hvla-thoracic.yaml")
	return c
}

func lintMessages(c *Catalog) string {
	var lines []string
	for _, p := range c.Lint() {
		lines = append(lines, p.String())
	}
	return strings.Join(lines, "\n")
}

func TestLintGradesByKind(t *testing.T) {
	relative := func(tech *Technique) {
		tech.Contraindications.Absolute = tech.Contraindications.Absolute[:1] // no-consent only
		tech.Contraindications.Relative = []Contraindication{{Flag: "osteoporosis", Note: "Light force."}}
	}
	t.Run("same flag, two grades in one kind", func(t *testing.T) {
		msg := lintMessages(withSecondThrust(t, relative))
		if !strings.Contains(msg, "thrust techniques") || !strings.Contains(msg, `flag "osteoporosis" is absolute in hvla-lumbar; relative in hvla-thoracic`) {
			t.Errorf("a flag graded two ways in one kind was not reported:\n%s", msg)
		}
	})
	t.Run("a departure with its reason is accepted", func(t *testing.T) {
		msg := lintMessages(withSecondThrust(t, func(tech *Technique) {
			relative(tech)
			tech.Contraindications.Departures = []Departure{{Flag: "osteoporosis", Reason: "No lever on bone."}}
		}))
		if strings.Contains(msg, "osteoporosis") {
			t.Errorf("a departure with a reason should satisfy the check:\n%s", msg)
		}
	})
	t.Run("a departure that departs from nothing", func(t *testing.T) {
		msg := lintMessages(withSecondThrust(t, func(tech *Technique) {
			tech.Contraindications.Departures = []Departure{{Flag: "osteoporosis", Reason: "Stale."}}
		}))
		if !strings.Contains(msg, `departs on "osteoporosis", but every other thrust technique grades it absolute too`) {
			t.Errorf("a stale departure was not reported:\n%s", msg)
		}
	})
	t.Run("a systemic flag left out counts as a grade", func(t *testing.T) {
		c := withSecondThrust(t, func(tech *Technique) {
			tech.Contraindications.Absolute = tech.Contraindications.Absolute[:1]
		})
		c.Flags[1].Scope = Systemic // osteoporosis
		if msg := lintMessages(c); !strings.Contains(msg, `flag "osteoporosis" is absolute in hvla-lumbar; not listed in hvla-thoracic`) {
			t.Errorf("a systemic flag missing from one technique of the kind was not reported:\n%s", msg)
		}
	})
	t.Run("a local flag left out is not compared", func(t *testing.T) {
		c := withSecondThrust(t, func(tech *Technique) {
			tech.Contraindications.Absolute = tech.Contraindications.Absolute[:1]
		})
		if msg := lintMessages(c); strings.Contains(msg, "osteoporosis") {
			t.Errorf("a local flag left out should not be compared:\n%s", msg)
		}
	})
}

func TestLintEvidenceCoverage(t *testing.T) {
	c := loadFixture(t)
	if msg := lintMessages(c); strings.Contains(msg, "evidence[") {
		t.Fatalf("the fixture's evidence is covered, yet:\n%s", msg)
	}
	c.Evidence[0].Items = nil
	if msg := lintMessages(c); !strings.Contains(msg, "cites trial-2013 for low-back-pain, but evidence/low-back-pain.yaml leaves it out") {
		t.Errorf("a study missing from the condition's evidence file was not reported:\n%s", msg)
	}
	c.Evidence = nil
	if msg := lintMessages(c); !strings.Contains(msg, "cites trial-2013 for low-back-pain, which has no evidence file") {
		t.Errorf("a study for a condition without an evidence file was not reported:\n%s", msg)
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
