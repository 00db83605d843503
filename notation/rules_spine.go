package notation

// The mechanical rules for spinal segments. Each rule is one function; its
// comment names the convention or principle it follows.

// Mechanics is the kind of coupled motion a spinal dysfunction shows.
type Mechanics uint8

// The mechanics the reader distinguishes.
const (
	MechanicsNone     Mechanics = iota
	MechanicsTypeI              // thoracic/lumbar, neutral: Fryette's first principle
	MechanicsTypeII             // thoracic/lumbar, flexed or extended: Fryette's second principle
	MechanicsCervical           // C2-C7: same-side coupling in any position
	MechanicsOA                 // occiput on atlas
	MechanicsAA                 // atlas on axis
)

// String names the mechanics for display.
func (m Mechanics) String() string {
	switch m {
	case MechanicsTypeI:
		return "type I (neutral)"
	case MechanicsTypeII:
		return "type II (non-neutral)"
	case MechanicsCervical:
		return "typical cervical (C2-C7)"
	case MechanicsOA:
		return "occipito-atlantal (OA)"
	case MechanicsAA:
		return "atlanto-axial (AA)"
	}
	return ""
}

// FryetteType is 1 or 2 for dysfunctions that follow Fryette's first or
// second principle, and 2 for C2-C7, which side-bend and rotate to the same
// side as a type II segment does; 0 for the OA and AA, which follow neither.
func (m Mechanics) FryetteType() int {
	switch m {
	case MechanicsTypeI:
		return 1
	case MechanicsTypeII, MechanicsCervical:
		return 2
	}
	return 0
}

// Coupling is how side-bending and rotation go together.
type Coupling uint8

// The couplings.
const (
	CouplingNone         Coupling = iota
	CouplingOpposite              // side-bend one way, rotate the other
	CouplingSame                  // side-bend and rotate to the same side
	CouplingRotationOnly          // named for rotation alone
)

// String describes the coupling: "opposite sides", "same side", "rotation only".
func (c Coupling) String() string {
	switch c {
	case CouplingOpposite:
		return "opposite sides"
	case CouplingSame:
		return "same side"
	case CouplingRotationOnly:
		return "rotation only"
	}
	return ""
}

// segmentMechanics decides the mechanics from the level and position. The
// Glossary applies Fryette's principles to the thoracic and lumbar spine: in
// neutral, type I; flexed or extended, type II. C2-C7, the OA and the AA have
// their own rules (see coupling).
func segmentMechanics(r Range, pos Position) Mechanics {
	switch r.From.Region {
	case RegionOA:
		return MechanicsOA
	case RegionAA:
		return MechanicsAA
	case Cervical:
		return MechanicsCervical
	case Thoracic, Lumbar:
		switch pos {
		case Neutral:
			return MechanicsTypeI
		case Flexed, Extended:
			return MechanicsTypeII
		}
	}
	return MechanicsNone
}

// coupling is the side-bending/rotation coupling each mechanics requires.
//   - Type I: opposite sides (Fryette's first principle: in neutral, a group
//     side-bends one way and rotates the other, into the convexity).
//   - Type II: same side (Fryette's second principle: flexed or extended, a
//     single segment side-bends and rotates to the same side).
//   - C2-C7: same side whatever the flexion or extension (standard teaching;
//     Fryette described the thoracic and lumbar spine).
//   - OA: opposite sides; its main motion is flexion/extension.
//   - AA: rotation only; its main motion is rotation.
func coupling(m Mechanics) Coupling {
	switch m {
	case MechanicsTypeI, MechanicsOA:
		return CouplingOpposite
	case MechanicsTypeII, MechanicsCervical:
		return CouplingSame
	case MechanicsAA:
		return CouplingRotationOnly
	}
	return CouplingNone
}

// segmentLevelProblem says why a range cannot carry a segment diagnosis:
// sacral levels (the sacrum is named by torsion, flexion or extension), C1
// (the atlas is diagnosed at the OA or AA), and ranges that cross C7-T1, where
// the coupling rule changes between cervical and Fryette mechanics.
func segmentLevelProblem(r Range) string {
	switch {
	case r.From.Region == Sacral || r.To.Region == Sacral:
		return "the sacrum is diagnosed as a torsion, a unilateral or bilateral flexion or extension, not as a segment"
	case r.From == C(1):
		return "C1 is diagnosed at its joints: OA (occiput on atlas) or AA (atlas on axis)"
	case r.From.Region == Cervical && r.To.Region != Cervical:
		return "the range crosses C7-T1, where cervical coupling gives way to Fryette's; write the cervical and thoracic parts separately"
	}
	return ""
}

// segmentMotionProblem checks the motion against the level's mechanics and
// says what is wrong, or "" when the diagnosis is valid.
func segmentMotionProblem(s Segment, hasRot, hasBend bool) string {
	if s.Range.From.Region == RegionAA {
		if s.Position != PositionNone || hasBend || !hasRot {
			return "the AA is named for its rotation only, as in AA Rl"
		}
		return ""
	}
	if problem := segmentPositionProblem(s); problem != "" {
		return problem
	}
	if !hasRot || !hasBend {
		return "name both rotation (R) and side-bending (S), each with its side"
	}
	m := segmentMechanics(s.Range, s.Position)
	same := s.Rotation == s.SideBend
	if c := coupling(m); c == CouplingOpposite && same || c == CouplingSame && !same {
		return couplingRule(m)
	}
	return ""
}

// segmentPositionProblem says what is wrong with the position written for a
// segment other than the AA: the OA is named flexed or extended, and every
// other segment needs a position.
func segmentPositionProblem(s Segment) string {
	switch {
	case s.Range.From.Region == RegionOA && s.Position != Flexed && s.Position != Extended:
		return "the OA is named flexed (F) or extended (E), its main motion, as in OA E SlRr"
	case s.Range.From.Region != RegionOA && s.Position == PositionNone:
		return "name the position first: F (flexed), E (extended) or N (neutral)"
	}
	return ""
}

// couplingRule states the coupling a segment of mechanics m must follow, for
// a diagnosis that breaks it.
func couplingRule(m Mechanics) string {
	switch m {
	case MechanicsOA:
		return "the OA side-bends and rotates to opposite sides"
	case MechanicsTypeI:
		return "a neutral (type I) dysfunction side-bends and rotates to opposite sides (Fryette's first principle); same-side coupling needs F or E (type II)"
	case MechanicsCervical:
		return "C2-C7 side-bend and rotate to the same side"
	case MechanicsTypeII:
		return "a flexed or extended (type II) segment side-bends and rotates to the same side (Fryette's second principle); opposite sides need N (type I)"
	}
	return ""
}

// segmentNotes are cautions about valid but unusual diagnoses, kept apart
// from errors because the notation is still readable:
//   - a single thoracic or lumbar segment written N: type I mechanics are
//     described for a group, so it is read as one level of a neutral group;
//   - a thoracic or lumbar range written F or E: type II dysfunctions are
//     described for a single segment, so each level is read as its own.
func segmentNotes(s Segment) []string {
	switch m := segmentMechanics(s.Range, s.Position); {
	case m == MechanicsTypeI && s.Range.IsSingle():
		return []string{"Type I mechanics describe a group of segments; a single level written N is read as one level of a neutral group curve (often its apex)."}
	case m == MechanicsTypeII && !s.Range.IsSingle():
		return []string{"Type II dysfunctions are described for a single segment; each level of this range is read as its own type II dysfunction."}
	}
	return nil
}

// segmentFree lists the motions a segment moves into freely. The Glossary
// names somatic dysfunction for its position, that is, for the directions of
// freer motion: ERS(L) is free in extension, left rotation and left
// side-bending.
func segmentFree(s Segment) []Motion {
	var out []Motion
	switch s.Position {
	case Flexed:
		out = append(out, Motion{Movement: MoveFlexion})
	case Extended:
		out = append(out, Motion{Movement: MoveExtension})
	}
	out = append(out, Motion{Movement: MoveRotation, Side: s.Rotation})
	if s.SideBend != SideNone {
		out = append(out, Motion{Movement: MoveSideBending, Side: s.SideBend})
	}
	return out
}

// convexSide is the side a type I group curve is convex to: the side opposite
// its side-bending, which is also the side it rotates to (Fryette's first
// principle: rotation goes into the convexity).
func convexSide(s Segment) Side { return s.SideBend.Opposite() }
