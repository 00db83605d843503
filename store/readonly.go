package store

import (
	"database/sql"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"time"

	"modernc.org/sqlite"
)

// sqliteReadOnlyDirectory is SQLite's extended result code for a database
// it could not open because it cannot create the -shm file beside it
// (SQLITE_READONLY_DIRECTORY, https://www.sqlite.org/rescode.html).
const sqliteReadOnlyDirectory = 8 | 6<<8

// OpenReadOnly opens the database at path for a command that only reads,
// and writes nothing: not the database, not its directory, and no -wal or
// -shm is left behind. Every statement that would write fails.
//
// It returns a nil Store, and no error, when there is nothing to read: no
// file at path (the directory is not created either), an empty file, or a
// database no omt has put a schema in. A database that cannot be read is
// moved aside, as Open does, and the Notice says where; but no new one is
// started in its place (Notice.Fresh is false): that is for the next
// command that saves something. A database at a version no omt writes, or
// from a newer omt, is refused as Open refuses it.
//
// A database left by an older omt needs its schema brought up to date
// before it can be read; OpenReadOnly does that once, through Open, and
// returns Open's store.
func OpenReadOnly(path string) (*Store, Notice, error) {
	if path == "" {
		return nil, Notice{}, errors.New("no path for the database")
	}
	info, err := os.Stat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil, Notice{}, nil
	case err != nil:
		return nil, Notice{}, err
	case info.Mode().IsRegular() && info.Size() == 0:
		return nil, Notice{}, nil // SQLite's empty database: nothing in it
	}
	known := len(migrations())
	problem, err := inspect(path, known)
	if err != nil {
		return nil, Notice{}, err
	}
	if problem != "" {
		moved, err := moveAside(path, time.Now())
		if err != nil {
			return nil, Notice{}, fmt.Errorf("%s is unusable (%s) and could not be moved aside: %w", path, problem, err)
		}
		return nil, Notice{MovedTo: moved, Reason: problem}, nil
	}
	db, err := readDB(path, queryOnly)
	if err != nil {
		return nil, Notice{}, fmt.Errorf("reading %s: %w", path, err)
	}
	version, err := userVersion(db)
	if err == nil {
		err = checkVersion(path, version, known)
	}
	switch {
	case err != nil:
		db.Close()
		return nil, Notice{}, err
	case version == 0: // created, but killed before its schema was committed
		return nil, Notice{}, db.Close()
	case version < known:
		db.Close()
		return Open(path)
	}
	return &Store{db: newPool(db), path: path, readOnly: true}, Notice{}, nil
}

// readDB opens path for reading in mode (readOnly or queryOnly) and checks
// that it answers.
//
// To read a WAL database SQLite needs its -shm file, and creates it when it
// is missing, which a directory this user cannot write refuses ("attempt to
// write a readonly database"). Then, when there is no -wal either, every
// commit is in the main file, and no omt of this user can be writing to it,
// since a writer would need to create the -wal in that same directory: the
// file is read as immutable, without the -shm and without locks.
func readDB(path, mode string) (*sql.DB, error) {
	db, err := sql.Open("sqlite", dsn(path, mode))
	if err != nil {
		return nil, err
	}
	if _, err = userVersion(db); err == nil {
		return db, nil
	}
	db.Close()
	var sqlErr *sqlite.Error
	if !errors.As(err, &sqlErr) || sqlErr.Code() != sqliteReadOnlyDirectory || taken(path+"-wal") {
		return nil, err
	}
	db, err = sql.Open("sqlite", dsn(path, immutable))
	if err != nil {
		return nil, err
	}
	if _, err := userVersion(db); err != nil {
		db.Close()
		return nil, err
	}
	return db, nil
}
