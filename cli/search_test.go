package cli

import (
	"encoding/json"
	"strings"
	"testing"
)

type searchHit struct {
	Kind      string `json:"kind"`
	ID        string `json:"id"`
	Match     string `json:"match"`
	Technique *struct {
		Family      string   `json:"family"`
		Indications []string `json:"indications"`
	} `json:"technique"`
}

func searchJSON(t *testing.T, args ...string) []searchHit {
	t.Helper()
	out, errOut, code := run(t, append([]string{"search", "--json"}, args...)...)
	var got []searchHit
	if code != 0 || json.Unmarshal([]byte(out), &got) != nil || len(got) == 0 {
		t.Fatalf("search %v: exit %d %s\n%s", args, code, errOut, out)
	}
	return got
}

func TestSearchLandsOnTheRightEntry(t *testing.T) {
	tests := []struct {
		query      []string
		kind, id   string
		match      string
		techFamily string
	}{
		{[]string{"hvla"}, "technique", "", "exact", "hvla"},
		{[]string{"myofascial", "release"}, "technique", "myofascial-release", "exact", "myofascial-release"},
		{[]string{"counterstain"}, "technique", "", "typo", "counterstrain"},
		{[]string{"MET"}, "technique", "muscle-energy", "exact", "muscle-energy"},
		{[]string{"BLT"}, "technique", "balanced-ligamentous-tension", "exact", "balanced-ligamentous-tension"},
		{[]string{"cv4"}, "technique", "cv4", "exact", "cranial"},
		{[]string{"TART"}, "glossary", "tart", "exact", ""},
		{[]string{"ankle"}, "condition", "ankle-sprain", "name", ""},
		{[]string{"ear", "infection"}, "condition", "acute-otitis-media", "exact", ""},
	}
	for _, tt := range tests {
		got := searchJSON(t, tt.query...)
		first := got[0]
		if first.Kind != tt.kind || (tt.id != "" && first.ID != tt.id) || first.Match != tt.match {
			t.Errorf("search %v: first is %s %s (%s); want %s %s (%s)", tt.query, first.Kind, first.ID, first.Match, tt.kind, tt.id, tt.match)
		}
		if tt.techFamily != "" && (first.Technique == nil || first.Technique.Family != tt.techFamily) {
			t.Errorf("search %v: first technique is not of family %s: %+v", tt.query, tt.techFamily, first.Technique)
		}
	}
	// After the condition itself come the techniques indicated for it.
	got := searchJSON(t, "ear", "infection")
	if len(got) < 2 || got[1].Technique == nil || !strings.Contains(strings.Join(got[1].Technique.Indications, ","), "acute-otitis-media") {
		t.Errorf("the second hit for ear infection is not a technique indicated for it: %+v", got[1:])
	}
	if _, errOut, code := run(t, "search", "zzqqxx"); code != ExitNotFound {
		t.Errorf("a search with no hits exited %d (%s)", code, errOut)
	}
	if _, errOut, _ := run(t, "search", "ribraising"); !strings.Contains(errOut, "did you mean") && !strings.Contains(errOut, "Rib raising") {
		t.Errorf("a near miss gave no suggestion: %s", errOut)
	}
}

func TestSearchTextSaysWhatEachResultIs(t *testing.T) {
	out, _, code := run(t, "search", "tart")
	if code != 0 || !strings.Contains(out, "KIND") || !strings.Contains(out, "glossary") {
		t.Errorf("exit %d:\n%s", code, out)
	}
}

func TestFacetsNarrowListAndSearch(t *testing.T) {
	out, errOut, code := run(t, "list", "--approach", "indirect", "--region", "lumbar", "--condition", "LBP", "--json")
	var got []struct {
		ID          string   `json:"id"`
		Approach    string   `json:"approach"`
		AlsoTaught  string   `json:"also_taught"`
		Regions     []string `json:"regions"`
		Indications []string `json:"indications"`
	}
	if code != 0 || json.Unmarshal([]byte(out), &got) != nil || len(got) == 0 {
		t.Fatalf("exit %d %s\n%s", code, errOut, out)
	}
	for _, g := range got {
		if (g.Approach != "indirect" && g.AlsoTaught != "indirect") || !strings.Contains(strings.Join(g.Regions, ","), "lumbar") ||
			!strings.Contains(strings.Join(g.Indications, ","), "low-back-pain") {
			t.Errorf("%s passed the facets: %+v", g.ID, g)
		}
	}
	hits := searchJSON(t, "release", "--family", "MFR")
	for _, h := range hits {
		if h.Kind != "technique" || h.Technique.Family != "myofascial-release" {
			t.Errorf("--family MFR let %s %s through", h.Kind, h.ID)
		}
	}
	for _, bad := range [][]string{{"--approach", "sideways"}, {"--participation", "eager"}, {"--region", "elbowish"}, {"--family", "zzz"}} {
		_, errOut, code := run(t, append([]string{"list"}, bad...)...)
		if code != ExitUsage || !strings.Contains(errOut, "use one of") {
			t.Errorf("list %v: exit %d, %q; want a usage error listing the values", bad, code, errOut)
		}
	}
}

func TestConditionWords(t *testing.T) {
	// A word that names one condition resolves to it everywhere.
	for _, args := range [][]string{{"list", "--condition", "breastfeeding"}, {"condition", "breastfeeding"}, {"condition", "low", "back"}} {
		if _, errOut, code := run(t, args...); code != 0 {
			t.Errorf("%v: exit %d %s", args, code, errOut)
		}
	}
	// A condition with no technique says why.
	out, _, code := run(t, "list", "--condition", "sleep disturbance in pregnancy")
	if code != 0 || !strings.Contains(out, "Nothing to list for Sleep disturbance in pregnancy") {
		t.Errorf("exit %d:\n%s", code, out)
	}
	// A word shared by several conditions shows them all, grouped.
	out, _, code = run(t, "list", "--condition", "pregnancy")
	if code != 0 || !strings.Contains(out, "Back and pelvic pain in pregnancy") || !strings.Contains(out, "Sleep disturbance in pregnancy") {
		t.Errorf("pregnancy: exit %d:\n%s", code, out)
	}
	out, _, _ = run(t, "list", "--condition", "pregnancy", "--json")
	var got []struct {
		ListedFor string `json:"listed_for"`
	}
	if json.Unmarshal([]byte(out), &got) != nil || len(got) == 0 || got[0].ListedFor == "" {
		t.Errorf("pregnancy --json does not say which condition each entry is for:\n%s", out)
	}
	out, _, code = run(t, "condition", "pregnancy")
	if code != 0 || strings.Count(out, "condition overview") != 2 {
		t.Errorf("condition pregnancy should show both overviews: exit %d\n%s", code, out)
	}
	// An empty condition is a usage error, not a blank page.
	for _, args := range [][]string{{"condition", ""}, {"list", "--condition", ""}} {
		if _, errOut, code := run(t, args...); code != ExitUsage {
			t.Errorf("%q: exit %d (%s); want %d", args, code, errOut, ExitUsage)
		}
	}
}

func TestGlossaryForgivesTypos(t *testing.T) {
	for q, want := range map[string]string{"barier": "Barrier", "fryete": "Fryette"} {
		out, errOut, code := run(t, "glossary", q)
		if code != 0 || !strings.Contains(out, want) {
			t.Errorf("glossary %s: exit %d %s\n%s", q, code, errOut, out)
		}
	}
	if _, errOut, code := run(t, "glossary", "zzqqxx"); code != ExitNotFound || !strings.Contains(errOut, "no glossary term") {
		t.Errorf("exit %d, %q", code, errOut)
	}
}
