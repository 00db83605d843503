package notation

// The mechanical rules for the sacrum, innominates and pubic bones, one
// function each. Landmark findings (sulci, ILAs, flexion tests, spring and
// sphinx tests) belong to the map rows that Key names, not to these rules.

// TorsionDirection is whether a sacral torsion is forward or backward.
type TorsionDirection uint8

// The torsion directions.
const (
	TorsionNone TorsionDirection = iota
	Forward                      // also called anterior: L on L, R on R
	Backward                     // also called posterior: L on R, R on L
)

// String is "forward" or "backward".
func (t TorsionDirection) String() string {
	switch t {
	case Forward:
		return "forward"
	case Backward:
		return "backward"
	}
	return ""
}

// torsionDirection follows the naming "rotation on axis": a torsion whose
// rotation is toward the side of its oblique axis (left on left, right on
// right) is forward; one rotated away from its axis (left on right, right on
// left) is backward.
func torsionDirection(rotation, axis Side) TorsionDirection {
	if rotation == axis {
		return Forward
	}
	return Backward
}

// obliqueAxis is the oblique axis named by a side. By convention the left
// oblique axis runs from the upper end of the left sacroiliac joint to the
// lower end of the right one, and the right axis the mirror image.
func obliqueAxis(s Side) Axis {
	if s == Left {
		return AxisLeftOblique
	}
	return AxisRightOblique
}

// torsionMovedBase is the side of the sacral base that moved in a torsion and
// where it went: the side opposite the axis (the axis side is the pivot). In
// a forward torsion that side has moved anterior (left on left: the right
// base is anterior); in a backward torsion it has moved posterior (left on
// right: the left base is posterior).
func torsionMovedBase(s Sacrum) Motion {
	if torsionDirection(s.Side, s.Axis) == Forward {
		return Motion{MoveBaseAnterior, s.Axis.Opposite()}
	}
	return Motion{MoveBasePosterior, s.Axis.Opposite()}
}

// sacrumFree lists what the sacrum moves freely into, the position it is
// named for: a torsion rotates freely the way it is named about its oblique
// axis; a unilateral flexion (extension) lets that side of the base move
// anterior (posterior); a bilateral flexion (extension) lets the whole base.
func sacrumFree(s Sacrum) []Motion {
	switch s.Kind {
	case Torsion:
		return []Motion{{MoveRotation, s.Side}}
	case UnilateralFlexion:
		return []Motion{{MoveBaseAnterior, s.Side}}
	case UnilateralExtension:
		return []Motion{{MoveBasePosterior, s.Side}}
	case BilateralFlexion:
		return []Motion{{Movement: MoveBaseAnterior}}
	case BilateralExtension:
		return []Motion{{Movement: MoveBasePosterior}}
	}
	return nil
}

// sacrumAxis is the axis of a sacral dysfunction: the named oblique axis for
// a torsion, the middle transverse axis for bilateral flexion and extension
// (the postural axis about which the base nods). For unilateral flexion and
// extension the reader names none: texts describe them by which half of the
// base moved, and the map row carries the details.
func sacrumAxis(s Sacrum) Axis {
	switch s.Kind {
	case Torsion:
		return obliqueAxis(s.Axis)
	case BilateralFlexion, BilateralExtension:
		return AxisMiddleTransverse
	case UnilateralFlexion, UnilateralExtension:
		return AxisUnnamed
	}
	return AxisNone
}

// innominateFree is the motion an innominate dysfunction is named for and
// free in: an anterior innominate rotates anteriorly freely, a superior shear
// glides superiorly, an inflare flares in.
func innominateFree(k InnominateKind) Motion {
	switch k {
	case AnteriorRotation:
		return Motion{Movement: MoveAnteriorRotation}
	case PosteriorRotation:
		return Motion{Movement: MovePosteriorRotation}
	case SuperiorShear:
		return Motion{Movement: MoveSuperiorGlide}
	case InferiorShear:
		return Motion{Movement: MoveInferiorGlide}
	case Inflare:
		return Motion{Movement: MoveInflare}
	case Outflare:
		return Motion{Movement: MoveOutflare}
	}
	return Motion{}
}

// innominateAxis: anterior and posterior rotations turn about the inferior
// transverse axis of the sacrum, the axis the innominates rotate on in gait;
// in- and outflares turn about a vertical axis; shears translate.
func innominateAxis(k InnominateKind) Axis {
	switch k {
	case AnteriorRotation, PosteriorRotation:
		return AxisInferiorTransverse
	case Inflare, Outflare:
		return AxisVertical
	case SuperiorShear, InferiorShear:
		return AxisTranslation
	}
	return AxisNone
}

// pubicFree is the glide a pubic shear is named for: a superior pubic shear
// is free to glide superiorly and restricted inferiorly, and the reverse.
func pubicFree(k PubicKind) Motion {
	if k == PubicSuperior {
		return Motion{Movement: MoveSuperiorGlide}
	}
	return Motion{Movement: MoveInferiorGlide}
}
