package techniques

import (
	"sort"
	"strings"
)

// A catalogue can take in techniques from outside its data, as package
// overlay does with a school's own variants: TechniqueProblems checks each
// one as the catalogue checks its own entries, WithTechniques puts them in,
// and Sourced still gives a technique as the sources give it.

// TechniqueProblems validates a technique from outside the catalogue as the
// catalogue validates its own entries, against the ids it has; file names
// the technique's file in each problem.
func (c *Catalog) TechniqueProblems(t Technique, file string) []Problem {
	var problems []Problem
	c.validateTechnique(t, file, c.knownIDs(), &problems)
	return problems
}

// knownIDs are the ids of each kind, gathered on first use.
func (c *Catalog) knownIDs() idSets {
	c.idsOnce.Do(func() { c.ids = c.collectIDs(new([]Problem)) })
	return c.ids
}

// WithTechniques returns a new catalogue with ts in place of the techniques
// of the same ids, or added, sorted by name as Load sorts them, and with
// tenderPoints as the tender point map's rows (a technique put in may hold
// its points differently). Each technique put in comes from its
// OverlayFile, for problem reports. Check each with TechniqueProblems
// first: the records are not validated again. The records of c are
// shared, never changed.
func (c *Catalog) WithTechniques(ts []Technique, tenderPoints []TenderPoint) *Catalog {
	byID := make(map[string]Technique, len(ts))
	for _, t := range ts {
		byID[t.ID] = t
	}
	named := make([]namedTechnique, 0, len(c.Techniques)+len(ts))
	for i, t := range c.Techniques {
		var file string
		if i < len(c.techniqueFiles) {
			file = c.techniqueFiles[i]
		}
		if o, ok := byID[t.ID]; ok {
			t, file = o, o.OverlayFile
			delete(byID, t.ID)
		}
		named = append(named, namedTechnique{file, t})
	}
	for _, t := range ts {
		if _, ok := byID[t.ID]; ok {
			named = append(named, namedTechnique{t.OverlayFile, t})
		}
	}
	sort.SliceStable(named, func(i, j int) bool {
		return strings.ToLower(named[i].t.Name) < strings.ToLower(named[j].t.Name)
	})
	r := c.Records
	r.Maps.TenderPoints.Rows = tenderPoints
	r.Techniques, r.techniqueFiles = make([]Technique, len(named)), make([]string, len(named))
	for i, n := range named {
		r.Techniques[i], r.techniqueFiles[i] = n.t, n.file
	}
	derived := r.catalog()
	derived.sourced = c.sourcedCatalog()
	return derived
}

func (c *Catalog) sourcedCatalog() *Catalog {
	if c.sourced != nil {
		return c.sourced
	}
	return c
}

// Sourced returns a technique as the catalogue's sources give it, without
// any technique WithTechniques put in (a school overlay): what a plan or a
// screen would have made of the entry had no overlay changed it. It is
// false for a technique wholly from an overlay.
func (c *Catalog) Sourced(id string) (Technique, bool) {
	return c.sourcedCatalog().Technique(id)
}
