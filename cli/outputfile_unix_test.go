//go:build unix

package cli

import (
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"golang.org/x/sys/unix"
)

// hangGuard is how long a test waits for omt or a FIFO's reader before it
// calls the run hung. It is no measure of speed: a run that works takes
// milliseconds, and one that hangs never ends.
const hangGuard = 30 * time.Second

// TestOutputWritesAFIFOInPlace: a FIFO given to --output is opened and
// written, as a shell's > would, and stays a FIFO; its reader gets the
// whole export.
func TestOutputWritesAFIFOInPlace(t *testing.T) {
	s := exportSession(t)
	fifo := filepath.Join(t.TempDir(), "export.pipe")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skipf("cannot make a FIFO here: %v", err)
	}
	read := make(chan string, 1)
	go func() {
		f, err := os.Open(fifo) // waits for omt to open the other end
		if err != nil {
			read <- "open: " + err.Error()
			return
		}
		defer f.Close()
		data, err := io.ReadAll(f)
		if err != nil {
			read <- "read: " + err.Error()
			return
		}
		read <- string(data)
	}()
	type result struct {
		errOut string
		code   int
	}
	done := make(chan result, 1)
	go func() {
		_, errOut, code := s.run(t, "data", "export", "--output", fifo)
		done <- result{errOut, code}
	}()
	watchdog := time.After(hangGuard)
	var r result
	select {
	case r = <-done:
	case <-watchdog:
		wakeFIFO(fifo)
		t.Fatal("omt data export --output FIFO never finished")
	}
	if fi, err := os.Lstat(fifo); err != nil || fi.Mode()&fs.ModeNamedPipe == 0 {
		t.Fatalf("the FIFO was replaced by a %v (%v); omt said %q", fi.Mode(), err, r.errOut)
	}
	if r.code != 0 {
		t.Fatalf("exit %d, %q", r.code, r.errOut)
	}
	select {
	case got := <-read:
		if !strings.Contains(got, `"format": "omt-personal"`) || !strings.Contains(got, "Exported note.") {
			t.Errorf("the FIFO's reader got %q", got)
		}
	case <-watchdog:
		wakeFIFO(fifo)
		t.Fatal("the FIFO's reader never saw the end of the export")
	}
	assertNoTempLeft(t, filepath.Dir(fifo), "export.pipe")
}

// wakeFIFO opens both ends of a FIFO once, so that a goroutine blocked
// opening either end returns and the test can end.
func wakeFIFO(path string) {
	if f, err := os.OpenFile(path, os.O_RDWR|syscall.O_NONBLOCK, 0); err == nil {
		f.Close()
	}
}

// charDevice makes a character device in a temporary directory, which
// needs root; the test is skipped, saying why, where it cannot be made.
func charDevice(t *testing.T, name string, major, minor uint32) string {
	t.Helper()
	if os.Geteuid() != 0 {
		t.Skip("making a device node needs root")
	}
	path := filepath.Join(t.TempDir(), name)
	if err := unix.Mknod(path, unix.S_IFCHR|0o666, int(unix.Mkdev(major, minor))); err != nil {
		t.Skipf("cannot make a device node here: %v", err)
	}
	return path
}

// assertSameDevice fails unless path is still the device it was.
func assertSameDevice(t *testing.T, path string, want fs.FileInfo) {
	t.Helper()
	fi, err := os.Lstat(path)
	if err != nil {
		t.Fatalf("%s is gone: %v", path, err)
	}
	if fi.Mode().Type() != want.Mode().Type() || fi.Sys().(*syscall.Stat_t).Rdev != want.Sys().(*syscall.Stat_t).Rdev {
		t.Fatalf("%s was a %v device; now it is a %v", path, want.Mode().Type(), fi.Mode().Type())
	}
}

// TestOutputWritesACharacterDeviceInPlace: a null device is written, not
// replaced by a file of the same name.
func TestOutputWritesACharacterDeviceInPlace(t *testing.T) {
	s := exportSession(t)
	null := charDevice(t, "fakenull", 1, 3)
	before, err := os.Lstat(null)
	if err != nil {
		t.Fatal(err)
	}
	_, errOut, code := s.run(t, "data", "export", "--output", null)
	assertSameDevice(t, null, before)
	if code != 0 {
		t.Errorf("writing to a null device: exit %d, %q", code, errOut)
	}
	assertNoTempLeft(t, filepath.Dir(null), "fakenull")
}

// TestOutputToAFullDeviceFails: /dev/full takes no byte. The export fails
// with a message naming the device and the reason, and the device stays.
// As root, a copy of /dev/full made in a temporary directory stands in for
// it, so that a regression cannot replace the machine's own.
func TestOutputToAFullDeviceFails(t *testing.T) {
	full := "/dev/full"
	if os.Geteuid() == 0 {
		full = charDevice(t, "fakefull", 1, 7)
	}
	before, err := os.Lstat(full)
	if err != nil {
		t.Skipf("no %s here: %v", full, err)
	}
	s := exportSession(t)
	for _, args := range [][]string{
		{"data", "export", "--output", full},
		{"study", "export", "--format", "anki", "--output", full},
	} {
		_, errOut, code := s.run(t, args...)
		assertSameDevice(t, full, before)
		if code != ExitIOError || !strings.Contains(errOut, "writing "+full+": no space left on device") {
			t.Errorf("omt %v: exit %d, %q; want %d, naming %s and the full device", args, code, errOut, ExitIOError, full)
		}
		if strings.Contains(errOut, "wrote") {
			t.Errorf("omt %v says it wrote what it could not: %q", args, errOut)
		}
	}
}

// TestOutputRefusesABlockDevice: an export is never written onto a disk.
// The device number is one Linux keeps for local use and gives no driver,
// so that even a regression writing in place would reach nothing.
func TestOutputRefusesABlockDevice(t *testing.T) {
	if os.Geteuid() != 0 {
		t.Skip("making a device node needs root")
	}
	disk := filepath.Join(t.TempDir(), "fakedisk")
	if err := unix.Mknod(disk, unix.S_IFBLK|0o600, int(unix.Mkdev(240, 7))); err != nil {
		t.Skipf("cannot make a device node here: %v", err)
	}
	before, err := os.Lstat(disk)
	if err != nil {
		t.Fatal(err)
	}
	s := exportSession(t)
	_, errOut, code := s.run(t, "data", "export", "--output", disk)
	assertSameDevice(t, disk, before)
	if code != ExitUsage || !strings.Contains(errOut, disk) || !strings.Contains(errOut, "block device") {
		t.Errorf("a block device: exit %d, %q; want a refusal naming it", code, errOut)
	}
}
