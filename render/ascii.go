package render

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// asciiStandIns spell in ASCII the symbols omt draws and the punctuation the
// catalogue uses. Longer keys come first where one extends another (°F, °).
var asciiStandIns = strings.NewReplacer(
	"…", "...", "·", "-", "•", "*", "⚠", "!", "✗", "x", "◆", "#", "▸", ">", "×", "x",
	"–", "-", "—", "--", "‘", "'", "’", "'", "“", `"`, "”", `"`, "°F", "F", "°C", "C", "°", " deg",
	"≥", ">=", "≤", "<=", "±", "+/-", "→", "->", "←", "<-", "↑", "^", "↓", "v", "µ", "u", "\u00a0", " ",
	"─", "-", "━", "-", "│", "|", "┃", "|", "╭", "+", "╮", "+", "╰", "+", "╯", "+",
)

// toASCII rewrites text for a terminal whose locale is not UTF-8: omt's
// symbols and the catalogue's punctuation get their stand-ins, accented
// letters lose their accents (Büchler reads Buchler), and anything left
// becomes "?". Escape sequences are ASCII and pass unchanged.
func toASCII(text []byte) []byte {
	if isASCII(text) {
		return text
	}
	s := asciiStandIns.Replace(string(text))
	var b bytes.Buffer
	for _, r := range norm.NFD.String(s) {
		switch {
		case r < utf8.RuneSelf:
			b.WriteByte(byte(r))
		case unicode.Is(unicode.Mn, r): // a combining accent, split off by NFD
		default:
			b.WriteByte('?')
		}
	}
	return b.Bytes()
}

// jsonToASCII escapes every non-ASCII character of a JSON document as \uXXXX
// (a surrogate pair beyond the BMP): the same data, spelled in ASCII. In
// valid JSON such characters occur only inside strings, where the escape
// means the same.
func jsonToASCII(doc []byte) []byte {
	if isASCII(doc) {
		return doc
	}
	var b bytes.Buffer
	for _, r := range string(doc) {
		switch {
		case r < utf8.RuneSelf:
			b.WriteByte(byte(r))
		case r > 0xffff:
			r -= 0x10000
			fmt.Fprintf(&b, `\u%04x\u%04x`, 0xd800+(r>>10), 0xdc00+(r&0x3ff))
		default:
			fmt.Fprintf(&b, `\u%04x`, r)
		}
	}
	return b.Bytes()
}

// ForLocale makes an answer ASCII for a locale that is not UTF-8: a JSON
// document escaped, anything else transliterated.
func ForLocale(out []byte) []byte {
	if isASCII(out) {
		return out
	}
	if json.Valid(out) {
		return jsonToASCII(out)
	}
	return toASCII(out)
}

func isASCII(b []byte) bool {
	for _, c := range b {
		if c >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// oneColumnStandIns are the ASCII characters that stand in, one column for
// one column, for the symbols and punctuation the browser can show.
var oneColumnStandIns = map[rune]byte{
	'–': '-', '—': '-', '─': '-', '━': '-', '│': '|', '┃': '|', '╭': '+', '╮': '+', '╰': '+', '╯': '+',
	'‘': '\'', '’': '\'', '“': '"', '”': '"', '…': '.', '·': '-', '•': '*', '°': 'o', '×': 'x',
	'▸': '>', '◆': '#', '✗': 'x', '⚠': '!', '\u00a0': ' ',
}

// SameWidthASCII rewrites text for a terminal whose locale is not UTF-8,
// each character that is not ASCII as ASCII of the same width, so that a
// screen's cursor arithmetic still holds: Büchler reads Buchler, an en dash
// a hyphen, anything else "?" per column.
func SameWidthASCII(text []byte) []byte {
	if isASCII(text) {
		return text
	}
	out := make([]byte, 0, len(text))
	for _, r := range string(text) {
		if r < utf8.RuneSelf {
			out = append(out, byte(r))
			continue
		}
		if c, ok := oneColumnStandIns[r]; ok {
			out = append(out, c)
			continue
		}
		if base := []rune(norm.NFD.String(string(r)))[0]; base < utf8.RuneSelf {
			out = append(out, byte(base))
			continue
		}
		out = append(out, strings.Repeat("?", Width(string(r)))...)
	}
	return out
}
