package sheet

import (
	"strings"
	"testing"

	"github.com/omt-reference/omt/techniques"
)

func compareRow(t *testing.T, cmp Comparison, field string) CompareRow {
	t.Helper()
	for _, r := range cmp.Rows {
		if r.Field == field {
			return r
		}
	}
	t.Fatalf("no row %q", field)
	return CompareRow{}
}

// TestCompareMarksDifferences: muscle energy against HVLA for the lumbar
// spine differ in participation and share their approach; a contraindication
// only one has is not shared, one both have is.
func TestCompareMarksDifferences(t *testing.T) {
	c := mustLoad(t)
	cmp, err := Compare(c, "muscle-energy-lumbar", "hvla-lumbar")
	if err != nil {
		t.Fatal(err)
	}
	if r := compareRow(t, cmp, "Approach"); r.Differ || r.Values[0].Text != "direct" {
		t.Errorf("approach: %+v; both are direct", r)
	}
	if r := compareRow(t, cmp, "Participation"); !r.Differ {
		t.Errorf("participation: %+v; active against passive", r)
	}
	abs := compareRow(t, cmp, "Absolute contraindications")
	consent := false
	for _, v := range abs.Values {
		for _, it := range v.Items {
			if it.Text == "No consent" {
				consent = true
				if !it.Shared {
					t.Errorf("no consent bars both; it is marked as one entry's alone")
				}
			}
		}
	}
	if !consent {
		t.Errorf("no consent is missing from the absolute contraindications: %+v", abs)
	}
	me, hvla := mustTechnique(t, c, "muscle-energy-lumbar"), mustTechnique(t, c, "hvla-lumbar")
	for i, tech := range []techniques.Technique{me, hvla} {
		if got, want := len(abs.Values[i].Items), len(tech.Contraindications.Absolute); got != want {
			t.Errorf("%s: %d absolute contraindications compared; the entry has %d", tech.ID, got, want)
		}
	}
}

func mustTechnique(t *testing.T, c *techniques.Catalog, id string) techniques.Technique {
	t.Helper()
	x, ok := c.Technique(id)
	if !ok {
		t.Fatalf("no technique %s", id)
	}
	return x
}

func TestCompareRefusesBadLists(t *testing.T) {
	c := mustLoad(t)
	for _, ids := range [][]string{{"cv4"}, {"cv4", "cv4"}, {"cv4", "nope"}, {"cv4", "galbreath", "rib-raising", "v-spread"}} {
		if _, err := Compare(c, ids...); err == nil {
			t.Errorf("Compare(%v) should be refused", ids)
		}
	}
	cmp, err := Compare(c, "counterstrain-lumbar", "facilitated-positional-release", "still-technique")
	if err != nil || len(cmp.Techniques) != 3 {
		t.Fatalf("three techniques: %v, %v", cmp.Techniques, err)
	}
	for _, r := range cmp.Rows {
		if len(r.Values) != 3 {
			t.Errorf("%s has %d values", r.Field, len(r.Values))
		}
	}
	if ev := compareRow(t, cmp, "Evidence"); !strings.Contains(ev.Values[0].Items[0].Text, "(") {
		t.Errorf("evidence names its study: %+v", ev.Values[0])
	}
}
