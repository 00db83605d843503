//go:build unix

package overlay

import (
	"os"
	"syscall"
)

// openWithoutWaiting opens a file for reading; a named pipe with no writer
// opens at once instead of blocking (O_NONBLOCK changes nothing for a
// regular file).
func openWithoutWaiting(path string) (*os.File, error) {
	return os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
}
