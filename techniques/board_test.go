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
