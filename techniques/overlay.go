package techniques

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"reflect"
	"sort"
	"strings"

	"github.com/omt-reference/omt/safetext"
	"github.com/omt-reference/omt/techniques/internal/fold"
)

// School overlays are a school's or a lab's own variants of techniques: YAML
// files, one technique each, in the technique format of data/README.md. A
// file whose id names a built-in technique changes only the fields it sets;
// a file with a new id is a whole technique of its own. Either way the result
// passes the catalogue's own validation, and everything the overlay changed
// carries a local mark, so that no one takes it for sourced text.

// MaxOverlayBytes is the largest overlay file read: one technique is a few
// kilobytes, so anything near this is not an overlay.
const MaxOverlayBytes = 256 << 10

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

// OverlayFile is what one overlay file did to the catalogue.
type OverlayFile struct {
	Name   string   // file name inside the overlay directory
	ID     string   // the technique it names, once read
	New    bool     // a whole technique, not one of the built-in ones
	Fields []string // what it changes, as YAML paths; empty if it changes nothing
	// Problems say why the file was not applied: a file applies whole or not at all.
	Problems []Problem
	// Warnings name what an applied file leaves contradicting it: a field
	// of the entry that still states a timer value the file changed.
	Warnings []Problem
}

// Applied reports whether the file's changes are in the catalogue.
func (f OverlayFile) Applied() bool { return len(f.Problems) == 0 }

// OverlayReport lists the overlay files found, in file-name order.
type OverlayReport struct {
	Files []OverlayFile
}

// Problems lists every problem of every file that was not applied.
func (r OverlayReport) Problems() []Problem {
	var out []Problem
	for _, f := range r.Files {
		out = append(out, f.Problems...)
	}
	return out
}

// Skipped lists the files that were not applied.
func (r OverlayReport) Skipped() []OverlayFile {
	var out []OverlayFile
	for _, f := range r.Files {
		if !f.Applied() {
			out = append(out, f)
		}
	}
	return out
}

// WithOverlays returns the catalogue with the overlays in fsys (the overlay
// directory) applied, and what each file did. A file that does not validate
// is left out whole, with its problems in the report, and the others still
// apply: each file stands alone, since a technique points at no other
// technique, so one typo does not take away a school's other variants. When
// the directory does not exist this costs one failed ReadDir and returns c.
func (c *Catalog) WithOverlays(fsys fs.FS) (*Catalog, OverlayReport) {
	var report OverlayReport
	entries, err := fs.ReadDir(fsys, ".")
	if errors.Is(err, fs.ErrNotExist) {
		return c, report
	}
	if err != nil {
		p := Problem{File: ".", Message: "cannot read the overlay directory: " + err.Error()}
		report.Files = append(report.Files, OverlayFile{Name: ".", Problems: []Problem{p}})
		return c, report
	}
	ids := c.collectIDs(new([]Problem))
	taken := map[string]string{} // technique id -> the file that overlays it
	var applied []Technique
	for _, e := range entries {
		name := e.Name()
		if strings.HasPrefix(name, ".") || e.IsDir() {
			continue // editor swap files, backups, folders
		}
		if strings.HasSuffix(name, ".yml") {
			report.Files = append(report.Files, OverlayFile{Name: name, Problems: []Problem{{File: name,
				Message: "is not read: overlay files end in .yaml"}}})
			continue
		}
		if !strings.HasSuffix(name, ".yaml") {
			continue
		}
		read, err := readable(fsys, e)
		if err != nil {
			report.Files = append(report.Files, OverlayFile{Name: name, Problems: []Problem{{File: name, Message: err.Error()}}})
		}
		if !read {
			continue
		}
		f, t := c.readOverlay(fsys, name, ids)
		if prev, dup := taken[f.ID]; dup && f.Applied() {
			f.Problems = append(f.Problems, Problem{File: name, Field: "id", Message: fmt.Sprintf(
				"%q is already overlaid by %s; keep one technique's changes in one file", f.ID, prev)})
		}
		if f.Applied() {
			taken[f.ID] = name
			if f.New || len(f.Fields) > 0 { // a file that changes nothing leaves the entry as sourced
				applied = append(applied, t)
			}
		}
		report.Files = append(report.Files, f)
	}
	if len(applied) == 0 {
		return c, report
	}
	return c.withTechniques(applied), report
}

func (c *Catalog) readOverlay(fsys fs.FS, name string, ids idSets) (OverlayFile, Technique) {
	fail := func(msg string) (OverlayFile, Technique) {
		return OverlayFile{Name: name, Problems: []Problem{{File: name, Message: msg}}}, Technique{}
	}
	tooLarge := fmt.Sprintf("is larger than %d KiB; an overlay holds one technique", MaxOverlayBytes>>10)
	file, err := fsys.Open(name)
	if err != nil {
		return fail("cannot read: " + err.Error())
	}
	defer file.Close()
	// The directory said the file was regular; the file itself says so again,
	// in case it was replaced since (OverlayDir opens without waiting on a pipe).
	info, err := file.Stat()
	switch {
	case err != nil:
		return fail("cannot read: " + err.Error())
	case !info.Mode().IsRegular():
		return fail(notRegular(info.Mode()).Error())
	case info.Size() > MaxOverlayBytes:
		return fail(tooLarge)
	}
	data, err := io.ReadAll(io.LimitReader(file, MaxOverlayBytes+1))
	if err != nil {
		return fail("cannot read: " + err.Error())
	}
	if len(data) > MaxOverlayBytes {
		return fail(tooLarge)
	}
	return c.overlay(name, data, ids)
}

// overlay reads one file, merges it with the built-in technique it names (if
// any) and validates the result as the catalogue validates its own entries.
func (c *Catalog) overlay(name string, data []byte, ids idSets) (OverlayFile, Technique) {
	name = safetext.Visible(name) // from here on, the file name is only shown
	f := OverlayFile{Name: name}
	t, set, problems := readTechnique(name, data)
	if len(problems) > 0 {
		f.Problems = problems
		return f, Technique{}
	}
	// Everything the school wrote reaches the terminal as text in every
	// view: its controls and bidi overrides are written out here, once.
	safetext.Strings(&t)
	f.ID = t.ID
	ch := checker{file: name, problems: &problems}
	if t.ID == "" {
		ch.addf("id", "is required: the id of the built-in technique to change, or a new id for a technique of your own")
		f.Problems = problems
		return f, Technique{}
	}
	merged := t
	base, builtIn := c.Technique(t.ID)
	if builtIn {
		merged = base
		for _, path := range set {
			copyField(&merged, &t, path)
		}
		promoteToAbsolute(&merged, set)
		keepBuiltInContraindications(ch, base, merged)
		for _, path := range set {
			if !reflect.DeepEqual(fieldAt(&base, path).Interface(), fieldAt(&merged, path).Interface()) {
				f.Fields = append(f.Fields, path)
			}
		}
		merged.Contraindications = markLocalContraindications(merged.Contraindications, base.Contraindications)
		merged.LocalMarks = LocalMarks{LocalFields: f.Fields}
	} else {
		f.New, f.Fields = true, set
		merged.Contraindications = markLocalContraindications(merged.Contraindications, Contraindications{})
		merged.LocalMarks = LocalMarks{LocalFields: set, LocalTechnique: true}
		c.checkLocalName(ch, merged)
	}
	if len(f.Fields) > 0 {
		merged.OverlayFile = name
	}
	c.validateTechnique(merged, name, ids, &problems)
	f.Problems = overlayHints(problems)
	if builtIn && f.Applied() {
		merged.StaleFields, f.Warnings = staleStatements(name, base, merged, f.Fields)
	}
	return f, merged
}

// checkLocalName keeps a local technique from taking a built-in one's name,
// which would make the two indistinguishable in a list.
func (c *Catalog) checkLocalName(ch checker, t Technique) {
	for _, b := range c.Techniques {
		if fold.Normalize(b.Name) == fold.Normalize(t.Name) && t.Name != "" {
			ch.addf("name", "%q is the name of built-in technique %q; give the local technique its own name, or use id %s to change the built-in one",
				t.Name, b.ID, b.ID)
		}
	}
}

// withTechniques returns a new catalogue with these techniques replacing the
// built-in ones of the same id, or added, sorted by name as Load sorts them.
// The built-in records are shared, never changed.
func (c *Catalog) withTechniques(ts []Technique) *Catalog {
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
	r.Maps.TenderPoints.Rows = overlaidHolds(c.Maps.TenderPoints.Rows, byIDAll(ts))
	r.Techniques, r.techniqueFiles = make([]Technique, len(named)), make([]string, len(named))
	for i, n := range named {
		r.Techniques[i], r.techniqueFiles[i] = n.t, n.file
	}
	overlaid := r.catalog()
	overlaid.sourced = c.sourcedCatalog()
	return overlaid
}

// byIDAll indexes techniques by id.
func byIDAll(ts []Technique) map[string]Technique {
	m := make(map[string]Technique, len(ts))
	for _, t := range ts {
		m[t.ID] = t
	}
	return m
}

func (c *Catalog) sourcedCatalog() *Catalog {
	if c.sourced != nil {
		return c.sourced
	}
	return c
}

// Sourced returns a technique as the catalogue's sources give it, without
// any school overlay: what a plan or a screen would have made of the entry
// had no overlay changed it. It is false for a technique wholly from an
// overlay.
func (c *Catalog) Sourced(id string) (Technique, bool) {
	return c.sourcedCatalog().Technique(id)
}
