package search

import (
	"slices"
	"testing"

	"github.com/omt-reference/omt/techniques"
)

// TestResolveConditionWords covers the seed article's words: one condition
// resolves, several are all returned, a typo resolves to nothing.
func TestResolveConditionWords(t *testing.T) {
	c := mustLoad(t)
	names := func(xs []techniques.Condition) []string {
		var out []string
		for _, x := range xs {
			out = append(out, x.ID)
		}
		slices.Sort(out)
		return out
	}
	for q, want := range map[string][]string{
		"breastfeeding": {"breastfeeding-difficulty"},
		"low back":      {"low-back-pain"},
		"LBP":           {"low-back-pain"},
		"pregnancy":     {"pregnancy-back-pain", "pregnancy-sleep-disturbance"},
		"sinusitus":     nil,
		"":              nil,
	} {
		if got := names(c.ResolveConditions(q)); !slices.Equal(got, want) {
			t.Errorf("ResolveConditions(%q) = %v; want %v", q, got, want)
		}
	}
}

func TestResolveGlossaryTerms(t *testing.T) {
	c := mustLoad(t)
	for q, want := range map[string]string{"barier": "barrier", "fryete": "fryette-principles", "TART": "tart"} {
		got := c.ResolveGlossaryTerms(q)
		if len(got) != 1 || got[0].ID != want {
			t.Errorf("ResolveGlossaryTerms(%q) = %v; want %s alone", q, got, want)
		}
	}
	if got := c.ResolveGlossaryTerms("zzzz"); len(got) != 0 {
		t.Errorf("zzzz resolved to %v", got)
	}
}

func TestResolveOrgans(t *testing.T) {
	c := mustLoad(t)
	for q, want := range map[string]string{"appendix": "appendix", "gall bladder": "gallbladder", "GB": "gallbladder", "Heart": "heart"} {
		if got := c.ResolveOrgans(q); len(got) != 1 || got[0].ID != want {
			t.Errorf("ResolveOrgans(%q) = %v; want %s", q, got, want)
		}
	}
	if got := c.ResolveOrgans("colon"); len(got) < 3 {
		t.Errorf("colon names %d organs; every part of it should be listed", len(got))
	}
	if got := c.ResolveOrgans("appendx"); len(got) != 0 {
		t.Errorf("a typo resolved to %v; it should get suggestions", got)
	}
}

func TestSuggestNamesEveryKind(t *testing.T) {
	c := mustLoad(t)
	got := c.Suggest("rib rasing", 3)
	if len(got) == 0 || got[0] != "Rib raising (technique)" {
		t.Errorf("Suggest(rib rasing) = %v; want Rib raising (technique) first", got)
	}
}

func matchIDs(ms []Match) []string {
	out := make([]string, len(ms))
	for i, m := range ms {
		out[i] = m.Technique.ID
	}
	return out
}

func TestFindFilters(t *testing.T) {
	c := loadFixture(t)
	tests := []struct {
		name string
		f    techniques.Filter
		want []string
	}{
		{"no filter lists all by name", techniques.Filter{}, []string{"counterstrain-lumbar", "hvla-lumbar"}},
		{"approach", techniques.Filter{Approach: techniques.Direct}, []string{"hvla-lumbar"}},
		{"participation", techniques.Filter{Participation: techniques.Passive}, []string{"counterstrain-lumbar", "hvla-lumbar"}},
		{"participation none", techniques.Filter{Participation: techniques.Active}, nil},
		{"region", techniques.Filter{Region: "lumbar"}, []string{"counterstrain-lumbar", "hvla-lumbar"}},
		{"region none", techniques.Filter{Region: "head"}, nil},
		{"condition", techniques.Filter{Condition: "acute-otitis-media"}, []string{"counterstrain-lumbar"}},
		{"condition and query", techniques.Filter{Condition: "low-back-pain", Query: "roll"}, []string{"hvla-lumbar"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := matchIDs(c.Find(tt.f)); !slices.Equal(got, tt.want) {
				t.Errorf("Find(%+v) = %v; want %v", tt.f, got, tt.want)
			}
		})
	}
}

// TestFindByFacets: the facets the CLI's flags set narrow Find.
func TestFindByFacets(t *testing.T) {
	c := mustLoad(t)
	f := techniques.Filter{Approach: techniques.Indirect, Family: "counterstrain", Region: "lumbar"}
	for _, m := range c.Find(f) {
		if m.Technique.Approach != techniques.Indirect || m.Technique.Family != "counterstrain" || !slices.Contains(m.Technique.Regions, "lumbar") {
			t.Errorf("Find(%+v) kept %s", f, m.Technique.ID)
		}
	}
	if len(c.Find(f)) == 0 {
		t.Errorf("Find(%+v) found nothing; the lumbar counterstrain entry fits", f)
	}
}
