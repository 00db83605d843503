package cli

import (
	"archive/zip"
	"path/filepath"
	"strings"
	"testing"
)

// The text export must name omt's note type and carry each note's GUID, so
// that Anki fills the right fields and a re-import updates the notes.
func TestAnkiTextExportNamesOmtsNoteTypeWithGUIDs(t *testing.T) {
	db := filepath.Join(t.TempDir(), "omt.db")
	out, errOut, code := runStudy(t, db, "study", "export", "--format", "anki")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var header, rows []string
	for _, l := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
		if strings.HasPrefix(l, "#") {
			header = append(header, l)
		} else {
			rows = append(rows, l)
		}
	}
	for _, want := range []string{"#notetype:omt-reference", "#guid column:1", "#tags column:7", "#deck:omt"} {
		if !strings.Contains(strings.Join(header, "\n"), want) {
			t.Errorf("the header lacks %q:\n%s", want, strings.Join(header, "\n"))
		}
	}
	if len(rows) < 1000 || !strings.HasPrefix(rows[0], "omt:") || strings.Count(rows[0], "\t") != 6 {
		t.Fatalf("%d rows; the first is %q, want the GUID first and seven columns", len(rows), rows[0])
	}
}

func TestApkgExportWritesAPackageToTheOutputFile(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "omt.db")
	_, errOut, code := runStudy(t, db, "study", "export", "--format", "apkg")
	if code != 2 || !strings.Contains(errOut, "--output") {
		t.Errorf("apkg to standard output: exit %d, %q; want a usage error asking for --output", code, errOut)
	}
	file := filepath.Join(dir, "omt.apkg")
	_, errOut, code = runStudy(t, db, "study", "export", "--format", "apkg", "--output", file)
	if code != 0 || !strings.Contains(errOut, file) {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	zr, err := zip.OpenReader(file)
	if err != nil {
		t.Fatalf("%s is not a zip: %v", file, err)
	}
	defer zr.Close()
	var names []string
	for _, f := range zr.File {
		names = append(names, f.Name)
	}
	if strings.Join(names, ",") != "collection.anki2,media" {
		t.Errorf("the package holds %v", names)
	}
}
