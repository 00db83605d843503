//go:build !unix

package overlay

import "os"

// openWithoutWaiting opens a file for reading; without Unix named pipes,
// nothing here can block.
func openWithoutWaiting(path string) (*os.File, error) {
	return os.Open(path)
}
