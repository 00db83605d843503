package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/omt-reference/omt/techniques"
)

// TestFlagsListsEveryPatientFinding: omt flags names each finding --patient
// takes, with its scope, and --json gives its id, name, aliases, scope and
// reading, so nobody has to guess a flag from the suggestions of a typo.
func TestFlagsListsEveryPatientFinding(t *testing.T) {
	c, err := techniques.Load()
	if err != nil {
		t.Fatal(err)
	}
	out, errOut, code := run(t, "flags", "--json")
	if code != 0 {
		t.Fatalf("omt flags --json: exit %d: %s", code, errOut)
	}
	var got []struct {
		ID      string   `json:"id"`
		Name    string   `json:"name"`
		Aliases []string `json:"aliases"`
		Scope   string   `json:"scope"`
		Reading string   `json:"reading"`
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	if len(got) != len(c.Flags) {
		t.Fatalf("%d flags listed; the catalogue has %d", len(got), len(c.Flags))
	}
	for i, f := range c.Flags {
		g := got[i]
		if g.ID != f.ID || g.Name != f.Name || len(g.Aliases) != len(f.Aliases) || g.Scope != string(f.Scope) || g.Reading != strings.Join(strings.Fields(f.Reading), " ") && g.Reading != f.Reading {
			t.Errorf("flag %d: %+v; want %s", i, g, f.ID)
		}
	}
	text, errOut, code := run(t, "flags")
	if code != 0 {
		t.Fatalf("omt flags: exit %d: %s", code, errOut)
	}
	for _, f := range c.Flags {
		if !strings.Contains(text, f.ID) {
			t.Errorf("omt flags does not list %s:\n%s", f.ID, text)
		}
	}
	for _, want := range []string{"systemic", "local", "warfarin"} {
		if !strings.Contains(text, want) {
			t.Errorf("omt flags does not say %q:\n%s", want, text)
		}
	}
}

// TestUnknownPatientFlagPointsToTheList: the error for a flag that does not
// resolve says where the whole list is.
func TestUnknownPatientFlagPointsToTheList(t *testing.T) {
	for _, args := range [][]string{{"list", "--patient", "osteoprosis"}, {"show", "cv4", "--patient", "zzz"}, {"note", "cv4", "-p", "pregnant,zzz"}} {
		_, errOut, code := run(t, args...)
		if code == 0 || !strings.Contains(errOut, "no patient flag") || !strings.Contains(errOut, "omt flags") {
			t.Errorf("omt %s: exit %d, %q; want the error to name omt flags", strings.Join(args, " "), code, errOut)
		}
	}
}

// TestPatientFlagsCompleteInTheShell: the shells complete --patient with
// the ids and the words a clinician types (aliases, any case), after a
// comma too, leaving out the flags already given.
func TestPatientFlagsCompleteInTheShell(t *testing.T) {
	complete := func(args ...string) []string {
		var out, errOut bytes.Buffer
		Run(context.Background(), append([]string{"__complete"}, args...), IO{In: strings.NewReader(""), Out: &out, Err: &errOut, Env: []string{"TERM=xterm"}})
		var values []string
		for _, l := range strings.Split(out.String(), "\n") {
			if l == "" || strings.HasPrefix(l, ":") {
				continue
			}
			values = append(values, strings.SplitN(l, "\t", 2)[0])
		}
		return values
	}
	tests := []struct {
		args []string
		want string
		not  string
	}{
		{[]string{"list", "--patient", "osteo"}, "osteoporosis", ""},
		{[]string{"list", "--patient", "warf"}, "warfarin", ""},
		{[]string{"list", "--patient", "Eliq"}, "Eliquis", ""},
		{[]string{"list", "--patient", "eliq"}, "eliquis", ""},
		{[]string{"show", "cv4", "--patient", "pregnancy,warf"}, "pregnancy,warfarin", ""},
		{[]string{"--patient", "osteoporosis,preg"}, "osteoporosis,pregnancy", ""},
		{[]string{"--patient", "pregnancy,preg"}, "", "pregnancy,pregnancy"},
		{[]string{"--patient", "pregnancy,preg"}, "", "pregnancy,pregnant"}, // the same flag again
	}
	for _, tc := range tests {
		got := complete(tc.args...)
		if tc.want != "" && !contains(got, tc.want) {
			t.Errorf("completing %v: %v; want %q among them", tc.args, got, tc.want)
		}
		if tc.not != "" && contains(got, tc.not) {
			t.Errorf("completing %v offers %q again", tc.args, tc.not)
		}
	}
}

func contains(xs []string, x string) bool {
	for _, v := range xs {
		if v == x {
			return true
		}
	}
	return false
}
