package notation

// Movement is one direction of motion a diagnosis can be free or restricted in.
type Movement uint8

// The movements. Sides, where they matter, are on Motion.
const (
	MoveNone Movement = iota
	MoveFlexion
	MoveExtension
	MoveRotation
	MoveSideBending
	MoveInhalation
	MoveExhalation
	MoveBaseAnterior  // sacral base forward: sacral flexion (nutation)
	MoveBasePosterior // sacral base backward: sacral extension (counternutation)
	MoveAnteriorRotation
	MovePosteriorRotation
	MoveSuperiorGlide
	MoveInferiorGlide
	MoveInflare
	MoveOutflare
)

// Motion is a movement with its side, where it has one: rotation left,
// side-bending right, the left sacral base moving anterior.
type Motion struct {
	Movement Movement
	Side     Side
}

// Opposite is the motion in the other direction: flexion for extension,
// rotation right for rotation left, exhalation for inhalation. A dysfunction
// is restricted in the opposite of each motion it is free in.
func (m Motion) Opposite() Motion {
	switch m.Movement {
	case MoveRotation, MoveSideBending:
		return Motion{m.Movement, m.Side.Opposite()}
	}
	pairs := [...][2]Movement{
		{MoveFlexion, MoveExtension},
		{MoveInhalation, MoveExhalation},
		{MoveBaseAnterior, MoveBasePosterior},
		{MoveAnteriorRotation, MovePosteriorRotation},
		{MoveSuperiorGlide, MoveInferiorGlide},
		{MoveInflare, MoveOutflare},
	}
	for _, p := range pairs {
		switch m.Movement {
		case p[0]:
			return Motion{p[1], m.Side}
		case p[1]:
			return Motion{p[0], m.Side}
		}
	}
	return m
}

// String describes the motion: "rotation left", "extension", "left sacral
// base anterior (flexion)".
func (m Motion) String() string {
	side := m.Side.String()
	switch m.Movement {
	case MoveFlexion:
		return "flexion"
	case MoveExtension:
		return "extension"
	case MoveRotation:
		return "rotation " + side
	case MoveSideBending:
		return "side-bending " + side
	case MoveInhalation:
		return "inhalation"
	case MoveExhalation:
		return "exhalation"
	case MoveBaseAnterior:
		if m.Side == SideNone {
			return "sacral flexion (base anterior)"
		}
		return side + " sacral base anterior (flexion)"
	case MoveBasePosterior:
		if m.Side == SideNone {
			return "sacral extension (base posterior)"
		}
		return side + " sacral base posterior (extension)"
	case MoveAnteriorRotation:
		return "anterior rotation"
	case MovePosteriorRotation:
		return "posterior rotation"
	case MoveSuperiorGlide:
		return "superior glide"
	case MoveInferiorGlide:
		return "inferior glide"
	case MoveInflare:
		return "inflare (ASIS medial)"
	case MoveOutflare:
		return "outflare (ASIS lateral)"
	}
	return ""
}

// restrictedOf lists the restricted motions of a dysfunction free in free:
// the opposite of each, because a dysfunction is named for its position, its
// freedom, and is restricted the other way (Glossary of Osteopathic
// Terminology, somatic dysfunction).
func restrictedOf(free []Motion) []Motion {
	out := make([]Motion, len(free))
	for i, m := range free {
		out[i] = m.Opposite()
	}
	return out
}

// directBarrier is what a direct technique engages: the restrictive barrier,
// reached by moving into every restricted motion (Glossary: direct method).
func directBarrier(restricted []Motion) []Motion { return append([]Motion(nil), restricted...) }

// indirectEase is where an indirect technique positions: away from the
// barrier, into every free motion, the position of ease (Glossary: indirect
// method).
func indirectEase(free []Motion) []Motion { return append([]Motion(nil), free...) }

// Axis is the axis a sacral or pelvic dysfunction moves about.
type Axis uint8

// The axes. AxisTranslation is for shears, which translate rather than
// rotate; AxisUnnamed for unilateral sacral flexion and extension, for which
// the reader names no axis.
const (
	AxisNone Axis = iota
	AxisLeftOblique
	AxisRightOblique
	AxisMiddleTransverse
	AxisInferiorTransverse
	AxisVertical
	AxisTranslation
	AxisUnnamed
)

// String describes the axis.
func (a Axis) String() string {
	switch a {
	case AxisLeftOblique:
		return "left oblique axis"
	case AxisRightOblique:
		return "right oblique axis"
	case AxisMiddleTransverse:
		return "middle transverse axis"
	case AxisInferiorTransverse:
		return "inferior transverse axis"
	case AxisVertical:
		return "vertical axis"
	case AxisTranslation:
		return "none: a translation (shear), not a rotation"
	case AxisUnnamed:
		return "not named here: one side of the sacral base moves on its own; see the sacral map"
	}
	return ""
}
