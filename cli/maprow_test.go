package cli

import (
	"strings"
	"testing"

	"github.com/omt-reference/omt/techniques"
)

func TestShowOpensATenderPoint(t *testing.T) {
	out := mustRun(t, "show", "al3")
	for _, w := range []string{"AL3 is a counterstrain tender point", "Position of ease", "Location", "Sources"} {
		if !strings.Contains(out, w) {
			t.Errorf("omt show al3 lacks %q:\n%s", w, out)
		}
	}
	if maps := mustRun(t, "maps", "AL3"); !strings.Contains(maps, "Position of ease") {
		t.Errorf("omt maps AL3 does not open the row:\n%s", maps)
	}
	_, errOut, code := run(t, "level", "AL3")
	if code == 0 || !strings.Contains(errOut, "AL3 is a counterstrain tender point, not a level") || !strings.Contains(errOut, "omt show al3") {
		t.Errorf("omt level AL3: exit %d: %s", code, errOut)
	}
	// A row that spans levels points to one level omt level can read.
	if _, errOut, _ := run(t, "level", "fryette-2"); !strings.Contains(errOut, "omt level T1)") {
		t.Errorf("omt level fryette-2 should point to omt level T1: %s", errOut)
	}
	search := mustRun(t, "search", "AL3")
	for _, w := range []string{"Location: Just lateral to the AIIS", "Ease: Supine", "omt show al3"} {
		if !strings.Contains(search, w) {
			t.Errorf("omt search AL3 lacks %q:\n%s", w, search)
		}
	}
	_, errOut, code = run(t, "show", "hvla-lumbr")
	if code == 0 || !strings.Contains(errOut, "hvla-lumbar") {
		t.Errorf("a misspelt id lost its suggestion: exit %d: %s", code, errOut)
	}
}

// TestEveryMapRowOpensFromShow: every row of every map, by its id, is
// reachable from omt show with its note and its sources.
func TestEveryMapRowOpensFromShow(t *testing.T) {
	c, err := techniques.Load()
	if err != nil {
		t.Fatal(err)
	}
	check := func(id, note string) {
		t.Helper()
		if _, isTechnique := c.Technique(id); isTechnique {
			return // the technique comes first
		}
		out, errOut, code := run(t, "show", id)
		if code != 0 {
			t.Errorf("omt show %s: exit %d: %s", id, code, errOut)
			return
		}
		if !strings.Contains(out, "Sources") {
			t.Errorf("omt show %s has no sources:\n%s", id, out)
		}
		if first := strings.Fields(note); len(first) > 3 && !strings.Contains(strings.Join(strings.Fields(out), " "), strings.Join(first[:4], " ")) {
			t.Errorf("omt show %s leaves out the row's note %q:\n%s", id, note, out)
		}
	}
	for _, p := range c.Maps.TenderPoints.Rows {
		check(p.ID, p.Note)
	}
	for _, tb := range c.Maps.Tables {
		for _, r := range tb.Rows {
			check(r.ID, r.Note)
		}
	}
	for _, p := range c.Maps.Chapman.Rows {
		check(p.ID, p.Note)
	}
}
