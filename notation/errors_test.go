package notation

import (
	"errors"
	"strings"
	"testing"
)

// TestParseRefuses checks that each invalid text is refused with an *Error
// that points at the offending text and says why.
func TestParseRefuses(t *testing.T) {
	tests := []struct{ in, token, reason string }{
		{"", "", "no diagnosis"},
		{"   ", "", "no diagnosis"},
		{"T4 NSlRl", "NSlRl", "opposite sides (Fryette's first principle)"},
		{"T3-T8 NSLRL", "NSLRL", "opposite sides"},
		{"T4 ESlRr", "ESlRr", "same side (Fryette's second principle)"},
		{"C3 FSlRr", "FSlRr", "C2-C7 side-bend and rotate to the same side"},
		{"OA ERS(L)", "ERS(L)", "the OA side-bends and rotates to opposite sides"},
		{"OA NSlRr", "NSlRr", "the OA is named flexed (F) or extended (E)"},
		{"AA ERS(L)", "ERS(L)", "rotation only"},
		{"AA SlRr", "SlRr", "rotation only"},
		{"C8 ERS(L)", "C8", "cervical levels are C1-C7"},
		{"T13 ERSL", "T13", "thoracic levels are T1-T12"},
		{"L6 FRS(R)", "L6", "lumbar levels are L1-L5"},
		{"S1 ERS(L)", "S1", "the sacrum is diagnosed as a torsion"},
		{"L4-S1 NSlRr", "L4-S1", "the sacrum"},
		{"C1 ERS(L)", "C1", "OA (occiput on atlas) or AA"},
		{"C6-T2 NSlRr", "C6-T2", "crosses C7-T1"},
		{"T8-T3 NSlRr", "T8-T3", "write T3-T8"},
		{"T4 ERS", "ERS", "which side"},
		{"T4 E", "E", "no rotation or side-bending"},
		{"T4 RS(L)", "RS(L)", "name the position first"},
		{"T4 ER(L)", "ER(L)", "both rotation (R) and side-bending (S)"},
		{"T4 ER(L)S", "ER(L)S", "which side"},
		{"T4 ERSLL", "L", "each with its side"},
		{"T4 SER(L)", "E", "F, E or N, then R and S"},
		{"T4 ERS(X)", "X", "expected L or R"},
		{"T4 ERS(L", "", "expected )"},
		{"T4 ERX", "ERX", "expected a motion"},
		{"T4 ERS(L) 5", "5", "expected a motion"},
		{"rib 13 inhaled", "rib 13", "ribs are numbered 1-12"},
		{"rib 0 exhaled", "rib 0", "ribs are numbered 1-12"},
		{"rib 4", "", "expected inhalation or exhalation"},
		{"rib 4 stuck", "stuck", "expected inhalation or exhalation"},
		{"left rib 4 exhaled right", "right", "both sides"},
		{"rib 4 inhalation restriction", "restriction", "is an exhalation dysfunction"},
		{"rib 4 restricted in exhalation", "restricted", "not its restriction"},
		{"superior rib 4", "superior", "first rib only"},
		{"rib 4 exhaled please", "please", "unexpected text"},
		{"left on left backward torsion", "backward", "left on left is a forward torsion"},
		{"forward torsion left on right", "forward", "left on right is a backward torsion"},
		{"left on", "", "side of the oblique axis"},
		{"right left on left", "right", "'X on Y' without another side"},
		{"left on left sacral torsion right", "right", "unexpected text"},
		{"unilateral sacral flexion", "", "name the side"},
		{"bilateral sacral flexion left", "left", "bilateral dysfunction has no side"},
		{"left bilateral sacral extension", "left", "bilateral dysfunction has no side"},
		{"left unilateral sacral rotation", "rotation", "expected flexion or extension"},
		{"sacral flexion", "flexion", "unilateral (with a side) or bilateral"},
		{"sacral torsion", "", "'X on Y'"},
		{"anterior innominate", "", "name the side"},
		{"left anterior", "anterior", "anterior innominate rotation"},
		{"left superior innominate", "", "expected 'shear'"},
		{"left pubic shear", "shear", "superior or inferior"},
		{"right innominate shear", "shear", "expected anterior"},
		{"left T4 ERS(L)", "left", "leading side"},
		{"left", "", "a side alone"},
		{"appendix", "appendix", "expected a level"},
		{"T4 ERS(L) é", "é", "not part of any notation"},
		{"T4\x00ERS", "\x00", "not part of any notation"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			d, err := Parse(tt.in)
			var e *Error
			if !errors.As(err, &e) {
				t.Fatalf("Parse(%q) = %v, %v; want an *Error", tt.in, d, err)
			}
			if e.Token != tt.token {
				t.Errorf("token %q, want %q (reason %q)", e.Token, tt.token, e.Reason)
			}
			if !strings.Contains(e.Reason, tt.reason) {
				t.Errorf("reason %q, want it to contain %q", e.Reason, tt.reason)
			}
			if e.Offset < 0 || e.Offset > len(tt.in) || !strings.HasPrefix(tt.in[e.Offset:], e.Token) {
				t.Errorf("offset %d does not locate token %q in %q", e.Offset, e.Token, tt.in)
			}
			if d != (Diagnosis{}) {
				t.Errorf("a refused text returned %+v", d)
			}
		})
	}
}

// TestErrorMessage checks the message a CLI prints: the input, the offending
// text, the reason, and examples to try.
func TestErrorMessage(t *testing.T) {
	_, err := Parse("T13 ERS(L)")
	msg := err.Error()
	for _, want := range []string{`cannot read "T13 ERS(L)" at "T13"`, "thoracic levels are T1-T12", "; try: T4 ERS(L), ", "left on left sacral torsion"} {
		if !strings.Contains(msg, want) {
			t.Errorf("message %q lacks %q", msg, want)
		}
	}
	_, err = Parse("rib 4")
	if msg := err.Error(); !strings.Contains(msg, `cannot read "rib 4" at the end:`) {
		t.Errorf("an input that ends too soon should say so: %q", msg)
	}
	_, err = Parse("")
	if msg := err.Error(); !strings.HasPrefix(msg, `cannot read "": there is no diagnosis`) {
		t.Errorf("empty input message %q", msg)
	}
	var e *Error
	if !errors.As(err, &e) || len(e.Examples()) < 5 {
		t.Errorf("errors should carry examples; got %v", e)
	}
}
