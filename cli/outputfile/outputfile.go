// Package outputfile writes an export (omt data export, omt study export)
// to the path given with --output, keeping what the path is:
//
//   - a path with nothing there gets a new file, readable by the user alone
//     (0600), since an export holds notes or a review log;
//   - a regular file is replaced whole, keeping its mode;
//   - a symbolic link is followed: the file it points at is replaced, and the
//     link stays a link. A link to nothing is refused, since the file it would
//     create is not the one named;
//   - a character device or a FIFO (/dev/null, /dev/stdout, a named pipe) is
//     opened and written in place, as a shell's > does: nothing is renamed
//     over it. A FIFO waits for its reader, as it does for any writer;
//   - a directory, a block device or a socket is refused.
//
// A file is written beside its final name and renamed into place only when
// the export is whole and on disk, so a failed export never leaves half a
// file where a good one was. A device has no such thing: what failed is said,
// and nothing is removed.
package outputfile

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
)

// Write runs write on the file, device or FIFO that path names. A path it
// will not write (a directory, a block device, a link to nothing) is a
// *RefusedError; a write that fails is an *Error, with the path and its
// reason ("writing /dev/full: no space left on device"); any other error
// write returns comes back as it is.
func Write(path string, write func(io.Writer) error) error {
	target, err := resolveOutput(path)
	if err != nil {
		return err
	}
	if target.inPlace {
		return target.writeInPlace(write)
	}
	return target.replace(write)
}

// RefusedError is a path omt will not write to; the path given is to blame,
// not the system.
type RefusedError struct{ msg string }

func (e *RefusedError) Error() string { return e.msg }

// outputTarget is where an --output path's bytes go.
type outputTarget struct {
	name    string      // the path given, for messages
	path    string      // the file written: name, or the file a link points at
	inPlace bool        // a device or FIFO, opened and written where it is
	mode    fs.FileMode // the permissions of a file written and renamed
}

// newFileMode is the mode of an export written where there was no file.
const newFileMode fs.FileMode = 0o600

// resolveOutput decides how path is written, from what it is now.
func resolveOutput(name string) (outputTarget, error) {
	fi, err := os.Stat(name) // follows links
	if errors.Is(err, fs.ErrNotExist) {
		if to, lerr := os.Readlink(name); lerr == nil {
			return outputTarget{}, &RefusedError{fmt.Sprintf("--output %s is a symbolic link to %s, which does not exist; give the path of a file", name, to)}
		}
		return outputTarget{name: name, path: name, mode: newFileMode}, nil
	}
	if err != nil {
		return outputTarget{}, writingError(name, err)
	}
	mode := fi.Mode()
	switch {
	case mode.IsRegular():
		real, err := filepath.EvalSymlinks(name)
		if err != nil {
			return outputTarget{}, writingError(name, err)
		}
		return outputTarget{name: name, path: real, mode: mode.Perm()}, nil
	case mode&(fs.ModeCharDevice|fs.ModeNamedPipe) != 0:
		return outputTarget{name: name, path: name, inPlace: true}, nil
	case mode.IsDir():
		return outputTarget{}, &RefusedError{fmt.Sprintf("--output %s is a directory; give the path of a file to write", name)}
	case mode&fs.ModeDevice != 0:
		return outputTarget{}, &RefusedError{fmt.Sprintf("--output %s is a block device; omt writes an export to a file, a FIFO or a character device, never onto a disk", name)}
	}
	return outputTarget{}, &RefusedError{fmt.Sprintf("--output %s is not a file, a FIFO or a character device (%v)", name, mode.Type())}
}

// writeInPlace opens a device or FIFO for writing and writes to it; there is
// no file to replace, so nothing is renamed or removed.
func (t outputTarget) writeInPlace(write func(io.Writer) error) error {
	f, err := os.OpenFile(t.path, os.O_WRONLY, 0)
	if err != nil {
		return writingError(t.name, err)
	}
	err = t.run(f, write)
	if cerr := f.Close(); err == nil && cerr != nil {
		err = writingError(t.name, cerr)
	}
	return err
}

// replace writes a new file beside t.path with t.mode, flushes it to disk
// and renames it over t.path, or removes it when anything failed.
func (t outputTarget) replace(write func(io.Writer) error) (err error) {
	tmp, err := os.CreateTemp(filepath.Dir(t.path), ".omt-export-*")
	if err != nil {
		return writingError(t.name, err)
	}
	renamed := false
	defer func() {
		if !renamed {
			_ = tmp.Close()
			_ = os.Remove(tmp.Name())
		}
	}()
	if err := tmp.Chmod(t.mode); err != nil {
		return writingError(t.name, err)
	}
	if err := t.run(tmp, write); err != nil {
		return err
	}
	if err := tmp.Sync(); err != nil {
		return writingError(t.name, err)
	}
	if err := tmp.Close(); err != nil {
		return writingError(t.name, err)
	}
	if err := os.Rename(tmp.Name(), t.path); err != nil {
		return writingError(t.name, err)
	}
	renamed = true
	return nil
}

// run has write produce through a buffer into f. A failure of f itself
// (a full disk) is reported as writing t.name; write's own errors (the
// database) come back as they are.
func (t outputTarget) run(f io.Writer, write func(io.Writer) error) error {
	fw := &failWriter{w: f}
	bw := bufio.NewWriter(fw)
	err := write(bw)
	if err == nil {
		err = bw.Flush()
	}
	if fw.err != nil {
		return writingError(t.name, fw.err)
	}
	return err
}

// failWriter remembers the first error of the writer it wraps, so that the
// error can be told from those of what produces the bytes.
type failWriter struct {
	w   io.Writer
	err error
}

func (f *failWriter) Write(p []byte) (int, error) {
	if f.err != nil {
		return 0, f.err
	}
	n, err := f.w.Write(p)
	f.err = err
	return n, err
}

// Error is a path that could not be written: a full disk, a file that
// could not be created or renamed.
type Error struct {
	Name string
	Err  error
}

func (e *Error) Error() string { return fmt.Sprintf("writing %s: %v", e.Name, e.Err) }

func (e *Error) Unwrap() error { return e.Err }

// writingError says that name could not be written and why, without the
// system call and temporary path that os puts in its errors.
func writingError(name string, err error) error {
	var pathErr *fs.PathError
	var linkErr *os.LinkError
	switch {
	case errors.As(err, &pathErr):
		err = pathErr.Err
	case errors.As(err, &linkErr):
		err = linkErr.Err
	}
	return &Error{Name: name, Err: err}
}
