// Package contentlint finds what is valid data but dishonest or untidy
// content in the catalogue: a condition no technique treats, a reference
// nobody cites, a flag no technique uses, a family with no technique, one
// flag graded two ways within a kind of technique without a stated reason,
// a thrust technique laxer than a WHO bar on direct techniques, a study a
// technique cites that the condition's evidence leaves out, placeholder text
// ("authors not captured", "TODO") where a reader sees it, and the maps'
// agreements (viscerosomatic levels within the sympathetic supply, one
// board-review answer per organ, the teaching-practice note on rows that
// rest on web material alone).
//
// Validation is not here: techniques.Load and techniques.New refuse data
// that cannot be read as meant, and accept a catalogue with the problems
// above; the lint asks of data that reads whether it is honest, and the
// content tests (go test ./techniques/...) fail on any problem it finds in
// the shipped catalogue. The contraindication policy it holds the entries
// to (the kinds of technique and their grades: KindOf, GradeOf) is
// techniques'.
package contentlint

import (
	"fmt"

	"github.com/omt-reference/omt/techniques"
)

// Check lints the catalogue's content and returns every problem found, each
// located by file, record and field, in a stable order.
func Check(c *techniques.Catalog) []techniques.Problem {
	var problems []techniques.Problem
	for _, lint := range []func(*techniques.Catalog) []techniques.Problem{
		lintConditions, lintUncited, lintUnusedFlags, lintEmptyFamilies,
		lintGradesByKind, lintThrustStrictest, lintEvidenceCoverage, lintPlaceholders, lintMaps,
	} {
		problems = append(problems, lint(c)...)
	}
	return problems
}

// lintConditions finds a condition no technique is indicated for without
// techniques_note saying why, and a techniques_note where some are.
func lintConditions(c *techniques.Catalog) []techniques.Problem {
	var problems []techniques.Problem
	for _, x := range c.Conditions {
		switch n := c.CountFor(x.ID); {
		case n == 0 && x.TechniquesNote == "":
			problems = append(problems, techniques.Problem{File: "conditions.yaml", Record: x.ID,
				Message: "no technique is indicated for this condition, and techniques_note does not say why"})
		case n > 0 && x.TechniquesNote != "":
			problems = append(problems, techniques.Problem{File: "conditions.yaml", Record: x.ID, Field: "techniques_note",
				Message: fmt.Sprintf("says no technique is named, but %d are indicated", n)})
		}
	}
	return problems
}

// lintUncited finds the references no record cites.
func lintUncited(c *techniques.Catalog) []techniques.Problem {
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
	eachSource(&c.Maps, cite)
	var problems []techniques.Problem
	for i, r := range c.References {
		if !cited[r.ID] {
			problems = append(problems, techniques.Problem{File: c.ReferenceFile(i), Record: r.ID,
				Message: "no entry cites this reference"})
		}
	}
	return problems
}

// lintUnusedFlags finds the flags that screen nothing.
func lintUnusedFlags(c *techniques.Catalog) []techniques.Problem {
	used := map[string]bool{}
	for _, t := range c.Techniques {
		for _, ci := range append(append([]techniques.Contraindication{}, t.Contraindications.Absolute...), t.Contraindications.Relative...) {
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
	var problems []techniques.Problem
	for _, f := range c.Flags {
		if !used[f.ID] {
			problems = append(problems, techniques.Problem{File: "flags.yaml", Record: f.ID,
				Message: "no technique lists this flag"})
		}
	}
	return problems
}

// lintEmptyFamilies finds the families no technique belongs to.
func lintEmptyFamilies(c *techniques.Catalog) []techniques.Problem {
	var problems []techniques.Problem
	for _, f := range c.Families {
		n := 0
		for _, t := range c.Techniques {
			if t.Family == f.ID {
				n++
			}
		}
		if n == 0 {
			problems = append(problems, techniques.Problem{File: "families.yaml", Record: f.ID,
				Message: fmt.Sprintf("family %q has no technique", f.Name)})
		}
	}
	return problems
}
