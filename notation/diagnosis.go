package notation

import "strings"

// Side is left or right; SideNone where a diagnosis names no side.
type Side uint8

// The sides.
const (
	SideNone Side = iota
	Left
	Right
)

// Opposite swaps left and right; SideNone stays SideNone.
func (s Side) Opposite() Side {
	switch s {
	case Left:
		return Right
	case Right:
		return Left
	}
	return SideNone
}

// String is "left", "right" or "".
func (s Side) String() string {
	switch s {
	case Left:
		return "left"
	case Right:
		return "right"
	}
	return ""
}

// letter is "L" or "R", as notation writes a side.
func (s Side) letter() string {
	return strings.ToUpper(s.String()[:1])
}

// Position is the sagittal component of a spinal segment dysfunction.
type Position uint8

// The positions. PositionNone is for the AA, which is named for rotation only.
const (
	PositionNone Position = iota
	Flexed
	Extended
	Neutral
)

// String is "flexed", "extended", "neutral" or "".
func (p Position) String() string {
	switch p {
	case Flexed:
		return "flexed"
	case Extended:
		return "extended"
	case Neutral:
		return "neutral"
	}
	return ""
}

// letter is F, E or N, as notation writes a position.
func (p Position) letter() string {
	return strings.ToUpper(p.String()[:1])
}

// Kind says which of a Diagnosis's parts is filled.
type Kind uint8

// The kinds of diagnosis the reader knows.
const (
	KindNone Kind = iota
	KindSegment
	KindRib
	KindSacrum
	KindInnominate
	KindPubic
)

// String names the kind ("segment", "rib", ...).
func (k Kind) String() string {
	switch k {
	case KindSegment:
		return "segment"
	case KindRib:
		return "rib"
	case KindSacrum:
		return "sacrum"
	case KindInnominate:
		return "innominate"
	case KindPubic:
		return "pubic"
	}
	return ""
}

// Diagnosis is one written somatic dysfunction, read. Kind says which one of
// the other fields holds it; the rest stay zero, so two Diagnoses compare
// equal with == exactly when they mean the same thing.
type Diagnosis struct {
	Kind       Kind
	Segment    Segment
	Rib        Rib
	Sacrum     Sacrum
	Innominate Innominate
	Pubic      Pubic
}

// Segment is a spinal segment or group dysfunction: the level(s), their
// position, and the sides they are side-bent and rotated to. Named, as the
// Glossary of Osteopathic Terminology names somatic dysfunction, for the
// position of the upper vertebra relative to the one below (its freedom of
// motion). The AA has Position and SideBend unset.
type Segment struct {
	Range    Range
	Position Position
	SideBend Side
	Rotation Side
}

// RibKind is whether ribs are held in inhalation or in exhalation.
type RibKind uint8

// The respiratory rib dysfunctions, named for the phase the rib is held in.
const (
	RibKindNone RibKind = iota
	Inhalation
	Exhalation
)

// String is "inhalation" or "exhalation".
func (k RibKind) String() string {
	switch k {
	case Inhalation:
		return "inhalation"
	case Exhalation:
		return "exhalation"
	}
	return ""
}

// Rib is one rib or a group of ribs held in inhalation or
// exhalation. Side is SideNone when the diagnosis names none.
type Rib struct {
	Side  Side
	Range Range
	Kind  RibKind
}

// SacrumKind names a sacral dysfunction.
type SacrumKind uint8

// The sacral dysfunctions with rows in the sacral map.
const (
	SacrumKindNone SacrumKind = iota
	Torsion
	UnilateralFlexion
	UnilateralExtension
	BilateralFlexion
	BilateralExtension
)

// Sacrum is a sacral dysfunction. For a Torsion, Side is the direction the
// sacrum is rotated and Axis the side of the oblique axis ("left on right":
// Side Left, Axis Right). For a unilateral flexion or extension Side is the
// side of the sacral base that moved and Axis is unset. Bilateral ones have
// neither.
type Sacrum struct {
	Kind SacrumKind
	Side Side
	Axis Side
}

// InnominateKind names an innominate dysfunction.
type InnominateKind uint8

// The innominate dysfunctions, named for the innominate's position.
const (
	InnominateKindNone InnominateKind = iota
	AnteriorRotation
	PosteriorRotation
	SuperiorShear
	InferiorShear
	Inflare
	Outflare
)

// Innominate is a dysfunction of one innominate; Side is always set.
type Innominate struct {
	Side Side
	Kind InnominateKind
}

// PubicKind names a pubic shear.
type PubicKind uint8

// The pubic shears.
const (
	PubicKindNone PubicKind = iota
	PubicSuperior
	PubicInferior
)

// Pubic is a pubic shear of one pubic bone; Side is always set.
type Pubic struct {
	Side Side
	Kind PubicKind
}
