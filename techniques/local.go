package techniques

import "strings"

// LocalMarks say which parts of a technique came from a school overlay rather
// than from the sourced catalogue. A built-in entry has none.
type LocalMarks struct {
	// LocalFields names what the overlay changed, as YAML paths: timing,
	// position.patient, contraindications.absolute.
	LocalFields []string `json:"local_fields,omitempty"`
	// OverlayFile is the overlay file the local fields came from.
	OverlayFile string `json:"overlay_file,omitempty"`
	// LocalTechnique is set when the whole technique comes from an overlay.
	LocalTechnique bool `json:"local_technique,omitempty"`
	// StaleFields names the fields, not written by the overlay, that still
	// state in words a timer value the overlay changed ("held 90 seconds"
	// once the school holds 120 s).
	StaleFields []string `json:"stale_fields,omitempty"`
}

// Overlaid reports whether any part of the technique comes from an overlay.
func (m LocalMarks) Overlaid() bool { return m.LocalTechnique || len(m.LocalFields) > 0 }

// LocalLabel is how a list marks a technique an overlay touched: "local" for
// a technique wholly from an overlay, "overlaid" for a built-in one with
// local fields, "" for an entry as sourced.
func (m LocalMarks) LocalLabel() string {
	switch {
	case m.LocalTechnique:
		return "local"
	case len(m.LocalFields) > 0:
		return "overlaid"
	}
	return ""
}

// IsLocal reports whether an overlay changed the field at a YAML path, or
// the whole of a field that holds it (position holds position.patient).
func (m LocalMarks) IsLocal(path string) bool {
	if m.LocalTechnique {
		return true
	}
	// A path is local when the overlay wrote it, a field that holds it, or a
	// field within it (timer.hold_seconds makes the timer local).
	for _, f := range m.LocalFields {
		if f == path || strings.HasPrefix(path, f+".") || strings.HasPrefix(f, path+".") {
			return true
		}
	}
	return false
}

// LocalMark is the words after each local field's label or section title, so
// that no one takes a school's variant for the sourced text.
func LocalMark(file string) string {
	if file == "" {
		return "(local overlay)"
	}
	return "(local overlay: " + file + ")"
}
