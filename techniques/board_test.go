package techniques

import (
	"strings"
	"testing"
	"testing/fstest"
)

// organMaps writes a small organs, viscerosomatic and autonomic map into a
// fixture: one organ, "lungs", with the rows given.
func organMaps(fsys fstest.MapFS, visc, auto string) {
	head := func(id string) string {
		return "map: " + id + "\ntitle: T\nsummary: S.\nsources: [book-2020]\nreviewed: 2026-01-01\nrows:\n"
	}
	fsys["maps/organs.yaml"] = &fstest.MapFile{Data: []byte(head("organs") +
		"  - id: lungs\n    name: Lungs\n    synonyms: []\n    conditions: []\n")}
	fsys["maps/viscerosomatic.yaml"] = &fstest.MapFile{Data: []byte(head("viscerosomatic") + visc)}
	fsys["maps/autonomic.yaml"] = &fstest.MapFile{Data: []byte(head("autonomic") + auto)}
}

const (
	viscLungs = "  - organ: lungs\n    levels: [T1-T6]\n    side: \"\"\n    note: \"\"\n    sources: [book-2020]\n"
	autoLungs = "  - organ: lungs\n    sympathetic_levels: [T1-T6]\n    ganglia: g\n    sympathetic_nerves: n\n    parasympathetic: vagus\n    note: \"\"\n    sources: [book-2020]\n"
)

func TestBoardBlocksAreValidated(t *testing.T) {
	for _, tt := range []struct{ name, board, want string }{
		{"field of another kind", "    board:\n      anterior: 2nd ICS\n      sources: [book-2020]\n",
			`field board.anterior: is not a field a viscerosomatic row's board block may hold`},
		{"same value as the row", "    board:\n      levels: [T1-T6]\n      sources: [book-2020]\n",
			"field board.levels: names the same levels as the row"},
		{"no sources", "    board:\n      levels: [T2-T7]\n",
			"field board.sources: must list at least one entry"},
		{"unknown source", "    board:\n      levels: [T2-T7]\n      sources: [no-such-2020]\n",
			`field board.sources[0]: "no-such-2020" does not exist`},
		{"level that does not read", "    board:\n      levels: [T2-T13]\n      sources: [book-2020]\n",
			`field board.levels[0]: "T2-T13" is not a level`},
		{"no answer", "    board:\n      note: x\n      sources: [book-2020]\n",
			"field board: holds no answer"},
		{"unknown key", "    board:\n      level: [T2-T7]\n      sources: [book-2020]\n",
			`unknown field "level"`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			fsys := fixture(t)
			organMaps(fsys, viscLungs+tt.board, autoLungs)
			_, err := LoadFS(fsys)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %v; want it to contain %q", err, tt.want)
			}
		})
	}
}

func TestBoardLint(t *testing.T) {
	board := "    board:\n      levels: [T2-T7]\n      note: Teaching practice.\n      sources: [book-2020]\n"
	autoBoard := "    board:\n      sympathetic_levels: [T2-T7]\n      sources: [book-2020]\n"
	load := func(t *testing.T, visc, auto string) string {
		t.Helper()
		fsys := fixture(t)
		organMaps(fsys, visc, auto)
		c, err := LoadFS(fsys)
		if err != nil {
			t.Fatal(err)
		}
		return lintMessages(c)
	}
	t.Run("the two maps give two board answers", func(t *testing.T) {
		msg := load(t, viscLungs+board, autoLungs)
		if !strings.Contains(msg, "board review's answer is T2-T7 here but T1-T6 in maps/autonomic.yaml") {
			t.Errorf("two board answers for one organ were not reported:\n%s", msg)
		}
	})
	t.Run("one board answer in both maps", func(t *testing.T) {
		if msg := load(t, viscLungs+board, autoLungs+autoBoard); strings.Contains(msg, "maps/") {
			t.Errorf("agreeing maps were reported:\n%s", msg)
		}
	})
	t.Run("board levels outside the board's sympathetic levels", func(t *testing.T) {
		wide := "    board:\n      levels: [T2-T8]\n      sources: [book-2020]\n"
		msg := load(t, viscLungs+wide, autoLungs+autoBoard)
		if !strings.Contains(msg, "T8 lies outside the organ's sympathetic levels in maps/autonomic.yaml (board review's answer)") {
			t.Errorf("a board range outside the board's sympathetic supply was not reported:\n%s", msg)
		}
	})
	t.Run("web sources without the teaching-practice note", func(t *testing.T) {
		fsys := fixture(t)
		organMaps(fsys, viscLungs+strings.ReplaceAll(board, "book-2020", "chart-web"), autoLungs+strings.ReplaceAll(autoBoard, "book-2020", "chart-web"))
		fsys["references/web.yaml"] = &fstest.MapFile{Data: []byte("- id: chart-web\n  authors: A\n  year: 0\n  title: Chart\n" +
			"  journal: \"\"\n  publisher: Charts\n  volume: \"\"\n  doi: \"\"\n  pmid: \"\"\n  url: https://example.org/chart\n  kind: web\n")}
		c, err := LoadFS(fsys)
		if err != nil {
			t.Fatal(err)
		}
		msg := lintMessages(c)
		if !strings.Contains(msg, "maps/viscerosomatic.yaml (lungs): field board.note") || !strings.Contains(msg, "maps/autonomic.yaml (lungs): field board.note") {
			t.Errorf("web-only board blocks without the note were not reported:\n%s", msg)
		}
	})
}

func TestThrustIsTheStrictestKind(t *testing.T) {
	c := withSecondThrust(t, func(tech *Technique) {})
	for i, tech := range c.Techniques {
		if KindOf(tech) == KindThrust {
			c.Techniques[i].Contraindications.Absolute = tech.Contraindications.Absolute[:1] // no-consent only
			c.Techniques[i].Contraindications.Relative = []Contraindication{{Flag: "osteoporosis", Note: "Light force."}}
		}
	}
	direct := c.Techniques[0]
	direct.ID, direct.Family, direct.Approach = "direct-one", "soft-tissue", Direct
	direct.Contraindications = Contraindications{Absolute: []Contraindication{
		{Flag: "no-consent", Note: "No consent."}, {Flag: "osteoporosis", Note: "WHO lists it for direct techniques."}}}
	c.Techniques = append(c.Techniques, direct)
	c.techniqueFiles = append(c.techniqueFiles, "techniques/direct-one.yaml")
	if msg := lintMessages(c); !strings.Contains(msg, `flag "osteoporosis" is relative here, but direct-one bars it absolutely after WHO`) {
		t.Errorf("a thrust technique laxer than a WHO bar on direct techniques was not reported:\n%s", msg)
	}
}

// TestTheGlossaryIsNamedAsSuch: a label names the Glossary of Osteopathic
// Terminology by its title, not by its executive editor ("Giusti"), which a
// student would not recognise as the source of the TART reading.
func TestTheGlossaryIsNamedAsSuch(t *testing.T) {
	c := mustLoad(t)
	if got := c.SourceNames([]string{"glossary-2017"}); got != "Glossary" {
		t.Errorf("glossary-2017 is labelled %q; want Glossary", got)
	}
}
