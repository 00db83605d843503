package overlay

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
)

// Only regular files are read as overlays. Opening a named pipe for reading
// waits for a writer, so a FIFO called *.yaml hung every command; a device
// or a socket is no file a school wrote either. A symbolic link is followed
// (a lab may keep its overlays in a shared checkout and link them), and what
// it points to must be a regular file too.

// readable says whether an overlay directory's entry is read: a regular
// file is, and so is a link to one; a folder is skipped, as folders are; and
// anything else is not read, with an error that says what it is.
func readable(fsys fs.FS, e fs.DirEntry) (bool, error) {
	mode := e.Type()
	if mode&fs.ModeSymlink != 0 {
		info, err := fs.Stat(fsys, e.Name())
		if err != nil {
			return false, errors.New("cannot read: " + err.Error())
		}
		mode = info.Mode().Type()
	}
	switch {
	case mode.IsDir():
		return false, nil
	case !mode.IsRegular():
		return false, notRegular(mode)
	}
	return true, nil
}

// notRegular says what a file that is not a regular one is, and that it is
// not read.
func notRegular(mode fs.FileMode) error {
	kind := "a special file"
	switch {
	case mode&fs.ModeNamedPipe != 0:
		kind = "a named pipe (FIFO)"
	case mode&fs.ModeSocket != 0:
		kind = "a socket"
	case mode&fs.ModeDevice != 0:
		kind = "a device"
	}
	return errors.New("is not a regular file but " + kind + ", and is not read: overlays are regular files")
}

// Dir is the overlay directory dir as a file system for Apply: os.DirFS,
// except that a file is opened without waiting, so that a named
// pipe put where a regular file was listed is refused, not waited on.
func Dir(dir string) fs.FS {
	return overlayDir{dirFS: os.DirFS(dir).(dirFS), dir: dir}
}

// dirFS is what os.DirFS offers besides Open.
type dirFS interface {
	fs.ReadDirFS
	fs.StatFS
}

type overlayDir struct {
	dirFS
	dir string
}

func (d overlayDir) Open(name string) (fs.File, error) {
	if !fs.ValidPath(name) {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrInvalid}
	}
	f, err := openWithoutWaiting(filepath.Join(d.dir, filepath.FromSlash(name)))
	if err != nil {
		return nil, err
	}
	return f, nil
}
