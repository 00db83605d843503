package techniques

import "github.com/omt-reference/omt/notation"

// resultName is the name a result is shown by.
func (c *Catalog) resultName(r Result) string {
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
		return c.tableRows()[r.Index].Row.Name
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

// ResultName is the name a search result is shown by.
func (c *Catalog) ResultName(r Result) string { return c.resultName(r) }

// ResultID is the id of the entry a search result points to.
func (c *Catalog) ResultID(r Result) string {
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
		return c.tableRows()[r.Index].Row.ID
	case KindLevel, KindNotation:
		return r.Text
	default:
		return c.Techniques[r.Index].ID
	}
}

// ResultRow is the table row a map-row result points to.
func (c *Catalog) ResultRow(r Result) TableRowRef { return c.tableRows()[r.Index] }
