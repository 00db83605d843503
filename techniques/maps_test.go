package techniques

import (
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/omt-reference/omt/notation"
)

// TestCatalogueHasTheMaps checks that every map issue 10 asks for is in the
// catalogue, with the organs and regions it must cover.
func TestCatalogueHasTheMaps(t *testing.T) {
	c := mustLoad(t)
	m := &c.Maps
	for _, organ := range []string{"heart", "lungs", "oesophagus", "stomach", "liver", "gallbladder", "pancreas", "spleen",
		"appendix", "kidneys"} {
		if _, ok := c.Organ(organ); !ok {
			t.Errorf("no organ %q", organ)
		}
	}
	if len(m.Viscerosomatic.Rows) < 12 || len(m.Autonomic.Rows) < 12 || len(m.Chapman.Rows) < 8 {
		t.Errorf("organ maps too thin: %d viscerosomatic, %d autonomic, %d Chapman rows",
			len(m.Viscerosomatic.Rows), len(m.Autonomic.Rows), len(m.Chapman.Rows))
	}
	regions := map[string]int{}
	for _, p := range m.TenderPoints.Rows {
		regions[p.Region]++
	}
	for _, r := range []string{"cervical", "thoracic", "rib", "lumbar", "pelvic"} {
		if regions[r] == 0 {
			t.Errorf("no tender point in the %s region", r)
		}
	}
	for _, id := range []string{"fryette", "rib-motion", "rib-dysfunctions", "sacral-dysfunctions", "innominate-dysfunctions",
		"extremity-dysfunctions", "sbs-strains", "tenets", "models-of-care", "lymphatic-sequence"} {
		if tb, ok := m.Table(id); !ok || len(tb.Rows) == 0 {
			t.Errorf("no map %q", id)
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
		r, err := c.ReadNotation(text)
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
	r, err := c.ReadNotation("T4 ERS(L)")
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
	if r, _ := c.ReadNotation("T8 ERS(L)"); !slices.ContainsFunc(r.SetUps, func(s SetUp) bool { return s.Technique == "muscle-energy-thoracic" }) {
		t.Error("the T5-T12 muscle energy entry was not offered for T8")
	}
	ribs, _ := c.ReadNotation("left rib 4 exhaled")
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
		if r, err := c.ReadNotation(text); err != nil || r.KeyRibRow == nil || r.KeyRibRow.Row.ID != want {
			t.Errorf("%s: key rib row %+v, %v; want %s", text, r.KeyRibRow, err, want)
		}
	}
	if r, _ := c.ReadNotation("ribs 3-5 inhaled"); r.KeyRibRow != nil {
		t.Errorf("an inhaled group uses respiratory assistance, not a muscle: %+v", r.KeyRibRow)
	}
	if _, err := c.ReadNotation("T13 ERS(L)"); err == nil {
		t.Error("T13 read as a diagnosis")
	}
}

func TestAtLevel(t *testing.T) {
	c := mustLoad(t)
	l, _ := notation.ParseLevel("T10")
	rep := c.AtLevel(l)
	organs := func(rows []OrganLevels) []string {
		var out []string
		for _, r := range rows {
			out = append(out, r.Organ)
		}
		return out
	}
	if !slices.Contains(organs(rep.Viscerosomatic), "appendix") {
		t.Errorf("T10 does not list the appendix: %v", organs(rep.Viscerosomatic))
	}
	if rep.Region != "thoracic" || len(rep.Techniques) == 0 || len(rep.TenderPoints) == 0 {
		t.Errorf("T10: region %q, %d techniques, %d tender points", rep.Region, len(rep.Techniques), len(rep.TenderPoints))
	}
	rib, _ := notation.ParseLevel("rib 4")
	if rep := c.AtLevel(rib); rep.Region != "rib" {
		t.Errorf("rib 4 is in region %q", rep.Region)
	}
}

func TestSuggestOrgans(t *testing.T) {
	c := mustLoad(t)
	if s := c.SuggestOrgans("appendx", 3); len(s) == 0 || s[0] != "Appendix" {
		t.Errorf("SuggestOrgans(appendx) = %v", s)
	}
}

func TestBrokenMapsAreRejected(t *testing.T) {
	tests := []struct {
		name, file, data, want string
	}{
		{"missing cell", "maps/demo.yaml", "map: demo\ntitle: Demo\nsummary: A demo.\nsources: [book-2020]\nreviewed: 2026-01-01\n" +
			"columns:\n  - {key: a, title: A}\n  - {key: b, title: B}\nrows:\n  - id: one\n    name: One\n    cells: {a: x}\n    levels: []\n    note: \"\"\n    sources: [book-2020]\n",
			"maps/demo.yaml (one): field cells.b: is required"},
		{"bad level", "maps/demo.yaml", "map: demo\ntitle: Demo\nsummary: A demo.\nsources: [book-2020]\nreviewed: 2026-01-01\n" +
			"columns:\n  - {key: a, title: A}\nrows:\n  - id: one\n    name: One\n    cells: {a: x}\n    levels: [T13]\n    note: \"\"\n    sources: [book-2020]\n",
			`field levels[0]: "T13" is not a level`},
		{"unknown technique", "maps/demo.yaml", "map: demo\ntitle: Demo\nsummary: A demo.\nsources: [book-2020]\nreviewed: 2026-01-01\n" +
			"columns:\n  - {key: a, title: A}\nrows:\n  - id: one\n    name: One\n    cells: {a: x}\n    levels: []\n    techniques: [no-such]\n    note: \"\"\n    sources: [book-2020]\n",
			`field techniques[0]: "no-such" is not a technique`},
		{"file and map differ", "maps/demo.yaml", "map: other\ntitle: Demo\nsummary: A demo.\nsources: [book-2020]\nreviewed: 2026-01-01\n" +
			"columns:\n  - {key: a, title: A}\nrows: []\n", `must match the file name "demo"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := fixture(t)
			fsys[tt.file] = &fstest.MapFile{Data: []byte(tt.data)}
			_, err := LoadFS(fsys)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %v; want it to contain %q", err, tt.want)
			}
		})
	}
}

// TestLevelSheetsReadCleanly: everything at every level reads without the
// marks of a missing value, such as "()" for a row with no ganglia named.
func TestLevelSheetsReadCleanly(t *testing.T) {
	shipped := mustLoad(t)
	r := shipped.Records
	r.Maps.Autonomic.Rows = slices.Clone(r.Maps.Autonomic.Rows)
	r.Maps.Autonomic.Rows[0].Ganglia = "" // allowed: not every source names them
	c, err := New(r)
	if err != nil {
		t.Fatal(err)
	}
	var levels []notation.Level
	for _, r := range []notation.Range{{From: notation.C(1), To: notation.S(5)}, {From: notation.R(1), To: notation.R(12)}} {
		levels = append(levels, r.Levels()...)
	}
	for _, l := range levels {
		for _, sec := range c.LevelSheet(c.AtLevel(l)) {
			texts := append(append([]string{}, sec.Text...), sec.Items...)
			for _, f := range sec.Fields {
				texts = append(texts, f.Value)
			}
			for _, s := range texts {
				if strings.Contains(s, "()") || strings.Contains(s, ": ,") || strings.HasSuffix(strings.TrimSpace(s), ":") {
					t.Errorf("%s, %s: %q", l, sec.Title, s)
				}
			}
		}
	}
}

// TestExtremityTenderPointsLoad: an extremity tender point has no spinal
// level, and the medial side of a limb (medial meniscus, medial ankle) is a
// surface of its own; an unknown surface is still refused by name.
func TestExtremityTenderPointsLoad(t *testing.T) {
	point := func(surface string) string {
		return "map: tender-points\ntitle: Tender points\nsummary: Points.\nsources: [book-2020]\nreviewed: 2026-01-01\n" +
			"rows:\n  - id: medial-ankle\n    name: Medial ankle\n    region: lower-extremity\n    surface: " + surface +
			"\n    level: \"\"\n    technique: counterstrain-lumbar\n    location: Below the medial malleolus.\n" +
			"    position_of_ease: Invert the foot.\n    hold_seconds: 90\n    note: \"\"\n    sources: [book-2020]\n"
	}
	fsys := fixture(t)
	fsys["maps/tender-points.yaml"] = &fstest.MapFile{Data: []byte(point("medial"))}
	c, err := LoadFS(fsys)
	if err != nil {
		t.Fatalf("a medial extremity point was rejected: %v", err)
	}
	if rows := c.Maps.TenderPoints.Rows; len(rows) != 1 || rows[0].Surface != "medial" || rows[0].Level != "" {
		t.Errorf("the medial point loaded as %+v", rows)
	}
	fsys["maps/tender-points.yaml"] = &fstest.MapFile{Data: []byte(point("inside"))}
	if _, err := LoadFS(fsys); err == nil || !strings.Contains(err.Error(), `field surface: "inside" is not one of`) {
		t.Errorf("an unknown surface: error %v", err)
	}
}
