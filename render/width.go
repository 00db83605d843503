package render

import (
	"strings"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
)

// omt measures text in one place. Width and Truncate give exactly what
// x/ansi's StringWidth and Truncate give (a test holds them to it on every
// rune and on random text of every kind, escapes included), but they count
// where counting is enough: a line of ASCII, Latin, Greek or Cyrillic text,
// box drawing and the symbols omt draws, styled with SGR or OSC sequences,
// takes a column a rune, and counting is many times cheaper than the
// grapheme segmentation x/ansi does (BenchmarkWidth). Anything else (wide
// scripts, emoji, combining marks, other escapes) is x/ansi's to measure.

// Width is the number of columns s takes on a terminal; escape sequences
// take none.
func Width(s string) int {
	n := 0
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == ansi.ESC:
			end, ok := escapeEnd(s, i)
			if !ok {
				return ansi.StringWidth(s)
			}
			i = end
			continue
		case c < utf8.RuneSelf:
			if c >= 0x20 && c != 0x7f { // a control takes no column
				n++
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if !narrow(r) {
			return ansi.StringWidth(s)
		}
		n++
		i += size
	}
	return n
}

// Truncate shortens s to w columns, ending in tail when it cuts; when tail
// does not fit in w, the result is empty.
func Truncate(s string, w int, tail string) string {
	n, ok := narrowWidth(s)
	t, tok := narrowWidth(tail)
	if !ok || !tok {
		return ansi.Truncate(s, w, tail)
	}
	if n <= w {
		return s
	}
	if w -= t; w < 0 {
		return ""
	}
	return s[:runeOffset(s, w)] + tail
}

// narrowWidth is the width of unstyled text whose every rune takes one
// column: its rune count, and true; false for any other text.
func narrowWidth(s string) (int, bool) {
	n := 0
	for _, r := range s {
		if !narrowRune(r) {
			return 0, false
		}
		n++
	}
	return n, true
}

// narrowText reports whether text is made of words of narrow runes (see
// narrowRune) between spaces, tabs and line breaks: text that wraps by
// counting its runes.
func narrowText(text string) bool {
	for _, r := range text {
		if r != ' ' && r != '\n' && r != '\t' && r != '\r' && !narrowRune(r) {
			return false
		}
	}
	return true
}

// narrowRune reports whether a rune certainly takes one column and joins
// no grapheme cluster: printable ASCII, or one of narrow's.
func narrowRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 0x20 && r != 0x7f
	}
	return narrow(r)
}

// narrow reports whether a rune beyond ASCII certainly takes one column
// and joins no grapheme cluster: Latin-1 and Latin extended, Greek and
// Cyrillic letters, general punctuation, arrows and mathematical
// operators, box drawing, blocks and geometric shapes, and the marks the
// browser draws. The combining marks, format controls and the two wide
// squares in those blocks are left out: they take no column or two.
func narrow(r rune) bool {
	switch {
	case r >= 0xa0 && r < 0x300: // Latin-1 and Latin extended
		return r != 0xad // the soft hyphen
	case r >= 0x370 && r < 0x530: // Greek and Cyrillic
		return r < 0x483 || r > 0x489 // Cyrillic combining marks
	case r >= 0x2010 && r < 0x2070: // dashes, quotes, bullets, ellipsis
		return r < 0x2028 || r > 0x202e && r < 0x2060 // line separators, bidi and invisible controls
	case r >= 0x2190 && r < 0x2300: // arrows, mathematical operators (≡ ×)
		return true
	case r >= 0x2500 && r < 0x25fd: // box drawing, blocks, geometric shapes (◆ ▸)
		return true
	case r == 0x2717 || r == 0x2713 || r == 0x26a0: // ✗ ✓ ⚠
		return true
	}
	return false
}

// escapeEnd is the index just past the escape sequence at i, and true, for
// the sequences a styled line carries: CSI (ESC [, parameter and
// intermediate bytes, a final byte) and OSC (ESC ], printable ASCII, ended
// by BEL or ESC \). For anything else it is false, and x/ansi measures.
func escapeEnd(s string, i int) (int, bool) {
	if i+1 >= len(s) {
		return 0, false
	}
	switch s[i+1] {
	case '[':
		for j := i + 2; j < len(s); j++ {
			switch c := s[j]; {
			case c >= 0x40 && c <= 0x7e:
				return j + 1, true
			case c < 0x20 || c > 0x3f:
				return 0, false
			}
		}
	case ']':
		for j := i + 2; j < len(s); j++ {
			switch c := s[j]; {
			case c == 0x07:
				return j + 1, true
			case c == ansi.ESC:
				if j+1 < len(s) && s[j+1] == '\\' {
					return j + 2, true
				}
				return 0, false
			case c < 0x20 || c > 0x7e:
				return 0, false
			}
		}
	}
	return 0, false
}

// runeOffset is the byte offset of the n-th rune of s.
func runeOffset(s string, n int) int {
	for i := range s {
		if n == 0 {
			return i
		}
		n--
	}
	return len(s)
}

// WriteSpaces writes n spaces without building a string for them.
func WriteSpaces(sb *strings.Builder, n int) {
	const spaces = "                                                                "
	for n > 0 {
		k := min(n, len(spaces))
		sb.WriteString(spaces[:k])
		n -= k
	}
}
