package plan

import (
	"fmt"
	"strings"

	"github.com/omt-reference/omt/techniques"
)

// A school overlay may list positions its sources do not, and a school may
// well teach such a variant; but a plan that plans a technique the sources
// would leave out must say that the overlay, not the sources, is why.

// OverlayReason is why a school overlay puts a technique in the plan that
// its sourced entry would leave out.
type OverlayReason struct {
	// File is the overlay file; Field the field whose overlaid value decides.
	File  string `json:"overlay_file"`
	Field string `json:"field"`
	// Flag is the patient flag that leaves the sourced entry out.
	Flag string `json:"flag"`
	Note string `json:"note"`
}

// overlayReasons are the reasons a school overlay lets t into the plan: its
// positions leave the patient one, where the sourced entry's leave none.
func overlayReasons(c *techniques.Catalog, t techniques.Technique, limits []PositionLimit) []OverlayReason {
	if len(limits) == 0 || t.LocalTechnique || !t.IsLocal("positions") {
		return nil
	}
	sourced, ok := c.Sourced(t.ID)
	if !ok || len(sourced.Positions) == 0 || len(allowedPositions(sourced, limits)) > 0 {
		return nil
	}
	var words []string
	for _, p := range t.Positions {
		words = append(words, PositionWord(p))
	}
	var out []OverlayReason
	for _, r := range positionReasons(c, sourced, limits) {
		out = append(out, OverlayReason{File: t.OverlayFile, Field: "positions", Flag: r.Flag, Note: fmt.Sprintf(
			"Positions from the school overlay %s (%s). The sourced entry is %s", t.OverlayFile,
			strings.Join(words, ", "), lowerFirst(r.Note))})
	}
	return out
}

// overlaidPositions is what a left-out reason adds when the positions that
// leave a technique out are a school overlay's, not the sources'.
func overlaidPositions(t techniques.Technique) string {
	if !t.IsLocal("positions") || t.OverlayFile == "" {
		return ""
	}
	return " Positions from the school overlay " + t.OverlayFile + "."
}

func lowerFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToLower(s[:1]) + s[1:]
}
