package plan

import (
	"slices"

	"github.com/omt-reference/omt/techniques"
)

// Where each step of a plan works, and which patient positions a finding
// asks the plan to keep short.

// focusRegions are where a condition is treated: the regions its entry names,
// or else the regions of its region-specific techniques (those taught in one
// region).
func focusRegions(c *techniques.Catalog, x techniques.Condition) []string {
	if len(x.Regions) > 0 {
		return slices.Clone(x.Regions)
	}
	var out []string
	for _, t := range c.TechniquesFor(x.ID) {
		if len(t.Regions) == 1 && !slices.Contains(out, t.Regions[0]) {
			out = append(out, t.Regions[0])
		}
	}
	return out
}

// chartRegions charts a technique in the condition's focus regions it is
// taught in, or in all its regions when it shares none of them.
func chartRegions(t techniques.Technique, focus []string) []string {
	var out []string
	for _, r := range t.Regions {
		if slices.Contains(focus, r) {
			out = append(out, r)
		}
	}
	if len(out) == 0 {
		return slices.Clone(t.Regions)
	}
	return out
}

// regionSpecific reports whether a step is taught in one region only.
func regionSpecific(s Step) bool { return len(s.Technique.Regions) == 1 }

// general reports whether a step is its family's own entry, which teaches
// the method in general ("Muscle energy technique (general principles)"):
// its id is the family's.
func general(s Step) bool { return s.Technique.ID == s.Technique.Family }

// specificCover are the region-specific steps of a general step's family
// among steps, by the region each treats.
func specificCover(general Step, steps []Step) map[string][]string {
	cover := map[string][]string{}
	for _, s := range steps {
		if regionSpecific(s) && s.Technique.Family == general.Technique.Family && s.Technique.ID != general.Technique.ID {
			r := s.Technique.Regions[0]
			cover[r] = append(cover[r], s.Technique.ID)
		}
	}
	return cover
}

// regionSpecificFirst is the region-specific-first rule: a family's general
// entry (the muscle energy principles) is left out when usable entries of
// its family taught for one region cover every region it would be charted
// in, since they are the same method set up for that region.
func regionSpecificFirst(steps []Step) (kept []Step, covered []Covered) {
	for _, s := range steps {
		if !general(s) {
			kept = append(kept, s)
			continue
		}
		cover := specificCover(s, steps)
		var by []string
		all := len(cover) > 0
		for _, r := range s.Regions {
			if len(cover[r]) == 0 {
				all = false
				break
			}
			for _, id := range cover[r] {
				if !slices.Contains(by, id) {
					by = append(by, id)
				}
			}
		}
		if all {
			covered = append(covered, Covered{Technique: s.Technique, By: by})
			continue
		}
		kept = append(kept, s)
	}
	if covered == nil {
		covered = []Covered{}
	}
	return kept, covered
}

// narrowGeneralRegions charts a general entry that stayed in the plan only
// in the regions no planned region-specific entry of its family treats.
func narrowGeneralRegions(steps []Step) {
	for i, s := range steps {
		if !general(s) {
			continue
		}
		cover := specificCover(s, steps)
		rest := slices.DeleteFunc(slices.Clone(s.Regions), func(r string) bool { return len(cover[r]) > 0 })
		if len(rest) > 0 {
			steps[i].Regions = rest
		}
	}
}

// AvoidedPositions are the positions the patient's flags ask to keep short
// (supine from 20 weeks of pregnancy), with the flag that asks.
func AvoidedPositions(c *techniques.Catalog, flags []string) map[techniques.PatientPosition]techniques.Flag {
	out := map[techniques.PatientPosition]techniques.Flag{}
	for _, id := range flags {
		if f, ok := c.Flag(id); ok {
			for _, pc := range f.Positions {
				out[pc.Position] = f
			}
		}
	}
	return out
}

// preferPositions is the avoided-positions rule: a technique done in another
// position too is planned there; one done only in avoided positions keeps
// them, and its screening carries the caution.
func preferPositions(allowed []techniques.PatientPosition, avoid map[techniques.PatientPosition]techniques.Flag) []techniques.PatientPosition {
	rest := slices.DeleteFunc(slices.Clone(allowed), func(p techniques.PatientPosition) bool {
		_, avoided := avoid[p]
		return avoided
	})
	if len(rest) == 0 {
		return allowed
	}
	return rest
}
