package cli

import (
	"strings"
	"testing"
)

func TestSciaticaAndHiccupsAreFound(t *testing.T) {
	for query, id := range map[string]string{"sciatica": "sciatica", "lumbar radiculopathy": "sciatica",
		"hiccups": "hiccups", "singultus": "hiccups", "hiccup": "hiccups"} {
		got := searchJSON(t, strings.Fields(query)...)
		if got[0].Kind != "condition" || got[0].ID != id {
			t.Errorf("search %q: first hit %s %s, want condition %s", query, got[0].Kind, got[0].ID, id)
		}
	}
	// "phrenic" is no name for hiccups: it finds the nerve, which points to them.
	if got := searchJSON(t, "phrenic"); got[0].Kind != "glossary" || got[0].ID != "phrenic-nerve" {
		t.Errorf("search phrenic does not find the phrenic nerve: %+v", got)
	}
	if out := mustRun(t, "glossary", "phrenic"); !strings.Contains(out, "C3, C4 and C5") || !strings.Contains(out, "condition hiccups") {
		t.Errorf("the phrenic nerve's entry does not give its roots and point to hiccups:\n%s", out)
	}
	out := mustRun(t, "condition", "sciatica")
	for _, w := range []string{"Cauda equina", "deficit"} {
		if !strings.Contains(out, w) {
			t.Errorf("sciatica's overview lacks the red flag %q:\n%s", w, out)
		}
	}
	if out := mustRun(t, "condition", "hiccups"); !strings.Contains(out, "case report") {
		t.Errorf("hiccups does not say its evidence is case reports:\n%s", out)
	}
}
