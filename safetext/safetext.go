// Package safetext makes text that users and school overlays wrote safe to
// show on a terminal, by writing out, as visible text, every character a
// terminal would act on instead of showing.
//
// Such text enters omt at two places, and is made safe there so that every
// view inherits it: the school overlays merged into the catalogue
// (techniques), and the store's reads of notes, bookmarks and history
// (store). A note holding "\x1b]8;;http://evil\a" is shown as those very
// characters, backslashes and all: nothing is silently dropped, and the
// terminal is never told to open a link, answer a query or reorder text.
//
// What is written out, as a Go string literal writes it:
//
//   - C0 controls (ESC, BEL, CR, backspace, NUL...) but newline and tab,
//     which notes and steps use: ESC becomes \x1b, CR becomes \r;
//   - DEL, and the C1 controls U+0080 to U+009F, which some terminals take
//     as ESC sequences (U+009B is CSI): \u009b;
//   - Unicode format characters (category Cf), which are invisible: the bidi
//     controls U+202A to U+202E, U+2066 to U+2069, U+200E, U+200F and U+061C,
//     which reorder what is shown, the soft hyphen, zero-width spaces and tags.
//     The joiners U+200C and U+200D stay, since Persian, Indic scripts and
//     emoji need them;
//   - bytes that are not UTF-8, which 8-bit terminals may read as C1: \x9b.
//
// Visible is idempotent, and leaves text with none of these unchanged. It is
// not reversible (a note that holds a backslash followed by x1b reads the
// same), which is why the store keeps the text as written and exports it
// exactly, with EscapeJSON.
package safetext

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Visible returns s with every character a terminal would act on written
// out as text (see the package documentation).
func Visible(s string) string {
	i := firstUnsafe(s)
	if i == len(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 16)
	b.WriteString(s[:i])
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b.WriteString(`\x`)
			writeHex(&b, rune(s[i]), 2)
		case unsafeRune(r):
			writeEscape(&b, r)
		default:
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return b.String()
}

const hexDigits = "0123456789abcdef"

// shortEscapes are the C0 controls a Go string literal names by a letter.
var shortEscapes = [...]string{'\a': `\a`, '\b': `\b`, '\f': `\f`, '\n': `\n`, '\r': `\r`, '\t': `\t`, '\v': `\v`}

// writeEscape writes r as strconv.QuoteRune would inside its quotes (\x1b,
// \r, \u009b, \U000e0041), without a string for each rune.
func writeEscape(b *strings.Builder, r rune) {
	switch {
	case int(r) < len(shortEscapes) && shortEscapes[r] != "":
		b.WriteString(shortEscapes[r])
	case r < utf8.RuneSelf:
		b.WriteString(`\x`)
		writeHex(b, r, 2)
	case r <= 0xffff:
		b.WriteString(`\u`)
		writeHex(b, r, 4)
	default:
		b.WriteString(`\U`)
		writeHex(b, r, 8)
	}
}

// writeHex writes the low digits hexadecimal digits of r.
func writeHex(b *strings.Builder, r rune, digits int) {
	for shift := 4 * (digits - 1); shift >= 0; shift -= 4 {
		b.WriteByte(hexDigits[r>>shift&0xf])
	}
}

// IsSafe reports whether s holds nothing that Visible would write out.
func IsSafe(s string) bool { return firstUnsafe(s) == len(s) }

// firstUnsafe is the index of the first byte Visible writes out, or len(s).
func firstUnsafe(s string) int {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c < 0x20 && c != '\n' && c != '\t' || c == 0x7f {
				return i
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 || unsafeRune(r) {
			return i
		}
		i += size
	}
	return len(s)
}

// unsafeRune reports whether a terminal would act on r, or hide it, instead
// of showing it.
func unsafeRune(r rune) bool {
	switch {
	case r == '\n' || r == '\t':
		return false
	case r < 0x20 || r >= 0x7f && r <= 0x9f:
		return true
	case r < 0xad:
		return false
	case r == 0x200c || r == 0x200d: // the joiners scripts and emoji need
		return false
	}
	return unicode.Is(unicode.Cf, r)
}
