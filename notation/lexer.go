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
	for i := 0; i < len(input); {
		r, size := utf8.DecodeRuneInString(input[i:])
		if unicode.IsSpace(r) {
			i += size
			continue
		}
		t, ok := scanToken(input, i, r, size)
		if !ok {
			return nil, &Error{Input: input, Offset: i, Token: input[i : i+size], Reason: "this character is not part of any notation"}
		}
		toks = append(toks, t)
		i = t.end
	}
	return append(toks, token{kind: tkEOF, pos: len(input), end: len(input)}), nil
}

// scanToken reads the token that starts at start with the rune r of size
// bytes, choosing the scanner by the kind of character; it reports false for a
// character that starts no token.
func scanToken(input string, start int, r rune, size int) (token, bool) {
	switch {
	case isASCIILetter(r):
		return scanWord(input, start), true
	case isDigit(r):
		return scanNumber(input, start), true
	}
	kind, ok := punctuation(r)
	if !ok {
		return token{}, false
	}
	end := start + size
	return token{kind: kind, text: input[start:end], lower: input[start:end], pos: start, end: end}, true
}

// scanWord reads the run of ASCII letters that starts at start.
func scanWord(input string, start int) token {
	end := start
	for end < len(input) && isASCIILetter(rune(input[end])) {
		end++
	}
	return token{kind: tkWord, text: input[start:end], lower: strings.ToLower(input[start:end]), pos: start, end: end}
}

// scanNumber reads the run of digits that starts at start, with an ordinal
// suffix when one follows (4th), capping its value at maxNumber.
func scanNumber(input string, start int) token {
	n, end := 0, start
	for end < len(input) && isDigit(rune(input[end])) {
		n = min(n*10+int(input[end]-'0'), maxNumber)
		end++
	}
	kind := tkNumber
	if j := ordinalSuffixEnd(input, end); j > end {
		kind, end = tkOrdinal, j
	}
	return token{kind: kind, text: input[start:end], lower: strings.ToLower(input[start:end]), num: n, pos: start, end: end}
}

func isASCIILetter(r rune) bool { return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' }

func isDigit(r rune) bool { return r >= '0' && r <= '9' }

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

// punctuation classifies the punctuation the notation uses, and reports
// false for any other character.
func punctuation(r rune) (tokenKind, bool) {
	switch r {
	case '(':
		return tkLParen, true
	case ')':
		return tkRParen, true
	case '-', '\u2013', '\u2014':
		return tkDash, true
	case ',', ';', '.', '&':
		return tkComma, true
	}
	return tkEOF, false
}
