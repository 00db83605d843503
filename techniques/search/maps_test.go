package search

import (
	"strings"
	"testing"
)

// TestSearchFindsMapRows: an organ, a tender point and a dysfunction are
// found by name, and say what they are.
func TestSearchFindsMapRows(t *testing.T) {
	c := mustLoad(t)
	for q, want := range map[string]Kind{"appendix": KindOrgan, "AC7": KindTenderPoint, "PL5": KindTenderPoint,
		"sacral torsion": KindMapRow, "fibular head": KindMapRow} {
		rs := c.SearchAll(q)
		if len(rs) == 0 || rs[0].Kind != want {
			t.Errorf("%q: top result %v; want a %s", q, rs, want)
		}
	}
}

// TestSearchReadsLevelsAndNotation: a query that reads as a level or a
// diagnosis is answered by the reading, and the words still find the rows
// after it; a plain word is never taken for a diagnosis.
func TestSearchReadsLevelsAndNotation(t *testing.T) {
	c := mustLoad(t)
	rs := c.SearchAll("left on left")
	if len(rs) < 2 || rs[0].Kind != KindNotation || rs[1].Kind != KindMapRow || c.ResultID(rs[1]) != "sacrum-torsion-left-on-left" {
		t.Errorf("left on left: %v; want the reading, then the torsion row", rs)
	}
	if got := c.ResultName(rs[0]); got != "left-on-left sacral torsion, read back" {
		t.Errorf("the reading is named %q", got)
	}
	if rs := c.SearchAll("t10"); len(rs) == 0 || c.ResultID(rs[0]) != "T10" {
		t.Errorf("t10: %v; want the level, named the way it is written", rs)
	}
	for _, q := range []string{"flexion", "extension", "rib", "torsion", "left", "ankle", "T", "exhaled", "sacrum"} {
		for _, r := range c.SearchAll(q) {
			if r.Kind == KindLevel || r.Kind == KindNotation {
				t.Errorf("%q was read as a %s (%s)", q, r.Kind, r.Text)
			}
		}
	}
}

// TestBoardMapRowsAreFoundByName checks that `omt search` finds each board
// map row by its own name (the part before any bracket): a student types
// "spurling test", "psoas syndrome" or "gluteus medius", not a row id.
func TestBoardMapRowsAreFoundByName(t *testing.T) {
	c := mustLoad(t)
	// the maps issue 19 adds for the board topics (techniques' boardMapRows)
	for _, id := range []string{"special-tests", "posture", "tart", "facilitated-segment", "trigger-points"} {
		tb, _ := c.Catalog().Maps.Table(id)
		for _, r := range tb.Rows {
			query, _, _ := strings.Cut(r.Name, "(")
			query = strings.TrimSpace(strings.ReplaceAll(query, ":", " "))
			found := false
			for _, res := range c.SearchAll(query) {
				if res.Kind == KindMapRow && c.ResultID(res) == r.ID {
					found = true
					break
				}
			}
			if !found {
				t.Errorf("search %q does not find map row %s/%s", query, id, r.ID)
			}
		}
	}
}
