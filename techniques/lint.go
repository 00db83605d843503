package techniques

import "fmt"

// Lint finds what is valid data but dishonest or untidy content: a condition no
// technique treats, a reference nobody cites, a flag no technique uses, one flag
// graded two ways within a kind of technique without a stated reason, and a
// study a technique cites for a condition that the condition's evidence leaves
// out; and placeholder text ("authors not captured", "TODO") where a reader
// sees it. Load accepts such a catalogue; the content tests do not.
func (c *Catalog) Lint() []Problem {
	var problems []Problem
	for _, lint := range []func() []Problem{
		c.lintConditions, c.lintUncited, c.lintUnusedFlags, c.lintEmptyFamilies,
		c.lintGradesByKind, c.lintThrustStrictest, c.lintEvidenceCoverage, c.lintPlaceholders, c.lintMaps,
	} {
		problems = append(problems, lint()...)
	}
	return problems
}

// lintConditions finds a condition no technique is indicated for without
// techniques_note saying why, and a techniques_note where some are.
func (c *Catalog) lintConditions() []Problem {
	var problems []Problem
	for _, x := range c.Conditions {
		switch n := c.CountFor(x.ID); {
		case n == 0 && x.TechniquesNote == "":
			problems = append(problems, Problem{File: "conditions.yaml", Record: x.ID,
				Message: "no technique is indicated for this condition, and techniques_note does not say why"})
		case n > 0 && x.TechniquesNote != "":
			problems = append(problems, Problem{File: "conditions.yaml", Record: x.ID, Field: "techniques_note",
				Message: fmt.Sprintf("says no technique is named, but %d are indicated", n)})
		}
	}
	return problems
}

// lintUncited finds the references no record cites.
func (c *Catalog) lintUncited() []Problem {
	cited := map[string]bool{}
	cite := func(ids ...string) {
		for _, id := range ids {
			cited[id] = true
		}
	}
	for _, t := range c.Techniques {
		cite(t.Sources...)
		for _, e := range t.Evidence {
			cite(e.Reference)
		}
	}
	for _, x := range c.Conditions {
		cite(x.Sources...)
	}
	for _, e := range c.Evidence {
		for _, it := range e.Items {
			cite(it.Reference)
		}
	}
	for _, g := range c.Glossary {
		cite(g.Sources...)
	}
	for _, f := range c.Flags {
		cite(f.Sources...)
	}
	c.Maps.eachSource(cite)
	var problems []Problem
	for i, r := range c.References {
		if !cited[r.ID] {
			problems = append(problems, Problem{File: c.ReferenceFile(i), Record: r.ID,
				Message: "no entry cites this reference"})
		}
	}
	return problems
}

// lintUnusedFlags finds the flags that screen nothing.
func (c *Catalog) lintUnusedFlags() []Problem {
	used := map[string]bool{}
	for _, t := range c.Techniques {
		for _, ci := range append(append([]Contraindication{}, t.Contraindications.Absolute...), t.Contraindications.Relative...) {
			used[ci.Flag] = true
		}
	}
	for _, f := range c.Flags {
		// A flag that implies another is screened through it, and one with a
		// position caution screens by the technique's positions.
		if len(f.Implies) > 0 || len(f.Positions) > 0 {
			used[f.ID] = true
		}
	}
	var problems []Problem
	for _, f := range c.Flags {
		if !used[f.ID] {
			problems = append(problems, Problem{File: "flags.yaml", Record: f.ID,
				Message: "no technique lists this flag"})
		}
	}
	return problems
}

// lintEmptyFamilies finds the families no technique belongs to.
func (c *Catalog) lintEmptyFamilies() []Problem {
	var problems []Problem
	for _, f := range c.Families {
		n := 0
		for _, t := range c.Techniques {
			if t.Family == f.ID {
				n++
			}
		}
		if n == 0 {
			problems = append(problems, Problem{File: "families.yaml", Record: f.ID,
				Message: fmt.Sprintf("family %q has no technique", f.Name)})
		}
	}
	return problems
}
