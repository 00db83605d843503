package techniques

import (
	"strings"
	"testing"
	"testing/fstest"
)

// TestCatalogueHasTheMaps checks that every map issue 10 asks for is in the
// catalogue, with the organs and regions it must cover.
func TestCatalogueHasTheMaps(t *testing.T) {
	c := mustLoad(t)
	m := &c.Maps
	for _, organ := range []string{"heart", "lungs", "oesophagus", "stomach", "liver", "gallbladder", "pancreas", "spleen",
		"appendix", "kidneys"} {
		if _, ok := c.Maps.Organ(organ); !ok {
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
