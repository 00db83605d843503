package class

import (
	"strings"
	"testing"

	"github.com/omt-reference/omt/safetext"
)

// FuzzStudentIDs: whatever a students file holds, reading it never panics;
// what it accepts maps non-empty names to non-empty ids, one each, with
// nothing a terminal would act on; and what it refuses is refused with the
// file's name and a message safe to print.
func FuzzStudentIDs(f *testing.F) {
	for _, seed := range []string{
		"name,id\nana.lima,S1024\nb.okafor,S1025\n",
		"# comment\nana,S1\n\nbo,S2\n",
		"ana,S1\nana,S2\n",
		"ana,S1\nbo,S1\n",
		"ana\n",
		"\"a,b\",\"S\"\"1\"\n",
		"ana,S\x1b[2J\n",
		"\"unterminated,S1\n",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, text string) {
		ids, err := ReadStudentIDs(strings.NewReader(text), "students.csv")
		if err != nil {
			if ids != nil {
				t.Fatalf("an error (%v) came with ids %v", err, ids)
			}
			if !strings.HasPrefix(err.Error(), "students.csv") {
				t.Fatalf("the error does not name the file: %v", err)
			}
			if !safetext.IsSafe(err.Error()) {
				t.Fatalf("the error carries control characters: %q", err.Error())
			}
			return
		}
		seen := map[string]string{}
		for name, id := range ids {
			if name == "" || id == "" || !safetext.IsSafe(name) || !safetext.IsSafe(id) {
				t.Fatalf("accepted %q -> %q", name, id)
			}
			if other, ok := seen[id]; ok {
				t.Fatalf("id %q given to %q and %q", id, other, name)
			}
			seen[id] = name
		}
	})
}
