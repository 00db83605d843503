package techniques

import (
	"strings"
	"testing"

	"github.com/omt-reference/omt/techniques/internal/testfixture"
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
			testfixture.OrganMaps(fsys, testfixture.VisceroLungs+tt.board, testfixture.AutonomicLungs)
			_, err := LoadFS(fsys)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %v; want it to contain %q", err, tt.want)
			}
		})
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
