package cli

import (
	"crypto/ed25519"
	"crypto/rand"
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	gossh "golang.org/x/crypto/ssh"

	"github.com/omt-reference/omt/store"
)

// classFiles is a class at the host: a database where two students (and an
// instructor) studied, and the keys files omt serve is given.
type classFiles struct {
	db, keys, instructors string
	ana, ben, teacher     string // fingerprints
}

func newClassFiles(t *testing.T) classFiles {
	t.Helper()
	dir := t.TempDir()
	f := classFiles{db: filepath.Join(dir, "omt.db"), keys: filepath.Join(dir, "class_keys"), instructors: filepath.Join(dir, "instructors")}
	key := func(comment string) (line, fingerprint string) {
		pub, _, err := ed25519.GenerateKey(rand.Reader)
		if err != nil {
			t.Fatal(err)
		}
		k, err := gossh.NewPublicKey(pub)
		if err != nil {
			t.Fatal(err)
		}
		return strings.TrimSpace(string(gossh.MarshalAuthorizedKey(k))) + " " + comment + "\n", gossh.FingerprintSHA256(k)
	}
	anaLine, ana := key("ana.lima")
	benLine, ben := key("b.okafor")
	teacherLine, teacher := key("dr.osei")
	f.ana, f.ben, f.teacher = ana, ben, teacher
	for path, text := range map[string]string{f.keys: anaLine + benLine, f.instructors: teacherLine} {
		if err := os.WriteFile(path, []byte(text), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	s, _, err := store.Open(f.db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	at := time.Date(2026, 11, 29, 9, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		profile, card string
		state, rating int
	}{
		{ana, "map/tenets/tenet-body-unity/row", 0, 3}, {ana, "map/tenets/tenet-self-regulation/row", 0, 1},
		{ben, "map/tenets/tenet-body-unity/row", 0, 3}, {teacher, "map/tenets/tenet-body-unity/row", 0, 1},
	} {
		r := store.Review{CardID: tc.card, ContentHash: "h", At: at, Rating: tc.rating, Before: json.RawMessage(`{"state":` + string(rune('0'+tc.state)) + `}`),
			After: json.RawMessage(`{"state":2}`), Due: at.Add(48 * time.Hour)}
		if _, err := s.Study(tc.profile).Record(r); err != nil {
			t.Fatal(err)
		}
	}
	return f
}

// run runs omt class with the class's files.
func (f classFiles) run(t *testing.T, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	args = append(append([]string{"class"}, args...), "--authorized-keys", f.keys, "--instructors", f.instructors)
	return runStudy(t, f.db, args...)
}

func TestClassAssignThenAssignments(t *testing.T) {
	f := newClassFiles(t)
	out, errOut, code := f.run(t, "assign", "--deck", "map/tenets", "--deck", "Chapman reflex points", "--due", "2026-12-10")
	if code != 0 || !strings.Contains(out, "Assigned map/tenets, map/chapman to the class, due Thu 10 Dec 2026 (assignment 1).") {
		t.Fatalf("assign: exit %d, %q, %q", code, out, errOut)
	}
	out, errOut, code = f.run(t, "assignments")
	if code != 0 {
		t.Fatalf("assignments: exit %d, %s", code, errOut)
	}
	for _, want := range []string{"2026-12-10", "map/tenets, map/chapman", "0 of 2", "ana.lima 2/29", "b.okafor 1/29", "the host"} {
		if !strings.Contains(out, want) {
			t.Errorf("assignments do not say %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "dr.osei") && !strings.Contains(out, "at the host") {
		t.Errorf("the instructor is listed as a student:\n%s", out)
	}
	out, _, _ = f.run(t, "assignments", "--json")
	var list []struct {
		Decks    []string
		Students []struct{ Name string }
	}
	if err := json.Unmarshal([]byte(out), &list); err != nil || len(list) != 1 || len(list[0].Students) != 2 {
		t.Errorf("assignments --json: %v, %+v", err, list)
	}
	if _, _, code := f.run(t, "unassign", "1"); code != 0 {
		t.Errorf("unassign 1: exit %d", code)
	}
	if _, errOut, code := f.run(t, "unassign", "1"); code != 1 || !strings.Contains(errOut, "no assignment 1") {
		t.Errorf("unassign 1 again: exit %d, %q", code, errOut)
	}
}

func TestClassAssignRefusesWhatItCannotDo(t *testing.T) {
	f := newClassFiles(t)
	for _, tc := range []struct {
		args []string
		code int
		says string
	}{
		{[]string{"assign", "--due", "2026-12-10"}, 2, "needs --deck"},
		{[]string{"assign", "--deck", "map/tenets"}, 2, "needs --deck"},
		{[]string{"assign", "--deck", "region/sacrum", "--due", "2026-12-10"}, 1, "region/sacral"},
		{[]string{"assign", "--deck", "map/tenets", "--due", "10/12/2026"}, 2, "give a date such as"},
		{[]string{"assign", "--deck", "map/tenets", "--due", "2026-11-01"}, 2, "has passed"},
		{[]string{"export", "--format", "xlsx"}, 2, "csv and json"},
	} {
		_, errOut, code := f.run(t, tc.args...)
		if code != tc.code || !strings.Contains(errOut, tc.says) {
			t.Errorf("%v: exit %d, %q; want %d saying %q", tc.args, code, errOut, tc.code, tc.says)
		}
	}
	s, _, _ := store.Open(f.db)
	defer s.Close()
	if got, _ := s.Class().Assignments(); len(got) != 0 {
		t.Errorf("refused assignments were kept: %+v", got)
	}
}

// TestClassExportIsMoodlesCSV: the gradebook, with the students file,
// written where --output says, in the columns Moodle's grade import maps;
// a student the file does not name is left out and named on stderr.
func TestClassExportIsMoodlesCSV(t *testing.T) {
	f := newClassFiles(t)
	dir := t.TempDir()
	ids, out := filepath.Join(dir, "ids.csv"), filepath.Join(dir, "gradebook.csv")
	if err := os.WriteFile(ids, []byte("name,id\nana.lima,S1024\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, _, code := f.run(t, "assign", "--deck", "map/tenets", "--due", "2026-12-10"); code != 0 {
		t.Fatal("assign failed")
	}
	_, errOut, code := f.run(t, "export", "--format", "csv", "--students", ids, "--output", out)
	if code != 0 || !strings.Contains(errOut, "no id for 1 students, left out: b.okafor") {
		t.Fatalf("export: exit %d, %q", code, errOut)
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	records, err := csv.NewReader(strings.NewReader(string(data))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	want := [][]string{
		{"Student ID", "Name", "The tenets of osteopathic medicine due 2026-12-10 (%)", "Assignments (%)", "Reviews",
			"Retention (%)", "Practice exams", "Practice exam mean (%)"},
		{"S1024", "ana.lima", "50.0", "50.0", "2", "50.0", "0", ""},
	}
	if got, _ := json.Marshal(records); string(got) != mustJSON(t, want) {
		t.Errorf("the gradebook:\n%s\nwant:\n%v", data, want)
	}
	if _, errOut, code := f.run(t, "export", "--students", filepath.Join(dir, "none.csv")); code != 2 || !strings.Contains(errOut, "none.csv") {
		t.Errorf("a missing students file: exit %d, %q", code, errOut)
	}
}

func TestClassExportWithoutADatabase(t *testing.T) {
	db := filepath.Join(t.TempDir(), "omt.db")
	out, errOut, code := runStudy(t, db, "class", "export", "--format", "json")
	if code != 0 || !strings.Contains(out, `"students": []`) {
		t.Fatalf("export without a database: exit %d, %q, %q", code, out, errOut)
	}
	if _, err := os.Stat(db); err == nil {
		t.Error("exporting created a database")
	}
}

func mustJSON(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
