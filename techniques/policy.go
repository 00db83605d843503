package techniques

import (
	"fmt"
	"slices"
	"strings"
)

// TechniqueKind is the group of techniques that share one contraindication
// grade per flag. The kinds follow the WHO Benchmarks for Training in
// Osteopathy (2010), which sort contraindications by kind of technique, with
// thrust kept apart from the other direct techniques because every source
// gives it stricter bars (data/README.md, "Contraindication policy").
type TechniqueKind string

// The kinds of technique.
const (
	KindThrust    TechniqueKind = "thrust"    // HVLA
	KindDirect    TechniqueKind = "direct"    // non-thrust direct: ME, articulatory, soft tissue, direct MFR, ...
	KindIndirect  TechniqueKind = "indirect"  // counterstrain, FPR, functional, BLT, LAS, indirect MFR
	KindCombined  TechniqueKind = "combined"  // Still technique, combined MFR
	KindLymphatic TechniqueKind = "lymphatic" // pumps and drainage (WHO: fluid techniques)
	KindVisceral  TechniqueKind = "visceral"  // pressure through the abdominal wall
	KindCranial   TechniqueKind = "cranial"   // osteopathy in the cranial field
	KindReflex    TechniqueKind = "reflex"    // Chapman reflexes (WHO: reflex-based)
)

// KindOf says which kind a technique belongs to: by family, and for myofascial
// release, whose entries may be direct or indirect, by approach too. It returns
// "" for a family it does not know, which Lint reports.
func KindOf(t Technique) TechniqueKind {
	return familyKind(t.Family, t.Approach)
}

func familyKind(family string, approach Approach) TechniqueKind {
	switch family {
	case "hvla":
		return KindThrust
	case "muscle-energy", "articulatory", "soft-tissue", "trigger-point", "facilitated-oscillatory-release", "diaphragm":
		return KindDirect
	case "counterstrain", "facilitated-positional-release", "functional", "balanced-ligamentous-tension",
		"ligamentous-articular-strain":
		return KindIndirect
	case "still":
		return KindCombined
	case "myofascial-release":
		switch approach {
		case Direct:
			return KindDirect
		case Indirect:
			return KindIndirect
		default:
			return KindCombined
		}
	case "lymphatic":
		return KindLymphatic
	case "visceral":
		return KindVisceral
	case "cranial":
		return KindCranial
	case "chapman-reflexes":
		return KindReflex
	}
	return ""
}

// The grades a technique can give a flag (see GradeOf).
const (
	GradeAbsolute  = "absolute"
	GradeRelative  = "relative"
	GradeNotListed = "not listed"
)

// GradeOf is how a technique grades a flag: absolute, relative or not listed.
func GradeOf(t Technique, flag string) string {
	for _, ci := range t.Contraindications.Absolute {
		if ci.Flag == flag {
			return GradeAbsolute
		}
	}
	for _, ci := range t.Contraindications.Relative {
		if ci.Flag == flag {
			return GradeRelative
		}
	}
	return GradeNotListed
}

// Departs reports whether the technique states a departure from its kind's
// grade for the flag (contraindications.departures).
func Departs(t Technique, flag string) bool {
	return slices.ContainsFunc(t.Contraindications.Departures, func(d Departure) bool { return d.Flag == flag })
}

// lintGradesByKind makes one flag mean one thing across a kind: every technique
// of the kind that carries no departure for the flag must give it the same
// grade. For a systemic flag, not listing it is a grade too; for a local flag
// only the techniques that list it are compared. It also reports a departure
// that departs from nothing, so the notes stay true as entries change.
func (c *Catalog) lintGradesByKind() []Problem {
	var problems []Problem
	for _, f := range c.Families {
		if familyKind(f.ID, Direct) == "" {
			problems = append(problems, Problem{File: "families.yaml", Record: f.ID,
				Message: "family has no technique kind: add it to familyKind in techniques/policy.go"})
		}
	}
	byKind := map[TechniqueKind][]int{}
	var kinds []TechniqueKind
	for i, t := range c.Techniques {
		k := KindOf(t)
		if _, seen := byKind[k]; !seen {
			kinds = append(kinds, k)
		}
		byKind[k] = append(byKind[k], i)
	}
	for _, k := range kinds {
		members := byKind[k]
		for _, f := range c.Flags {
			graded := map[string][]string{}
			var order []string
			for _, i := range members {
				t := c.Techniques[i]
				g := GradeOf(t, f.ID)
				if Departs(t, f.ID) || (g == GradeNotListed && f.Scope != Systemic) {
					continue
				}
				if _, seen := graded[g]; !seen {
					order = append(order, g)
				}
				graded[g] = append(graded[g], t.ID)
			}
			if len(graded) > 1 {
				slices.Sort(order)
				var parts []string
				for _, g := range order {
					parts = append(parts, fmt.Sprintf("%s in %s", g, strings.Join(graded[g], ", ")))
				}
				problems = append(problems, Problem{File: "techniques", Record: fmt.Sprintf("%s techniques", k),
					Message: fmt.Sprintf("flag %q is %s: give the kind one grade, or add contraindications.departures "+
						"with the reason to the entries that differ", f.ID, strings.Join(parts, "; "))})
			}
			problems = append(problems, c.staleDepartures(members, f)...)
		}
	}
	return problems
}

// lintThrustStrictest finds a thrust technique that grades a flag relative
// although a direct technique bars it absolutely on WHO's word (its note
// names WHO): WHO's bars on direct techniques hold for thrust, the strictest
// of them, so the stricter grade wins (acute whiplash barred cervical muscle
// energy but only cautioned cervical HVLA).
func (c *Catalog) lintThrustStrictest() []Problem {
	who := map[string]string{} // flag -> the first direct technique that bars it on WHO's word
	for _, t := range c.Techniques {
		if KindOf(t) != KindDirect {
			continue
		}
		for _, ci := range t.Contraindications.Absolute {
			if _, seen := who[ci.Flag]; !seen && strings.Contains(ci.Note, "WHO") {
				who[ci.Flag] = t.ID
			}
		}
	}
	var problems []Problem
	for i, t := range c.Techniques {
		if KindOf(t) != KindThrust {
			continue
		}
		for _, ci := range t.Contraindications.Relative {
			if direct, ok := who[ci.Flag]; ok {
				problems = append(problems, Problem{File: c.TechniqueFile(i), Record: t.ID, Field: "contraindications.relative",
					Message: fmt.Sprintf("flag %q is relative here, but %s bars it absolutely after WHO, whose bars on direct techniques hold for thrust too; make it absolute and name both sources", ci.Flag, direct)})
			}
		}
	}
	return problems
}

// staleDepartures reports a departure whose technique grades the flag exactly
// as every other comparable technique of its kind does.
func (c *Catalog) staleDepartures(members []int, f Flag) []Problem {
	var problems []Problem
	for _, i := range members {
		t := c.Techniques[i]
		if !Departs(t, f.ID) {
			continue
		}
		mine, peers, same := GradeOf(t, f.ID), 0, 0
		for _, j := range members {
			u := c.Techniques[j]
			g := GradeOf(u, f.ID)
			if j == i || Departs(u, f.ID) || (g == GradeNotListed && f.Scope != Systemic) {
				continue
			}
			peers++
			if g == mine {
				same++
			}
		}
		if peers > 0 && same == peers {
			problems = append(problems, Problem{File: c.TechniqueFile(i), Record: t.ID, Field: "contraindications.departures",
				Message: fmt.Sprintf("departs on %q, but every other %s technique grades it %s too: drop the departure",
					f.ID, KindOf(t), mine)})
		}
	}
	return problems
}

// lintEvidenceCoverage finds a technique that cites a study for a condition
// while the condition's evidence file, where a reader looks for the whole
// picture, leaves that study out or does not exist.
func (c *Catalog) lintEvidenceCoverage() []Problem {
	listed := map[string]map[string]bool{}
	for _, e := range c.Evidence {
		refs := map[string]bool{}
		for _, it := range e.Items {
			refs[it.Reference] = true
		}
		listed[e.Condition] = refs
	}
	var problems []Problem
	for i, t := range c.Techniques {
		for j, ev := range t.Evidence {
			if ev.Condition == "" {
				continue
			}
			field := fmt.Sprintf("evidence[%d]", j)
			refs, ok := listed[ev.Condition]
			switch {
			case !ok:
				problems = append(problems, Problem{File: c.TechniqueFile(i), Record: t.ID, Field: field,
					Message: fmt.Sprintf("cites %s for %s, which has no evidence file: add evidence/%s.yaml listing it",
						ev.Reference, ev.Condition, ev.Condition)})
			case !refs[ev.Reference]:
				problems = append(problems, Problem{File: c.TechniqueFile(i), Record: t.ID, Field: field,
					Message: fmt.Sprintf("cites %s for %s, but evidence/%s.yaml leaves it out",
						ev.Reference, ev.Condition, ev.Condition)})
			}
		}
	}
	return problems
}
