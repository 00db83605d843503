package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"strings"
	"testing"
)

// run executes omt in-process with piped streams, as a script would.
func run(t *testing.T, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errOut bytes.Buffer
	code = Run(context.Background(), args, IO{In: strings.NewReader(""), Out: &out, Err: &errOut, Env: []string{"TERM=xterm"}})
	return out.String(), errOut.String(), code
}

func TestListJSONHasTheDataFields(t *testing.T) {
	out, errOut, code := run(t, "list", "--json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var got []map[string]any
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	if len(got) < 7 {
		t.Fatalf("%d techniques; want the whole catalogue", len(got))
	}
	for _, k := range []string{"id", "name", "aliases", "family", "summary", "approach", "participation",
		"activating_forces", "regions", "indications", "contraindications", "steps", "timing", "repetitions",
		"evidence", "sources", "reviewed", "diagnosis", "position", "monitoring", "barrier", "endpoint", "aftercare"} {
		if _, ok := got[0][k]; !ok {
			t.Errorf("JSON lacks key %q", k)
		}
	}
	ci, _ := got[0]["contraindications"].(map[string]any)
	abs, _ := ci["absolute"].([]any)
	if len(abs) == 0 {
		t.Fatalf("contraindications.absolute is empty or missing: %v", got[0]["contraindications"])
	}
	if first, _ := abs[0].(map[string]any); first["flag"] == nil || first["note"] == nil {
		t.Errorf("a contraindication lacks flag or note: %v", abs[0])
	}
}

func TestListByCondition(t *testing.T) {
	out, errOut, code := run(t, "list", "--condition", "LBP", "--json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var got []struct {
		ID          string   `json:"id"`
		Indications []string `json:"indications"`
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil || len(got) == 0 {
		t.Fatalf("no techniques for LBP (%v):\n%s", err, out)
	}
	for _, tech := range got {
		found := false
		for _, c := range tech.Indications {
			found = found || c == "low-back-pain"
		}
		if !found {
			t.Errorf("%s is listed for low back pain but not indicated for it", tech.ID)
		}
	}
}

func TestShowText(t *testing.T) {
	out, errOut, code := run(t, "show", "muscle-energy")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	ci, steps := strings.Index(out, "CONTRAINDICATIONS"), strings.Index(out, "\nSteps")
	if ci < 0 || steps < 0 || ci > steps {
		t.Errorf("contraindications must come before steps:\n%s", out)
	}
	if strings.Contains(out, "\x1b[") {
		t.Error("piped output contains escape codes")
	}
	if !strings.Contains(out, "Not a guide to self-treatment") {
		t.Error("no disclaimer")
	}
}

func TestShowJSON(t *testing.T) {
	out, _, code := run(t, "show", "rib-raising", "--json")
	var got map[string]any
	if code != 0 || json.Unmarshal([]byte(out), &got) != nil || got["id"] != "rib-raising" {
		t.Fatalf("exit %d, output:\n%s", code, out)
	}
}

func TestUnknownIDSuggests(t *testing.T) {
	out, errOut, code := run(t, "show", "rib-rasing")
	if code != ExitNotFound {
		t.Errorf("exit %d; want %d", code, ExitNotFound)
	}
	if out != "" {
		t.Errorf("stdout should be empty, got %q", out)
	}
	if !strings.Contains(errOut, `no technique or map row "rib-rasing"`) || !strings.Contains(errOut, "rib-raising") {
		t.Errorf("stderr does not suggest rib-raising: %q", errOut)
	}
}

func TestUnknownConditionSuggests(t *testing.T) {
	_, errOut, code := run(t, "list", "--condition", "low bak pain")
	if code != ExitNotFound || !strings.Contains(errOut, "Low back pain") {
		t.Errorf("exit %d, stderr %q", code, errOut)
	}
	_, errOut, code = run(t, "--condition", "migrane")
	if code != ExitNotFound || !strings.Contains(errOut, "Migraine") {
		t.Errorf("root --condition: exit %d, stderr %q", code, errOut)
	}
}

func TestUsageErrorsExit2(t *testing.T) {
	for _, args := range [][]string{{"show"}, {"list", "--bogus"}, {"frobnicate"}} {
		if _, _, code := run(t, args...); code != ExitUsage {
			t.Errorf("omt %v exited %d; want %d", args, code, ExitUsage)
		}
	}
}

func TestConditionsJSON(t *testing.T) {
	out, _, code := run(t, "conditions", "--json")
	var got []struct {
		ID         string   `json:"id"`
		Name       string   `json:"name"`
		Synonyms   []string `json:"synonyms"`
		Techniques []string `json:"techniques"`
	}
	if code != 0 || json.Unmarshal([]byte(out), &got) != nil {
		t.Fatalf("exit %d:\n%s", code, out)
	}
	byID := map[string][]string{}
	for _, c := range got {
		byID[c.ID] = c.Techniques
	}
	if len(byID["low-back-pain"]) == 0 {
		t.Error("low back pain lists no techniques")
	}
}

func TestPipedRootPrintsTheList(t *testing.T) {
	out, _, code := run(t)
	if code != 0 || !strings.Contains(out, "muscle-energy") || !strings.Contains(out, "APPROACH") {
		t.Errorf("omt with a pipe for stdout should print the list; exit %d:\n%s", code, out)
	}
}

func TestConditionOverview(t *testing.T) {
	out, errOut, code := run(t, "condition", "ear", "infection")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, want := range []string{"Acute otitis media", "RED FLAGS", "Evidence for OMT", "Techniques used"} {
		if !strings.Contains(out, want) {
			t.Errorf("overview lacks %q:\n%s", want, out)
		}
	}
	if strings.Index(out, "RED FLAGS") > strings.Index(out, "Techniques used") {
		t.Error("red flags must come before the techniques")
	}
	for _, line := range strings.Split(out, "\n") {
		if strings.HasSuffix(line, " ") {
			t.Errorf("trailing space in piped text: %q", line)
			break
		}
	}
}

func TestConditionOverviewJSON(t *testing.T) {
	out, _, code := run(t, "condition", "LBP", "--json")
	var got struct {
		ID         string   `json:"id"`
		RedFlags   []string `json:"red_flags"`
		Techniques []struct {
			ID string `json:"id"`
		} `json:"techniques"`
		Evidence struct {
			Grade string `json:"grade"`
			Items []struct {
				Reference string `json:"reference"`
				Strength  string `json:"strength"`
			} `json:"items"`
		} `json:"evidence"`
	}
	if code != 0 || json.Unmarshal([]byte(out), &got) != nil {
		t.Fatalf("exit %d:\n%s", code, out)
	}
	if got.ID != "low-back-pain" || len(got.RedFlags) == 0 || len(got.Techniques) == 0 || len(got.Evidence.Items) == 0 {
		t.Errorf("incomplete overview: %+v", got)
	}
}

func TestConditionWithoutEvidenceSaysNoTrialFound(t *testing.T) {
	out, _, code := run(t, "condition", "pregnancy-sleep-disturbance", "--json")
	var got struct {
		Evidence struct {
			Grade string `json:"grade"`
		} `json:"evidence"`
	}
	if code != 0 || json.Unmarshal([]byte(out), &got) != nil || got.Evidence.Grade != "none" {
		t.Fatalf("exit %d, grade %q:\n%s", code, got.Evidence.Grade, out)
	}
	text, _, _ := run(t, "condition", "pregnancy-sleep-disturbance")
	if !strings.Contains(text, "no trial found") {
		t.Errorf("text does not say no trial found:\n%s", text)
	}
}

func TestGlossary(t *testing.T) {
	out, _, code := run(t, "glossary")
	if code != 0 || !strings.Contains(out, "TART") {
		t.Fatalf("glossary list: exit %d:\n%s", code, out)
	}
	out, _, code = run(t, "glossary", "T4 ERS(L)")
	if code != 0 || !strings.Contains(out, "restricted in flexion") {
		t.Errorf("T4 ERS(L) should explain the notation; exit %d:\n%s", code, out)
	}
	out, _, code = run(t, "glossary", "fryette", "--json")
	var g map[string]any
	if code != 0 || json.Unmarshal([]byte(out), &g) != nil || g["definition"] == nil {
		t.Errorf("glossary fryette --json: exit %d:\n%s", code, out)
	}
	_, errOut, code := run(t, "glossary", "somatic dysfuntcion xyz")
	if code != ExitNotFound || !strings.Contains(errOut, "no glossary term") {
		t.Errorf("unknown term: exit %d, stderr %q", code, errOut)
	}
}

func TestDumbTerminalPrintsTheList(t *testing.T) {
	var out, errOut bytes.Buffer
	code := Run(context.Background(), nil, IO{In: strings.NewReader(""), Out: &out, Err: &errOut,
		Env: []string{"TERM=dumb"}, IsTerminal: true})
	if code != 0 || !strings.Contains(out.String(), "muscle-energy") || !strings.Contains(errOut.String(), "TERM=dumb") {
		t.Errorf("TERM=dumb: exit %d\nstdout:\n%s\nstderr: %s", code, out.String(), errOut.String())
	}
}

func TestNonUTF8LocaleGetsASCII(t *testing.T) {
	var out bytes.Buffer
	Run(context.Background(), []string{"show", "hvla-lumbar"}, IO{In: strings.NewReader(""), Out: &out, Err: &bytes.Buffer{},
		Env: []string{"LANG=C"}})
	if strings.ContainsAny(out.String(), "•┃·…◆─✗") {
		t.Errorf("UTF-8 symbols under LANG=C:\n%s", out.String())
	}
	if !strings.Contains(out.String(), "| ! CONTRAINDICATIONS") || !strings.Contains(out.String(), "* No consent") {
		t.Errorf("the ASCII symbols are missing:\n%s", out.String())
	}
}
