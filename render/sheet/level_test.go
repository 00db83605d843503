package sheet

import (
	"slices"
	"strings"
	"testing"

	"github.com/omt-reference/omt/notation"
	"github.com/omt-reference/omt/techniques"
	"github.com/omt-reference/omt/techniques/atlas"
)

// TestLevelSheetsReadCleanly: everything at every level reads without the
// marks of a missing value, such as "()" for a row with no ganglia named.
func TestLevelSheetsReadCleanly(t *testing.T) {
	shipped := mustLoad(t)
	r := shipped.Records
	r.Maps.Autonomic.Rows = slices.Clone(r.Maps.Autonomic.Rows)
	r.Maps.Autonomic.Rows[0].Ganglia = "" // allowed: not every source names them
	c, err := techniques.New(r)
	if err != nil {
		t.Fatal(err)
	}
	var levels []notation.Level
	for _, r := range []notation.Range{{From: notation.C(1), To: notation.S(5)}, {From: notation.R(1), To: notation.R(12)}} {
		levels = append(levels, r.Levels()...)
	}
	for _, l := range levels {
		for _, sec := range Level(c, atlas.AtLevel(c, l)) {
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
