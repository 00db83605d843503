package notation

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// tokenKind classifies a token of written notation.
type tokenKind uint8

const (
	tkEOF     tokenKind = iota
	tkWord              // a run of ASCII letters: T, ERS, left, innominate
	tkNumber            // a run of digits: 4, 10
	tkOrdinal           // digits with st/nd/rd/th: 4th
	tkLParen            // (
	tkRParen            // )
	tkDash              // -, or an en or em dash
	tkComma             // , ; . & (separators the reader skips inside a motion)
)

// token is one lexeme with its place in the input.
type token struct {
	kind  tokenKind
	text  string // as written
	lower string // lower case, for matching words
	num   int    // the value of a number or ordinal, capped at maxNumber
	pos   int    // byte offset of the first byte
	end   int    // byte offset just past the last byte
}

// maxNumber caps numbers so that a long run of digits cannot overflow; any
// value this large is already no level.
const maxNumber = 1000

// lex splits the input into tokens. Letters and digits split apart, so "T10"
// is the word T and the number 10, and "ERS(L)" is ERS ( L ). Spaces separate
// and are dropped. Any other character is an error at its position.
func lex(input string) ([]token, *Error) {
	var toks []token
	i := 0
	for i < len(input) {
		r, size := utf8.DecodeRuneInString(input[i:])
		start := i
		switch {
		case unicode.IsSpace(r):
			i += size
			continue
		case isASCIILetter(r):
			for i < len(input) && isASCIILetter(rune(input[i])) {
				i++
			}
			toks = append(toks, word(input, start, i))
		case r >= '0' && r <= '9':
			n := 0
			for i < len(input) && input[i] >= '0' && input[i] <= '9' {
				n = min(n*10+int(input[i]-'0'), maxNumber)
				i++
			}
			kind := tkNumber
			if j := ordinalSuffixEnd(input, i); j > i {
				kind, i = tkOrdinal, j
			}
			toks = append(toks, token{kind: kind, text: input[start:i], lower: strings.ToLower(input[start:i]), num: n, pos: start, end: i})
		case r == '(' || r == ')' || r == '-' || r == '\u2013' || r == '\u2014' || r == ',' || r == ';' || r == '.' || r == '&':
			i += size
			toks = append(toks, token{kind: punctuation(r), text: input[start:i], lower: input[start:i], pos: start, end: i})
		default:
			return nil, &Error{Input: input, Offset: start, Token: input[start : start+size], Reason: "this character is not part of any notation"}
		}
	}
	return append(toks, token{kind: tkEOF, pos: len(input), end: len(input)}), nil
}

func isASCIILetter(r rune) bool { return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' }

func word(input string, start, end int) token {
	return token{kind: tkWord, text: input[start:end], lower: strings.ToLower(input[start:end]), pos: start, end: end}
}

// ordinalSuffixEnd returns the end of an st/nd/rd/th suffix that starts at i
// and is not followed by another letter, or i when there is none.
func ordinalSuffixEnd(input string, i int) int {
	if i+2 > len(input) {
		return i
	}
	switch strings.ToLower(input[i : i+2]) {
	case "st", "nd", "rd", "th":
	default:
		return i
	}
	if i+2 < len(input) && isASCIILetter(rune(input[i+2])) {
		return i
	}
	return i + 2
}

func punctuation(r rune) tokenKind {
	switch r {
	case '(':
		return tkLParen
	case ')':
		return tkRParen
	case '-', '\u2013', '\u2014':
		return tkDash
	}
	return tkComma
}
