package techniques

import (
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"

	"github.com/goccy/go-yaml"
)

//go:embed data
var embedded embed.FS

// Files returns the embedded data folder, laid out as described in data/README.md.
func Files() fs.FS {
	sub, err := fs.Sub(embedded, "data")
	if err != nil {
		panic(err) // the embed pattern above guarantees the folder exists
	}
	return sub
}

// Load returns the embedded catalogue, indexed. The YAML was validated and
// compiled to Go when catalog_gen.go was generated (a test keeps the two
// equal), so starting omt parses nothing. Builds with the omt_nogen tag read
// and validate the YAML instead.
func Load() (*Catalog, error) {
	if c := generatedCatalog(); c != nil {
		return c, nil
	}
	return LoadFS(Files())
}

// DataFields names the Catalog fields that hold data rather than indexes; the
// generator writes exactly these.
func DataFields() []string {
	return []string{"Techniques", "Conditions", "Flags", "Families", "References", "Evidence", "Glossary", "Maps",
		"techniqueFiles", "referenceFiles", "evidenceFiles"}
}

// LoadFS reads, validates and indexes a catalogue laid out like the embedded one.
// Any problem makes it fail with a *DataError naming every file and field at fault.
func LoadFS(fsys fs.FS) (*Catalog, error) {
	c, problems := Check(fsys)
	if len(problems) > 0 {
		return nil, &DataError{Problems: problems}
	}
	return c, nil
}

// Check reads and validates a catalogue without failing: it returns what could be
// read and every problem found, so that tests can report per file and per record.
func Check(fsys fs.FS) (*Catalog, []Problem) {
	var d decoder
	d.fsys = fsys
	c := &Catalog{}
	d.list("families.yaml", &c.Families, true)
	d.list("conditions.yaml", &c.Conditions, true)
	sort.SliceStable(c.Conditions, func(i, j int) bool {
		return strings.ToLower(c.Conditions[i].Name) < strings.ToLower(c.Conditions[j].Name)
	})
	d.list("flags.yaml", &c.Flags, true)
	d.list("glossary.yaml", &c.Glossary, false)
	for _, name := range d.glob("references") {
		var refs []Reference
		d.list(name, &refs, true)
		for _, r := range refs {
			c.References = append(c.References, r)
			c.referenceFiles = append(c.referenceFiles, name)
		}
	}
	var named []namedTechnique
	for _, name := range d.glob("techniques") {
		var t Technique
		if d.one(name, &t) {
			named = append(named, namedTechnique{name, t})
		}
	}
	// Sort once, here, so that the files stay parallel to the techniques.
	sort.SliceStable(named, func(i, j int) bool {
		return strings.ToLower(named[i].t.Name) < strings.ToLower(named[j].t.Name)
	})
	for _, n := range named {
		c.Techniques = append(c.Techniques, n.t)
		c.techniqueFiles = append(c.techniqueFiles, n.file)
	}
	for _, name := range d.glob("evidence") {
		var e ConditionEvidence
		if d.one(name, &e) {
			c.Evidence = append(c.Evidence, e)
			c.evidenceFiles = append(c.evidenceFiles, name)
		}
	}
	d.readMaps(&c.Maps)
	problems := append(d.problems, c.validate()...)
	c.index()
	return c, problems
}

type namedTechnique struct {
	file string
	t    Technique
}

type decoder struct {
	fsys     fs.FS
	problems []Problem
}

func (d *decoder) glob(dir string) []string {
	names, err := fs.Glob(d.fsys, path.Join(dir, "*.yaml"))
	if err != nil {
		d.problems = append(d.problems, Problem{File: dir, Message: err.Error()})
	}
	sort.Strings(names)
	return names
}

func (d *decoder) read(name string, required bool) ([]byte, bool) {
	data, err := fs.ReadFile(d.fsys, name)
	if errors.Is(err, fs.ErrNotExist) && !required {
		return nil, false
	}
	if err != nil {
		d.problems = append(d.problems, Problem{File: name, Message: "cannot read: " + err.Error()})
		return nil, false
	}
	return data, true
}

func (d *decoder) list(name string, into any, required bool) {
	if data, ok := d.read(name, required); ok {
		d.decode(name, data, into)
	}
}

func (d *decoder) one(name string, into any) bool {
	data, ok := d.read(name, true)
	return ok && d.decode(name, data, into)
}

func (d *decoder) decode(name string, data []byte, into any) bool {
	err := yaml.UnmarshalWithOptions(data, into, yaml.DisallowUnknownField(), yaml.Strict())
	if err == nil {
		return true
	}
	d.problems = append(d.problems, YAMLProblem(name, data, err))
	return false
}

// YAMLProblem turns a decoder error into a Problem that names the file, the line
// and the field, read from the source line the decoder points at.
func YAMLProblem(name string, data []byte, err error) Problem {
	var yerr yaml.Error
	if !errors.As(err, &yerr) {
		return Problem{File: name, Message: err.Error()}
	}
	p := Problem{File: name, Message: yerr.GetMessage()}
	if tok := yerr.GetToken(); tok != nil && tok.Position != nil {
		p.Field = keyOnLine(data, tok.Position.Line)
		p.Message = fmt.Sprintf("line %d: %s", tok.Position.Line, p.Message)
	}
	if strings.HasPrefix(yerr.GetMessage(), "unknown field") {
		p.Message += " (data/README.md lists the fields)"
	}
	return p
}

// keyOnLine returns the mapping key written on a 1-based line, or "".
func keyOnLine(data []byte, line int) string {
	lines := strings.Split(string(data), "\n")
	if line < 1 || line > len(lines) {
		return ""
	}
	text := strings.TrimLeft(strings.TrimSpace(lines[line-1]), "- ")
	key, _, found := strings.Cut(text, ":")
	if !found || strings.ContainsAny(key, " \"'[{") {
		return ""
	}
	return key
}
