package cli

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/term"
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

// forLocale makes an answer ASCII for a locale that is not UTF-8: a JSON
// document escaped, anything else transliterated.
func forLocale(out []byte) []byte {
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

// asciiTerminal carries the browser's frames to a terminal whose locale is
// not UTF-8. Each character that is not ASCII becomes ASCII of the same
// width, so the renderer's cursor arithmetic still holds: Büchler reads
// Buchler, an en dash a hyphen, anything else "?" per column.
type asciiTerminal struct {
	term.File        // the terminal: Read, Close and Fd pass through
	pending   []byte // the start of a character split across two writes
}

// Write rewrites p and writes it; a character split at its end waits for the next write.
func (w *asciiTerminal) Write(p []byte) (int, error) {
	data := append(w.pending, p...)
	cut := len(data)
	for i := len(data) - 1; i >= 0 && i >= len(data)-utf8.UTFMax; i-- {
		if utf8.RuneStart(data[i]) {
			if !utf8.FullRune(data[i:]) {
				cut = i
			}
			break
		}
	}
	w.pending = append([]byte(nil), data[cut:]...)
	if _, err := w.File.Write(sameWidthASCII(data[:cut])); err != nil {
		return 0, err
	}
	return len(p), nil
}

// oneColumnStandIns are the ASCII characters that stand in, one column for
// one column, for the symbols and punctuation the browser can show.
var oneColumnStandIns = map[rune]byte{
	'–': '-', '—': '-', '─': '-', '━': '-', '│': '|', '┃': '|', '╭': '+', '╮': '+', '╰': '+', '╯': '+',
	'‘': '\'', '’': '\'', '“': '"', '”': '"', '…': '.', '·': '-', '•': '*', '°': 'o', '×': 'x',
	'▸': '>', '◆': '#', '✗': 'x', '⚠': '!', '\u00a0': ' ',
}

func sameWidthASCII(text []byte) []byte {
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
		out = append(out, strings.Repeat("?", ansi.StringWidth(string(r)))...)
	}
	return out
}
