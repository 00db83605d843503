package notation

// The mechanical rules for rib dysfunctions, one function each.

// RibMotion is the predominant respiratory motion of a rib.
type RibMotion uint8

// The rib motions.
const (
	RibMotionNone RibMotion = iota
	PumpHandle              // anterior ends rise and fall: front-to-back diameter
	BucketHandle            // lateral shafts rise and fall: side-to-side diameter
	Caliper                 // floating ribs swing in and out
)

// String names the motion.
func (m RibMotion) String() string {
	switch m {
	case PumpHandle:
		return "pump handle"
	case BucketHandle:
		return "bucket handle"
	case Caliper:
		return "caliper"
	}
	return ""
}

// ribMotionOf is the predominant motion of rib n as osteopathic texts
// usually teach it: ribs 1-5 pump handle, 6-10 bucket handle, 11-12 caliper.
// Ribs 1-10 all have some of both pump and bucket handle motion, and some
// texts put the change between ribs 6 and 7; the map data can say so.
func ribMotionOf(n int) RibMotion {
	switch {
	case n >= 1 && n <= 5:
		return PumpHandle
	case n >= 6 && n <= 10:
		return BucketHandle
	case n == 11 || n == 12:
		return Caliper
	}
	return RibMotionNone
}

// ribMotions lists the motions of the ribs in a range, each once, top first.
func ribMotions(r Range) []RibMotion {
	var out []RibMotion
	for _, l := range r.Levels() {
		m := ribMotionOf(l.Number)
		if len(out) == 0 || out[len(out)-1] != m {
			out = append(out, m)
		}
	}
	return out
}

// ribFree is the motion a rib dysfunction is free in: the phase it is named
// for. An inhalation dysfunction is held in, and moves freely into,
// inhalation and is restricted in exhalation; an exhalation dysfunction the
// reverse (the Glossary's naming for position and freedom of motion).
func ribFree(r Rib) []Motion {
	if r.Kind == Inhalation {
		return []Motion{{Movement: MoveInhalation}}
	}
	return []Motion{{Movement: MoveExhalation}}
}

// keyRib is the rib a group dysfunction is treated through: the lowest rib
// of an inhalation group and the top rib of an exhalation group ("bottom
// inhaled, top exhaled"). The key rib holds the others: an inhaled lowest rib
// stops those above it from coming down; an exhaled top rib stops those below
// it from rising.
func keyRib(r Rib) Level {
	if r.Kind == Inhalation {
		return r.Range.To
	}
	return r.Range.From
}

// ribNotes are cautions about rib diagnoses that read correctly but can mean
// more than one thing.
func ribNotes(r Rib) []string {
	if r.Kind == Inhalation && r.Range.From == R(1) {
		return []string{"An elevated (superior) first rib is also described as a structural subluxation of the rib at its costotransverse joint rather than a respiratory inhalation dysfunction; the findings tell them apart."}
	}
	return nil
}
