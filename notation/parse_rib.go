package notation

// ribKindWord reads the word that names the phase a rib is held in.
// "Elevated" and "depressed" are the older positional names for inhalation
// and exhalation dysfunctions; "superior" is used of the first rib only,
// which the caller checks.
func ribKindWord(t token) (RibKind, bool) {
	if t.kind != tkWord {
		return RibKindNone, false
	}
	switch t.lower {
	case "inhalation", "inhaled", "elevated", "superior":
		return Inhalation, true
	case "exhalation", "exhaled", "depressed":
		return Exhalation, true
	}
	return RibKindNone, false
}

// ribKindAhead reports whether a rib kind word starts k tokens ahead. A
// leading "superior" counts only before a rib ("superior first rib"); before
// anything else it names an innominate or pubic shear.
func (p *parser) ribKindAhead(k int) bool {
	if _, ok := ribKindWord(p.peek(k)); !ok {
		return false
	}
	return !p.is(k, "superior") || p.ribLevelAhead(k+1)
}

// ribFromLevels reads: ribRange [ side ] ribKind [ side ] .
func (p *parser) ribFromLevels(side Side) (Diagnosis, error) {
	r, err := p.ribRange()
	if err != nil {
		return Diagnosis{}, err
	}
	if side, err = p.trailingSide(side); err != nil {
		return Diagnosis{}, err
	}
	kind, kindTok, err := p.ribKind()
	if err != nil {
		return Diagnosis{}, err
	}
	return p.finishRib(side, r, kind, kindTok)
}

// ribFromKind reads: ribKind ribRange .
func (p *parser) ribFromKind(side Side) (Diagnosis, error) {
	kind, kindTok, err := p.ribKind()
	if err != nil {
		return Diagnosis{}, err
	}
	if !p.ribLevelAhead(0) {
		return Diagnosis{}, p.errAt(p.cur(), "expected the rib or ribs, as in exhaled rib 4")
	}
	r, err := p.ribRange()
	if err != nil {
		return Diagnosis{}, err
	}
	return p.finishRib(side, r, kind, kindTok)
}

// ribKind = ribKindWord [ "somatic" ] [ "dysfunction" ] .
// Barrier-named phrases ("inhalation restriction", "restricted in
// inhalation") are refused with the right name, because they mean the
// opposite dysfunction and a wrong guess would reverse the barrier.
func (p *parser) ribKind() (RibKind, token, *Error) {
	t := p.cur()
	if p.is(0, "restricted", "restriction") {
		return RibKindNone, token{}, p.errAt(t, "name a rib for the phase it is held in, not its restriction: a rib restricted in inhalation is an exhalation dysfunction")
	}
	kind, ok := ribKindWord(t)
	if !ok {
		return RibKindNone, token{}, p.errAt(t, "expected inhalation or exhalation (inhaled, exhaled, elevated, depressed)")
	}
	p.next()
	if p.is(0, "restriction", "restricted") {
		return RibKindNone, token{}, p.errAt(p.cur(), "this names the barrier; name the rib for the phase it is held in: "+t.lower+" restriction is an "+otherKind(kind).String()+" dysfunction")
	}
	p.accept("somatic")
	p.accept("dysfunction")
	return kind, t, nil
}

// otherKind swaps inhalation and exhalation.
func otherKind(k RibKind) RibKind {
	if k == Inhalation {
		return Exhalation
	}
	return Inhalation
}

// trailingSide reads an optional side after part of a diagnosis and merges it
// with the side already read.
func (p *parser) trailingSide(have Side) (Side, *Error) {
	s, t, ok := p.optSide()
	if !ok {
		return have, nil
	}
	return p.mergeSide(have, s, t)
}

// finishRib reads a last optional side and checks the whole.
func (p *parser) finishRib(side Side, r Range, kind RibKind, kindTok token) (Diagnosis, error) {
	side, err := p.trailingSide(side)
	if err != nil {
		return Diagnosis{}, err
	}
	if err := p.expectEOF("the rib diagnosis"); err != nil {
		return Diagnosis{}, err
	}
	if kindTok.lower == "superior" && r != Single(R(1)) {
		return Diagnosis{}, p.errAt(kindTok, "'superior' is said of the first rib only; write inhaled or elevated")
	}
	return Diagnosis{Kind: KindRib, Rib: Rib{Side: side, Range: r, Kind: kind}}, nil
}
