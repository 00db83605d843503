package techniques

import "github.com/omt-reference/omt/techniques/internal/fold"

// MaxQueryLen is the longest query, in bytes, that search and the resolvers
// look at. No real query comes near it (the longest name in the catalogue is
// under 80 characters); the cap keeps a pasted page of text or a runaway
// argument from costing seconds of work per keystroke.
const MaxQueryLen = fold.MaxQueryLen
