// Package fold holds the text rules that the catalogue and the packages
// built on it (search, atlas, overlay) share: how a name or a query folds to
// a key, how long a query may be, and how far apart two words are. It knows
// nothing of the catalogue's records.
package fold

import (
	"strings"
	"unicode"
)

// Normalize folds case, punctuation and hyphens so that "Low-back pain",
// "low back pain" and "LOW BACK PAIN" are one key, and "Chapman's" matches "chapmans".
func Normalize(s string) string {
	var b strings.Builder
	space := false
	for _, r := range strings.ToLower(s) {
		switch {
		case r == '\'' || r == '\u2019':
			continue
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(r)
		default:
			space = true
		}
	}
	return b.String()
}

// MaxQueryLen is the longest query, in bytes, that search and the resolvers
// look at: techniques.MaxQueryLen, which says why.
const MaxQueryLen = 200

// CapQuery cuts a query to MaxQueryLen bytes without splitting a character.
func CapQuery(q string) string {
	if len(q) <= MaxQueryLen {
		return q
	}
	cut := MaxQueryLen
	for cut > 0 && q[cut]&0xC0 == 0x80 { // a UTF-8 continuation byte
		cut--
	}
	return q[:cut]
}
