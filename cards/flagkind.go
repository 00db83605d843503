package cards

import (
	"slices"

	"github.com/omt-reference/omt/techniques"
)

// The kinds of patient finding, for options that must be alike: a card that
// asks for a finding offers findings of the key's kind only, never a drug
// beside a diagnosis (the NBME's homogeneous options).
const (
	// FindingAnticoagulation is a drug that thins the blood, or the state
	// of the blood's clotting.
	FindingAnticoagulation = "anticoagulation"
	// FindingAge is an age group.
	FindingAge = "age"
	// FindingCapacity is whether the patient consents or can cooperate.
	FindingCapacity = "capacity"
	// FindingClinical is a diagnosis or an examination finding: every other
	// flag.
	FindingClinical = "clinical"
)

// FlagKind says what kind of finding a flag is. These are judgements about
// flag ids, like impliedFlags: a drug is a flag that implies
// anticoagulation, or one of the anticoagulation flags themselves.
func FlagKind(f techniques.Flag) string {
	switch f.ID {
	case "anticoagulation", "prophylactic-anticoagulation", "unchecked-anticoagulation":
		return FindingAnticoagulation
	case "infant", "young-child", "older-adult":
		return FindingAge
	case "no-consent", "cannot-cooperate":
		return FindingCapacity
	}
	if slices.Contains(f.Implies, "anticoagulation") {
		return FindingAnticoagulation
	}
	return FindingClinical
}
