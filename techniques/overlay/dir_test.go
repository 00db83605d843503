package overlay

import (
	"fmt"
	"io"
	"io/fs"
	"strings"
	"testing"
	"testing/fstest"
)

// TestOnlyRegularOverlayFilesAreRead covers finding 9: a named pipe, a
// device or a socket called *.yaml is reported and never opened (opening a
// FIFO waits for a writer), and the other files still apply.
func TestOnlyRegularOverlayFilesAreRead(t *testing.T) {
	fsys := fstest.MapFS{
		"fifo.yaml":   {Mode: fs.ModeNamedPipe},
		"device.yaml": {Mode: fs.ModeDevice | fs.ModeCharDevice},
		"socket.yaml": {Mode: fs.ModeSocket},
		"good.yaml":   {Data: []byte("id: rib-raising\ntiming: Lab B, 2 minutes.\n")},
	}
	opened := map[string]bool{}
	c, report := Apply(mustLoad(t), openRecorder{fsys, opened})
	if len(report.Files) != 4 {
		t.Fatalf("want four files reported: %+v", report.Files)
	}
	for _, f := range report.Files {
		if f.Name == "good.yaml" {
			if !f.Applied() {
				t.Errorf("good.yaml: %v", f.Problems)
			}
			continue
		}
		if f.Applied() || len(f.Problems) != 1 || !strings.Contains(f.Problems[0].Message, "is not a regular file") {
			t.Errorf("%s: %+v", f.Name, f.Problems)
		}
		if opened[f.Name] {
			t.Errorf("%s was opened", f.Name)
		}
	}
	if rib, _ := c.Technique("rib-raising"); rib.Timing != "Lab B, 2 minutes." {
		t.Error("a skipped file kept a good one from applying")
	}
	for _, want := range []string{"a named pipe", "a device", "a socket"} {
		if !strings.Contains(fmt.Sprint(report.Problems()), want) {
			t.Errorf("no problem says the file is %s: %v", want, report.Problems())
		}
	}
}

// openRecorder is a file system that notes each file opened.
type openRecorder struct {
	fs.ReadDirFS
	opened map[string]bool
}

func (o openRecorder) Open(name string) (fs.File, error) {
	o.opened[name] = true
	return o.ReadDirFS.Open(name)
}

// TestOversizedOverlayIsNotRead: a file larger than the cap is refused on
// the size it reports, without a byte of it read.
func TestOversizedOverlayIsNotRead(t *testing.T) {
	fsys := unreadable{MapFS: fstest.MapFS{"big.yaml": {Data: []byte("id: cv4\n")}}, t: t}
	_, report := Apply(mustLoad(t), fsys)
	if p := report.Problems(); len(p) != 1 || !strings.Contains(p[0].Message, "is larger than 256 KiB") {
		t.Errorf("problems %v", p)
	}
}

// unreadable is a file system whose files say they are one byte over the
// cap, and fail the test when read.
type unreadable struct {
	fstest.MapFS
	t *testing.T
}

func (u unreadable) Open(name string) (fs.File, error) {
	f, err := u.MapFS.Open(name)
	return oversized{f, u.t}, err
}

type oversized struct {
	fs.File
	t *testing.T
}

func (o oversized) Stat() (fs.FileInfo, error) {
	info, err := o.File.Stat()
	return bigInfo{info}, err
}

func (o oversized) Read([]byte) (int, error) {
	o.t.Error("the oversized file was read")
	return 0, io.EOF
}

type bigInfo struct{ fs.FileInfo }

func (bigInfo) Size() int64 { return MaxBytes + 1 }
