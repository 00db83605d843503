package techniques

import "testing"

func mustLoad(t *testing.T) *Catalog {
	t.Helper()
	c, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestCatalogueCoversTheCurriculum(t *testing.T) {
	c := mustLoad(t)
	if n := len(c.Techniques); n < 45 {
		t.Errorf("%d techniques; the curriculum needs at least 45", n)
	}
	if n := len(c.Conditions); n < 40 {
		t.Errorf("%d conditions; want at least 40", n)
	}
	for _, id := range []string{
		"counterstrain", "muscle-energy", "myofascial-release", "hvla", "soft-tissue", "lymphatic",
		"cranial", "articulatory", "balanced-ligamentous-tension", "ligamentous-articular-strain",
		"facilitated-positional-release", "still", "visceral", "chapman-reflexes", "trigger-point",
		"diaphragm", "facilitated-oscillatory-release", "functional",
	} {
		n := 0
		for _, tech := range c.Techniques {
			if tech.Family == id {
				n++
			}
		}
		if n == 0 {
			t.Errorf("no technique of the %s family", id)
		}
	}
}

// TestPeopleFindTheirCondition checks the words of the seed article and the
// everyday phrasings people type.
func TestPeopleFindTheirCondition(t *testing.T) {
	c := mustLoad(t)
	want := map[string]string{
		"lower back pain":          "low-back-pain",
		"LBP":                      "low-back-pain",
		"back pain":                "low-back-pain",
		"neck pain":                "neck-pain",
		"migraines":                "migraine",
		"head pain":                "tension-type-headache",
		"TMJ":                      "temporomandibular-disorder",
		"TMD":                      "temporomandibular-disorder",
		"colic":                    "infant-colic",
		"difficulty breastfeeding": "breastfeeding-difficulty",
		"ear infection":            "acute-otitis-media",
		"recurrent ear infections": "acute-otitis-media",
		"AOM":                      "acute-otitis-media",
		"swelling":                 "oedema",
		"edema":                    "oedema",
		"congestion":               "upper-respiratory-infection",
		"digestive issues":         "functional-digestive-complaints",
		"pregnancy back pain":      "pregnancy-back-pain",
		"pregnancy sleep":          "pregnancy-sleep-disturbance",
		"COPD":                     "copd",
		"URI":                      "upper-respiratory-infection",
		"IBS":                      "irritable-bowel-syndrome",
	}
	for phrase, id := range want {
		got, ok := c.ResolveCondition(phrase)
		if !ok || got.ID != id {
			t.Errorf("%q resolves to %q (%v); want %s", phrase, got.ID, ok, id)
		}
	}
}

// TestSafetyEssentials guards the contraindications a clinician relies on most.
func TestSafetyEssentials(t *testing.T) {
	c := mustLoad(t)
	absolute := func(tech Technique, flag string) bool {
		for _, ci := range tech.Contraindications.Absolute {
			if ci.Flag == flag {
				return true
			}
		}
		return false
	}
	for _, tech := range c.Techniques {
		switch KindOf(tech) {
		case KindThrust, KindDirect, KindCombined, KindLymphatic, KindVisceral, KindReflex:
			// WHO 2010: absolute for direct techniques without a recent clotting check.
			if !absolute(tech, "unchecked-anticoagulation") {
				t.Errorf("%s: a technique applying direct force must list unchecked-anticoagulation as absolute", tech.ID)
			}
		}
		if tech.Family == "hvla" {
			for _, flag := range []string{"osteoporosis", "acute-fracture", "malignancy", "infant"} {
				if !absolute(tech, flag) {
					t.Errorf("%s: a thrust must list %s as absolute", tech.ID, flag)
				}
			}
		}
	}
	if tech, ok := c.Technique("pedal-pump"); !ok || !absolute(tech, "dvt") {
		t.Error("pedal-pump must list DVT as absolute")
	}
	if tech, ok := c.Technique("spleen-pump"); !ok || !absolute(tech, "splenomegaly") {
		t.Error("spleen-pump must list splenomegaly as absolute")
	}
	if tech, ok := c.Technique("hvla-cervical"); !ok || !absolute(tech, "cervical-artery-dissection") {
		t.Error("hvla-cervical must list cervical artery dissection as absolute")
	}
}
