// Package overlay applies school overlays: a school's or a lab's own
// variants of techniques, YAML files, one technique each, in the technique
// format of data/README.md. A file whose id names a built-in technique
// changes only the fields it sets; a file with a new id is a whole technique
// of its own. Either way the result passes the catalogue's own validation
// (techniques.Catalog.TechniqueProblems), and everything the overlay changed
// carries a local mark (techniques.LocalMarks), so that no one takes it for
// sourced text.
//
// The package owns reading the overlay directory, the limits a file is held
// to before it is parsed, merging a file into the built-in entry, the guards
// on contraindications, the warnings about words a changed timer leaves
// stale, and the template omt overlay new writes. It hands the techniques it
// accepts to techniques.Catalog.WithTechniques, which makes the overlaid
// catalogue; how a local mark is shown belongs to whoever shows it.
package overlay

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"reflect"
	"strings"

	"github.com/omt-reference/omt/safetext"
	"github.com/omt-reference/omt/techniques"
	"github.com/omt-reference/omt/techniques/internal/fold"
)

// MaxBytes is the largest overlay file read: one technique is a few
// kilobytes, so anything near this is not an overlay.
const MaxBytes = 256 << 10

// File is what one overlay file did to the catalogue.
type File struct {
	Name   string   // file name inside the overlay directory
	ID     string   // the technique it names, once read
	New    bool     // a whole technique, not one of the built-in ones
	Fields []string // what it changes, as YAML paths; empty if it changes nothing
	// Problems say why the file was not applied: a file applies whole or not at all.
	Problems []techniques.Problem
	// Warnings name what an applied file leaves contradicting it: a field
	// of the entry that still states a timer value the file changed.
	Warnings []techniques.Problem
}

// Applied reports whether the file's changes are in the catalogue.
func (f File) Applied() bool { return len(f.Problems) == 0 }

// Report lists the overlay files found, in file-name order.
type Report struct {
	Files []File
}

// Problems lists every problem of every file that was not applied.
func (r Report) Problems() []techniques.Problem {
	var out []techniques.Problem
	for _, f := range r.Files {
		out = append(out, f.Problems...)
	}
	return out
}

// Skipped lists the files that were not applied.
func (r Report) Skipped() []File {
	var out []File
	for _, f := range r.Files {
		if !f.Applied() {
			out = append(out, f)
		}
	}
	return out
}

// refused is a file that was not applied, for one reason.
func refused(name, msg string) File {
	return File{Name: name, Problems: []techniques.Problem{{File: name, Message: msg}}}
}

// Apply returns the catalogue with the overlays in fsys (the overlay
// directory) applied, and what each file did. A file that does not validate
// is left out whole, with its problems in the report, and the others still
// apply: each file stands alone, since a technique points at no other
// technique, so one typo does not take away a school's other variants. When
// the directory does not exist this costs one failed ReadDir and returns c.
func Apply(c *techniques.Catalog, fsys fs.FS) (*techniques.Catalog, Report) {
	var report Report
	entries, err := fs.ReadDir(fsys, ".")
	if errors.Is(err, fs.ErrNotExist) {
		return c, report
	}
	if err != nil {
		report.Files = append(report.Files, refused(".", "cannot read the overlay directory: "+err.Error()))
		return c, report
	}
	taken := map[string]string{} // technique id -> the file that overlays it
	var applied []techniques.Technique
	for _, e := range entries {
		f, t, ok := readEntry(c, fsys, e)
		if !ok {
			continue
		}
		if prev, dup := taken[f.ID]; dup && f.Applied() {
			f.Problems = append(f.Problems, techniques.Problem{File: f.Name, Field: "id", Message: fmt.Sprintf(
				"%q is already overlaid by %s; keep one technique's changes in one file", f.ID, prev)})
		}
		if f.Applied() {
			taken[f.ID] = f.Name
			if f.New || len(f.Fields) > 0 { // a file that changes nothing leaves the entry as sourced
				applied = append(applied, t)
			}
		}
		report.Files = append(report.Files, f)
	}
	if len(applied) == 0 {
		return c, report
	}
	return c.WithTechniques(applied, overlaidHolds(c.Maps.TenderPoints.Rows, byID(applied))), report
}

// readEntry reads one entry of the overlay directory. ok is false for an
// entry that is not an overlay and has nothing to report: a hidden file, a
// folder, a file that is not YAML.
func readEntry(c *techniques.Catalog, fsys fs.FS, e fs.DirEntry) (f File, t techniques.Technique, ok bool) {
	name := e.Name()
	switch {
	case strings.HasPrefix(name, ".") || e.IsDir():
		return File{}, t, false // editor swap files, backups, folders
	case strings.HasSuffix(name, ".yml"):
		return refused(name, "is not read: overlay files end in .yaml"), t, true
	case !strings.HasSuffix(name, ".yaml"):
		return File{}, t, false
	}
	read, err := readable(fsys, e)
	switch {
	case err != nil:
		return refused(name, err.Error()), t, true
	case !read:
		return File{}, t, false
	}
	f, t = readFile(c, fsys, name)
	return f, t, true
}

func readFile(c *techniques.Catalog, fsys fs.FS, name string) (File, techniques.Technique) {
	fail := func(msg string) (File, techniques.Technique) { return refused(name, msg), techniques.Technique{} }
	tooLarge := fmt.Sprintf("is larger than %d KiB; an overlay holds one technique", MaxBytes>>10)
	file, err := fsys.Open(name)
	if err != nil {
		return fail("cannot read: " + err.Error())
	}
	defer file.Close()
	// The directory said the file was regular; the file itself says so again,
	// in case it was replaced since (Dir opens without waiting on a pipe).
	info, err := file.Stat()
	switch {
	case err != nil:
		return fail("cannot read: " + err.Error())
	case !info.Mode().IsRegular():
		return fail(notRegular(info.Mode()).Error())
	case info.Size() > MaxBytes:
		return fail(tooLarge)
	}
	data, err := io.ReadAll(io.LimitReader(file, MaxBytes+1))
	if err != nil {
		return fail("cannot read: " + err.Error())
	}
	if len(data) > MaxBytes {
		return fail(tooLarge)
	}
	return merge(c, name, data)
}

// merge reads one file, merges it with the built-in technique it names (if
// any) and validates the result as the catalogue validates its own entries.
func merge(c *techniques.Catalog, name string, data []byte) (File, techniques.Technique) {
	name = safetext.Visible(name) // from here on, the file name is only shown
	f := File{Name: name}
	t, set, problems := readTechnique(name, data)
	if len(problems) > 0 {
		f.Problems = problems
		return f, techniques.Technique{}
	}
	// Everything the school wrote reaches the terminal as text in every
	// view: its controls and bidi overrides are written out here, once.
	safetext.Strings(&t)
	f.ID = t.ID
	ch := checker{file: name, problems: &problems}
	if t.ID == "" {
		ch.addf("id", "is required: the id of the built-in technique to change, or a new id for a technique of your own")
		f.Problems = problems
		return f, techniques.Technique{}
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
		merged.LocalMarks = techniques.LocalMarks{LocalFields: f.Fields}
	} else {
		f.New, f.Fields = true, set
		merged.Contraindications = markLocalContraindications(merged.Contraindications, techniques.Contraindications{})
		merged.LocalMarks = techniques.LocalMarks{LocalFields: set, LocalTechnique: true}
		checkLocalName(c, ch, merged)
	}
	if len(f.Fields) > 0 {
		merged.OverlayFile = name
	}
	problems = append(problems, c.TechniqueProblems(merged, name)...)
	f.Problems = overlayHints(problems)
	if builtIn && f.Applied() {
		merged.StaleFields, f.Warnings = staleStatements(name, base, merged, f.Fields)
	}
	return f, merged
}

// checkLocalName keeps a local technique from taking a built-in one's name,
// which would make the two indistinguishable in a list.
func checkLocalName(c *techniques.Catalog, ch checker, t techniques.Technique) {
	for _, b := range c.Techniques {
		if fold.Normalize(b.Name) == fold.Normalize(t.Name) && t.Name != "" {
			ch.addf("name", "%q is the name of built-in technique %q; give the local technique its own name, or use id %s to change the built-in one",
				t.Name, b.ID, b.ID)
		}
	}
}

// byID indexes techniques by id.
func byID(ts []techniques.Technique) map[string]techniques.Technique {
	m := make(map[string]techniques.Technique, len(ts))
	for _, t := range ts {
		m[t.ID] = t
	}
	return m
}

// checker collects problems for one overlay file.
type checker struct {
	file     string
	problems *[]techniques.Problem
}

func (c checker) addf(field, format string, args ...any) {
	*c.problems = append(*c.problems, techniques.Problem{File: c.file, Field: field, Message: fmt.Sprintf(format, args...)})
}
