package notation

import (
	"fmt"
	"strings"
)

// Error says why a text could not be read: where reading stopped, the text
// found there, and the reason. Its message ends with examples of forms the
// reader accepts, so a user who wrote something else sees what to write.
type Error struct {
	Input  string // the whole text given to Parse, ParseLevel or ParseRange
	Offset int    // byte offset in Input of the offending text; len(Input) at the end
	Token  string // the offending text; "" when the input ended too soon
	Reason string // what was wrong, in a few words
	// examples are the forms the failing call accepts; nil means Parse's
	examples []string
}

// Error reads: cannot read "T13 ERS(L)" at "T13": thoracic levels are T1-T12;
// try: T4 ERS(L), L3 NSlRr, ...
func (e *Error) Error() string {
	at := "at the end"
	if e.Token != "" {
		at = fmt.Sprintf("at %q", e.Token)
	}
	if strings.TrimSpace(e.Input) == "" {
		at = ""
	}
	msg := fmt.Sprintf("cannot read %q", e.Input)
	if at != "" {
		msg += " " + at
	}
	return fmt.Sprintf("%s: %s; try: %s", msg, e.Reason, strings.Join(e.Examples(), ", "))
}

// Examples lists a few of the forms the failed call accepts: diagnoses for
// Parse, levels for ParseLevel and ParseRange.
func (e *Error) Examples() []string {
	if e.examples != nil {
		return e.examples
	}
	return Examples()
}

// Examples lists a few of the forms Parse accepts, one of each kind, for help
// texts and error messages.
func Examples() []string {
	return []string{
		"T4 ERS(L)",
		"L3 NSlRr",
		"T3-T8 NSlRr",
		"OA E SlRr",
		"AA Rl",
		"left rib 4 exhaled",
		"ribs 3-5 inhalation dysfunction",
		"left on left sacral torsion",
		"right unilateral sacral flexion",
		"right anterior innominate",
		"left superior pubic shear",
	}
}

// LevelExamples lists forms ParseLevel accepts.
func LevelExamples() []string {
	return []string{"T10", "C2", "L5", "S2", "OA", "AA", "rib 4", "R4", "4th rib"}
}

// RangeExamples lists forms ParseRange accepts.
func RangeExamples() []string {
	return append(LevelExamples(), "T3-T8", "T3-8", "T12-L2", "ribs 3-5")
}
