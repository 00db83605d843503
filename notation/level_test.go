package notation

import (
	"errors"
	"slices"
	"strings"
	"testing"
)

func TestParseLevel(t *testing.T) {
	tests := []struct {
		in   string
		want Level
	}{
		{"T10", T(10)}, {"t10", T(10)}, {" T 10 ", T(10)}, {"C2", C(2)}, {"C1", C(1)}, {"c7", C(7)},
		{"L5", L(5)}, {"S2", S(2)}, {"OA", OAJoint()}, {"oa", OAJoint()}, {"AA", AAJoint()},
		{"rib 4", R(4)}, {"Rib4", R(4)}, {"R4", R(4)}, {"r 4", R(4)}, {"4th rib", R(4)},
		{"1st rib", R(1)}, {"first rib", R(1)}, {"twelfth rib", R(12)}, {"rib 12", R(12)},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := ParseLevel(tt.in)
			if err != nil {
				t.Fatalf("ParseLevel(%q): %v", tt.in, err)
			}
			if got != tt.want {
				t.Fatalf("ParseLevel(%q) = %v, want %v", tt.in, got, tt.want)
			}
			back, err := ParseLevel(got.String())
			if err != nil || back != got {
				t.Fatalf("%v does not read back: %v, %v", got, back, err)
			}
		})
	}
}

func TestParseLevelRefuses(t *testing.T) {
	tests := []struct{ in, token, reason string }{
		{"C8", "C8", "cervical levels are C1-C7"},
		{"T13", "T13", "thoracic levels are T1-T12"},
		{"L6", "L6", "lumbar levels are L1-L5"},
		{"S6", "S6", "sacral levels are S1-S5"},
		{"T0", "T0", "thoracic levels"},
		{"rib 13", "rib 13", "ribs are numbered 1-12"},
		{"R0", "R0", "ribs are numbered"},
		{"13th rib", "13th", "ribs are numbered"},
		{"", "", "no level"},
		{"X4", "X", "expected a level"},
		{"T3-T8", "T3-T8", "range"},
		{"T4 T5", "T", "unexpected text"},
		{"T99999999999999999999", "T99999999999999999999", "no such level"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			_, err := ParseLevel(tt.in)
			var e *Error
			if !errors.As(err, &e) {
				t.Fatalf("ParseLevel(%q) error %v, want *Error", tt.in, err)
			}
			if e.Token != tt.token || !strings.Contains(e.Reason, tt.reason) {
				t.Fatalf("ParseLevel(%q): token %q reason %q; want token %q, reason containing %q", tt.in, e.Token, e.Reason, tt.token, tt.reason)
			}
		})
	}
}

func TestParseRange(t *testing.T) {
	tests := []struct {
		in, want string
		from, to Level
	}{
		{"T3-T8", "T3-T8", T(3), T(8)},
		{"T3-8", "T3-T8", T(3), T(8)},
		{"t3 - t8", "T3-T8", T(3), T(8)},
		{"T3 to T8", "T3-T8", T(3), T(8)},
		{"T3–T8", "T3-T8", T(3), T(8)}, // en dash
		{"T12-L2", "T12-L2", T(12), L(2)},
		{"C2-C7", "C2-C7", C(2), C(7)},
		{"T4", "T4", T(4), T(4)},
		{"T4-T4", "T4", T(4), T(4)},
		{"ribs 3-5", "rib 3-rib 5", R(3), R(5)},
		{"rib 3-rib 5", "rib 3-rib 5", R(3), R(5)},
		{"R3-R5", "rib 3-rib 5", R(3), R(5)},
		{"R3-5", "rib 3-rib 5", R(3), R(5)},
		{"ribs 3 to 5", "rib 3-rib 5", R(3), R(5)},
		{"3rd-5th ribs", "rib 3-rib 5", R(3), R(5)},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := ParseRange(tt.in)
			if err != nil {
				t.Fatalf("ParseRange(%q): %v", tt.in, err)
			}
			if got.From != tt.from || got.To != tt.to || got.String() != tt.want {
				t.Fatalf("ParseRange(%q) = %v (%v..%v), want %s", tt.in, got, got.From, got.To, tt.want)
			}
			back, err := ParseRange(got.String())
			if err != nil || back != got {
				t.Fatalf("%v does not read back: %v, %v", got, back, err)
			}
		})
	}
}

func TestParseRangeRefuses(t *testing.T) {
	tests := []struct{ in, token, reason string }{
		{"T8-T3", "T8-T3", "write T3-T8"},
		{"T8-3", "T8-3", "write T3-T8"},
		{"ribs 5-3", "ribs 5-3", "write rib 3-rib 5"},
		{"OA-C3", "OA-C3", "single joints"},
		{"OA-3", "3", "single joints"},
		{"T3-T13", "T13", "thoracic levels are T1-T12"},
		{"ribs 3-13", "13", "ribs are numbered 1-12"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			_, err := ParseRange(tt.in)
			var e *Error
			if !errors.As(err, &e) {
				t.Fatalf("ParseRange(%q) error %v, want *Error", tt.in, err)
			}
			if e.Token != tt.token || !strings.Contains(e.Reason, tt.reason) {
				t.Fatalf("ParseRange(%q): token %q reason %q; want token %q, reason containing %q", tt.in, e.Token, e.Reason, tt.token, tt.reason)
			}
		})
	}
}

// TestLevelOrder checks the whole spinal axis sorts OA, AA, C1..C7, T1..T12,
// L1..L5, S1..S5, that Next walks it in the same order, and that ribs sort
// after it among themselves.
func TestLevelOrder(t *testing.T) {
	var axis []Level
	for l, ok := OAJoint(), true; ok; l, ok = l.Next() {
		axis = append(axis, l)
	}
	if len(axis) != 2+7+12+5+5 {
		t.Fatalf("Next walks %d levels from the OA, want 31: %v", len(axis), axis)
	}
	var names []string
	for i, l := range axis {
		names = append(names, l.String())
		if !l.Valid() {
			t.Errorf("%v is not valid", l)
		}
		if i > 0 && axis[i-1].Compare(l) >= 0 {
			t.Errorf("%v does not sort before %v", axis[i-1], l)
		}
	}
	if got := strings.Join(names, " "); !strings.HasPrefix(got, "OA AA C1 C2") || !strings.Contains(got, "C7 T1") || !strings.Contains(got, "T12 L1") || !strings.HasSuffix(got, "L5 S1 S2 S3 S4 S5") {
		t.Errorf("axis order %s", got)
	}
	shuffled := []Level{R(2), T(1), R(1), OAJoint(), L(5), AAJoint(), C(3)}
	slices.SortFunc(shuffled, Level.Compare)
	want := []Level{OAJoint(), AAJoint(), C(3), T(1), L(5), R(1), R(2)}
	if !slices.Equal(shuffled, want) {
		t.Errorf("sorted %v, want %v", shuffled, want)
	}
	if R(12).Valid() != true || R(13).Valid() || C(8).Valid() || T(13).Valid() || (Level{}).Valid() {
		t.Error("Valid accepts a level that does not exist, or refuses rib 12")
	}
}

func TestRangeContains(t *testing.T) {
	r := Range{T(3), T(8)}
	for _, l := range []Level{T(3), T(5), T(8)} {
		if !r.Contains(l) {
			t.Errorf("%v should contain %v", r, l)
		}
	}
	for _, l := range []Level{T(2), T(9), R(5), C(5), T(13)} {
		if r.Contains(l) {
			t.Errorf("%v should not contain %v", r, l)
		}
	}
	cross := Range{T(12), L(2)}
	if !cross.Contains(L(1)) || cross.Contains(L(3)) {
		t.Errorf("%v contains the wrong levels", cross)
	}
	ribs := Range{R(3), R(5)}
	if !ribs.Contains(R(4)) || ribs.Contains(T(4)) || ribs.Contains(R(6)) {
		t.Errorf("%v contains the wrong levels", ribs)
	}
	if got := len(cross.Levels()); got != 3 {
		t.Errorf("%v has %d levels, want 3", cross, got)
	}
}
