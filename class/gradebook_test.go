package class

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/omt-reference/omt/store"
)

// TestAssignAndWhoFinished: an assignment of two decks is finished by the
// student who has reviewed every card of both, and the view says who.
func TestAssignAndWhoFinished(t *testing.T) {
	f := newFixture(t, classPeople())
	a, err := f.class.Assign([]string{"map/tenets", "map/lymphatic-sequence", "map/tenets"}, EndOfDay(now.Add(days(1))), Assigner{Profile: teacher})
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Decks) != 2 || a.ByName != "dr.osei" || a.ByProfile != teacher || !a.Assigned.Equal(now) {
		t.Errorf("the assignment kept is %+v; want two decks, by dr.osei, now", a)
	}
	cards := append(deck("map/tenets"), deck("map/lymphatic-sequence")...)
	at := now
	for _, c := range cards {
		at = at.Add(time.Minute)
		f.review(ana, c, at, 0, 1, at.Add(days(1))) // a lapse still counts as done
	}
	f.review(ben, cards[0], at, 0, 3, at.Add(days(1)))
	got, err := f.class.Assignments()
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || got[0].Cards != len(cards) || got[0].Finished() != 1 {
		t.Fatalf("assignments %+v; want one of %d cards, finished by one student", got, len(cards))
	}
	byName := map[string]AssignmentProgress{}
	for _, s := range got[0].Students {
		byName[s.Name] = s
	}
	if s := byName["ana.lima"]; !s.Complete() || !s.Finished.Equal(at) || s.Late(now) {
		t.Errorf("Ana: %+v; want finished at %v, on time", s, at)
	}
	if s := byName["b.okafor"]; s.Complete() || s.Done != 1 {
		t.Errorf("Ben: %+v; want 1 card done", s)
	}
	if s := byName["c.ng"]; s.Done != 0 {
		t.Errorf("Cy: %+v; want nothing done", s)
	}
	if _, ok := byName["dr.osei"]; ok {
		t.Error("the instructor is listed among the students of an assignment")
	}
}

// TestAssignRefusesWhatCannotBeAssigned: an unknown deck and a due date
// that has passed are refused, saying which, and nothing is kept.
func TestAssignRefusesWhatCannotBeAssigned(t *testing.T) {
	f := newFixture(t, classPeople())
	_, err := f.class.Assign([]string{"region/sacral", "region/sacrum"}, EndOfDay(now), Assigner{})
	if !errors.Is(err, ErrUnknownDeck) || !strings.Contains(err.Error(), "region/sacrum") {
		t.Errorf("an unknown deck gave %v; want ErrUnknownDeck naming region/sacrum", err)
	}
	if _, err := f.class.Assign([]string{"region/sacral"}, EndOfDay(now.Add(-days(1))), Assigner{}); err == nil || !strings.Contains(err.Error(), "2026-12-08") {
		t.Errorf("yesterday's due date gave %v; want it refused by date", err)
	}
	if _, err := f.class.Assign(nil, EndOfDay(now), Assigner{}); err == nil {
		t.Error("an assignment of no deck was kept")
	}
	if got, _ := f.store.Class().Assignments(); len(got) != 0 {
		t.Errorf("refused assignments were kept: %+v", got)
	}
	a, err := f.class.Assign([]string{"region/sacral"}, EndOfDay(now), Assigner{})
	if err != nil || a.ByName != "the host" || a.ByProfile != store.LocalProfile {
		t.Errorf("an assignment made at the host: %+v, %v; want it by the host", a, err)
	}
}

// gradebookFixture is the tests' class with an assignment Ana finished.
func gradebookFixture(t *testing.T) *fixture {
	f := newFixture(t, classPeople())
	studyWeek(f)
	if _, err := f.class.Assign([]string{"map/tenets"}, EndOfDay(now.Add(days(1))), Assigner{Profile: teacher}); err != nil {
		t.Fatal(err)
	}
	at := now.Add(-time.Minute)
	for _, c := range deck("map/tenets") {
		f.review(ana, c, at, 0, 3, now.Add(days(3)))
	}
	return f
}

// TestGradebookCSVMeetsMoodlesImport checks the gradebook CSV against the
// documented requirements of Moodle's "Import grades from CSV"
// (docs.moodle.org/en/Grade_import, and gradeimport_csv's loader): a
// heading row; one column whose every value identifies the user it is
// mapped to (ID number, username or email), with no row left blank and no
// value twice, since a row Moodle cannot match aborts the whole import;
// and every grade column a number, or empty for no grade, which for a new
// grade item (maximum 100) must not pass 100.
func TestGradebookCSVMeetsMoodlesImport(t *testing.T) {
	f := gradebookFixture(t)
	ids := map[string]string{"ana.lima": "S1024", "b.okafor": "S1025"} // no id for Cy
	g, err := f.class.Gradebook(ids)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := g.WriteCSV(&buf); err != nil {
		t.Fatal(err)
	}
	records, err := csv.NewReader(bytes.NewReader(buf.Bytes())).ReadAll()
	if err != nil {
		t.Fatalf("the gradebook is not CSV: %v\n%s", err, buf.String())
	}
	head := records[0]
	wantHead := []string{HeadingID, HeadingName, "The tenets of osteopathic medicine due 2026-12-10 (%)",
		HeadingCompletion, HeadingReviews, HeadingRetention, HeadingExams, HeadingExamMean}
	if strings.Join(head, "|") != strings.Join(wantHead, "|") {
		t.Errorf("headings %q;\nwant %q", head, wantHead)
	}
	seen := map[string]bool{}
	for _, row := range records[1:] {
		if len(row) != len(head) {
			t.Errorf("row %q has %d fields; the heading has %d", row, len(row), len(head))
		}
		if row[0] == "" || seen[row[0]] {
			t.Errorf("student id %q is blank or given twice", row[0])
		}
		seen[row[0]] = true
		for i, v := range row[2:] {
			if v == "" {
				continue
			}
			x, err := strconv.ParseFloat(v, 64)
			if err != nil {
				t.Errorf("%s of %s is %q, not a number", head[i+2], row[0], v)
			}
			if strings.HasSuffix(head[i+2], "(%)") && (x < 0 || x > 100) {
				t.Errorf("%s of %s is %v, outside 0 to 100", head[i+2], row[0], x)
			}
		}
	}
	// Ana: 8 of her 9 first tries right; Ben: his one first try lapsed.
	want := "" +
		"S1024,ana.lima,100.0,100.0,10,88.9,2,62.5\n" +
		"S1025,b.okafor,0.0,0.0,1,0.0,0,\n"
	if got := strings.Join(strings.SplitN(buf.String(), "\n", 2)[1:], ""); got != want {
		t.Errorf("rows:\n%s\nwant:\n%s", got, want)
	}
	if len(g.Missing) != 1 || g.Missing[0] != "c.ng" {
		t.Errorf("missing %v; want c.ng, who has no id", g.Missing)
	}
}

// TestGradebookJSONWithoutIDsNamesEveryStudent: with no students file,
// every student is identified by name, and the JSON holds what the CSV does.
func TestGradebookJSONWithoutIDsNamesEveryStudent(t *testing.T) {
	f := gradebookFixture(t)
	g, err := f.class.Gradebook(nil)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := g.WriteJSON(&buf); err != nil {
		t.Fatal(err)
	}
	var back Gradebook
	if err := json.Unmarshal(buf.Bytes(), &back); err != nil {
		t.Fatal(err)
	}
	if len(back.Rows) != 3 || back.Rows[2].ID != "c.ng" || back.Rows[2].Retention != -1 || back.Rows[2].ExamMean != -1 {
		t.Errorf("rows %+v; want three, Cy last with no retention and no exam", back.Rows)
	}
	if back.Rows[0].Key != ana || back.Rows[0].Completion != 1 {
		t.Errorf("Ana's row %+v", back.Rows[0])
	}
}

// TestReadStudentIDs reads a students file, and says which line is wrong.
func TestReadStudentIDs(t *testing.T) {
	ids, err := ReadStudentIDs(strings.NewReader("name,id\n# a comment\n\nana.lima, S1024\n\"o'neil, p\",S9\n"), "ids.csv")
	if err != nil {
		t.Fatal(err)
	}
	if fmt.Sprint(ids) != "map[ana.lima:S1024 o'neil, p:S9]" {
		t.Errorf("ids %v", ids)
	}
	for text, want := range map[string]string{
		"ana,S1\nben\n":      "ids.csv, line 2: 1 fields",
		"ana,S1\nana,S2\n":   "ids.csv, line 2: ana is given an id twice",
		"ana,S1\nben,S1\n":   "ids.csv, line 2: the id S1 is given to ana and to ben",
		"ana,\n":             "ids.csv, line 1: a name and an id",
		"ana,S\x1b[31m1\n":   "ids.csv, line 1: control characters",
		"ana,\"S1\nben,S2\n": "ids.csv",
	} {
		if _, err := ReadStudentIDs(strings.NewReader(text), "ids.csv"); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%q gave %v; want an error with %q", text, err, want)
		}
	}
}

// TestTheClassSeesNoPersonalData: whatever a student keeps of their own
// (notes, bookmarks, history, settings) appears nowhere in what the class
// answers: the roster, the weakest cards and decks, a student drilled into,
// the assignments and the gradebook.
func TestTheClassSeesNoPersonalData(t *testing.T) {
	f := gradebookFixture(t)
	const secret = "zz-private-7c1"
	p := f.store.Personal(ana)
	if err := p.SetNote("rib-raising", "note "+secret, now); err != nil {
		t.Fatal(err)
	}
	if err := p.SetBookmark("counterstrain-lumbar", true, now); err != nil {
		t.Fatal(err)
	}
	if err := p.Visit(store.VisitTechnique, "hvla-cervical", now); err != nil {
		t.Fatal(err)
	}
	if err := p.SetSetting("zz-setting", "setting "+secret); err != nil {
		t.Fatal(err)
	}
	var everything []any
	add := func(v any, err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		everything = append(everything, v)
	}
	add(f.class.Roster())
	add(f.class.WeakestCards())
	add(f.class.WeakestDecks())
	add(f.class.Student(ana))
	add(f.class.Assignments())
	add(f.class.Gradebook(nil))
	dump := fmt.Sprintf("%+v", everything)
	for _, private := range []string{secret, "zz-setting", "counterstrain-lumbar", "hvla-cervical"} {
		if strings.Contains(dump, private) {
			t.Errorf("the class's answers hold %q, which only Ana's own data has", private)
		}
	}
}
