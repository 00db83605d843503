package techniques

import "github.com/omt-reference/omt/notation"

// The high-yield maps: what a student learns as tables rather than as
// techniques. Each lives in data/maps/<id>.yaml and is sourced row by row.

// MapInfo heads every map: what it is, where it comes from, when it was
// checked against its sources.
type MapInfo struct {
	ID       string   `yaml:"map" json:"map"`
	Title    string   `yaml:"title" json:"title"`
	Summary  string   `yaml:"summary" json:"summary"`
	Sources  []string `yaml:"sources" json:"sources"`
	Reviewed string   `yaml:"reviewed" json:"reviewed"`
}

// Organ is an organ the maps speak of, by the names people use.
type Organ struct {
	ID         string   `yaml:"id" json:"id"`
	Name       string   `yaml:"name" json:"name"`
	Synonyms   []string `yaml:"synonyms" json:"synonyms"`
	Conditions []string `yaml:"conditions" json:"conditions"` // condition ids the organ bears on
}

// OrganLevels is where an organ's viscerosomatic reflex shows.
type OrganLevels struct {
	Organ   string   `yaml:"organ" json:"organ"`
	Levels  []string `yaml:"levels" json:"levels"` // levels or ranges: T1-T5, rib 3-rib 5
	Side    string   `yaml:"side" json:"side"`     // left, right, bilateral or "" when not taught
	Note    string   `yaml:"note" json:"note,omitempty"`
	Sources []string `yaml:"sources" json:"sources"`
	Board   *Board   `yaml:"board" json:"board,omitempty"` // the board-review answer, where it differs
}

// AutonomicSupply is an organ's sympathetic and parasympathetic supply.
type AutonomicSupply struct {
	Organ             string   `yaml:"organ" json:"organ"`
	SympatheticLevels []string `yaml:"sympathetic_levels" json:"sympathetic_levels"`
	Ganglia           string   `yaml:"ganglia" json:"ganglia"`
	SympatheticNerves string   `yaml:"sympathetic_nerves" json:"sympathetic_nerves"`
	Parasympathetic   string   `yaml:"parasympathetic" json:"parasympathetic"`
	Note              string   `yaml:"note" json:"note,omitempty"`
	Sources           []string `yaml:"sources" json:"sources"`
	Board             *Board   `yaml:"board" json:"board,omitempty"`
}

// ChapmanPoint is an organ's pair of Chapman reflex points.
type ChapmanPoint struct {
	ID        string   `yaml:"id" json:"id"`
	Organ     string   `yaml:"organ" json:"organ"`
	Anterior  string   `yaml:"anterior" json:"anterior"`
	Posterior string   `yaml:"posterior" json:"posterior"`
	Levels    []string `yaml:"levels" json:"levels"`
	Note      string   `yaml:"note" json:"note,omitempty"`
	Sources   []string `yaml:"sources" json:"sources"`
	Board     *Board   `yaml:"board" json:"board,omitempty"`
}

// TenderPoint is a counterstrain tender point and its position of ease.
type TenderPoint struct {
	ID             string   `yaml:"id" json:"id"`
	Name           string   `yaml:"name" json:"name"`
	Region         string   `yaml:"region" json:"region"`
	Surface        string   `yaml:"surface" json:"surface"` // anterior, posterior, lateral or medial (a limb)
	Level          string   `yaml:"level" json:"level"`
	Technique      string   `yaml:"technique" json:"technique"` // the counterstrain entry that treats it
	Location       string   `yaml:"location" json:"location"`
	PositionOfEase string   `yaml:"position_of_ease" json:"position_of_ease"`
	HoldSeconds    int      `yaml:"hold_seconds" json:"hold_seconds"`
	Note           string   `yaml:"note" json:"note,omitempty"`
	Sources        []string `yaml:"sources" json:"sources"`
	Board          *Board   `yaml:"board" json:"board,omitempty"`
	// OverlayHoldSeconds is the hold of a school overlay that changed the
	// technique's timer ([min, max] seconds, as the timer gives it), from
	// OverlayFile: the school's hold, shown beside the sourced one.
	OverlayHoldSeconds Range  `yaml:"-" json:"overlay_hold_seconds,omitempty"`
	OverlayFile        string `yaml:"-" json:"overlay_file,omitempty"`
}

// MapTable is a map laid out as a table: mechanics and principles.
type MapTable struct {
	MapInfo `yaml:",inline"`
	Columns []Column   `yaml:"columns" json:"columns"`
	Rows    []TableRow `yaml:"rows" json:"rows"`
}

// Column is one column of a table map.
type Column struct {
	Key   string `yaml:"key" json:"key"`
	Title string `yaml:"title" json:"title"`
}

// TableRow is one row of a table map, its cells in the order of the columns.
type TableRow struct {
	ID         string   `yaml:"id" json:"id"`
	Name       string   `yaml:"name" json:"name"`
	Cells      []Cell   `yaml:"-" json:"cells"`
	Levels     []string `yaml:"levels" json:"levels"`
	Techniques []string `yaml:"techniques" json:"techniques,omitempty"` // catalogue entries used for this row
	Note       string   `yaml:"note" json:"note,omitempty"`
	Sources    []string `yaml:"sources" json:"sources"`
	Board      *Board   `yaml:"-" json:"board,omitempty"`
}

// TableRowRef is a row of a table map, with the map it belongs to: how a
// search result, a study card and the maps' answers (package atlas) point
// at a row.
type TableRowRef struct {
	Map string   `json:"map"`
	Row TableRow `json:"row"`
}

// Board is a map row's board-review answer where it differs from the row's
// own value, which is the literature's (data/README.md, "Board review and the
// literature"). It holds only the fields that differ, each one a field of
// the row's kind: levels and side for a viscerosomatic row,
// sympathetic_levels for an autonomic one, anterior, posterior and levels
// for a Chapman point, position_of_ease for a tender point, cells for a
// table row. Sources are required.
type Board struct {
	Levels            []string          `yaml:"levels" json:"levels,omitempty"`
	Side              string            `yaml:"side" json:"side,omitempty"`
	SympatheticLevels []string          `yaml:"sympathetic_levels" json:"sympathetic_levels,omitempty"`
	Anterior          string            `yaml:"anterior" json:"anterior,omitempty"`
	Posterior         string            `yaml:"posterior" json:"posterior,omitempty"`
	PositionOfEase    string            `yaml:"position_of_ease" json:"position_of_ease,omitempty"`
	Cells             map[string]string `yaml:"cells" json:"cells,omitempty"`
	Note              string            `yaml:"note" json:"note,omitempty"`
	Sources           []string          `yaml:"sources" json:"sources"`
}

// Cell is one value of a table row.
type Cell struct {
	Key   string `json:"key"`
	Value string `json:"value"`
}

// Value returns the cell under a column key, or "".
func (r TableRow) Value(key string) string {
	for _, c := range r.Cells {
		if c.Key == key {
			return c.Value
		}
	}
	return ""
}

// Maps are all the high-yield maps.
type Maps struct {
	Organs         OrganMap
	Viscerosomatic ViscerosomaticMap
	Autonomic      AutonomicMap
	Chapman        ChapmanMap
	TenderPoints   TenderPointMap
	Tables         []MapTable // by id
}

// OrganMap is the organ vocabulary.
type OrganMap struct {
	MapInfo `yaml:",inline"`
	Rows    []Organ `yaml:"rows" json:"rows"`
}

// ViscerosomaticMap is organ to spinal levels.
type ViscerosomaticMap struct {
	MapInfo `yaml:",inline"`
	Rows    []OrganLevels `yaml:"rows" json:"rows"`
}

// AutonomicMap is organ to autonomic supply.
type AutonomicMap struct {
	MapInfo `yaml:",inline"`
	Rows    []AutonomicSupply `yaml:"rows" json:"rows"`
}

// ChapmanMap is organ to Chapman reflex points.
type ChapmanMap struct {
	MapInfo `yaml:",inline"`
	Rows    []ChapmanPoint `yaml:"rows" json:"rows"`
}

// TenderPointMap lists the counterstrain tender points.
type TenderPointMap struct {
	MapInfo `yaml:",inline"`
	Rows    []TenderPoint `yaml:"rows" json:"rows"`
}

// The file names (ids) of the structured maps; every other file in
// data/maps is a table.
const (
	MapOrgans         = "organs"
	MapViscerosomatic = "viscerosomatic"
	MapAutonomic      = "autonomic"
	MapChapman        = "chapman"
	MapTenderPoints   = "tender-points"
)

// MapInfos lists every map's heading, the structured maps first.
func (m *Maps) MapInfos() []MapInfo {
	out := []MapInfo{m.Viscerosomatic.MapInfo, m.Autonomic.MapInfo, m.Chapman.MapInfo, m.TenderPoints.MapInfo}
	for _, t := range m.Tables {
		out = append(out, t.MapInfo)
	}
	return out
}

// Organ returns the organ with an id.
func (m *Maps) Organ(id string) (Organ, bool) {
	for _, o := range m.Organs.Rows {
		if o.ID == id {
			return o, true
		}
	}
	return Organ{}, false
}

// LevelIn reports whether any of the levels or ranges (as the maps and the
// techniques write them: "T5-T12", "rib 3-rib 5") holds l; levels that do
// not read (validation reports them) hold nothing.
func LevelIn(l notation.Level, levels []string) bool {
	for _, s := range levels {
		if r, err := notation.ParseRange(s); err == nil && r.Contains(l) {
			return true
		}
	}
	return false
}

// Table returns the table map with an id.
func (m *Maps) Table(id string) (MapTable, bool) {
	for _, t := range m.Tables {
		if t.ID == id {
			return t, true
		}
	}
	return MapTable{}, false
}
