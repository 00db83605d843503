package notation

import "strings"

// parser reads a token slice by recursive descent. Each production is one
// method; none of them looks more than three tokens ahead, and the only
// backtracking is inside a spinal motion (motion.go), which is bounded.
type parser struct {
	input string
	toks  []token
	i     int
	// readAs says how a word that the sources use in more than one sense
	// was read, so that the choice is never silent.
	readAs []string
}

func newParser(input string) (*parser, *Error) {
	toks, err := lex(input)
	if err != nil {
		return nil, err
	}
	return &parser{input: input, toks: toks}, nil
}

// Parse reads one written somatic dysfunction diagnosis. The grammar is in
// the package documentation. It returns *Error when the text is not a
// diagnosis it can read, or names an impossible or self-contradictory one.
func Parse(text string) (Diagnosis, error) {
	d, _, err := ParseNoted(text)
	return d, err
}

// ParseNoted reads a diagnosis as Parse does, and also returns a note for
// each word it read in one of several senses the sources give it ("sacral
// shear" is read as a unilateral sacral flexion), with what to write for
// the other sense. The notes belong with the reading wherever it is shown.
func ParseNoted(text string) (Diagnosis, []string, error) {
	p, lexErr := newParser(text)
	if lexErr != nil {
		return Diagnosis{}, nil, lexErr
	}
	d, err := p.diagnosis()
	if err != nil {
		return Diagnosis{}, nil, err
	}
	return d, p.readAs, nil
}

// peek returns the token k ahead of the current one (EOF past the end).
func (p *parser) peek(k int) token {
	if p.i+k < len(p.toks) {
		return p.toks[p.i+k]
	}
	return p.toks[len(p.toks)-1]
}

func (p *parser) cur() token { return p.peek(0) }

func (p *parser) next() token {
	t := p.cur()
	if t.kind != tkEOF {
		p.i++
	}
	return t
}

func (p *parser) atEOF() bool { return p.cur().kind == tkEOF }

// is reports whether the token k ahead is one of the given words.
func (p *parser) is(k int, words ...string) bool {
	t := p.peek(k)
	if t.kind != tkWord {
		return false
	}
	for _, w := range words {
		if t.lower == w {
			return true
		}
	}
	return false
}

// accept consumes the current token if it is one of the words.
func (p *parser) accept(words ...string) bool {
	if p.is(0, words...) {
		p.i++
		return true
	}
	return false
}

// errAt makes an Error located at token t.
func (p *parser) errAt(t token, reason string) *Error {
	return &Error{Input: p.input, Offset: t.pos, Token: t.text, Reason: reason}
}

// errSpan makes an Error located at the input between two byte offsets.
func (p *parser) errSpan(from, to int, reason string) *Error {
	return &Error{Input: p.input, Offset: from, Token: strings.TrimSpace(p.input[from:to]), Reason: reason}
}

// expectEOF fails unless every token has been read.
func (p *parser) expectEOF(what string) *Error {
	if p.atEOF() {
		return nil
	}
	return p.errAt(p.cur(), "unexpected text after "+what)
}

// diagnosis = torsion | segment | rib | sacrum | pelvis .
// It chooses the production from the first tokens.
func (p *parser) diagnosis() (Diagnosis, error) {
	if p.atEOF() {
		return Diagnosis{}, &Error{Input: p.input, Offset: len(p.input), Reason: "there is no diagnosis to read"}
	}
	if p.onPhraseAhead(0) {
		return p.torsion()
	}
	start := p.cur()
	side := SideNone
	if s, ok := sideWord(start); ok && !p.levelAhead(0) {
		side = s
		p.next()
	}
	switch {
	case p.ribLevelAhead(0):
		return p.ribFromLevels(side)
	case p.spinalLevelAhead(0):
		if side != SideNone {
			return Diagnosis{}, p.errAt(start, "a spinal segment is not named with a leading side; write the level first, as in T4 ERS(L)")
		}
		return p.segment()
	case p.onPhraseAhead(0):
		return Diagnosis{}, p.errAt(start, "a sacral torsion is named 'X on Y' without another side, as in left on left sacral torsion")
	case p.ribKindAhead(0):
		return p.ribFromKind(side)
	case p.sacralAhead():
		return p.sacrum(side, start)
	case p.pelvicAhead():
		return p.pelvis(side, start)
	}
	if p.atEOF() {
		return Diagnosis{}, p.errAt(p.cur(), "a side alone is not a diagnosis")
	}
	return Diagnosis{}, p.errAt(p.cur(), "expected a level (T4, rib 4), a sacral or pelvic term, or 'X on Y'")
}

// sideWord reads L, R, left or right.
func sideWord(t token) (Side, bool) {
	if t.kind != tkWord {
		return SideNone, false
	}
	switch t.lower {
	case "l", "left":
		return Left, true
	case "r", "right":
		return Right, true
	}
	return SideNone, false
}

// optSide reads an optional side: a side word, or the phrase clinicians say
// after a diagnosis ("on the right", "on the left side", "right side").
func (p *parser) optSide() (Side, token, bool) {
	k := 0
	if p.is(0, "on") {
		k = 1
		if p.is(1, "the") {
			k = 2
		}
	}
	s, ok := sideWord(p.peek(k))
	if !ok {
		return SideNone, token{}, false
	}
	t := p.peek(k)
	p.i += k + 1
	p.accept("side")
	return s, t, true
}

// mergeSide combines a side already read with one found later in the same
// diagnosis ("left rib 4 exhaled left" is fine, "left ... right" is not).
func (p *parser) mergeSide(have Side, found Side, at token) (Side, *Error) {
	if have != SideNone && found != SideNone && have != found {
		return SideNone, p.errAt(at, "the diagnosis names both sides; name one")
	}
	if found != SideNone {
		return found, nil
	}
	return have, nil
}
