package cli

import (
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// The --output of omt data export and omt study export (issue 18, finding
// 3): a regular file or a new path is written whole and renamed into place;
// what the path is, a symbolic link, a device or a FIFO, stays what it was.

// exportSession is a database holding one note, so that an export has
// something of the user's in it.
func exportSession(t *testing.T) session {
	t.Helper()
	s := session{db: filepath.Join(t.TempDir(), "omt.db")}
	s.mustRun(t, "notes", "cv4", "--set", "Exported note.")
	return s
}

// mustBeExport fails unless the file at path is a personal export holding
// the session's note.
func mustBeExport(t *testing.T, path string) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Format string `json:"format"`
		Notes  []struct {
			Text string `json:"text"`
		} `json:"notes"`
	}
	if err := json.Unmarshal(data, &doc); err != nil || doc.Format != "omt-personal" || len(doc.Notes) != 1 || doc.Notes[0].Text != "Exported note." {
		t.Fatalf("%s does not hold the export (%v): %q", path, err, data)
	}
}

func TestOutputReplacesARegularFileKeepingItsMode(t *testing.T) {
	s := exportSession(t)
	path := filepath.Join(t.TempDir(), "shared.json")
	if err := os.WriteFile(path, []byte("the old export"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(path, 0o640); err != nil { // past the umask
		t.Fatal(err)
	}
	_, errOut, code := s.run(t, "data", "export", "--output", path)
	if code != 0 || !strings.Contains(errOut, "wrote "+path) {
		t.Fatalf("exit %d, %q", code, errOut)
	}
	mustBeExport(t, path)
	if fi, err := os.Stat(path); err != nil || fi.Mode() != 0o640 {
		t.Errorf("the file replaced was mode 0640; now %v (%v)", fi.Mode(), err)
	}
	assertNoTempLeft(t, filepath.Dir(path), "shared.json")
}

func TestOutputCreatesANewFileForTheUserAlone(t *testing.T) {
	s := exportSession(t)
	path := filepath.Join(t.TempDir(), "new.json")
	if _, errOut, code := s.run(t, "data", "export", "--output", path); code != 0 {
		t.Fatalf("exit %d, %q", code, errOut)
	}
	mustBeExport(t, path)
	if fi, err := os.Stat(path); err != nil || fi.Mode() != 0o600 {
		t.Errorf("a new export holds notes, so it is the user's alone (0600); it is %v (%v)", fi.Mode(), err)
	}
	assertNoTempLeft(t, filepath.Dir(path), "new.json")
}

// TestOutputFollowsASymbolicLink: the link stays a link, and the file it
// points at gets the export, keeping its mode.
func TestOutputFollowsASymbolicLink(t *testing.T) {
	s := exportSession(t)
	dir, elsewhere := t.TempDir(), t.TempDir()
	target := filepath.Join(elsewhere, "real.json")
	if err := os.WriteFile(target, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(target, 0o644); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "link.json")
	if err := os.Symlink(target, link); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{
		{"data", "export", "--output", link},
		{"study", "export", "--format", "json", "--output", link},
	} {
		if _, errOut, code := s.run(t, args...); code != 0 {
			t.Fatalf("omt %v: exit %d, %q", args, code, errOut)
		}
		fi, err := os.Lstat(link)
		if err != nil || fi.Mode()&fs.ModeSymlink == 0 {
			t.Fatalf("omt %v replaced the symbolic link with a %v (%v)", args, fi.Mode(), err)
		}
		if got, _ := os.Readlink(link); got != target {
			t.Errorf("the link now points at %q", got)
		}
		if fi, err := os.Stat(target); err != nil || fi.Mode() != 0o644 {
			t.Errorf("the link's target: %v (%v), want mode 0644", fi.Mode(), err)
		}
		assertNoTempLeft(t, dir, "link.json")
		assertNoTempLeft(t, elsewhere, "real.json")
	}
	if data, _ := os.ReadFile(target); !strings.Contains(string(data), `"reviews"`) {
		t.Errorf("the study export did not reach the link's target: %q", data)
	}
}

func TestOutputRefusesADanglingLinkADirectoryAndAMissingFolder(t *testing.T) {
	s := exportSession(t)
	dir := t.TempDir()
	link := filepath.Join(dir, "dangling.json")
	if err := os.Symlink(filepath.Join(dir, "nowhere", "x.json"), link); err != nil {
		t.Fatal(err)
	}
	_, errOut, code := s.run(t, "data", "export", "--output", link)
	if code != ExitUsage || !strings.Contains(errOut, link) || !strings.Contains(errOut, "does not exist") {
		t.Errorf("a link to nothing: exit %d, %q; want a failure naming it", code, errOut)
	}
	if fi, err := os.Lstat(link); err != nil || fi.Mode()&fs.ModeSymlink == 0 {
		t.Errorf("the dangling link was replaced: %v (%v)", fi.Mode(), err)
	}
	_, errOut, code = s.run(t, "study", "export", "--output", dir)
	if code != ExitUsage || !strings.Contains(errOut, "is a directory") {
		t.Errorf("a directory: exit %d, %q; want a failure saying it is a directory", code, errOut)
	}
	missing := filepath.Join(dir, "no-such-folder", "x.json")
	_, errOut, code = s.run(t, "data", "export", "--output", missing)
	if code != ExitIOError || !strings.Contains(errOut, "writing "+missing+": no such file or directory") {
		t.Errorf("a missing folder: exit %d, %q; want %d naming the path", code, errOut, ExitIOError)
	}
	assertNoTempLeft(t, dir, "dangling.json")
}

// assertNoTempLeft fails when dir holds anything but the names given: a
// temporary file left behind.
func assertNoTempLeft(t *testing.T, dir string, names ...string) {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if !slices.Contains(names, e.Name()) {
			t.Errorf("%s is left in %s", e.Name(), dir)
		}
	}
}
