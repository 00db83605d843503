package techniques

// MaxQueryLen is the longest query, in bytes, that search and the resolvers
// look at. No real query comes near it (the longest name in the catalogue is
// under 80 characters); the cap keeps a pasted page of text or a runaway
// argument from costing seconds of work per keystroke.
const MaxQueryLen = 200

// capQuery cuts a query to MaxQueryLen bytes without splitting a character.
func capQuery(q string) string {
	if len(q) <= MaxQueryLen {
		return q
	}
	cut := MaxQueryLen
	for cut > 0 && q[cut]&0xC0 == 0x80 { // a UTF-8 continuation byte
		cut--
	}
	return q[:cut]
}
