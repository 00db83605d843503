package overlay

import (
	"slices"
	"strconv"
	"strings"

	"github.com/omt-reference/omt/techniques"
)

// An overlay may add contraindications and make a relative one absolute, but
// it never removes, weakens or rewords a built-in one: screening must still
// see every finding the sources bar, with the reason they give.

// promoteToAbsolute moves a built-in relative contraindication that an
// overlay lists as absolute out of the relative list, when the overlay left
// the relative list alone; otherwise the flag would be listed twice.
func promoteToAbsolute(t *techniques.Technique, set []string) {
	if !slices.Contains(set, "contraindications.absolute") || slices.Contains(set, "contraindications.relative") {
		return
	}
	ci := &t.Contraindications
	var kept []techniques.Contraindication
	for _, r := range ci.Relative {
		if !hasFlag(ci.Absolute, r.Flag) {
			kept = append(kept, r)
		}
	}
	if len(kept) != len(ci.Relative) {
		ci.Relative = kept
	}
}

// keepBuiltInContraindications reports the built-in contraindications that
// the merged technique dropped, made weaker or reworded, one problem for each
// kind of change to each list.
func keepBuiltInContraindications(ch checker, base, merged techniques.Technique) {
	b, m := base.Contraindications, merged.Contraindications
	var removedAbs, weakened, rewordedAbs, removedRel, rewordedRel []string
	for _, ci := range b.Absolute {
		got, ok := findFlag(m.Absolute, ci.Flag)
		switch {
		case ok && got.Note != ci.Note:
			rewordedAbs = append(rewordedAbs, ci.Flag)
		case ok:
		case hasFlag(m.Relative, ci.Flag):
			weakened = append(weakened, ci.Flag)
		default:
			removedAbs = append(removedAbs, ci.Flag)
		}
	}
	for _, ci := range b.Relative {
		got, ok := findFlag(m.Relative, ci.Flag)
		switch {
		case ok && got.Note != ci.Note:
			rewordedRel = append(rewordedRel, ci.Flag)
		case ok, hasFlag(m.Absolute, ci.Flag): // kept, or made absolute: stricter
		default:
			removedRel = append(removedRel, ci.Flag)
		}
	}
	const (
		neverRemove = "an overlay may add contraindications but never remove built-in ones, which screening must still see"
		keepNote    = "built-in contraindications stay as sourced, so keep the note as it is"
	)
	report := func(field, format string, flags []string) {
		if len(flags) > 0 {
			ch.addf(field, format, quotedList(flags))
		}
	}
	report("contraindications.absolute", "removes built-in absolute contraindication(s) %s; "+neverRemove, removedAbs)
	report("contraindications.absolute", "changes the note of built-in contraindication(s) %s; "+keepNote, rewordedAbs)
	report("contraindications.relative", "makes built-in absolute contraindication(s) %s relative; "+
		"an overlay may add contraindications or make them stricter, never weaker", weakened)
	report("contraindications.relative", "removes built-in relative contraindication(s) %s; "+neverRemove, removedRel)
	report("contraindications.relative", "changes the note of built-in contraindication(s) %s; "+keepNote, rewordedRel)
}

func quotedList(items []string) string {
	quoted := make([]string, len(items))
	for i, it := range items {
		quoted[i] = strconv.Quote(it)
	}
	return strings.Join(quoted, ", ")
}

func findFlag(list []techniques.Contraindication, flag string) (techniques.Contraindication, bool) {
	i := slices.IndexFunc(list, func(c techniques.Contraindication) bool { return c.Flag == flag })
	if i < 0 {
		return techniques.Contraindication{}, false
	}
	return list[i], true
}

func hasFlag(list []techniques.Contraindication, flag string) bool {
	_, ok := findFlag(list, flag)
	return ok
}

// markLocalContraindications marks each contraindication that builtIn does
// not hold as it stands: one the overlay added, or one it made absolute.
func markLocalContraindications(ci, builtIn techniques.Contraindications) techniques.Contraindications {
	mark := func(list, builtIn []techniques.Contraindication) []techniques.Contraindication {
		if !slices.ContainsFunc(list, func(c techniques.Contraindication) bool { return !slices.Contains(builtIn, c) }) {
			return list
		}
		out := make([]techniques.Contraindication, len(list))
		for i, c := range list {
			c.Local = !slices.Contains(builtIn, c)
			out[i] = c
		}
		return out
	}
	ci.Absolute = mark(ci.Absolute, builtIn.Absolute)
	ci.Relative = mark(ci.Relative, builtIn.Relative)
	return ci
}

// overlayHints add to the validator's messages what only an overlay needs
// told: that the ids it points to must already be in the catalogue.
func overlayHints(problems []techniques.Problem) []techniques.Problem {
	for i, p := range problems {
		p.Message = strings.Replace(p.Message, "(data/README.md lists the fields)",
			"(omt overlay new ID writes a file with every field)", 1)
		if strings.Contains(p.Message, "does not exist") {
			switch f := p.Field; {
			case strings.HasSuffix(f, ".flag"):
				p.Message += "; an overlay cannot add flags, only use the catalogue's own"
			case strings.HasPrefix(f, "sources"), strings.HasSuffix(f, ".reference"):
				p.Message += "; an overlay cannot add references, only cite the catalogue's own"
			case strings.HasPrefix(f, "indications"), strings.HasSuffix(f, ".condition"):
				p.Message += "; an overlay cannot add conditions, only use the catalogue's own (omt conditions lists them)"
			case f == "family":
				p.Message += "; an overlay cannot add families, only use the catalogue's own"
			}
		}
		problems[i] = p
	}
	return problems
}
