package notation

import (
	"errors"
	"strings"
	"testing"
)

// checkError asserts err is an *Error that locates its token in the input.
func checkError(t *testing.T, in string, err error) {
	t.Helper()
	var e *Error
	if !errors.As(err, &e) {
		t.Fatalf("%q: error %v (%T) is not an *Error", in, err, err)
	}
	if e.Input != in {
		t.Fatalf("%q: error reports input %q", in, e.Input)
	}
	if e.Offset < 0 || e.Offset > len(in) {
		t.Fatalf("%q: error offset %d outside the input", in, e.Offset)
	}
	if !strings.HasPrefix(in[e.Offset:], e.Token) {
		t.Fatalf("%q: token %q is not at offset %d", in, e.Token, e.Offset)
	}
	if e.Reason == "" || !strings.Contains(e.Error(), "try: ") {
		t.Fatalf("%q: error without a reason or examples: %v", in, e)
	}
}

// FuzzParse throws arbitrary text at Parse: it must never panic; whatever it
// reads must write back canonically, read back to the same Diagnosis, and
// explain itself; whatever it refuses must come with an *Error located inside
// the input.
func FuzzParse(f *testing.F) {
	for _, r := range readings() {
		f.Add(r.in)
	}
	for _, s := range []string{"", " ", "T4 NSlRl", "C8 ERS(L)", "T13", "rib 13 inhaled", "L on R", "left-on-left forward",
		"RRRRRRRRRRRRRRRRRRRR", "T4 " + strings.Repeat("R", 40), "T4 ERS(((L)))", "T4 ERS(L", "ribs 3-", "T3-", "-", "(", "4th",
		"T4\xffERS", "é", "T 4 E R S L", "superior first rib", "rib 4 inhalation restriction", "OA E SlRr", "AA Rl", "99999999999999999999",
		"rib 6 exhaled on the", "rib 6 exhaled on the right side side", "on the left", "6th rib on the right exhaled",
		"sacral shear on", "sacral shear on the left on the right", "left rib 4 exhaled on the right"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		d, err := Parse(in)
		if err != nil {
			checkError(t, in, err)
			return
		}
		canon := d.String()
		if canon == "" || d.Kind == KindNone {
			t.Fatalf("%q read as %+v with no canonical form", in, d)
		}
		back, err := Parse(canon)
		if err != nil || back != d {
			t.Fatalf("%q -> %q -> %+v, %v; want %+v", in, canon, back, err, d)
		}
		e := Explain(d)
		if len(e.Free) == 0 || len(e.DirectBarrier) != len(e.Free) || e.Summary == "" {
			t.Fatalf("%q: incomplete explanation %+v", in, e)
		}
		if d.Kind != KindSegment && d.Key() == "" {
			t.Fatalf("%q: no map key", in)
		}
	})
}

// FuzzRange does the same for ParseRange: levels and ranges.
func FuzzRange(f *testing.F) {
	for _, s := range append(LevelExamples(), "T8-T3", "OA-C3", "rib 3-rib 5", "C8", "", "3rd-5th ribs", "R3-5", "T12-L2") {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		r, err := ParseRange(in)
		if err != nil {
			checkError(t, in, err)
			return
		}
		if !r.From.Valid() || !r.To.Valid() || r.From.Compare(r.To) > 0 || !r.Contains(r.From) || !r.Contains(r.To) {
			t.Fatalf("%q read as an impossible range %+v", in, r)
		}
		back, err := ParseRange(r.String())
		if err != nil || back != r {
			t.Fatalf("%q -> %q -> %+v, %v", in, r.String(), back, err)
		}
	})
}
