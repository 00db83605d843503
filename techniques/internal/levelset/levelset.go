// Package levelset reads the catalogue's written lists of spinal and rib
// levels ("T1-T6", "T10-L2") as sets of levels, for the checks that compare
// two lists: validation (a board block that names the row's own levels) and
// the content lint (viscerosomatic levels within the sympathetic supply, one
// board answer in both organ maps). How a level is written is notation's;
// what the lists mean is the catalogue's.
package levelset

import (
	"slices"

	"github.com/omt-reference/omt/notation"
)

// Same reports whether two lists of levels name the same levels; lists that
// do not read are compared as written.
func Same(a, b []string) bool {
	set := func(ls []string) (map[notation.Level]bool, bool) {
		out := map[notation.Level]bool{}
		for _, s := range ls {
			r, err := notation.ParseRange(s)
			if err != nil {
				return nil, false
			}
			for _, l := range r.Levels() {
				out[l] = true
			}
		}
		return out, true
	}
	x, okx := set(a)
	y, oky := set(b)
	if !okx || !oky {
		return slices.Equal(a, b)
	}
	if len(x) != len(y) {
		return false
	}
	for l := range x {
		if !y[l] {
			return false
		}
	}
	return true
}

// FirstOutside returns the first level of levels that no range of supply
// holds. Entries of either list that do not read are passed over.
func FirstOutside(levels, supply []string) (notation.Level, bool) {
	var ranges []notation.Range
	for _, l := range supply {
		if rg, err := notation.ParseRange(l); err == nil {
			ranges = append(ranges, rg)
		}
	}
	for _, l := range levels {
		rg, err := notation.ParseRange(l)
		if err != nil {
			continue
		}
		for _, lv := range rg.Levels() {
			if !inAny(lv, ranges) {
				return lv, true
			}
		}
	}
	return notation.Level{}, false
}

func inAny(l notation.Level, ranges []notation.Range) bool {
	for _, r := range ranges {
		if r.Contains(l) {
			return true
		}
	}
	return false
}
