package notation

import (
	"errors"
	"fmt"
)

// ParseLevel reads one level: "T10", "C2", "L5", "S2", "OA", "AA", "rib 4",
// "R4", "4th rib", "first rib". Case and spaces do not matter ("t 10").
func ParseLevel(text string) (Level, error) {
	r, err := ParseRange(text)
	if err != nil {
		var perr *Error
		if errors.As(err, &perr) {
			perr.examples = LevelExamples()
		}
		return Level{}, err
	}
	if !r.IsSingle() {
		return Level{}, &Error{Input: text, Offset: 0, Token: text, Reason: "this is a range of levels; name one level", examples: LevelExamples()}
	}
	return r.From, nil
}

// ParseRange reads a level or a range of levels: "T3-T8", "T3-8", "T3 to T8",
// "T12-L2", "ribs 3-5", "rib 3-rib 5", "R3-R5", "3rd-5th ribs". A single
// level is a one-level Range.
func ParseRange(text string) (Range, error) {
	p, err := newParser(text)
	if err != nil {
		err.examples = RangeExamples()
		return Range{}, err
	}
	var r Range
	var perr *Error
	switch {
	case p.ribLevelAhead(0):
		r, perr = p.ribRange()
	case p.spinalLevelAhead(0):
		r, perr = p.spinalRange()
	default:
		perr = p.errAt(p.cur(), "expected a level such as T10, OA or rib 4")
		if p.atEOF() {
			perr.Reason = "there is no level to read"
		}
	}
	if perr == nil {
		perr = p.expectEOF("the level")
	}
	if perr != nil {
		perr.examples = RangeExamples()
		return Range{}, perr
	}
	return r, nil
}

// spinalLevelAhead reports whether a spinal level starts k tokens ahead:
// C, T, L or S followed by a number, or OA or AA.
func (p *parser) spinalLevelAhead(k int) bool {
	if p.is(k, "oa", "aa") {
		return true
	}
	return p.is(k, "c", "t", "l", "s") && p.peek(k+1).kind == tkNumber
}

// ribLevelAhead reports whether a rib level starts k tokens ahead: rib or
// ribs or R followed by a number, or an ordinal followed by rib(s).
func (p *parser) ribLevelAhead(k int) bool {
	switch {
	case p.is(k, "rib", "ribs", "r") && p.peek(k+1).kind == tkNumber:
		return true
	case p.ordinalAhead(k):
		j := k + 1
		if p.peek(j).kind == tkDash || p.is(j, "to") {
			j += 2
		}
		return p.is(j, "rib", "ribs")
	}
	return false
}

// levelAhead reports whether any level starts k tokens ahead.
func (p *parser) levelAhead(k int) bool { return p.spinalLevelAhead(k) || p.ribLevelAhead(k) }

// ordinalAhead reports whether an ordinal (4th, fourth) is k tokens ahead.
func (p *parser) ordinalAhead(k int) bool {
	t := p.peek(k)
	return t.kind == tkOrdinal || ordinalWord(t) > 0
}

// ordinalWord reads first..twelfth; 0 for any other token.
func ordinalWord(t token) int {
	if t.kind != tkWord {
		return 0
	}
	for n, w := range [...]string{"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth"} {
		if t.lower == w {
			return n + 1
		}
	}
	return 0
}

// spinalLevel = ("C" | "T" | "L" | "S") number | "OA" | "AA" .
func (p *parser) spinalLevel() (Level, *Error) {
	t := p.next()
	var region Region
	switch t.lower {
	case "oa":
		return OAJoint(), nil
	case "aa":
		return AAJoint(), nil
	case "c":
		region = Cervical
	case "t":
		region = Thoracic
	case "l":
		region = Lumbar
	case "s":
		region = Sacral
	default:
		return Level{}, p.errAt(t, "expected a spinal level such as T4")
	}
	n := p.next()
	return p.numbered(region, n, t.pos)
}

// numbered checks that n is a level of region; the error spans from start.
func (p *parser) numbered(region Region, n token, start int) (Level, *Error) {
	l := Level{Region: region, Number: n.num}
	if n.kind != tkNumber && n.kind != tkOrdinal {
		return Level{}, p.errAt(n, "expected a number after "+region.letter())
	}
	if !l.Valid() {
		return Level{}, p.errSpan(start, n.end, levelLimits(region))
	}
	return l, nil
}

// levelLimits says which numbers a region has, for errors such as C8 or T13.
func levelLimits(region Region) string {
	if region == Ribs {
		return fmt.Sprintf("there is no such rib; ribs are numbered 1-%d", region.count())
	}
	return fmt.Sprintf("there is no such level; %s levels are %s1-%s%d", region, region.letter(), region.letter(), region.count())
}

// spinalRange = spinalLevel [ ("-" | "to") (spinalLevel | number) ] .
// A bare number ends the range in the first level's region: T3-8 is T3-T8.
func (p *parser) spinalRange() (Range, *Error) {
	start := p.cur().pos
	from, err := p.spinalLevel()
	if err != nil {
		return Range{}, err
	}
	if !(p.cur().kind == tkDash || p.is(0, "to")) || !(p.spinalLevelAhead(1) || p.peek(1).kind == tkNumber) {
		return Single(from), nil
	}
	p.next()
	var to Level
	if p.cur().kind == tkNumber {
		if from.Region == RegionOA || from.Region == RegionAA {
			return Range{}, p.errAt(p.cur(), "the OA and AA are single joints, not the start of a range")
		}
		n := p.next()
		to, err = p.numbered(from.Region, n, n.pos)
	} else {
		to, err = p.spinalLevel()
	}
	if err != nil {
		return Range{}, err
	}
	return p.checkRange(from, to, start)
}

// checkRange enforces that a range runs down the axis and that the OA and AA,
// single joints, stand alone.
func (p *parser) checkRange(from, to Level, start int) (Range, *Error) {
	end := p.toks[p.i-1].end
	switch {
	case from == to:
		return Single(from), nil
	case from.Region == RegionOA || from.Region == RegionAA || to.Region == RegionOA || to.Region == RegionAA:
		return Range{}, p.errSpan(start, end, "the OA and AA are single joints and do not form ranges")
	case from.Compare(to) > 0:
		return Range{}, p.errSpan(start, end, fmt.Sprintf("a range runs from the upper level down; write %s-%s", to, from))
	}
	return Range{From: from, To: to}, nil
}

// ribRange = ("rib" | "ribs" | "R") number [ ("-" | "to") [ "rib" | "ribs" | "R" ] number ]
//
//	| ordinal [ ("-" | "to") ordinal ] ( "rib" | "ribs" ) .
func (p *parser) ribRange() (Range, *Error) {
	start := p.cur().pos
	if p.ordinalAhead(0) {
		from, err := p.ribOrdinal()
		if err != nil {
			return Range{}, err
		}
		to := from
		if p.cur().kind == tkDash || p.is(0, "to") {
			p.next()
			if to, err = p.ribOrdinal(); err != nil {
				return Range{}, err
			}
		}
		if !p.accept("rib", "ribs") {
			return Range{}, p.errAt(p.cur(), "expected 'rib' after the ordinal")
		}
		return p.checkRange(from, to, start)
	}
	p.next() // rib, ribs or R
	n := p.next()
	from, err := p.numbered(Ribs, n, start)
	if err != nil {
		return Range{}, err
	}
	to := from
	if (p.cur().kind == tkDash || p.is(0, "to")) && (p.peek(1).kind == tkNumber || p.is(1, "rib", "ribs", "r") && p.peek(2).kind == tkNumber) {
		p.next()
		at := p.cur().pos
		p.accept("rib", "ribs", "r")
		if to, err = p.numbered(Ribs, p.next(), at); err != nil {
			return Range{}, err
		}
	}
	return p.checkRange(from, to, start)
}

// ribOrdinal reads 4th or fourth as a rib.
func (p *parser) ribOrdinal() (Level, *Error) {
	t := p.next()
	if n := ordinalWord(t); n > 0 {
		return R(n), nil
	}
	if t.kind != tkOrdinal {
		return Level{}, p.errAt(t, "expected an ordinal such as 4th")
	}
	return p.numbered(Ribs, t, t.pos)
}
