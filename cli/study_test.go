package cli

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/omt-reference/omt/store"
	"github.com/omt-reference/omt/study"
)

// runStudy runs omt over a database of the test's own, at a fixed time.
func runStudy(t *testing.T, db string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errOut bytes.Buffer
	code = Run(context.Background(), args, IO{In: strings.NewReader(""), Out: &out, Err: &errOut,
		Env: []string{"TERM=xterm", "OMT_DATABASE=" + db, "OMT_NOW=2026-11-30T09:00:00Z"}})
	return out.String(), errOut.String(), code
}

// graded puts a few reviews in a database, as a session would.
func graded(t *testing.T, db string) {
	t.Helper()
	s, _, err := store.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	now := time.Date(2026, 11, 30, 8, 0, 0, 0, time.UTC)
	deck := []study.CardRef{{ID: "glossary/tart/term", Hash: "h", Decks: []string{"glossary"}}, {ID: "glossary/barrier/term", Hash: "h", Decks: []string{"glossary"}}}
	st, set := study.StudentIn(s, ""), study.DefaultSettings()
	q, err := st.Queue(deck, set, now)
	if err != nil {
		t.Fatal(err)
	}
	for _, it := range q {
		if _, err := st.Grade(set, it, study.Good, now); err != nil {
			t.Fatal(err)
		}
	}
}

func TestStudyCommandsWithoutADatabase(t *testing.T) {
	db := filepath.Join(t.TempDir(), "omt.db")
	out, errOut, code := runStudy(t, db, "study", "decks")
	if code != 0 || !strings.Contains(out, "family/counterstrain") {
		t.Fatalf("study decks: exit %d, %s", code, errOut)
	}
	if _, err := os.Stat(db); err == nil {
		t.Error("listing the decks created a database; only studying should")
	}
	out, _, code = runStudy(t, db, "study", "stats", "--json")
	var rep study.Report
	if code != 0 || json.Unmarshal([]byte(out), &rep) != nil || rep.Unseen == 0 {
		t.Errorf("study stats --json with no database: exit %d, %q", code, out)
	}
	out, _, code = runStudy(t, db, "study", "export", "--format", "csv")
	if code != 0 || !strings.HasPrefix(out, "record,card,") {
		t.Errorf("export before any study: exit %d, %q", code, out)
	}
}

func TestStudyCardsAndDecks(t *testing.T) {
	db := filepath.Join(t.TempDir(), "omt.db")
	out, _, code := runStudy(t, db, "study", "cards", "--deck", "glossary", "--json")
	var cards []struct {
		ID    string   `json:"id"`
		Decks []string `json:"decks"`
	}
	if code != 0 || json.Unmarshal([]byte(out), &cards) != nil || len(cards) == 0 {
		t.Fatalf("study cards --deck glossary --json: exit %d", code)
	}
	for _, c := range cards {
		if !strings.Contains(strings.Join(c.Decks, " "), "glossary") {
			t.Errorf("%s is listed for the glossary deck but is not in it", c.ID)
		}
	}
	_, errOut, code := runStudy(t, db, "study", "cards", "--deck", "countrstrain")
	if code != 1 || !strings.Contains(errOut, "family/counterstrain") {
		t.Errorf("an unknown deck: exit %d, %q; want 1 and the closest", code, errOut)
	}
	_, errOut, code = runStudy(t, db, "study")
	if code != 2 || !strings.Contains(errOut, "terminal") {
		t.Errorf("omt study without a terminal: exit %d, %q", code, errOut)
	}
}

func TestStudyExportCarriesTheLog(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "omt.db")
	graded(t, db)
	out, _, code := runStudy(t, db, "study", "export", "--format", "json")
	var exp study.Export
	if code != 0 || json.Unmarshal([]byte(out), &exp) != nil || len(exp.Reviews) != 2 || len(exp.Schedule) != 2 {
		t.Fatalf("export json: exit %d, %d reviews", code, len(exp.Reviews))
	}
	file := filepath.Join(dir, "log.csv")
	_, errOut, code := runStudy(t, db, "study", "export", "--format", "csv", "--output", file)
	data, err := os.ReadFile(file)
	if code != 0 || err != nil || !strings.Contains(errOut, file) {
		t.Fatalf("export --output: exit %d, %v, %q", code, err, errOut)
	}
	rows, err := csv.NewReader(bytes.NewReader(data)).ReadAll()
	if err != nil || len(rows) != 1+2+2 {
		t.Errorf("the CSV file: %d rows, %v", len(rows), err)
	}
	out, _, code = runStudy(t, db, "study", "export", "--format", "anki")
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if code != 0 || !strings.HasPrefix(out, "#separator:tab") || len(lines) < 1000 {
		t.Fatalf("anki export: exit %d, %d lines", code, len(lines))
	}
	for _, l := range lines {
		if strings.HasPrefix(l, "#") {
			continue
		}
		if n := strings.Count(l, "\t"); n != 6 {
			t.Fatalf("an Anki line has %d tabs, not 6 (GUID, five fields, tags): %q", n, l)
		}
	}
	_, errOut, code = runStudy(t, db, "study", "export", "--format", "xml")
	if code != 2 || !strings.Contains(errOut, "csv, json, apkg or anki") {
		t.Errorf("export --format xml: exit %d, %q", code, errOut)
	}
}

func TestStudyStatsCountsTheReviews(t *testing.T) {
	db := filepath.Join(t.TempDir(), "omt.db")
	graded(t, db)
	out, _, code := runStudy(t, db, "study", "stats")
	if code != 0 || !strings.Contains(out, "2 reviews in all") {
		t.Errorf("study stats after two reviews: exit %d\n%s", code, out)
	}
}

func TestStudySettings(t *testing.T) {
	db := filepath.Join(t.TempDir(), "omt.db")
	out, _, code := runStudy(t, db, "study", "settings")
	if code != 0 || !strings.Contains(out, "desired retention: 0.90") {
		t.Fatalf("defaults: exit %d, %q", code, out)
	}
	if _, err := os.Stat(db); err == nil {
		t.Error("showing the settings created a database")
	}
	out, _, code = runStudy(t, db, "study", "settings", "--retention", "0.85", "--new-per-day", "30")
	if code != 0 || !strings.Contains(out, "0.85") || !strings.Contains(out, "30") {
		t.Fatalf("setting: exit %d, %q", code, out)
	}
	if out, _, _ := runStudy(t, db, "study", "settings"); !strings.Contains(out, "0.85") {
		t.Errorf("the setting was not kept: %q", out)
	}
	_, errOut, code := runStudy(t, db, "study", "settings", "--retention", "1.5")
	if code != 2 || !strings.Contains(errOut, "retention") {
		t.Errorf("retention 1.5: exit %d, %q", code, errOut)
	}
}
