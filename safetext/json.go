package safetext

import (
	"bytes"
	"unicode/utf16"
	"unicode/utf8"
)

// del is DEL, the first character EscapeJSON may rewrite: those below it
// are the C0 controls, which encoding/json escapes, and printable ASCII.
const del = 0x7f

// EscapeJSON returns a JSON document with every character Visible would
// write out, and that encoding/json leaves raw (DEL, the C1 controls, the
// bidi and other format characters), written as a \u escape instead, so
// that printing the document acts on no terminal while it still decodes to
// the same text. encoding/json already escapes the C0 controls; outside
// strings, JSON holds only ASCII, so only string contents change. A byte
// that is not UTF-8 becomes \ufffd, as encoding/json itself writes it.
func EscapeJSON(doc []byte) []byte {
	i := firstUnsafeJSON(doc)
	if i == len(doc) {
		return doc
	}
	out := bytes.NewBuffer(make([]byte, 0, len(doc)+32))
	out.Write(doc[:i])
	for i < len(doc) {
		r, size := utf8.DecodeRune(doc[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			writeUnicodeEscape(out, utf8.RuneError)
		case r >= del && unsafeRune(r):
			writeUnicodeEscape(out, r)
		default:
			out.Write(doc[i : i+size])
		}
		i += size
	}
	return out.Bytes()
}

// firstUnsafeJSON is the index of the first byte EscapeJSON rewrites.
func firstUnsafeJSON(doc []byte) int {
	for i := 0; i < len(doc); {
		if doc[i] < del {
			i++
			continue
		}
		r, size := utf8.DecodeRune(doc[i:])
		if r == utf8.RuneError && size == 1 || unsafeRune(r) {
			return i
		}
		i += size
	}
	return len(doc)
}

// writeUnicodeEscape writes r as JSON writes a character by number: \uXXXX,
// or a surrogate pair of them beyond the Basic Multilingual Plane.
func writeUnicodeEscape(out *bytes.Buffer, r rune) {
	if r > 0xffff {
		hi, lo := utf16.EncodeRune(r)
		writeUnicodeEscape(out, hi)
		writeUnicodeEscape(out, lo)
		return
	}
	out.WriteString(`\u`)
	for shift := 12; shift >= 0; shift -= 4 {
		out.WriteByte(hexDigits[r>>shift&0xf])
	}
}
