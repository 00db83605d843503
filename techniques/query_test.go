package techniques

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/omt-reference/omt/techniques/internal/fold"
)

func ids(ts []Technique) []string {
	out := make([]string, len(ts))
	for i, t := range ts {
		out[i] = t.ID
	}
	return out
}

func matchIDs(ms []Match) []string {
	out := make([]string, len(ms))
	for i, m := range ms {
		out[i] = m.Technique.ID
	}
	return out
}

func TestResolveCondition(t *testing.T) {
	c := loadFixture(t)
	for _, q := range []string{"low-back-pain", "Low back pain", "LOW BACK PAIN", "lbp", "Lumbago", "  lower   back-pain "} {
		got, ok := c.ResolveCondition(q)
		if !ok || got.ID != "low-back-pain" {
			t.Errorf("ResolveCondition(%q) = %q, %v; want low-back-pain", q, got.ID, ok)
		}
	}
	if got, ok := c.ResolveCondition("ear infections"); !ok || got.ID != "acute-otitis-media" {
		t.Errorf("ear infections resolved to %q, %v", got.ID, ok)
	}
	for _, q := range []string{"", "back", "pain", "low back pain please"} {
		if got, ok := c.ResolveCondition(q); ok {
			t.Errorf("ResolveCondition(%q) = %q; want no match", q, got.ID)
		}
	}
}

func TestTechniquesForCondition(t *testing.T) {
	c := loadFixture(t)
	if got := ids(c.TechniquesFor("low-back-pain")); !slices.Equal(got, []string{"counterstrain-lumbar", "hvla-lumbar"}) {
		t.Errorf("TechniquesFor(low-back-pain) = %v", got)
	}
	if got := ids(c.TechniquesFor("acute-otitis-media")); !slices.Equal(got, []string{"counterstrain-lumbar"}) {
		t.Errorf("TechniquesFor(acute-otitis-media) = %v", got)
	}
	if n := c.CountFor("no-such-condition"); n != 0 {
		t.Errorf("CountFor(unknown) = %d", n)
	}
}

func TestFindFilters(t *testing.T) {
	c := loadFixture(t)
	tests := []struct {
		name string
		f    Filter
		want []string
	}{
		{"no filter lists all by name", Filter{}, []string{"counterstrain-lumbar", "hvla-lumbar"}},
		{"approach", Filter{Approach: Direct}, []string{"hvla-lumbar"}},
		{"participation", Filter{Participation: Passive}, []string{"counterstrain-lumbar", "hvla-lumbar"}},
		{"participation none", Filter{Participation: Active}, nil},
		{"region", Filter{Region: "lumbar"}, []string{"counterstrain-lumbar", "hvla-lumbar"}},
		{"region none", Filter{Region: "head"}, nil},
		{"condition", Filter{Condition: "acute-otitis-media"}, []string{"counterstrain-lumbar"}},
		{"condition and query", Filter{Condition: "low-back-pain", Query: "roll"}, []string{"hvla-lumbar"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := matchIDs(c.Find(tt.f)); !slices.Equal(got, tt.want) {
				t.Errorf("Find(%+v) = %v; want %v", tt.f, got, tt.want)
			}
		})
	}
}

func TestSearchRanksNameThenConditionThenText(t *testing.T) {
	c := loadFixture(t)
	tests := []struct {
		query     string
		want      []string
		wantField []Tier
	}{
		// hvla's family abbreviation is "thrust"; counterstrain only says it in its summary.
		{"thrust", []string{"hvla-lumbar", "counterstrain-lumbar"}, []Tier{TierExact, TierText}},
		// counterstrain is indicated for ear infection; hvla only mentions it.
		{"ear infection", []string{"counterstrain-lumbar", "hvla-lumbar"}, []Tier{TierRelated, TierText}},
		{"HVLA", []string{"hvla-lumbar"}, []Tier{TierExact}},
		{"scs", []string{"counterstrain-lumbar"}, []Tier{TierExact}},
		{"lumbar roll", []string{"hvla-lumbar"}, []Tier{TierExact}},
		{"counterstain", []string{"counterstrain-lumbar"}, []Tier{TierTypo}}, // a typo
		{"counter", []string{"counterstrain-lumbar"}, []Tier{TierPrefix}},    // a prefix
		{"zebra", nil, nil},
		{"", nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			got := c.Search(tt.query)
			if ids := matchIDs(got); !slices.Equal(ids, tt.want) {
				t.Fatalf("Search(%q) = %v; want %v", tt.query, ids, tt.want)
			}
			for i, m := range got {
				if m.Tier != tt.wantField[i] {
					t.Errorf("Search(%q)[%d] matched in %s; want %s", tt.query, i, m.Tier, tt.wantField[i])
				}
			}
		})
	}
}

func TestClosest(t *testing.T) {
	cands := []string{"hvla-lumbar", "hvla-cervical", "counterstrain-lumbar", "cv4"}
	tests := []struct {
		q    string
		want string
	}{
		{"hvla-lumbr", "hvla-lumbar"},
		{"hvla", "hvla-lumbar"},
		{"counterstrain lumbar", "counterstrain-lumbar"},
		{"CV4", "cv4"},
	}
	for _, tt := range tests {
		if got := Closest(tt.q, cands, 1); len(got) != 1 || got[0] != tt.want {
			t.Errorf("Closest(%q) = %v; want %q", tt.q, got, tt.want)
		}
	}
	if got := Closest("zzzzzz", cands, 3); len(got) != 0 {
		t.Errorf("Closest(zzzzzz) = %v; want nothing", got)
	}
}

func TestEachWordMatchesNormalize(t *testing.T) {
	for _, s := range []string{"Low-back pain", "Chapman's reflexes", "T4 ERS(L)", "ÉLAN vital – Ölçü", "  a  b ", "", "it\u2019s", "x--y__z"} {
		var words []string
		eachWord(nil, s, func(w []byte) { words = append(words, string(w)) })
		if got, want := strings.Join(words, " "), fold.Normalize(s); got != want {
			t.Errorf("eachWord(%q) = %q; normalize gives %q", s, got, want)
		}
	}
}

func TestSearchCapsRunawayQueries(t *testing.T) {
	c := mustLoad(t)
	long := strings.Repeat("hvla ", 20000) // 100 KB
	if got := fold.CapQuery(long); len(got) > MaxQueryLen {
		t.Fatalf("capQuery kept %d bytes, want at most %d", len(got), MaxQueryLen)
	}
	if got := fold.CapQuery(strings.Repeat("é", 150)); !utf8.ValidString(got) {
		t.Errorf("capQuery split a character: %q", got)
	}
	if len(c.Search(long)) == 0 {
		t.Error("a long query of a real word found nothing after capping")
	}
}

func TestFacets(t *testing.T) {
	c := mustLoad(t)
	if a, err := ParseApproach("Indirect"); err != nil || a != Indirect {
		t.Errorf("ParseApproach(Indirect) = %q, %v", a, err)
	}
	if _, err := ParseApproach("sideways"); err == nil || !strings.Contains(err.Error(), "direct, indirect, combined") {
		t.Errorf("an unknown approach gave %v; want the options", err)
	}
	if p, err := ParseParticipation("ACTIVE"); err != nil || p != Active {
		t.Errorf("ParseParticipation(ACTIVE) = %q, %v", p, err)
	}
	for in, want := range map[string]string{"ribs": "rib", "Upper extremity": "upper-extremity", "lumbar": "lumbar"} {
		if got, err := ResolveRegion(in); err != nil || got != want {
			t.Errorf("ResolveRegion(%q) = %q, %v; want %s", in, got, err, want)
		}
	}
	for in, want := range map[string]string{"MET": "muscle-energy", "Counterstrain": "counterstrain", "counter": "counterstrain", "hvla": "hvla"} {
		if got, err := c.ResolveFamily(in); err != nil || got.ID != want {
			t.Errorf("ResolveFamily(%q) = %q, %v; want %s", in, got.ID, err, want)
		}
	}
	if _, err := c.ResolveFamily("m"); err == nil {
		t.Error("m names several families and must not resolve to one")
	}
	f := Filter{Approach: Indirect, Family: "counterstrain", Region: "lumbar"}
	for _, m := range c.Find(f) {
		if m.Technique.Approach != Indirect || m.Technique.Family != "counterstrain" || !slices.Contains(m.Technique.Regions, "lumbar") {
			t.Errorf("Find(%+v) kept %s", f, m.Technique.ID)
		}
	}
	if len(c.Find(f)) == 0 {
		t.Errorf("Find(%+v) found nothing; the lumbar counterstrain entry fits", f)
	}
}
