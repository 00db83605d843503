package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/omt-reference/omt/study"
)

// TestStudySuspendAndUnsuspend: omt study suspend keeps cards out of study,
// and alone lists them, omt study unsuspend brings them back, and
// a card the catalogue does not make is refused with suggestions.
func TestStudySuspendAndUnsuspend(t *testing.T) {
	db := filepath.Join(t.TempDir(), "omt.db")
	if out, errOut, code := runStudy(t, db, "study", "unsuspend", "glossary/tart/term"); code != 0 || out != "unsuspended 0 of 1 cards\n" {
		t.Fatalf("unsuspend with no database: exit %d, %q, %s", code, out, errOut)
	}
	if _, err := os.Stat(db); err == nil {
		t.Error("unsuspending with no database created one")
	}
	out, errOut, code := runStudy(t, db, "study", "suspend", "glossary/tart/term", "glossary/barrier/term")
	if code != 0 || out != "suspended 2 of 2 cards\n" {
		t.Fatalf("suspend: exit %d, %q, %s", code, out, errOut)
	}
	out, _, _ = runStudy(t, db, "study", "suspend", "--json")
	var rows []study.SuspendedCard
	// in the catalogue's order: TART comes before barrier in the glossary
	if err := json.Unmarshal([]byte(out), &rows); err != nil || len(rows) != 2 || rows[0].Suspended.IsZero() ||
		rows[0].Card != "glossary/tart/term" || rows[1].Card != "glossary/barrier/term" {
		t.Fatalf("suspend --json: %v, %s", err, out)
	}
	out, _, _ = runStudy(t, db, "study", "stats", "--json")
	var rep study.Report
	if err := json.Unmarshal([]byte(out), &rep); err != nil || rep.Suspended != 2 || rep.Leeches == nil {
		t.Errorf("stats --json: %d suspended, leeches %v, %v", rep.Suspended, rep.Leeches, err)
	}
	if out, _, _ := runStudy(t, db, "study", "stats"); !strings.Contains(out, "Leeches (8 lapses or more)") || !strings.Contains(out, "Suspended: 2 cards.") {
		t.Errorf("stats does not show the leeches and the suspended cards:\n%s", out)
	}
	if out, _, code := runStudy(t, db, "study", "unsuspend", "glossary/tart/term"); code != 0 || out != "unsuspended 1 of 1 cards\n" {
		t.Errorf("unsuspend: exit %d, %q", code, out)
	}
	_, errOut, code = runStudy(t, db, "study", "suspend", "glossary/tart/ter")
	if code != ExitNotFound || !strings.Contains(errOut, `no card "glossary/tart/ter"`) || !strings.Contains(errOut, "glossary/tart/term") {
		t.Errorf("suspend of a card omt does not make: exit %d, %s", code, errOut)
	}
	if out, _, code := runStudy(t, db, "study", "suspend"); code != 0 || !strings.Contains(out, "CARD") || !strings.Contains(out, "glossary/barrier/term") || strings.Contains(out, "glossary/tart/term") {
		t.Errorf("suspend alone lists the suspended cards: exit %d,\n%s", code, out)
	}
	if _, errOut, code := runStudy(t, db, "study", "unsuspend"); code != ExitUsage {
		t.Errorf("unsuspend of nothing: exit %d, %s", code, errOut)
	}
	if out, _, code := runStudy(t, db, "study", "suspend", "--leeches"); code != 0 || out != "suspended 0 of 0 cards\n" {
		t.Errorf("suspend --leeches with none: exit %d, %q", code, out)
	}
}

// TestStudyCardsLint: omt study cards --lint prints the rate of each flaw
// per card type, and the shipped cards are under every threshold.
func TestStudyCardsLint(t *testing.T) {
	db := filepath.Join(t.TempDir(), "omt.db")
	out, errOut, code := runStudy(t, db, "study", "cards", "--lint")
	if code != 0 || !strings.Contains(out, "KEY-LONGEST") || !strings.Contains(out, "technique/absolute") || !strings.Contains(out, "No card type is over a threshold.") {
		t.Fatalf("study cards --lint: exit %d, %s\n%s", code, errOut, out)
	}
	out, _, code = runStudy(t, db, "study", "cards", "--lint", "--json", "--deck", "glossary")
	var rep struct {
		Types    []struct{ Type string }
		Breaches []any
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil || code != 0 || len(rep.Types) != 2 || rep.Breaches == nil {
		t.Errorf("study cards --lint --json --deck glossary: exit %d, %v, %+v", code, err, rep)
	}
}
