//go:build unix

package cli

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// hangLimit is the watchdog of the FIFO tests: a command that has not
// returned by then is waiting on the pipe. It detects a hang; it does not
// time anything (the commands take milliseconds).
const hangLimit = 10 * time.Second

// TestFIFOInOverlayDirectoryDoesNotHang covers finding 9: opening a named
// pipe for reading waits for a writer, so a FIFO named *.yaml hung every
// command. Each command must return, and say which file it skipped.
func TestFIFOInOverlayDirectoryDoesNotHang(t *testing.T) {
	home := overlayHome(t, map[string]string{"school-variants.yaml": schoolOverlay})
	fifo := filepath.Join(home, "omt", "overlays", "pipe.yaml")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skipf("no FIFOs here: %v", err)
	}
	// Should a command hang, a writer that opens and closes the pipe frees
	// it, so that the test binary does not keep a stuck goroutine.
	t.Cleanup(func() {
		if w, err := os.OpenFile(fifo, os.O_WRONLY|syscall.O_NONBLOCK, 0); err == nil {
			w.Close()
		}
	})
	for _, args := range [][]string{{"overlay", "check"}, {"show", "counterstrain-lumbar"}, {"search", "lumbar"}} {
		type result struct {
			out, errOut string
			code        int
		}
		done := make(chan result, 1)
		go func() {
			out, errOut, code := runIn(t, home, args...)
			done <- result{out, errOut, code}
		}()
		var r result
		select {
		case r = <-done:
		case <-time.After(hangLimit):
			t.Fatalf("omt %s has not returned after %v: it is waiting on the FIFO", strings.Join(args, " "), hangLimit)
		}
		both := r.out + r.errOut
		if !strings.Contains(both, "pipe.yaml") || !strings.Contains(both, "is not a regular file") {
			t.Errorf("omt %s does not say it skipped the FIFO:\n%s", strings.Join(args, " "), both)
		}
		if args[0] != "overlay" && (r.code != 0 || !strings.Contains(r.out, "[overlaid]") && !strings.Contains(r.out, "local overlay")) {
			t.Errorf("omt %s: exit %d; the regular overlay should still apply:\n%s", strings.Join(args, " "), r.code, r.out)
		}
	}
}
