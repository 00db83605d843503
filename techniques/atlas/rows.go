package atlas

import (
	"github.com/omt-reference/omt/techniques"
	"github.com/omt-reference/omt/techniques/internal/fold"
)

// A map row is something a student looks up by its name (AL3, fryette-2,
// a Chapman point), so every row of every map can be found by its id or its
// name and laid out whole, wherever a technique id was expected.

// TenderPoint returns the tender point with an id (ac7, pl5).
func TenderPoint(c *techniques.Catalog, id string) (techniques.TenderPoint, bool) {
	for _, p := range c.Maps.TenderPoints.Rows {
		if p.ID == fold.Normalize(id) {
			return p, true
		}
	}
	return techniques.TenderPoint{}, false
}

// MapRow finds a row of any table map by its id, as a diagnosis's Key names it.
func MapRow(c *techniques.Catalog, id string) (techniques.TableRowRef, bool) {
	for _, t := range c.Maps.Tables {
		for _, r := range t.Rows {
			if r.ID == id {
				return techniques.TableRowRef{Map: t.ID, Row: r}, true
			}
		}
	}
	return techniques.TableRowRef{}, false
}

// FindMapRow finds the row a query names, by its id or its name (case and
// punctuation ignored): tender points first, then the table maps, then the
// Chapman points (by id: their names are the organs'). Organ rows
// (viscerosomatic, autonomic) are found through their organ
// (search.Index.ResolveOrgans) or in their own map (MapRowIn).
func FindMapRow(c *techniques.Catalog, query string) (RowHit, bool) {
	for _, id := range rowMaps(c) {
		h, ok := MapRowIn(c, id, query)
		if ok && (id != techniques.MapChapman || fold.Normalize(h.Row.ID) == fold.Normalize(query)) {
			return h, true
		}
	}
	return RowHit{}, false
}

// MapRowIn finds a row of one map by its id or its name.
func MapRowIn(c *techniques.Catalog, mapID, query string) (RowHit, bool) {
	q := fold.Normalize(query)
	t, ok := MapAsTable(c, mapID)
	if !ok || q == "" {
		return RowHit{}, false
	}
	for _, r := range t.Rows {
		if fold.Normalize(r.ID) != q && fold.Normalize(r.Name) != q {
			continue
		}
		hit := RowHit{Map: t.MapInfo, Row: r, Columns: t.Columns}
		if mapID == techniques.MapTenderPoints {
			if p, ok := TenderPoint(c, r.ID); ok {
				hit.TenderPoint = &p
			}
		}
		return hit, true
	}
	return RowHit{}, false
}

// rowMaps are the maps whose rows are found by name, in the order FindMapRow
// tries them.
func rowMaps(c *techniques.Catalog) []string {
	ids := []string{techniques.MapTenderPoints}
	for _, t := range c.Maps.Tables {
		ids = append(ids, t.ID)
	}
	return append(ids, techniques.MapChapman)
}

// MapRowIDs are the ids of every row FindMapRow finds, for suggestions.
func MapRowIDs(c *techniques.Catalog) []string {
	var ids []string
	for _, id := range rowMaps(c) {
		if t, ok := MapAsTable(c, id); ok {
			for _, r := range t.Rows {
				ids = append(ids, r.ID)
			}
		}
	}
	return ids
}
