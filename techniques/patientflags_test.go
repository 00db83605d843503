package techniques

import (
	"errors"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

func TestGestationWeek(t *testing.T) {
	for in, want := range map[string]int{
		"32 weeks pregnant": 32, "32 weeks": 32, "32w": 32, "32 wks": 32, "32+4 weeks": 32,
		"pregnant 32 weeks": 32, "GA 32 weeks": 32, "32/40": 32, "32 weeks' gestation": 32,
		"20 weeks pregnant": 20, "8 weeks pregnant": 8, "60 weeks pregnant": 60,
	} {
		if got, ok := gestationWeek(in); !ok || got != want {
			t.Errorf("gestationWeek(%q) = %d, %v; want %d", in, got, ok, want)
		}
	}
	for _, in := range []string{"32", "pregnant", "weeks", "32 days", "3 months pregnant", "T4"} {
		if got, ok := gestationWeek(in); ok {
			t.Errorf("gestationWeek(%q) = %d; want no week", in, got)
		}
	}
}

func TestGestationNamesItsFlag(t *testing.T) {
	c := mustLoad(t)
	for in, want := range map[string][]string{
		"19 weeks pregnant": {"pregnancy"},
		"20 weeks pregnant": {"late-pregnancy", "pregnancy"},
		"32/40":             {"late-pregnancy", "pregnancy"},
		"third trimester":   {"late-pregnancy", "pregnancy"},
		"second trimester":  {"pregnancy"},
		"pregnant":          {"pregnancy"},
	} {
		if got, err := c.ResolveFlags([]string{in}); err != nil || !slices.Equal(got, want) {
			t.Errorf("ResolveFlags(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
	for _, in := range []string{"0 weeks pregnant", "60 weeks pregnant"} {
		var ge *GestationError
		if _, err := c.ResolveFlags([]string{in}); !errors.As(err, &ge) || !strings.Contains(err.Error(), "not a week of pregnancy") {
			t.Errorf("ResolveFlags(%q): %v; want a GestationError", in, err)
		}
	}
}

// TestImpliedFlagsAreScreened: the browser ticks flags by id, so Screen
// itself carries a flag's implied flags, and the more specific reading.
func TestImpliedFlagsAreScreened(t *testing.T) {
	c := mustLoad(t)
	hvla, _ := c.Technique("hvla-lumbar")
	s := c.Screen(hvla, []string{"doac"})
	if !slices.Equal(s.Checked, []string{"doac", "anticoagulation"}) {
		t.Errorf("checked %v; want the DOAC and the anticoagulation it carries", s.Checked)
	}
	i := slices.IndexFunc(s.Reasons, func(r ScreenReason) bool { return r.Flag == "anticoagulation" })
	if i < 0 || !strings.Contains(s.Reasons[i].Reading, "DOAC") {
		t.Fatalf("the anticoagulation caution should carry the DOAC's reading: %+v", s.Reasons)
	}
	notice := c.ScreeningNotice([]string{"doac"})
	if strings.Contains(notice, `"Anticoagulant" without the drug`) || strings.Count(notice, "Read as") != 1 {
		t.Errorf("the notice should give the DOAC's reading once, and not the generic one:\n%s", notice)
	}
	if n := c.ScreeningNotice([]string{"anticoagulation"}); !strings.Contains(n, `"Anticoagulant" without the drug`) {
		t.Errorf("anticoagulation alone keeps its own reading:\n%s", n)
	}
}

func TestLatePregnancyMarksSupineOnlyTechniques(t *testing.T) {
	c := mustLoad(t)
	for _, tech := range c.Techniques {
		s := c.Screen(tech, []string{"late-pregnancy"})
		marked := slices.ContainsFunc(s.Reasons, func(r ScreenReason) bool {
			return r.Flag == "late-pregnancy" && r.Kind == "relative" && strings.Contains(r.Note, "aortocaval")
		})
		supineOnly := slices.Equal(tech.Positions, []PatientPosition{Supine})
		if marked != supineOnly {
			t.Errorf("%s (positions %v): late-pregnancy caution %v", tech.ID, tech.Positions, marked)
		}
		if ps := c.Screen(tech, []string{"pregnancy"}); s.Status == StatusOK && ps.Status != StatusOK {
			t.Errorf("%s: late pregnancy screens more leniently than pregnancy", tech.ID)
		}
	}
}

func TestBrokenFlagLinksAreRejected(t *testing.T) {
	tests := []struct{ name, add, want string }{
		{"implies an unknown flag", "  implies: [osteoporsis]\n", `field implies[0]: "osteoporsis" does not exist`},
		{"implies itself", "  implies: [osteoporosis]\n", "a flag cannot imply itself"},
		{"unknown position", "  positions:\n    - position: upside-down\n      note: No.\n  sources: [book-2020]\n", `"upside-down" is not one of`},
		{"position without sources", "  positions:\n    - position: supine\n      note: Briefly.\n", "needs the sources"},
		{"week out of range", "  gestation_from: 50\n  sources: [book-2020]\n", "50 is not a week of pregnancy"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := fixture(t)
			fsys["flags.yaml"] = &fstest.MapFile{Data: append(fsys["flags.yaml"].Data, tt.add...)}
			_, err := LoadFS(fsys)
			if err == nil || !strings.Contains(err.Error(), "flags.yaml (osteoporosis)") || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %v; want one naming flags.yaml (osteoporosis) and %q", err, tt.want)
			}
		})
	}
}
