package contentlint

import (
	"fmt"
	"slices"
	"strings"

	"github.com/omt-reference/omt/techniques"
)

// lintGradesByKind makes one flag mean one thing across a kind: every technique
// of the kind that carries no departure for the flag must give it the same
// grade. For a systemic flag, not listing it is a grade too; for a local flag
// only the techniques that list it are compared. It also reports a departure
// that departs from nothing, so the notes stay true as entries change.
func lintGradesByKind(c *techniques.Catalog) []techniques.Problem {
	var problems []techniques.Problem
	for _, f := range c.Families {
		if techniques.KindOf(techniques.Technique{Family: f.ID, Approach: techniques.Direct}) == "" {
			problems = append(problems, techniques.Problem{File: "families.yaml", Record: f.ID,
				Message: "family has no technique kind: add it to familyKind in techniques/policy.go"})
		}
	}
	byKind := map[techniques.TechniqueKind][]int{}
	var kinds []techniques.TechniqueKind
	for i, t := range c.Techniques {
		k := techniques.KindOf(t)
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
				g := techniques.GradeOf(t, f.ID)
				if techniques.Departs(t, f.ID) || (g == techniques.GradeNotListed && f.Scope != techniques.Systemic) {
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
				problems = append(problems, techniques.Problem{File: "techniques", Record: fmt.Sprintf("%s techniques", k),
					Message: fmt.Sprintf("flag %q is %s: give the kind one grade, or add contraindications.departures "+
						"with the reason to the entries that differ", f.ID, strings.Join(parts, "; "))})
			}
			problems = append(problems, staleDepartures(c, members, f)...)
		}
	}
	return problems
}

// lintThrustStrictest finds a thrust technique that grades a flag relative
// although a direct technique bars it absolutely on WHO's word (its note
// names WHO): WHO's bars on direct techniques hold for thrust, the strictest
// of them, so the stricter grade wins (acute whiplash barred cervical muscle
// energy but only cautioned cervical HVLA).
func lintThrustStrictest(c *techniques.Catalog) []techniques.Problem {
	who := map[string]string{} // flag -> the first direct technique that bars it on WHO's word
	for _, t := range c.Techniques {
		if techniques.KindOf(t) != techniques.KindDirect {
			continue
		}
		for _, ci := range t.Contraindications.Absolute {
			if _, seen := who[ci.Flag]; !seen && strings.Contains(ci.Note, "WHO") {
				who[ci.Flag] = t.ID
			}
		}
	}
	var problems []techniques.Problem
	for i, t := range c.Techniques {
		if techniques.KindOf(t) != techniques.KindThrust {
			continue
		}
		for _, ci := range t.Contraindications.Relative {
			if direct, ok := who[ci.Flag]; ok {
				problems = append(problems, techniques.Problem{File: c.TechniqueFile(i), Record: t.ID, Field: "contraindications.relative",
					Message: fmt.Sprintf("flag %q is relative here, but %s bars it absolutely after WHO, whose bars on direct techniques hold for thrust too; make it absolute and name both sources", ci.Flag, direct)})
			}
		}
	}
	return problems
}

// staleDepartures reports a departure whose technique grades the flag exactly
// as every other comparable technique of its kind does.
func staleDepartures(c *techniques.Catalog, members []int, f techniques.Flag) []techniques.Problem {
	var problems []techniques.Problem
	for _, i := range members {
		t := c.Techniques[i]
		if !techniques.Departs(t, f.ID) {
			continue
		}
		mine, peers, same := techniques.GradeOf(t, f.ID), 0, 0
		for _, j := range members {
			u := c.Techniques[j]
			g := techniques.GradeOf(u, f.ID)
			if j == i || techniques.Departs(u, f.ID) || (g == techniques.GradeNotListed && f.Scope != techniques.Systemic) {
				continue
			}
			peers++
			if g == mine {
				same++
			}
		}
		if peers > 0 && same == peers {
			problems = append(problems, techniques.Problem{File: c.TechniqueFile(i), Record: t.ID, Field: "contraindications.departures",
				Message: fmt.Sprintf("departs on %q, but every other %s technique grades it %s too: drop the departure",
					f.ID, techniques.KindOf(t), mine)})
		}
	}
	return problems
}

// lintEvidenceCoverage finds a technique that cites a study for a condition
// while the condition's evidence file, where a reader looks for the whole
// picture, leaves that study out or does not exist.
func lintEvidenceCoverage(c *techniques.Catalog) []techniques.Problem {
	listed := map[string]map[string]bool{}
	for _, e := range c.Evidence {
		refs := map[string]bool{}
		for _, it := range e.Items {
			refs[it.Reference] = true
		}
		listed[e.Condition] = refs
	}
	var problems []techniques.Problem
	for i, t := range c.Techniques {
		for j, ev := range t.Evidence {
			if ev.Condition == "" {
				continue
			}
			field := fmt.Sprintf("evidence[%d]", j)
			refs, ok := listed[ev.Condition]
			switch {
			case !ok:
				problems = append(problems, techniques.Problem{File: c.TechniqueFile(i), Record: t.ID, Field: field,
					Message: fmt.Sprintf("cites %s for %s, which has no evidence file: add evidence/%s.yaml listing it",
						ev.Reference, ev.Condition, ev.Condition)})
			case !refs[ev.Reference]:
				problems = append(problems, techniques.Problem{File: c.TechniqueFile(i), Record: t.ID, Field: field,
					Message: fmt.Sprintf("cites %s for %s, but evidence/%s.yaml leaves it out",
						ev.Reference, ev.Condition, ev.Condition)})
			}
		}
	}
	return problems
}
