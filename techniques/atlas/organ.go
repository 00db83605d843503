package atlas

import (
	"slices"

	"github.com/omt-reference/omt/techniques"
)

// ForOrgan gathers an organ's rows from every organ map, its conditions
// and the techniques indicated for them.
func ForOrgan(c *techniques.Catalog, o techniques.Organ) OrganReport {
	rep := OrganReport{Organ: o}
	for _, r := range c.Maps.Viscerosomatic.Rows {
		if r.Organ == o.ID {
			rep.Viscerosomatic = &r
		}
	}
	for _, r := range c.Maps.Autonomic.Rows {
		if r.Organ == o.ID {
			rep.Autonomic = &r
		}
	}
	for _, p := range c.Maps.Chapman.Rows {
		if p.Organ == o.ID {
			rep.Chapman = append(rep.Chapman, p)
		}
	}
	seen := map[string]bool{}
	for _, id := range o.Conditions {
		x, ok := c.Condition(id)
		if !ok {
			continue
		}
		rep.Conditions = append(rep.Conditions, x)
		for _, t := range c.TechniquesFor(id) {
			if !seen[t.ID] {
				seen[t.ID] = true
				rep.Techniques = append(rep.Techniques, t)
			}
		}
	}
	return rep
}

// ReflexLevels are the levels where an organ's viscerosomatic reflex shows,
// by either answer, or nil: the cheap part of ForOrgan, for drawing.
func ReflexLevels(c *techniques.Catalog, organ string) []string {
	for _, r := range c.Maps.Viscerosomatic.Rows {
		if r.Organ == organ {
			if r.Board == nil {
				return r.Levels
			}
			return append(slices.Clone(r.Levels), r.Board.Levels...)
		}
	}
	return nil
}

// SuggestOrgans returns up to n organ names closest to a query that named
// none, found through their names and synonyms.
func SuggestOrgans(c *techniques.Catalog, query string, n int) []string {
	var keys []string
	owner := map[string]string{}
	for _, o := range c.Maps.Organs.Rows {
		for _, k := range append([]string{o.Name}, o.Synonyms...) {
			keys = append(keys, k)
			owner[k] = o.Name
		}
	}
	var out []string
	for _, k := range techniques.Closest(query, keys, len(keys)) {
		if name := owner[k]; !slices.Contains(out, name) {
			out = append(out, name)
		}
		if len(out) == n {
			break
		}
	}
	return out
}
