package techniques

import "github.com/omt-reference/omt/techniques/internal/fold"

// MaxQueryLen is the longest query, in bytes, that search and the resolvers
// look at. No real query comes near it (the longest name in the catalogue is
// under 80 characters); the cap keeps a pasted page of text or a runaway
// argument from costing seconds of work per keystroke.
const MaxQueryLen = fold.MaxQueryLen

// The limits of a school overlay file, past its size (MaxOverlayBytes). The
// YAML reader's cost grows with the square of the nesting depth, and an
// alias costs a few bytes in the file but its whole anchor in every copy
// decoded, so both are checked before the file is parsed or decoded; the
// field and list caps keep one technique the size of a technique. Each is
// several times what the largest built-in entry needs (the longest field
// is 1,193 bytes, the longest list 20 items, the deepest nesting 4 levels).
const (
	// MaxOverlayDepth is how deeply collections may nest in an overlay.
	MaxOverlayDepth = 16
	// MaxOverlayFieldBytes is the longest text of one field or list item.
	MaxOverlayFieldBytes = 4096
	// MaxOverlayListItems is the most items in one list, or fields in one mapping.
	MaxOverlayListItems = 64
	// overlayAliasSlack is what aliases may add to a small file in any case;
	// past it, the file with every alias written out may be at most twice
	// the file (see overlayShape).
	overlayAliasSlack = 4096
)
