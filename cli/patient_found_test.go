package cli

import (
	"strings"
	"testing"
)

// Issue 19: the patient flags a clinician typed and did not get.

func TestGestationIsAPatientFlag(t *testing.T) {
	for _, words := range []string{"32 weeks pregnant", "third trimester", "late pregnancy", "24/40"} {
		out := mustRun(t, "list", "--condition", "pregnancy back pain", "--patient", words)
		if !strings.Contains(out, "Screened only for: Pregnancy, 20 weeks or more, Pregnancy.") {
			t.Errorf("--patient %q is not read as late pregnancy (which carries pregnancy):\n%s", words, out)
		}
		if !strings.Contains(out, "aortocaval") {
			t.Errorf("--patient %q: the screen says nothing of aortocaval compression:\n%s", words, out)
		}
	}
	early := mustRun(t, "list", "--condition", "pregnancy back pain", "--patient", "12 weeks pregnant")
	if !strings.Contains(early, "Screened only for: Pregnancy.") || strings.Contains(early, "20 weeks or more") {
		t.Errorf("12 weeks is not late pregnancy:\n%s", early)
	}
	if _, errOut, code := run(t, "list", "--patient", "60 weeks pregnant"); code == 0 || !strings.Contains(errOut, "weeks") {
		t.Errorf("60 weeks of pregnancy is not a gestation; exit %d: %s", code, errOut)
	}
}

func TestPlanAt32WeeksWarnsOfLyingSupine(t *testing.T) {
	out := mustRun(t, "plan", "--condition", "pregnancy back pain", "-p", "32 weeks pregnant", "--minutes", "20")
	// Myofascial release is done side-lying and seated too: at 32 weeks it
	// must not be planned supine.
	supine := ""
	if i := strings.Index(out, ": supine,"); i >= 0 {
		supine = out[i:]
		if j := strings.Index(supine[1:], " Position "); j >= 0 {
			supine = supine[:j]
		} else if j := strings.Index(supine, " Time Planned:"); j >= 0 {
			supine = supine[:j]
		}
	}
	if strings.Contains(supine, "[myofascial-release]") {
		t.Errorf("myofascial release planned supine at 32 weeks although it is done side-lying:\n%s", out)
	}
	if supine != "" && !strings.Contains(supine, "left lateral tilt") {
		t.Errorf("a supine position at 32 weeks without the tilt and its reason:\n%s", supine)
	}
	if !strings.Contains(out, "aortocaval") {
		t.Errorf("the plan never names aortocaval compression:\n%s", out)
	}
}

func TestAnticoagulantReadingFollowsTheDrug(t *testing.T) {
	tests := []struct {
		drug       string
		want, must []string
		not        string
	}{
		// The fault: apixaban was told to check whether "the INR is out of range".
		{"apixaban", []string{"last dose", "renal", "the INR does not measure it"}, nil, "INR is out of range"},
		{"Xarelto", []string{"last dose", "renal"}, nil, "INR is out of range"},
		{"warfarin", []string{"INR in its target range"}, nil, "anti-Xa"},
		{"enoxaparin", []string{"anti-Xa", "platelet", "the INR does not apply"}, nil, "INR is out of range"},
		{"heparin", []string{"aPTT", "platelet", "the INR does not apply"}, nil, "INR is out of range"},
	}
	for _, tt := range tests {
		out := mustRun(t, "list", "--condition", "neck pain", "--patient", tt.drug)
		notice := out[strings.Index(out, "Screened only for:"):]
		for _, w := range tt.want {
			if !strings.Contains(notice, w) {
				t.Errorf("%s: the screen's reading lacks %q:\n%s", tt.drug, w, notice)
			}
		}
		if strings.Contains(notice, tt.not) {
			t.Errorf("%s: the screen's reading speaks of %s, which does not apply:\n%s", tt.drug, tt.not, notice)
		}
	}
}
