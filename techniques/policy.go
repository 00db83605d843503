package techniques

import "slices"

// TechniqueKind is the group of techniques that share one contraindication
// grade per flag. The kinds follow the WHO Benchmarks for Training in
// Osteopathy (2010), which sort contraindications by kind of technique, with
// thrust kept apart from the other direct techniques because every source
// gives it stricter bars (data/README.md, "Contraindication policy").
type TechniqueKind string

// The kinds of technique.
const (
	KindThrust    TechniqueKind = "thrust"    // HVLA
	KindDirect    TechniqueKind = "direct"    // non-thrust direct: ME, articulatory, soft tissue, direct MFR, ...
	KindIndirect  TechniqueKind = "indirect"  // counterstrain, FPR, functional, BLT, LAS, indirect MFR
	KindCombined  TechniqueKind = "combined"  // Still technique, combined MFR
	KindLymphatic TechniqueKind = "lymphatic" // pumps and drainage (WHO: fluid techniques)
	KindVisceral  TechniqueKind = "visceral"  // pressure through the abdominal wall
	KindCranial   TechniqueKind = "cranial"   // osteopathy in the cranial field
	KindReflex    TechniqueKind = "reflex"    // Chapman reflexes (WHO: reflex-based)
)

// KindOf says which kind a technique belongs to: by family, and for myofascial
// release, whose entries may be direct or indirect, by approach too. It returns
// "" for a family it does not know, which package contentlint reports.
func KindOf(t Technique) TechniqueKind {
	return familyKind(t.Family, t.Approach)
}

func familyKind(family string, approach Approach) TechniqueKind {
	switch family {
	case "hvla":
		return KindThrust
	case "muscle-energy", "articulatory", "soft-tissue", "trigger-point", "facilitated-oscillatory-release", "diaphragm":
		return KindDirect
	case "counterstrain", "facilitated-positional-release", "functional", "balanced-ligamentous-tension",
		"ligamentous-articular-strain":
		return KindIndirect
	case "still":
		return KindCombined
	case "myofascial-release":
		switch approach {
		case Direct:
			return KindDirect
		case Indirect:
			return KindIndirect
		default:
			return KindCombined
		}
	case "lymphatic":
		return KindLymphatic
	case "visceral":
		return KindVisceral
	case "cranial":
		return KindCranial
	case "chapman-reflexes":
		return KindReflex
	}
	return ""
}

// The grades a technique can give a flag (see GradeOf).
const (
	GradeAbsolute  = "absolute"
	GradeRelative  = "relative"
	GradeNotListed = "not listed"
)

// GradeOf is how a technique grades a flag: absolute, relative or not listed.
func GradeOf(t Technique, flag string) string {
	for _, ci := range t.Contraindications.Absolute {
		if ci.Flag == flag {
			return GradeAbsolute
		}
	}
	for _, ci := range t.Contraindications.Relative {
		if ci.Flag == flag {
			return GradeRelative
		}
	}
	return GradeNotListed
}

// Departs reports whether the technique states a departure from its kind's
// grade for the flag (contraindications.departures).
func Departs(t Technique, flag string) bool {
	return slices.ContainsFunc(t.Contraindications.Departures, func(d Departure) bool { return d.Flag == flag })
}
