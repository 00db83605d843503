package notation

import (
	"fmt"
	"strings"
)

// Explanation is the mechanical meaning of a diagnosis, derived from the
// convention that somatic dysfunction is named for its position (its freedom
// of motion). Fields that do not apply to the diagnosis's kind stay zero.
type Explanation struct {
	Diagnosis Diagnosis
	Summary   string // one plain sentence

	Free       []Motion // the motions it moves into freely
	Restricted []Motion // the opposite of each free motion

	DirectBarrier []Motion // what a direct technique engages (the restricted motions)
	IndirectEase  []Motion // where an indirect technique positions (the free motions)

	Mechanics  Mechanics // segments: type I, type II, cervical, OA, AA
	Coupling   Coupling  // segments: how side-bending and rotation go together
	ConvexSide Side      // type I groups: the side the curve is convex to

	KeyRib     Level       // ribs: the rib to treat a group through
	RibMotions []RibMotion // ribs: pump handle, bucket handle, caliper

	Axis    Axis             // sacrum and pelvis
	Torsion TorsionDirection // sacral torsions: forward or backward

	Key   string   // the map row with landmark findings, as Diagnosis.Key
	Notes []string // the principle at work, and cautions about unusual forms
}

// Explain derives the mechanics of a diagnosis that Parse returned.
func Explain(d Diagnosis) Explanation {
	var e Explanation
	switch d.Kind {
	case KindSegment:
		e = explainSegment(d.Segment)
	case KindRib:
		e = explainRib(d.Rib)
	case KindSacrum:
		e = explainSacrum(d.Sacrum)
	case KindInnominate:
		e = explainPelvic(d.Innominate.Side.String()+" innominate", []Motion{innominateFree(d.Innominate.Kind)}, innominateAxis(d.Innominate.Kind))
	case KindPubic:
		e = explainPelvic(d.Pubic.Side.String()+" pubic bone", []Motion{pubicFree(d.Pubic.Kind)}, AxisTranslation)
	default:
		return Explanation{}
	}
	e.Diagnosis = d
	e.Restricted = restrictedOf(e.Free)
	e.DirectBarrier = directBarrier(e.Restricted)
	e.IndirectEase = indirectEase(e.Free)
	e.Key = d.Key()
	return e
}

func explainSegment(s Segment) Explanation {
	m := segmentMechanics(s.Range, s.Position)
	e := Explanation{Free: segmentFree(s), Mechanics: m, Coupling: coupling(m)}
	motions := motionWords(s)
	switch {
	case m == MechanicsAA:
		e.Summary = fmt.Sprintf("The atlas is %s on the axis (C2).", motions)
		e.Notes = append(e.Notes, "At the AA rotation is the main motion, so the dysfunction is named for rotation alone.")
	case m == MechanicsOA:
		e.Summary = fmt.Sprintf("The occiput is %s on the atlas.", motions)
		e.Notes = append(e.Notes, "At the OA flexion and extension are the main motion; side-bending and rotation couple to opposite sides.")
	case s.Range.IsSingle():
		e.Summary = fmt.Sprintf("%s is %s relative to %s.", s.Range, motions, belowName(s.Range.To))
	default:
		e.Summary = fmt.Sprintf("%s are %s, each relative to the level below.", s.Range, motions)
	}
	switch m {
	case MechanicsTypeI:
		e.ConvexSide = convexSide(s)
		e.Notes = append(e.Notes,
			"Fryette's first principle: in neutral, a group side-bends and rotates to opposite sides, rotating into the convexity; this curve is convex to the "+e.ConvexSide.String()+".",
			"Flexion and extension are not restricted in a neutral dysfunction, so neither is part of the barrier.")
	case MechanicsTypeII:
		e.Notes = append(e.Notes, "Fryette's second principle: flexed or extended, a single segment side-bends and rotates to the same side.")
	case MechanicsCervical:
		e.Notes = append(e.Notes, "C2-C7 side-bend and rotate to the same side in any position; Fryette described the thoracic and lumbar spine, so this is taught as type II-like coupling.")
	}
	e.Notes = append(e.Notes, segmentNotes(s)...)
	return e
}

// motionWords writes a segment's position in words: "extended, rotated left
// and side-bent left".
func motionWords(s Segment) string {
	var parts []string
	if s.Position != PositionNone {
		parts = append(parts, s.Position.String())
	}
	rot := "rotated " + s.Rotation.String()
	switch {
	case s.SideBend == SideNone:
		parts = append(parts, rot)
	case s.SideBend == s.Rotation:
		parts = append(parts, rot, "side-bent "+s.SideBend.String())
	default:
		parts = append(parts, "side-bent "+s.SideBend.String(), rot)
	}
	if len(parts) == 1 {
		return parts[0]
	}
	return strings.Join(parts[:len(parts)-1], ", ") + " and " + parts[len(parts)-1]
}

// belowName names what a segment moves on: the next level down, and the
// sacrum under L5.
func belowName(l Level) string {
	next, ok := l.Next()
	switch {
	case !ok:
		return "the level below"
	case next.Region == Sacral:
		return "the sacrum"
	}
	return next.String()
}

func explainRib(r Rib) Explanation {
	e := Explanation{Free: ribFree(r), KeyRib: keyRib(r), RibMotions: ribMotions(r.Range)}
	what := r.Range.ribNumbers()
	if r.Side != SideNone {
		what = r.Side.String() + " " + what
	}
	verb := "is"
	if !r.Range.IsSingle() {
		verb = "are"
	}
	e.Summary = fmt.Sprintf("%s %s held in %s: free to move into %s, restricted in %s.",
		capitalize(what), verb, r.Kind, r.Kind, e.Free[0].Opposite())
	if !r.Range.IsSingle() {
		e.Notes = append(e.Notes, fmt.Sprintf("Treat the group through its key rib, %s: the lowest rib of an inhalation group, the top rib of an exhalation group.", e.KeyRib))
	}
	e.Notes = append(e.Notes, ribNotes(r)...)
	return e
}

func explainSacrum(s Sacrum) Explanation {
	e := Explanation{Free: sacrumFree(s), Axis: sacrumAxis(s)}
	switch s.Kind {
	case Torsion:
		e.Torsion = torsionDirection(s.Side, s.Axis)
		e.Summary = fmt.Sprintf("The sacrum is rotated %s on the %s: a %s torsion, with the %s.",
			s.Side, e.Axis, e.Torsion, torsionMovedBase(s))
		e.Notes = append(e.Notes, fmt.Sprintf("Both rotations turn about the %s: a direct technique rotates the sacrum %s about it, an indirect one further %s.",
			e.Axis, s.Side.Opposite(), s.Side))
	case UnilateralFlexion, UnilateralExtension:
		e.Summary = fmt.Sprintf("The %s side of the sacral base is held %s.", s.Side, baseWords(s.Kind))
	case BilateralFlexion, BilateralExtension:
		e.Summary = fmt.Sprintf("The whole sacral base is held %s, about the %s.", baseWords(s.Kind), e.Axis)
	}
	return e
}

// baseWords says where the sacral base is held in a unilateral or bilateral
// flexion or extension.
func baseWords(k SacrumKind) string {
	if k == UnilateralFlexion || k == BilateralFlexion {
		return "anterior (flexed)"
	}
	return "posterior (extended)"
}

func explainPelvic(what string, free []Motion, axis Axis) Explanation {
	e := Explanation{Free: free, Axis: axis}
	how := "about the " + axis.String()
	if axis == AxisTranslation {
		how = "as a shear, a translation rather than a rotation"
	}
	e.Summary = fmt.Sprintf("The %s is %s, %s.", what, heldWords(free[0]), how)
	return e
}

// heldWords says where an innominate or pubic bone is held by the motion it
// is free in: "rotated anteriorly", "shifted superiorly", "flared in".
func heldWords(m Motion) string {
	switch m.Movement {
	case MoveAnteriorRotation:
		return "rotated anteriorly"
	case MovePosteriorRotation:
		return "rotated posteriorly"
	case MoveSuperiorGlide:
		return "shifted superiorly"
	case MoveInferiorGlide:
		return "shifted inferiorly"
	case MoveInflare:
		return "flared in (ASIS held medially)"
	case MoveOutflare:
		return "flared out (ASIS held laterally)"
	}
	return "held in " + m.String()
}

func capitalize(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
