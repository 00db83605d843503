package cli

import (
	"encoding/json"
	"strings"
	"testing"
)

func TestListScreensThePatient(t *testing.T) {
	out, errOut, code := run(t, "list", "--condition", "low back pain", "--patient", "osteoporosis")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	ok := out[:strings.Index(out, "Caution")]
	if strings.Contains(ok, "hvla-") {
		t.Errorf("a thrust technique is offered as OK for osteoporosis:\n%s", out)
	}
	for _, want := range []string{"contraindicated technique(s) hidden", "Screened only for: Osteoporosis"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	all, _, _ := run(t, "list", "--condition", "LBP", "--patient", "osteoporosis", "--all")
	if !strings.Contains(all, "Contraindicated (absolute contraindication)") || !strings.Contains(all, "hvla-lumbar: Osteoporosis (absolute)") {
		t.Errorf("--all should list the contraindicated with reasons:\n%s", all)
	}
}

func TestListScreeningJSON(t *testing.T) {
	out, _, code := run(t, "list", "--condition", "LBP", "--patient", "osteoporosis,warfarin", "--all", "--json")
	var got []struct {
		ID        string `json:"id"`
		Screening *struct {
			Status  string `json:"status"`
			Reasons []struct {
				Flag, Kind, Note string
			} `json:"reasons"`
			Checked []string `json:"checked"`
		} `json:"screening"`
	}
	if code != 0 || json.Unmarshal([]byte(out), &got) != nil || len(got) == 0 {
		t.Fatalf("exit %d:\n%s", code, out)
	}
	seenContra := false
	for _, g := range got {
		if g.Screening == nil {
			t.Fatalf("%s has no screening object", g.ID)
		}
		if strings.Join(g.Screening.Checked, ",") != "osteoporosis,anticoagulation" {
			t.Errorf("%s checked %v; warfarin should resolve to anticoagulation", g.ID, g.Screening.Checked)
		}
		switch g.Screening.Status {
		case "contraindicated":
			seenContra = true
			if len(g.Screening.Reasons) == 0 {
				t.Errorf("%s is contraindicated without a reason", g.ID)
			}
		case "ok", "caution":
		default:
			t.Errorf("%s has status %q", g.ID, g.Screening.Status)
		}
		if strings.HasPrefix(g.ID, "hvla-") && g.Screening.Status != "contraindicated" {
			t.Errorf("%s is %s for osteoporosis", g.ID, g.Screening.Status)
		}
	}
	if !seenContra {
		t.Error("--all listed no contraindicated technique")
	}
}

func TestUnknownPatientFlag(t *testing.T) {
	_, errOut, code := run(t, "list", "--patient", "osteoporsis")
	if code != ExitNotFound || !strings.Contains(errOut, "osteoporosis") {
		t.Errorf("exit %d, stderr %q", code, errOut)
	}
}

func TestSearchLandsOnTheRightEntry(t *testing.T) {
	tests := []struct {
		query  []string
		family string
		field  string
	}{
		{[]string{"hvla"}, "hvla", "name"},
		{[]string{"myofacial"}, "myofascial-release", "name"},
		{[]string{"counterstain"}, "counterstrain", "name"},
		{[]string{"MET"}, "muscle-energy", "name"},
		{[]string{"BLT"}, "balanced-ligamentous-tension", "name"},
		{[]string{"cv4"}, "cranial", "name"},
	}
	for _, tt := range tests {
		out, errOut, code := run(t, append([]string{"search", "--json"}, tt.query...)...)
		var got []struct {
			ID     string `json:"id"`
			Family string `json:"family"`
			Match  string `json:"match"`
		}
		if code != 0 || json.Unmarshal([]byte(out), &got) != nil || len(got) == 0 {
			t.Errorf("search %v: exit %d %s", tt.query, code, errOut)
			continue
		}
		if got[0].Family != tt.family || got[0].Match != tt.field {
			t.Errorf("search %v: first is %s (%s, %s); want family %s by %s", tt.query, got[0].ID, got[0].Family, got[0].Match, tt.family, tt.field)
		}
	}
	out, _, _ := run(t, "search", "ear", "infection", "--json")
	var got []struct {
		Indications []string `json:"indications"`
		Match       string   `json:"match"`
	}
	if json.Unmarshal([]byte(out), &got) != nil || len(got) == 0 || got[0].Match != "condition" {
		t.Fatalf("ear infection should match by condition first:\n%s", out)
	}
	if !strings.Contains(strings.Join(got[0].Indications, ","), "acute-otitis-media") {
		t.Errorf("first hit for ear infection is not indicated for otitis media: %v", got[0].Indications)
	}
	if _, _, code := run(t, "search", "zzqqxx"); code != ExitNotFound {
		t.Errorf("a search with no hits exited %d", code)
	}
}

func TestShowFormats(t *testing.T) {
	md, _, code := run(t, "show", "muscle-energy-lumbar", "--format", "markdown")
	if code != 0 || !strings.HasPrefix(md, "# ") || !strings.Contains(md, "## ⚠ CONTRAINDICATIONS") || !strings.Contains(md, "\n1. ") {
		t.Errorf("markdown: exit %d:\n%s", code, md)
	}
	if strings.Index(md, "CONTRAINDICATIONS") > strings.Index(md, "## Steps") {
		t.Error("markdown puts steps before contraindications")
	}
	js, _, _ := run(t, "show", "muscle-energy-lumbar", "--format", "json")
	var v map[string]any
	if json.Unmarshal([]byte(js), &v) != nil || v["id"] != "muscle-energy-lumbar" {
		t.Errorf("json:\n%s", js)
	}
	if _, _, code := run(t, "show", "muscle-energy-lumbar", "--format", "pdf"); code != ExitUsage {
		t.Errorf("an unknown format exited %d; want %d", code, ExitUsage)
	}
	screened, _, _ := run(t, "show", "hvla-lumbar", "--patient", "osteoporosis")
	if !strings.Contains(screened, "SCREENING: CONTRAINDICATED") || strings.Index(screened, "SCREENING") > strings.Index(screened, "Summary") {
		t.Errorf("show --patient should open with the verdict:\n%s", screened)
	}
}

func TestNote(t *testing.T) {
	out, _, code := run(t, "note", "muscle-energy-lumbar")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	for _, want := range []string{"S: [patient report]", "A: Somatic dysfunction, lumbar region (M99.03)", "P: After verbal consent, OMT by Muscle energy", "Patient response: ["} {
		if !strings.Contains(out, want) {
			t.Errorf("note lacks %q:\n%s", want, out)
		}
	}
	if n := strings.Count(strings.TrimSpace(out), "\n"); n != 0 {
		t.Errorf("the note should be one line to paste, has %d breaks", n)
	}
	out, _, _ = run(t, "note", "hvla-lumbar", "--patient", "osteoporosis")
	if !strings.Contains(out, "screened for Osteoporosis: contraindicated") {
		t.Errorf("note does not carry the screening:\n%s", out)
	}
	if _, _, code := run(t, "note", "muscle-energy-lumbar", "--region", "elbow"); code != ExitUsage {
		t.Errorf("a bad region exited %d", code)
	}
}

func TestCompletions(t *testing.T) {
	out, _, _ := run(t, "__complete", "show", "hvla-")
	if !strings.Contains(out, "hvla-lumbar") || !strings.Contains(out, "hvla-cervical") {
		t.Errorf("show does not complete technique ids:\n%s", out)
	}
	out, _, _ = run(t, "__complete", "list", "--condition", "Low")
	if !strings.Contains(out, "Low back pain") {
		t.Errorf("--condition does not complete names:\n%s", out)
	}
	out, _, _ = run(t, "__complete", "list", "--patient", "osteoporosis,anti")
	if !strings.Contains(out, "osteoporosis,anticoagulation") {
		t.Errorf("--patient does not complete the next flag after a comma:\n%s", out)
	}
	for _, shell := range []string{"bash", "zsh", "fish"} {
		if out, _, code := run(t, "completion", shell); code != 0 || len(out) < 100 {
			t.Errorf("completion %s: exit %d, %d bytes", shell, code, len(out))
		}
	}
}

func TestVersionAndMan(t *testing.T) {
	if out, _, code := run(t, "--version"); code != 0 || !strings.Contains(out, "0.") {
		t.Errorf("--version: exit %d %q", code, out)
	}
}

// TestAnticoagulantNamesSayWhichReading: brand and generic names resolve, a
// prophylactic dose keeps rib raising visible, and the answer states how a bare
// drug name was read so the clinician can enter the stricter flag.
func TestAnticoagulantNamesSayWhichReading(t *testing.T) {
	for _, drug := range []string{"warfarin", "Coumadin", "Eliquis", "apixaban", "Xarelto", "Lovenox", "heparin", "Pradaxa", "Arixtra"} {
		out, errOut, code := run(t, "list", "--condition", "LBP", "--patient", drug)
		if code != 0 {
			t.Fatalf("%s: exit %d: %s", drug, code, errOut)
		}
		if !strings.Contains(out, "Anticoagulation, monitored and in range") || !strings.Contains(out, "enter unchecked anticoagulation") {
			t.Errorf("%s: the reading applied is not stated:\n%s", drug, out)
		}
	}
	out, _, _ := run(t, "list", "--condition", "pneumonia", "--patient", "prophylactic heparin")
	if !strings.Contains(out, "rib-raising") || strings.Contains(out, "hidden") {
		t.Errorf("an inpatient on prophylactic heparin must still be offered rib raising:\n%s", out)
	}
	out, _, _ = run(t, "list", "--condition", "pneumonia", "--patient", "unchecked anticoagulation")
	if !strings.Contains(out, "hidden") {
		t.Errorf("unchecked anticoagulation should hide the direct techniques:\n%s", out)
	}
}
