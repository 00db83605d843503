package cli

import (
	"encoding/json"
	"strings"
	"testing"
)

// The clinician's views give both answers where board review and the
// literature differ, literature first, and say what the Chapman chart holds.
func TestOrganAndLevelShowBothAnswers(t *testing.T) {
	for _, tt := range []struct {
		args []string
		want []string
	}{
		{[]string{"organ", "appendix"}, []string{"Chapman reflex points", "tip of the right 12th rib",
			"Literature: T10-T11 (StatPearls) · Board review: T12 (review charts)"}},
		{[]string{"organ", "ovaries"}, []string{"No Chapman point listed"}},
		{[]string{"level", "T7"}, []string{"Lungs and bronchi: Literature: T1-T6 (StatPearls) · Board review: T2-T7", "(T7 is in board review's range only)"}},
		{[]string{"level", "T1"}, []string{"(T1 is in the literature's range only)"}},
		{[]string{"level", "T2"}, []string{"Lungs and bronchi: Literature: T1-T6", "(T2 is in both ranges)"}},
		{[]string{"maps", "viscerosomatic"}, []string{"Board review: T2-T7"}},
		{[]string{"maps", "tender-points"}, []string{"(F ST RA)"}},
	} {
		out, errOut, code := run(t, tt.args...)
		if code != 0 {
			t.Fatalf("omt %s: exit %d: %s", strings.Join(tt.args, " "), code, errOut)
		}
		flat := strings.Join(strings.Fields(out), " ")
		for _, w := range tt.want {
			if !strings.Contains(flat, w) {
				t.Errorf("omt %s does not say %q", strings.Join(tt.args, " "), w)
			}
		}
	}
}

func TestOrganJSONCarriesTheBoardAnswer(t *testing.T) {
	out, errOut, code := run(t, "organ", "lungs", "--json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var got struct {
		Viscerosomatic struct {
			Levels []string `json:"levels"`
			Board  struct {
				Levels  []string `json:"levels"`
				Sources []string `json:"sources"`
			} `json:"board"`
		} `json:"viscerosomatic"`
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatal(err)
	}
	v := got.Viscerosomatic
	if strings.Join(v.Levels, ",") != "T1-T6" || strings.Join(v.Board.Levels, ",") != "T2-T7" || len(v.Board.Sources) == 0 {
		t.Errorf("omt organ lungs --json: levels %v, board %v from %v; want T1-T6 and T2-T7 with sources", v.Levels, v.Board.Levels, v.Board.Sources)
	}
}
