package levelset

import "testing"

func TestSame(t *testing.T) {
	for _, tt := range []struct {
		a, b []string
		want bool
	}{
		{[]string{"T1-T6"}, []string{"T1-T3", "T4-T6"}, true}, // the same levels, written two ways
		{[]string{"T1-T6"}, []string{"T6-T1"}, false},         // a range written backwards does not read
		{[]string{"T1-T6"}, []string{"T1-T5"}, false},
		{[]string{"T1-T6"}, []string{"T1-T6", "T7"}, false},
		{nil, nil, true},
		{[]string{"vagus"}, []string{"vagus"}, true}, // lists that do not read compare as written
		{[]string{"vagus"}, []string{"T1"}, false},
	} {
		if got := Same(tt.a, tt.b); got != tt.want {
			t.Errorf("Same(%q, %q) = %v; want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestFirstOutside(t *testing.T) {
	for _, tt := range []struct {
		levels, supply []string
		want           string // "" when every level is within the supply
	}{
		{[]string{"T2-T7"}, []string{"T1-T6"}, "T7"},
		{[]string{"T1-T6"}, []string{"T1-T4", "T5-T6"}, ""},
		{[]string{"T10", "L1"}, []string{"T10-T11"}, "L1"},
		{[]string{"not a level", "T3"}, []string{"T1-T6", "nor this"}, ""}, // what does not read is passed over
		{[]string{"T3"}, nil, "T3"},
	} {
		lv, out := FirstOutside(tt.levels, tt.supply)
		got := ""
		if out {
			got = lv.String()
		}
		if got != tt.want {
			t.Errorf("FirstOutside(%q, %q) = %q; want %q", tt.levels, tt.supply, got, tt.want)
		}
	}
	if _, out := FirstOutside(nil, []string{"T1"}); out {
		t.Error("no levels reported one outside")
	}
}
