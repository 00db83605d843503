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
		if strings.Join(g.Screening.Checked, ",") != "osteoporosis,warfarin,anticoagulation" {
			t.Errorf("%s checked %v; warfarin should resolve to its drug class, which carries anticoagulation", g.ID, g.Screening.Checked)
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
	for _, want := range []string{"S: [patient report]", "in the lumbar region.", "A: Somatic dysfunction, lumbar region (M99.03)",
		"P: After verbal consent, OMT by Muscle energy", "Patient response: ["} {
		if !strings.Contains(out, want) {
			t.Errorf("note lacks %q:\n%s", want, out)
		}
	}
	if n := strings.Count(strings.TrimSpace(out), "\n"); n != 0 {
		t.Errorf("the note should be one line to paste, has %d breaks", n)
	}
	if _, _, code := run(t, "note", "muscle-energy-lumbar", "--region", "elbow"); code != ExitUsage {
		t.Errorf("a bad region exited %d", code)
	}
}

func TestNoteRefusesAContraindicatedTechnique(t *testing.T) {
	out, errOut, code := run(t, "note", "hvla-lumbar", "--patient", "osteoporosis")
	if code != ExitNotFound || out != "" || !strings.Contains(errOut, "contraindicated") || !strings.Contains(errOut, "Osteoporosis (absolute)") {
		t.Errorf("exit %d, stdout %q, stderr %q; want a refusal naming the reason", code, out, errOut)
	}
	// One contraindicated technique among several refuses the whole note.
	if _, _, code := run(t, "note", "muscle-energy-lumbar", "hvla-lumbar", "--patient", "osteoporosis"); code != ExitNotFound {
		t.Errorf("a visit with a contraindicated technique exited %d", code)
	}
}

func TestNoteMarksACaution(t *testing.T) {
	out, errOut, code := run(t, "note", "muscle-energy-lumbar", "--patient", "osteoporosis")
	if code != 0 || !strings.Contains(out, "CAUTION:") || !strings.Contains(out, "relative contraindication") {
		t.Errorf("exit %d %s; the note must carry the caution:\n%s", code, errOut, out)
	}
}

func TestNoteRegionsBelongToTheTechnique(t *testing.T) {
	// Rib raising covers thoracic, rib and lumbar: cervical is not one of them.
	if _, errOut, code := run(t, "note", "rib-raising", "--region", "cervical"); code != ExitUsage || !strings.Contains(errOut, "its regions are") {
		t.Errorf("exit %d, %q", code, errOut)
	}
	out, _, code := run(t, "note", "rib-raising")
	if code != 0 || !strings.Contains(out, "in the thoracic, lumbar and rib regions") {
		t.Errorf("regions should read as English:\n%s", out)
	}
}

func TestNoteCoversAVisit(t *testing.T) {
	out, errOut, code := run(t, "note", "muscle-energy-lumbar", "counterstrain-cervical", "--region", "lumbar,cervical")
	if code != 0 {
		t.Fatalf("exit %d %s", code, errOut)
	}
	for _, want := range []string{"cervical region (M99.01); lumbar region (M99.03)", "Muscle energy, lumbar spine", "Counterstrain, cervical spine",
		"to the lumbar region", "to the cervical region"} {
		if !strings.Contains(out, want) {
			t.Errorf("note lacks %q:\n%s", want, out)
		}
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
		if !strings.Contains(out, "Anticoagulation at treatment dose, checked") || !strings.Contains(out, "enter unchecked anticoagulation") {
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
