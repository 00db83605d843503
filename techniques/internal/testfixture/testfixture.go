// Package testfixture holds what the tests of techniques and of the packages
// beside it (contentlint) share to build small catalogues in memory: a copy
// of a data folder, to replace one file of it, and the organ maps the board
// tests write into one. It imports nothing of omt, so that techniques' own
// tests can use it without an import cycle; it is for tests only.
package testfixture

import (
	"io/fs"
	"testing/fstest"
)

// Copy reads every file of root into memory.
func Copy(root fs.FS) (fstest.MapFS, error) {
	m := fstest.MapFS{}
	err := fs.WalkDir(root, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := fs.ReadFile(root, p)
		m[p] = &fstest.MapFile{Data: data}
		return err
	})
	return m, err
}

// OrganMaps writes a small organs, viscerosomatic and autonomic map into a
// fixture: one organ, "lungs", with the rows given (see VisceroLungs and
// AutonomicLungs).
func OrganMaps(fsys fstest.MapFS, visc, auto string) {
	head := func(id string) string {
		return "map: " + id + "\ntitle: T\nsummary: S.\nsources: [book-2020]\nreviewed: 2026-01-01\nrows:\n"
	}
	fsys["maps/organs.yaml"] = &fstest.MapFile{Data: []byte(head("organs") +
		"  - id: lungs\n    name: Lungs\n    synonyms: []\n    conditions: []\n")}
	fsys["maps/viscerosomatic.yaml"] = &fstest.MapFile{Data: []byte(head("viscerosomatic") + visc)}
	fsys["maps/autonomic.yaml"] = &fstest.MapFile{Data: []byte(head("autonomic") + auto)}
}

// The lungs' rows of the viscerosomatic and autonomic maps, T1-T6 in both,
// citing the fixture's book-2020; a test appends a board block to either.
const (
	VisceroLungs   = "  - organ: lungs\n    levels: [T1-T6]\n    side: \"\"\n    note: \"\"\n    sources: [book-2020]\n"
	AutonomicLungs = "  - organ: lungs\n    sympathetic_levels: [T1-T6]\n    ganglia: g\n    sympathetic_nerves: n\n    parasympathetic: vagus\n    note: \"\"\n    sources: [book-2020]\n"
)
