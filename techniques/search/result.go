package search

import (
	"github.com/omt-reference/omt/notation"
	"github.com/omt-reference/omt/techniques"
)

// ResultName is the name a search result is shown by.
func (x *Index) ResultName(r Result) string {
	var rows []techniques.TableRowRef
	if r.Kind == KindMapRow {
		rows = x.inverted().rows
	}
	return resultName(x.cat, rows, r)
}

// resultName is the name a result is shown by; rows are the table maps'
// rows, which a map-row result points into.
func resultName(c *techniques.Catalog, rows []techniques.TableRowRef, r Result) string {
	switch r.Kind {
	case KindCondition:
		return c.Conditions[r.Index].Name
	case KindGlossary:
		return c.Glossary[r.Index].Term
	case KindOrgan:
		return c.Maps.Organs.Rows[r.Index].Name
	case KindTenderPoint:
		return c.Maps.TenderPoints.Rows[r.Index].Name
	case KindMapRow:
		return rows[r.Index].Row.Name
	case KindLevel:
		return "What the maps hold at " + r.Text
	case KindNotation:
		if d, err := notation.Parse(r.Text); err == nil {
			return d.String() + ", read back"
		}
		return r.Text
	default:
		return c.Techniques[r.Index].Name
	}
}

// ResultID is the id of the entry a search result points to.
func (x *Index) ResultID(r Result) string {
	c := x.cat
	switch r.Kind {
	case KindCondition:
		return c.Conditions[r.Index].ID
	case KindGlossary:
		return c.Glossary[r.Index].ID
	case KindOrgan:
		return c.Maps.Organs.Rows[r.Index].ID
	case KindTenderPoint:
		return c.Maps.TenderPoints.Rows[r.Index].ID
	case KindMapRow:
		return x.ResultRow(r).Row.ID
	case KindLevel, KindNotation:
		return r.Text
	default:
		return c.Techniques[r.Index].ID
	}
}

// ResultRow is the table row a map-row result points to.
func (x *Index) ResultRow(r Result) techniques.TableRowRef { return x.inverted().rows[r.Index] }
