package sheet

// SectionKind tells a renderer how much weight a section deserves.
type SectionKind int

// Warning sections (contraindications) must stand out on every renderer,
// including ones without colour.
const (
	Plain SectionKind = iota
	Warning
)

// Section is one part of a technique sheet. A sheet is the single ordering of a
// technique's facts that the TUI, the plain-text and the markdown output share,
// so that contraindications come before the steps everywhere.
type Section struct {
	Title    string
	Kind     SectionKind
	Text     []string // paragraphs
	Fields   []Field  // label: value pairs
	Items    []string // bullets
	Numbered bool     // Items are ordered steps
	Groups   []Group  // titled sub-lists, e.g. absolute and relative contraindications
}

// Field is a labelled value.
type Field struct {
	Label, Value string
}

// Group is a titled list inside a section.
type Group struct {
	Title string
	Kind  SectionKind
	Items []string
}
