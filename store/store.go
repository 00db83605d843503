package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"time"

	"github.com/adrg/xdg"
	_ "modernc.org/sqlite" // the pure-Go SQLite driver, registered as "sqlite"
)

// LocalProfile is the profile of the person at this machine. A server that
// keeps many students in one database uses its own keys instead (for
// example an SSH key fingerprint).
const LocalProfile = "local"

// busyTimeout is how long a connection waits for another writer before it
// gives up with "database is locked". A review is one small transaction, so
// five seconds is far more than two omt windows ever hold a lock.
const busyTimeout = 5 * time.Second

// Store is an open database. It is safe for use by many goroutines; Close it
// when done.
type Store struct {
	db   pool
	path string
	// readOnly is true for a store OpenReadOnly opened: every write fails.
	readOnly bool
}

// Notice tells the caller about something Open did that the user should hear
// of. The zero Notice means there is nothing to say.
type Notice struct {
	// MovedTo is where an unusable database was moved before a fresh one was
	// created in its place; empty when nothing was moved.
	MovedTo string
	// Reason is what was wrong with the database that was moved.
	Reason string
	// Fresh is true when a new, empty database was started in its place.
	Fresh bool
}

// String is the notice as a sentence for the user, or "" when there is
// nothing to say.
func (n Notice) String() string {
	if n.MovedTo == "" {
		return ""
	}
	moved := fmt.Sprintf("omt's database could not be used (%s); it was moved to %s", n.Reason, n.MovedTo)
	if n.Fresh {
		return moved + " and a new one was started"
	}
	return moved + "; nothing was created in its place, and the next change you save starts a new one"
}

// TooNewError is returned by Open for a database written by a newer omt: its
// schema version is above the newest this build knows. The file is left
// exactly as it was.
type TooNewError struct {
	// Path is the database's file.
	Path string
	// Found is the file's schema version; Known the newest this build
	// understands.
	Found, Known int
}

// Error says which versions were found and expected and what to do.
func (e *TooNewError) Error() string {
	return fmt.Sprintf("%s has schema version %d, newer than the %d this omt knows; upgrade omt to use it (the file was not changed)", e.Path, e.Found, e.Known)
}

// VersionError is returned by Open for a database whose schema version is
// below zero: no omt ever wrote one, so the file was changed by something
// else (sqlite3, another program) and no migration can start from it. The
// file is left exactly as it was.
type VersionError struct {
	// Path is the database's file.
	Path string
	// Found is the file's schema version.
	Found int
}

// Error names the file and its version and says what to do.
func (e *VersionError) Error() string {
	return fmt.Sprintf("%s has schema version %d, which no omt writes (omt's versions count up from 0); "+
		"something other than omt changed it, so omt will not guess what it holds (the file was not changed). "+
		"Restore it from a backup, or move it away and omt will start a new one", e.Path, e.Found)
}

// checkVersion says whether a database at version found can be used by
// this build, which knows versions up to known: an error for a version
// below zero or above known, nil for one that migrations can bring up to
// date.
func checkVersion(path string, found, known int) error {
	switch {
	case found < 0:
		return &VersionError{Path: path, Found: found}
	case found > known:
		return &TooNewError{Path: path, Found: found, Known: known}
	}
	return nil
}

// DefaultPath is where omt keeps its database: omt/omt.db in the XDG data
// directory ($XDG_DATA_HOME, ~/.local/share by default on Linux).
func DefaultPath() (string, error) {
	if xdg.DataHome == "" {
		return "", errors.New("no data directory: set XDG_DATA_HOME or HOME")
	}
	return filepath.Join(xdg.DataHome, "omt", "omt.db"), nil
}

// Open opens the database at path, creating it and its directory if needed
// and bringing its schema up to date. A database that cannot be read or fails
// its integrity check is moved aside (see Notice) and a fresh one is opened in
// its place; any other failure, such as a permission error, a database from
// a newer omt (*TooNewError) or one at a version no omt writes
// (*VersionError), is returned and the file is left alone.
func Open(path string) (*Store, Notice, error) {
	var notice Notice
	if path == "" {
		return nil, notice, errors.New("no path for the database")
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return nil, notice, fmt.Errorf("creating the data directory: %w", err)
	}
	problem, err := inspect(path, len(migrations()))
	if err != nil {
		return nil, notice, err
	}
	if problem != "" {
		moved, err := moveAside(path, time.Now())
		if err != nil {
			return nil, notice, fmt.Errorf("%s is unusable (%s) and could not be moved aside: %w", path, problem, err)
		}
		notice = Notice{MovedTo: moved, Reason: problem, Fresh: true}
	}
	s, err := openAt(path, migrations())
	return s, notice, err
}

// openAt opens the database read-write and applies steps to it. It is Open
// without the integrity check, with the migrations as a parameter so that
// tests can build a database as an older omt left it.
func openAt(path string, steps []migration) (*Store, error) {
	db, err := sql.Open("sqlite", dsn(path, ""))
	if err != nil {
		return nil, err
	}
	if err := migrate(db, path, steps); err != nil {
		db.Close()
		return nil, err
	}
	return &Store{db: newPool(db), path: path}, nil
}

// The ways dsn opens a database.
const (
	// readWrite is omt's own connection: WAL, full sync, foreign keys and
	// BEGIN IMMEDIATE.
	readWrite = ""
	// readOnly is SQLite's read-only mode. It never writes the database,
	// but in a directory it can write it leaves the -wal and -shm it reads
	// through behind it when it closes.
	readOnly = "ro"
	// queryOnly is a read-write connection that refuses every statement
	// that would write (PRAGMA query_only). Being read-write, it removes
	// the -wal and -shm when it is the last to close, as omt's writers do,
	// so a reading command leaves the directory as it found it. It sets no
	// journal mode: setting WAL on a database in another mode would write.
	queryOnly = "query"
	// immutable reads the file as one nothing else changes: no -shm, no
	// locks. Only for a directory this user cannot write (see readDB).
	immutable = "immutable"
)

// dsn is the connection string for path. Every connection of a pool gets
// the same settings: the busy timeout always, and for readWrite WAL, foreign
// keys, full sync, and BEGIN IMMEDIATE for transactions so that a writer
// queues for the lock at its start instead of failing when a read turns into
// a write. mode is one of readWrite, readOnly, queryOnly and immutable.
func dsn(path, mode string) string {
	q := url.Values{}
	q.Set("_busy_timeout", fmt.Sprint(busyTimeout.Milliseconds()))
	switch mode {
	case readWrite:
		q.Set("_journal_mode", "WAL")
		q.Set("_synchronous", "FULL")
		q.Set("_foreign_keys", "1")
		q.Set("_txlock", "immediate")
		// Statement journals in memory: a write that runs a trigger (the
		// class's tallies) or an upsert keeps one, which on disk costs a
		// file write for every page the statement changes.
		q.Add("_pragma", "temp_store(memory)")
	case queryOnly:
		q.Set("_query_only", "1")
	case immutable:
		q.Set("mode", "ro")
		q.Set("immutable", "1")
	default:
		q.Set("mode", mode)
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		abs = path
	}
	abs = filepath.ToSlash(abs)
	if abs[0] != '/' { // a Windows drive letter: file:/C:/...
		abs = "/" + abs
	}
	return "file:" + (&url.URL{Path: abs}).EscapedPath() + "?" + q.Encode()
}

// Close closes the database. Every write has already been committed.
func (s *Store) Close() error {
	return s.db.Close()
}

// ReadOnly reports whether the store was opened only to read
// (OpenReadOnly): every write to it fails.
func (s *Store) ReadOnly() bool { return s.readOnly }

// Path is the file the store was opened from.
func (s *Store) Path() string {
	return s.path
}

// writeTx runs fn in one write transaction and commits it, or rolls it
// back if fn fails. Transactions begin IMMEDIATE (see dsn).
func writeTx(db *sql.DB, fn func(tx *sql.Tx) error) error {
	tx, err := db.BeginTx(context.Background(), nil)
	if err != nil {
		return err
	}
	// Rolled back however fn ends, a panic included: a transaction left
	// open would hold the write lock, and every later write, of this
	// process and any other, would wait for it until "database is locked".
	// After a Commit, Rollback does nothing.
	defer tx.Rollback()
	if err := fn(tx); err != nil {
		return err
	}
	return tx.Commit()
}

// millis and fromMillis convert between times and the stored Unix
// milliseconds.
func millis(t time.Time) int64 { return t.UnixMilli() }

func fromMillis(ms int64) time.Time { return time.UnixMilli(ms).UTC() }
