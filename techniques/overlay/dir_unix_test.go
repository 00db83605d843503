//go:build unix

package overlay

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/omt-reference/omt/techniques"
)

// overlayHangLimit is the watchdog of the FIFO tests: loading that has not
// returned by then is waiting on a pipe. It detects a hang, not speed.
const overlayHangLimit = 10 * time.Second

// loadWithWatchdog applies the overlays in fsys, failing the test if that
// has not returned within overlayHangLimit.
func loadWithWatchdog(t *testing.T, c *techniques.Catalog, fsys fs.FS) (*techniques.Catalog, Report) {
	t.Helper()
	type result struct {
		c      *techniques.Catalog
		report Report
	}
	done := make(chan result, 1)
	go func() {
		c, report := Apply(c, fsys)
		done <- result{c, report}
	}()
	select {
	case r := <-done:
		return r.c, r.report
	case <-time.After(overlayHangLimit):
		t.Fatalf("loading the overlays has not returned after %v: it waits on a pipe", overlayHangLimit)
	}
	return nil, Report{}
}

// fifoDir is an overlay directory with a named pipe, a link to it, a link to
// a regular overlay elsewhere and a link to nothing.
func fifoDir(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	fifo := filepath.Join(dir, "pipe.yaml")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skipf("no FIFOs here: %v", err)
	}
	t.Cleanup(func() { // free a reader stuck on the pipe, should one be
		if w, err := os.OpenFile(fifo, os.O_WRONLY|syscall.O_NONBLOCK, 0); err == nil {
			w.Close()
		}
	})
	shared := filepath.Join(t.TempDir(), "rib.yaml")
	if err := os.WriteFile(shared, []byte("id: rib-raising\ntiming: Lab B, 2 minutes.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	gone := filepath.Join(dir, "removed")
	for link, target := range map[string]string{"to-pipe.yaml": fifo, "shared.yaml": shared, "gone.yaml": gone} {
		if err := os.Symlink(target, filepath.Join(dir, link)); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestOverlayDirReadsOnlyRegularFiles(t *testing.T) {
	c, report := loadWithWatchdog(t, mustLoad(t), Dir(fifoDir(t)))
	got := map[string]string{}
	for _, f := range report.Files {
		got[f.Name] = "applied"
		if !f.Applied() {
			got[f.Name] = f.Problems[0].Message
		}
	}
	if got["shared.yaml"] != "applied" {
		t.Errorf("a link to a regular file: %q", got["shared.yaml"])
	}
	for _, name := range []string{"pipe.yaml", "to-pipe.yaml"} {
		if !strings.Contains(got[name], "is not a regular file but a named pipe (FIFO)") {
			t.Errorf("%s: %q", name, got[name])
		}
	}
	if !strings.HasPrefix(got["gone.yaml"], "cannot read: ") {
		t.Errorf("a link to nothing: %q", got["gone.yaml"])
	}
	if rib, _ := c.Technique("rib-raising"); rib.Timing != "Lab B, 2 minutes." {
		t.Error("the linked overlay did not apply")
	}
}

// TestOverlayReplacedByAPipeIsNotWaitedOn: a file listed as regular that is
// a pipe by the time it is opened (replaced in between) is opened without
// waiting and refused.
func TestOverlayReplacedByAPipeIsNotWaitedOn(t *testing.T) {
	dir := fifoDir(t)
	_, report := loadWithWatchdog(t, mustLoad(t), regularListing{Dir(dir).(dirFS)})
	for _, f := range report.Files {
		if f.Name == "pipe.yaml" && (f.Applied() || !strings.Contains(f.Problems[0].Message, "named pipe")) {
			t.Errorf("pipe.yaml: %+v", f.Problems)
		}
	}
}

// regularListing lists every entry as a regular file, as a directory read
// just before each file was replaced would.
type regularListing struct{ dirFS }

func (r regularListing) ReadDir(name string) ([]fs.DirEntry, error) {
	entries, err := r.dirFS.ReadDir(name)
	for i, e := range entries {
		entries[i] = regularEntry{e}
	}
	return entries, err
}

type regularEntry struct{ fs.DirEntry }

func (regularEntry) Type() fs.FileMode { return 0 }
