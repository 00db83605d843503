package atlas

import (
	"slices"
	"strings"
	"testing"
)

// TestInhaledFirstRibOffersFirstRibTechniques: the first-rib entries are
// taught for an elevated (inhaled) first rib only, so the notation reader
// offers them for rib 1 held in inhalation and for no other rib.
func TestInhaledFirstRibOffersFirstRibTechniques(t *testing.T) {
	c := mustLoad(t)
	firstRib := []string{"hvla-first-rib", "muscle-energy-first-rib"}
	for _, tc := range []struct {
		text  string
		offer bool
	}{
		{"elevated first rib", true},
		{"rib 1 inhaled", true},
		{"left rib 1 inhalation dysfunction", true},
		{"rib 2 inhaled", false},
		{"rib 4 inhaled", false},
		{"ribs 3-5 inhalation dysfunction", false},
		{"rib 1 exhaled", false},
	} {
		r, err := ReadNotation(c, tc.text)
		if err != nil {
			t.Fatalf("%q: %v", tc.text, err)
		}
		var got []string
		for _, s := range r.SetUps {
			got = append(got, s.Technique)
		}
		for _, id := range firstRib {
			if has := slices.Contains(got, id); has != tc.offer {
				t.Errorf("%q offers %v; %s offered: %v, want %v", tc.text, got, id, has, tc.offer)
			}
		}
	}
}

// TestEveryNotationKeyHasItsRow: the reader links each sacral, pelvic, rib
// and segment diagnosis to a map row by id; a renamed row would break it.
func TestEveryNotationKeyHasItsRow(t *testing.T) {
	c := mustLoad(t)
	for _, text := range []string{"T4 ERS(L)", "L3 NSlRr", "C3 FRS right", "OA E SlRr", "AA Rl", "left rib 4 exhaled",
		"ribs 3-5 inhalation dysfunction", "left on left sacral torsion", "L on R sacral torsion", "right on right sacral torsion",
		"right on left sacral torsion", "right unilateral sacral flexion", "left unilateral sacral extension",
		"bilateral sacral flexion", "bilateral sacral extension", "right anterior innominate", "left posterior innominate",
		"left superior innominate shear", "right inferior innominate shear", "left inflare", "right outflare",
		"left superior pubic shear", "right inferior pubic shear"} {
		r, err := ReadNotation(c, text)
		if err != nil {
			t.Errorf("%q: %v", text, err)
			continue
		}
		if r.Row == nil {
			t.Errorf("%q (%s): no map row for key %q", text, r.Canonical, r.Explanation.Key)
		}
	}
}

func TestReadNotationAdaptsTheSetUp(t *testing.T) {
	c := mustLoad(t)
	r, err := ReadNotation(c, "T4 ERS(L)")
	if err != nil {
		t.Fatal(err)
	}
	byID := map[string]SetUp{}
	for _, s := range r.SetUps {
		byID[s.Technique] = s
	}
	if s, ok := byID["hvla-thoracic"]; !ok || !strings.Contains(s.Instruction, "flexion, rotation right, side-bending right") {
		t.Errorf("a direct technique must engage the barrier (flexion, right rotation and side-bending): %+v", s)
	}
	if s, ok := byID["facilitated-positional-release"]; !ok || !strings.Contains(s.Instruction, "extension, rotation left, side-bending left") {
		t.Errorf("an indirect technique must hold the ease: %+v", s)
	}
	// Counterstrain is positioned by its tender point, never by the
	// segment's ease (issue 19).
	if s, ok := byID["counterstrain-thoracic"]; !ok || strings.Contains(s.Instruction, "extension, rotation left") ||
		!slices.Equal(s.TenderPoints, []string{"AT4", "PT4"}) || !strings.Contains(s.Instruction, "tender point") {
		t.Errorf("counterstrain must be set up by the tender points at T4: %+v", s)
	}
	if _, ok := byID["muscle-energy-thoracic"]; ok {
		t.Error("the T5-T12 muscle energy entry was offered for T4")
	}
	if _, ok := byID["lymphatic-pump"]; ok {
		t.Error("a lymphatic technique was offered for a segment")
	}
	if r, _ := ReadNotation(c, "T8 ERS(L)"); !slices.ContainsFunc(r.SetUps, func(s SetUp) bool { return s.Technique == "muscle-energy-thoracic" }) {
		t.Error("the T5-T12 muscle energy entry was not offered for T8")
	}
	ribs, _ := ReadNotation(c, "left rib 4 exhaled")
	for _, s := range ribs.SetUps {
		if s.Technique == "muscle-energy-rib-inhalation" {
			t.Error("an exhaled rib was offered the inhaled-rib muscle energy entry")
		}
		if s.Technique == "muscle-energy-rib-exhalation" && !strings.Contains(s.Instruction, "pectoralis minor") {
			t.Errorf("muscle energy for exhaled rib 4 does not name pectoralis minor: %+v", s)
		}
		if s.Technique == "counterstrain-ribs" && !slices.Equal(s.TenderPoints, []string{"AR4"}) {
			t.Errorf("an exhaled rib 4 goes with the anterior point AR4: %+v", s)
		}
	}
	if ribs.KeyRibRow == nil || ribs.KeyRibRow.Row.ID != "rib-me-3-5" {
		t.Errorf("the key rib row for rib 4 is %+v, want rib-me-3-5", ribs.KeyRibRow)
	}
	for text, want := range map[string]string{"rib 1 exhaled": "rib-me-1", "ribs 6-9 exhaled": "rib-me-6-8", "ribs 9-12 exhaled": "rib-me-9-10"} {
		if r, err := ReadNotation(c, text); err != nil || r.KeyRibRow == nil || r.KeyRibRow.Row.ID != want {
			t.Errorf("%s: key rib row %+v, %v; want %s", text, r.KeyRibRow, err, want)
		}
	}
	if r, _ := ReadNotation(c, "ribs 3-5 inhaled"); r.KeyRibRow != nil {
		t.Errorf("an inhaled group uses respiratory assistance, not a muscle: %+v", r.KeyRibRow)
	}
	if _, err := ReadNotation(c, "T13 ERS(L)"); err == nil {
		t.Error("T13 read as a diagnosis")
	}
}
