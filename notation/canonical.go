package notation

import "strings"

// String writes the diagnosis in the reader's canonical form, which Parse
// reads back to the same Diagnosis:
//
//	T4 ERS(L)            type II and cervical segments: position, R, S, shared side
//	T3-T8 NS(L)R(R)      neutral groups and the OA: each motion with its own side
//	OA ES(L)R(R)
//	AA R(L)
//	left rib 4 exhalation dysfunction, ribs 3-5 inhalation dysfunction
//	left-on-left sacral torsion, right unilateral sacral flexion, bilateral sacral extension
//	right anterior innominate rotation, left superior innominate shear, left innominate inflare
//	left superior pubic shear
func (d Diagnosis) String() string {
	switch d.Kind {
	case KindSegment:
		return d.Segment.String()
	case KindRib:
		return d.Rib.String()
	case KindSacrum:
		return d.Sacrum.String()
	case KindInnominate:
		return d.Innominate.String()
	case KindPubic:
		return d.Pubic.String()
	}
	return ""
}

// String writes the segment canonically: "T4 ERS(L)", "L3 NS(L)R(R)", "AA R(L)".
func (s Segment) String() string {
	var b strings.Builder
	b.WriteString(s.Range.String())
	b.WriteString(" ")
	if s.Position != PositionNone {
		b.WriteString(s.Position.letter())
	}
	switch {
	case s.SideBend == SideNone:
		b.WriteString("R(" + s.Rotation.letter() + ")")
	case s.SideBend == s.Rotation:
		b.WriteString("RS(" + s.Rotation.letter() + ")")
	default:
		b.WriteString("S(" + s.SideBend.letter() + ")R(" + s.Rotation.letter() + ")")
	}
	return b.String()
}

// String writes the rib dysfunction: "left rib 4 exhalation dysfunction".
func (r Rib) String() string {
	words := []string{r.Range.ribNumbers(), r.Kind.String(), "dysfunction"}
	if r.Side != SideNone {
		words = append([]string{r.Side.String()}, words...)
	}
	return strings.Join(words, " ")
}

// String writes the sacral dysfunction: "left-on-right sacral torsion".
func (s Sacrum) String() string {
	switch s.Kind {
	case Torsion:
		return s.Side.String() + "-on-" + s.Axis.String() + " sacral torsion"
	case UnilateralFlexion:
		return s.Side.String() + " unilateral sacral flexion"
	case UnilateralExtension:
		return s.Side.String() + " unilateral sacral extension"
	case BilateralFlexion:
		return "bilateral sacral flexion"
	case BilateralExtension:
		return "bilateral sacral extension"
	}
	return ""
}

// String writes the innominate dysfunction: "right anterior innominate rotation".
func (i Innominate) String() string {
	return i.Side.String() + " " + i.Kind.phrase()
}

// phrase is the canonical wording of the dysfunction after its side.
func (k InnominateKind) phrase() string {
	switch k {
	case AnteriorRotation:
		return "anterior innominate rotation"
	case PosteriorRotation:
		return "posterior innominate rotation"
	case SuperiorShear:
		return "superior innominate shear"
	case InferiorShear:
		return "inferior innominate shear"
	case Inflare:
		return "innominate inflare"
	case Outflare:
		return "innominate outflare"
	}
	return ""
}

// rowSuffix is the part of the innominate map's row id after "innominate-".
func (k InnominateKind) rowSuffix() string {
	switch k {
	case AnteriorRotation:
		return "anterior-rotation"
	case PosteriorRotation:
		return "posterior-rotation"
	case SuperiorShear:
		return "superior-shear"
	case InferiorShear:
		return "inferior-shear"
	case Inflare:
		return "inflare"
	case Outflare:
		return "outflare"
	}
	return ""
}

// String writes the pubic shear: "left superior pubic shear".
func (p Pubic) String() string {
	switch p.Kind {
	case PubicSuperior:
		return p.Side.String() + " superior pubic shear"
	case PubicInferior:
		return p.Side.String() + " inferior pubic shear"
	}
	return ""
}

// Key names the map row that holds the landmark findings and technique links
// for this diagnosis, using the row ids of the maps' schema:
//
//	ribs        rib-inhalation-dysfunction, rib-exhalation-dysfunction
//	sacrum      sacrum-torsion-left-on-left, sacrum-unilateral-flexion-right,
//	            sacrum-bilateral-extension, ...
//	innominate  innominate-anterior-rotation, innominate-superior-shear,
//	            innominate-inflare, ... (the side is the diagnosis's, not the row's)
//	pubic       pubic-superior-shear, pubic-inferior-shear
//	segments    fryette-1 or fryette-2 for thoracic and lumbar segments, whose
//	            mechanics Fryette's principles describe; fryette-cervical-typical,
//	            fryette-cervical-oa and fryette-cervical-aa for C2-C7, the OA
//	            and the AA, which the fryette map covers in rows of their own
func (d Diagnosis) Key() string {
	switch d.Kind {
	case KindSegment:
		switch segmentMechanics(d.Segment.Range, d.Segment.Position) {
		case MechanicsTypeI:
			return "fryette-1"
		case MechanicsTypeII:
			return "fryette-2"
		case MechanicsCervical:
			return "fryette-cervical-typical"
		case MechanicsOA:
			return "fryette-cervical-oa"
		case MechanicsAA:
			return "fryette-cervical-aa"
		}
	case KindRib:
		return "rib-" + d.Rib.Kind.String() + "-dysfunction"
	case KindSacrum:
		return d.Sacrum.key()
	case KindInnominate:
		return "innominate-" + d.Innominate.Kind.rowSuffix()
	case KindPubic:
		if d.Pubic.Kind == PubicSuperior {
			return "pubic-superior-shear"
		}
		return "pubic-inferior-shear"
	}
	return ""
}

// key is the sacral map's row id for s.
func (s Sacrum) key() string {
	switch s.Kind {
	case Torsion:
		return "sacrum-torsion-" + s.Side.String() + "-on-" + s.Axis.String()
	case UnilateralFlexion:
		return "sacrum-unilateral-flexion-" + s.Side.String()
	case UnilateralExtension:
		return "sacrum-unilateral-extension-" + s.Side.String()
	case BilateralFlexion:
		return "sacrum-bilateral-flexion"
	case BilateralExtension:
		return "sacrum-bilateral-extension"
	}
	return ""
}
