// Package techniquestest builds catalogues for tests and benchmarks.
package techniquestest

import (
	"fmt"
	"slices"

	"github.com/omt-reference/omt/techniques"
)

// Synthetic returns a valid catalogue of n techniques made from the embedded
// one: its entries are cycled, each copy given a new id, a numbered name and a
// word of its own, so that the vocabulary grows with the catalogue as real
// content would. The vocabularies (conditions, flags, references) stay real;
// the maps keep only the links to techniques the smaller catalogue still has.
func Synthetic(n int) (*techniques.Catalog, error) {
	base, err := techniques.Load()
	if err != nil {
		return nil, err
	}
	r := base.Records
	r.Techniques = make([]techniques.Technique, 0, n)
	for i := range n {
		t := base.Techniques[i%len(base.Techniques)]
		if i >= len(base.Techniques) {
			t.ID = fmt.Sprintf("%s-%d", t.ID, i)
			t.Name = fmt.Sprintf("%s, variant %d", t.Name, i)
			t.Summary = fmt.Sprintf("%s Variant word synth%05dx.", t.Summary, i)
		}
		r.Techniques = append(r.Techniques, t)
	}
	if n < len(base.Techniques) {
		r.Maps = keepLinksTo(r.Maps, r.Techniques)
	}
	return techniques.New(r)
}

// keepLinksTo returns maps whose technique links all point into kept.
func keepLinksTo(m techniques.Maps, kept []techniques.Technique) techniques.Maps {
	has := func(id string) bool {
		return slices.ContainsFunc(kept, func(t techniques.Technique) bool { return t.ID == id })
	}
	points := m.TenderPoints.Rows[:0:0]
	for _, p := range m.TenderPoints.Rows {
		if has(p.Technique) {
			points = append(points, p)
		}
	}
	m.TenderPoints.Rows = points
	tables := make([]techniques.MapTable, len(m.Tables))
	for i, t := range m.Tables {
		rows := make([]techniques.TableRow, len(t.Rows))
		for j, row := range t.Rows {
			row.Techniques = slices.DeleteFunc(slices.Clone(row.Techniques), func(id string) bool { return !has(id) })
			rows[j] = row
		}
		t.Rows = rows
		tables[i] = t
	}
	m.Tables = tables
	return m
}
