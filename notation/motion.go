package notation

// A spinal motion ("ERS(L)", "N SlRr", "extended, rotated and side-bent
// left") is first turned into symbols, one per letter or word, and then read
// by the motion production. Only the letter R is ambiguous: it is the
// rotation in "RS(L)" and the side in "SlRr". The reader tries both readings
// of each R and keeps the readings that use every symbol; the grammar takes at
// most five symbols, so this stays small however long the input.

// symKind classifies a motion symbol.
type symKind uint8

const (
	symPosition symKind = iota // F, E, N, flexed, extended, neutral
	symRotation                // rotated, rotation (never ambiguous)
	symSideBend                // S, side-bent, sidebending
	symSide                    // L, left, right, (R), -R: certainly a side
	symR                       // a bare letter R: rotation or right
)

// sym is one motion symbol with its place in the input.
type sym struct {
	kind     symKind
	position Position
	side     Side
	pos, end int
}

// motionSymbols turns the tokens from the current one to the end of the
// input into symbols. Commas, "and", and "to the" before a side are skipped.
func (p *parser) motionSymbols() ([]sym, *Error) {
	var out []sym
	for !p.atEOF() {
		t := p.next()
		switch t.kind {
		case tkComma:
			continue
		case tkLParen, tkDash:
			s, ok := sideWord(p.cur())
			if !ok {
				return nil, p.errAt(p.cur(), "expected L or R after "+t.text)
			}
			last := p.next()
			if t.kind == tkLParen {
				if last = p.next(); last.kind != tkRParen {
					return nil, p.errAt(last, "expected ) after the side")
				}
			}
			out = append(out, sym{kind: symSide, side: s, pos: t.pos, end: last.end})
			continue
		case tkWord:
		default:
			return nil, p.errAt(t, "expected a motion: F, E or N, then R and S with their sides")
		}
		if s, ok := p.spelledSymbol(t); ok {
			if s.kind != symPosition || s.position != PositionNone {
				out = append(out, s)
			}
			continue
		}
		letters, ok := letterSymbols(t)
		if !ok {
			return nil, p.errAt(t, "expected a motion: F, E or N, then R and S with their sides")
		}
		out = append(out, letters...)
	}
	return out, nil
}

// spelledSymbol reads one spelled-out motion word: flexed, extended, neutral,
// rotated, side-bent (also "side bent", "side-bending"), left, right. "and",
// "to" and "the" give a position symbol with no position, which the caller
// drops.
func (p *parser) spelledSymbol(t token) (sym, bool) {
	s := sym{pos: t.pos, end: t.end}
	switch t.lower {
	case "flexed", "flexion":
		s.kind, s.position = symPosition, Flexed
	case "extended", "extension":
		s.kind, s.position = symPosition, Extended
	case "neutral":
		s.kind, s.position = symPosition, Neutral
	case "rotated", "rotation":
		s.kind = symRotation
	case "sidebent", "sidebending", "sidebend":
		s.kind = symSideBend
	case "side":
		if p.cur().kind == tkDash && p.is(1, "bent", "bending", "bend") {
			p.next()
		}
		if !p.is(0, "bent", "bending", "bend") {
			return sym{}, false
		}
		s.kind, s.end = symSideBend, p.next().end
	case "left", "right":
		s.kind, s.side = symSide, sideOfWord(t.lower)
	case "and", "to", "the":
		s.kind = symPosition
	default:
		return sym{}, false
	}
	return s, true
}

// sideOfWord reads "left" or "right".
func sideOfWord(w string) Side {
	if w == "left" {
		return Left
	}
	return Right
}

// letterSymbols splits a word such as ERlSl into one symbol per letter. Only
// the letters F, E, N, R, S and L make motion words.
func letterSymbols(t token) ([]sym, bool) {
	out := make([]sym, 0, len(t.lower))
	for j := 0; j < len(t.lower); j++ {
		s := sym{pos: t.pos + j, end: t.pos + j + 1}
		switch t.lower[j] {
		case 'f':
			s.kind, s.position = symPosition, Flexed
		case 'e':
			s.kind, s.position = symPosition, Extended
		case 'n':
			s.kind, s.position = symPosition, Neutral
		case 's':
			s.kind = symSideBend
		case 'l':
			s.kind, s.side = symSide, Left
		case 'r':
			s.kind = symR
		default:
			return nil, false
		}
		out = append(out, s)
	}
	return out, true
}

// motionReading is one complete reading of the symbols.
type motionReading struct {
	position         Position
	rotation, bend   Side
	hasRot, hasBend  bool
	lastWasRotation  bool // which component came last, for side inheritance
	lastHasSide      bool
	firstSideMissing bool
}

// motionWalk enumerates readings of syms by the production
//
//	motion    = [ position ] component [ component ] .
//	component = ( "R" | "S" ) [ side ] .
//
// trying both readings of each bare R. It appends each reading that uses every
// symbol to done and returns the index of the furthest symbol any reading
// could not take (len(syms) when one reading took them all).
func motionWalk(syms []sym, i int, st motionReading, done *[]motionReading) int {
	if i == len(syms) {
		if st.started() {
			*done = append(*done, st)
		}
		return i
	}
	furthest := i
	for _, next := range st.take(syms[i], i == 0) {
		furthest = max(furthest, motionWalk(syms, i+1, next, done))
	}
	return furthest
}

// take lists the readings that follow from st taking the symbol s: none when
// the production has no place for it, and for a bare R first its reading as
// a rotation, then as the side right. first says s is the motion's first
// symbol, the only place a position may stand.
func (st motionReading) take(s sym, first bool) []motionReading {
	var out []motionReading
	switch s.kind {
	case symPosition:
		if first {
			st.position = s.position
			out = append(out, st)
		}
	case symRotation:
		out = st.appendComponent(out, true)
	case symSideBend:
		out = st.appendComponent(out, false)
	case symSide:
		out = st.appendSide(out, s.side)
	case symR:
		out = st.appendComponent(out, true)
		out = st.appendSide(out, Right)
	}
	return out
}

// started says a component (rotation or side-bending) has been read.
func (st motionReading) started() bool { return st.hasRot || st.hasBend }

// appendComponent appends to out the reading after a rotation (isRot) or a
// side-bending, when st has none yet. A component that follows one still
// without its side leaves that side to be shared (see resolve).
func (st motionReading) appendComponent(out []motionReading, isRot bool) []motionReading {
	if isRot && st.hasRot || !isRot && st.hasBend {
		return out
	}
	next := st
	if st.started() && !st.lastHasSide {
		next.firstSideMissing = true
	}
	if isRot {
		next.hasRot = true
	} else {
		next.hasBend = true
	}
	next.lastWasRotation, next.lastHasSide = isRot, false
	return append(out, next)
}

// appendSide appends to out the reading after a side, which belongs to the
// last component read, when there is one still without its side.
func (st motionReading) appendSide(out []motionReading, side Side) []motionReading {
	if !st.started() || st.lastHasSide {
		return out
	}
	next := st
	if st.lastWasRotation {
		next.rotation = side
	} else {
		next.bend = side
	}
	next.lastHasSide = true
	return append(out, next)
}

// resolve applies the shared-side rule: in "RS(L)" and "rotated and side-bent
// left" the first component, written without a side, takes the side of the
// second. It reports false when a component is still without a side.
func (m motionReading) resolve() (motionReading, bool) {
	if !m.lastHasSide {
		return m, false
	}
	if m.firstSideMissing {
		if m.lastWasRotation {
			m.bend = m.rotation
		} else {
			m.rotation = m.bend
		}
	}
	return m, true
}

// motion reads the symbols of a spinal motion from the current token to the
// end of the input.
func (p *parser) motion() (motionReading, int, int, *Error) {
	start := p.cur()
	syms, err := p.motionSymbols()
	if err != nil {
		return motionReading{}, 0, 0, err
	}
	if len(syms) == 0 {
		return motionReading{}, 0, 0, p.errAt(start, "expected the motion after the level, as in T4 ERS(L) or L3 NSlRr")
	}
	from, to := syms[0].pos, syms[len(syms)-1].end
	var done []motionReading
	if furthest := motionWalk(syms, 0, motionReading{}, &done); len(done) == 0 {
		if furthest >= len(syms) {
			return motionReading{}, 0, 0, p.errSpan(from, to, "the motion names no rotation or side-bending")
		}
		bad := syms[furthest]
		return motionReading{}, 0, 0, p.errSpan(bad.pos, bad.end, "a motion is written F, E or N, then R and S each at most once, each with its side")
	}
	var readings []motionReading
	for _, m := range done {
		if r, ok := m.resolve(); ok && !containsReading(readings, r) {
			readings = append(readings, r)
		}
	}
	switch len(readings) {
	case 0:
		return motionReading{}, 0, 0, p.errSpan(from, to, "the motion does not say which side; add L or R, as in ERS(L)")
	case 1:
		return readings[0], from, to, nil
	}
	return motionReading{}, 0, 0, p.errSpan(from, to, "the letters can be read more than one way; put the sides in brackets, as in ER(R)S(R)")
}

// containsReading compares readings by what they mean.
func containsReading(rs []motionReading, r motionReading) bool {
	for _, x := range rs {
		if x.position == r.position && x.rotation == r.rotation && x.bend == r.bend && x.hasRot == r.hasRot && x.hasBend == r.hasBend {
			return true
		}
	}
	return false
}
