package notation

import (
	"fmt"
	"strconv"
)

// Region is the part of the axial skeleton a Level belongs to.
type Region uint8

// The regions. OA (occiput on atlas) and AA (atlas on axis) are joints with
// their own mechanics, so they are regions of their own without a number.
// Ribs are a separate axis from the spine.
const (
	RegionNone Region = iota
	RegionOA
	RegionAA
	Cervical
	Thoracic
	Lumbar
	Sacral
	Ribs
)

// count is how many numbered levels the region has: C1-C7, T1-T12, L1-L5,
// S1-S5 and ribs 1-12. The OA and AA have none.
func (r Region) count() int {
	switch r {
	case Cervical:
		return 7
	case Thoracic, Ribs:
		return 12
	case Lumbar, Sacral:
		return 5
	}
	return 0
}

// letter is the prefix the region's levels are written with.
func (r Region) letter() string {
	switch r {
	case Cervical:
		return "C"
	case Thoracic:
		return "T"
	case Lumbar:
		return "L"
	case Sacral:
		return "S"
	}
	return ""
}

// String names the region in words ("thoracic", "rib").
func (r Region) String() string {
	switch r {
	case RegionOA:
		return "OA"
	case RegionAA:
		return "AA"
	case Cervical:
		return "cervical"
	case Thoracic:
		return "thoracic"
	case Lumbar:
		return "lumbar"
	case Sacral:
		return "sacral"
	case Ribs:
		return "rib"
	}
	return ""
}

// Level is one spinal level (C1-C7, T1-T12, L1-L5, S1-S5), the OA or AA
// joint, or one rib (1-12). The zero Level is not a level. Levels are
// comparable with == and ordered by Compare.
type Level struct {
	Region Region
	Number int // 1-based within the region; 0 for the OA and AA
}

// OAJoint is the occiput-atlas level.
func OAJoint() Level { return Level{Region: RegionOA} }

// AAJoint is the atlas-axis level (the C1-C2 joint).
func AAJoint() Level { return Level{Region: RegionAA} }

// C, T, L, S and R build a Level from a region letter and a number; they do
// not check the number (Valid does).
func C(n int) Level { return Level{Cervical, n} }

// T builds a thoracic level.
func T(n int) Level { return Level{Thoracic, n} }

// L builds a lumbar level.
func L(n int) Level { return Level{Lumbar, n} }

// S builds a sacral level.
func S(n int) Level { return Level{Sacral, n} }

// R builds a rib level.
func R(n int) Level { return Level{Ribs, n} }

// Valid reports whether the level exists: no C8, T13, L6, S6, rib 13 or rib 0.
func (l Level) Valid() bool {
	switch l.Region {
	case RegionOA, RegionAA:
		return l.Number == 0
	case Cervical, Thoracic, Lumbar, Sacral, Ribs:
		return l.Number >= 1 && l.Number <= l.Region.count()
	}
	return false
}

// IsRib reports whether the level is a rib rather than a spinal level.
func (l Level) IsRib() bool { return l.Region == Ribs }

// spineIndex places a spinal level on one axis from the skull down:
// OA, AA, C1..C7, T1..T12, L1..L5, S1..S5. The two joints of the
// craniocervical junction sort first, so the AA (the C1-C2 joint) comes
// before C1. Ribs are their own axis and get their plain number.
func (l Level) spineIndex() int {
	switch l.Region {
	case RegionOA:
		return 0
	case RegionAA:
		return 1
	case Cervical:
		return 1 + l.Number
	case Thoracic:
		return 8 + l.Number
	case Lumbar:
		return 20 + l.Number
	case Sacral:
		return 25 + l.Number
	}
	return l.Number
}

// Compare orders levels from the skull down: OA < AA < C1 < ... < C7 < T1 <
// ... < L5 < S1 < ... < S5, and rib 1 < ... < rib 12. Ribs are a separate
// axis; so that sorting is total, every spinal level sorts before every rib.
// It returns -1, 0 or +1.
func (l Level) Compare(o Level) int {
	if l.IsRib() != o.IsRib() {
		if l.IsRib() {
			return 1
		}
		return -1
	}
	a, b := l.spineIndex(), o.spineIndex()
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// Next is the level below l on its axis (T4 -> T5, T12 -> L1, rib 4 ->
// rib 5); ok is false at the end of the axis (S5, rib 12).
func (l Level) Next() (next Level, ok bool) {
	switch {
	case l.Region == RegionOA:
		return AAJoint(), true
	case l.Region == RegionAA:
		return C(1), true
	case l.Number < l.Region.count():
		return Level{l.Region, l.Number + 1}, true
	case l.Region == Cervical:
		return T(1), true
	case l.Region == Thoracic:
		return L(1), true
	case l.Region == Lumbar:
		return S(1), true
	}
	return Level{}, false
}

// String writes the level as the maps do: "T10", "OA", "rib 4".
func (l Level) String() string {
	switch l.Region {
	case RegionOA, RegionAA:
		return l.Region.String()
	case Ribs:
		return "rib " + strconv.Itoa(l.Number)
	case RegionNone:
		return ""
	}
	return l.Region.letter() + strconv.Itoa(l.Number)
}

// Range is an inclusive run of levels on one axis, From above (or equal to)
// To. A single level is a Range with From == To.
type Range struct {
	From, To Level
}

// Single makes the one-level Range of l.
func Single(l Level) Range { return Range{l, l} }

// IsSingle reports whether the range is one level.
func (r Range) IsSingle() bool { return r.From == r.To }

// Contains reports whether l lies within the range (same axis, From <= l <= To).
func (r Range) Contains(l Level) bool {
	if !l.Valid() || l.IsRib() != r.From.IsRib() {
		return false
	}
	return r.From.Compare(l) <= 0 && l.Compare(r.To) <= 0
}

// Levels lists every level of the range, top first.
func (r Range) Levels() []Level {
	var out []Level
	for l := r.From; l.Valid(); {
		out = append(out, l)
		if l == r.To {
			break
		}
		next, ok := l.Next()
		if !ok {
			break
		}
		l = next
	}
	return out
}

// String writes the range in the maps' form: "T4" for one level, "T5-T9"
// for spinal ranges (the region letter repeated, even within one region),
// and "rib 3-rib 5" for ribs, the shape SCHEMA.md gives map levels.
func (r Range) String() string {
	if r.IsSingle() {
		return r.From.String()
	}
	return fmt.Sprintf("%s-%s", r.From, r.To)
}

// ribNumbers writes a rib range the way a diagnosis reads: "rib 4" or
// "ribs 3-5".
func (r Range) ribNumbers() string {
	if r.IsSingle() {
		return r.From.String()
	}
	return fmt.Sprintf("ribs %d-%d", r.From.Number, r.To.Number)
}
