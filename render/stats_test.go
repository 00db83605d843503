package render

import (
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"

	"github.com/omt-reference/omt/study"
)

// TestStatsListTheLeeches: the statistics page, in the browser and on the
// command line, lists each leech with its lapses and whether it is
// suspended, and counts the suspended cards.
func TestStatsListTheLeeches(t *testing.T) {
	rep := study.Report{Retention: -1, States: map[string]int{}, Suspended: 2,
		Leeches: []study.Leech{{Card: "glossary/tart/definition", Lapses: 12, Suspended: true}, {Card: "glossary/barrier/term", Lapses: 8}}}
	out := ansi.Strip(Stats(rep, nil, time.Date(2026, 11, 30, 9, 0, 0, 0, time.Local), 80, PlainStyles().ASCII()))
	for _, want := range []string{"Leeches (8 lapses or more)", " 12 lapses  glossary/tart/definition (suspended)", "  8 lapses  glossary/barrier/term\n", "Suspended: 2 cards."} {
		if !strings.Contains(out, want) {
			t.Errorf("the statistics do not show %q:\n%s", want, out)
		}
	}
}
