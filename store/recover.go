package store

import (
	"database/sql"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"
	"time"

	"modernc.org/sqlite"
)

// SQLite's primary result codes that mean the file itself is bad
// (https://www.sqlite.org/rescode.html). Any other failure, such as a
// permission error, a full disk or a lock held too long, says nothing about
// the file and must never get it moved aside.
const (
	sqliteCorrupt = 11 // SQLITE_CORRUPT: the database disk image is malformed
	sqliteNotADB  = 26 // SQLITE_NOTADB: the file is not a database
)

// inspect looks at an existing database without writing to it: it opens it
// read-only, reads its schema version and runs PRAGMA quick_check. It returns
// a description of the problem when the file is unusable and should be moved
// aside, or an error when it should be left alone (a schema version below
// zero or newer than known, or a failure that is not the file's fault).
func inspect(path string, known int) (problem string, err error) {
	info, err := os.Stat(path)
	if errors.Is(err, fs.ErrNotExist) {
		return "", nil
	}
	if err != nil {
		return "", err
	}
	if !info.Mode().IsRegular() {
		return "", fmt.Errorf("%s is not a regular file", path)
	}
	if info.Size() == 0 { // SQLite treats an empty file as an empty database
		return "", nil
	}
	// The header alone settles a file that is not a database at all, and
	// most newer databases, before SQLite opens it: SQLite would create a
	// -wal and -shm beside it, and rewrite an existing -shm (the index of
	// the -wal, which every reader rebuilds as needed).
	version, ok, err := headerVersion(path)
	if err != nil {
		return "", err
	}
	if !ok {
		return "it is not an SQLite database (its header is wrong)", nil
	}
	if err := checkVersion(path, version, known); err != nil {
		return "", err
	}
	db, err := readDB(path, readOnly)
	if err != nil {
		return classify(path, err)
	}
	defer db.Close()
	db.SetMaxOpenConns(1)

	// The version again, through SQLite: it may be newer in the -wal.
	version, err = userVersion(db)
	if err != nil {
		return classify(path, err)
	}
	if err := checkVersion(path, version, known); err != nil {
		return "", err
	}
	findings, err := checkLines(db, "quick_check")
	if err != nil {
		return classify(path, err)
	}
	if len(findings) == 1 && findings[0] == "ok" {
		return "", nil
	}
	if len(findings) == 0 {
		return "integrity check gave no answer", nil
	}
	// A finding may begin by naming the schema ("*** in database main
	// ***"); report the first line that says what is wrong.
	for _, line := range strings.Split(strings.Join(findings, "\n"), "\n") {
		if line = strings.TrimSpace(line); line != "" && !strings.HasPrefix(line, "***") {
			return "integrity check failed: " + line, nil
		}
	}
	return "integrity check failed: " + strings.Join(findings, " "), nil
}

// headerVersion reads the schema version (PRAGMA user_version) from the
// database header: the big-endian integer at offset 60 of a file that starts
// with SQLite's magic string (https://www.sqlite.org/fileformat.html). ok is
// false when the file is not an SQLite database. A version committed to the
// -wal file but not yet copied into the database is not seen here; the read
// through SQLite that follows sees it.
func headerVersion(path string) (version int, ok bool, err error) {
	f, err := os.Open(path)
	if err != nil {
		return 0, false, err
	}
	defer f.Close()
	header := make([]byte, 100) // the whole database header
	n, err := io.ReadFull(f, header)
	if err != nil && !errors.Is(err, io.ErrUnexpectedEOF) {
		return 0, false, err
	}
	if n < len(header) || string(header[:16]) != "SQLite format 3\x00" {
		return 0, false, nil
	}
	return int(int32(binary.BigEndian.Uint32(header[60:64]))), true, nil
}

// classify turns a failure to read the database into a problem (the file is
// bad) or an error (it is not).
func classify(path string, err error) (problem string, _ error) {
	var sqlErr *sqlite.Error
	if errors.As(err, &sqlErr) {
		switch sqlErr.Code() & 0xff { // the primary code of an extended one
		case sqliteCorrupt, sqliteNotADB:
			return sqlErr.Error(), nil
		}
	}
	return "", fmt.Errorf("reading %s: %w", path, err)
}

// moveAside renames the database at path, and its -wal and -shm files when
// they exist, to path.corrupt-<UTC timestamp>[-wal|-shm], keeping SQLite's
// naming so that the three still open together. It never overwrites: a name
// already taken gets a counter. The -wal and -shm files go first, so a stale
// log can never be replayed into the fresh database created at path. It
// returns the new name of the database.
func moveAside(path string, now time.Time) (string, error) {
	stamp := path + ".corrupt-" + now.UTC().Format("20060102T150405Z")
	target := stamp
	for n := 2; taken(target) || taken(target+"-wal") || taken(target+"-shm"); n++ {
		target = fmt.Sprintf("%s.%d", stamp, n)
	}
	for _, suffix := range []string{"-wal", "-shm", ""} {
		err := os.Rename(path+suffix, target+suffix)
		if err != nil && !(suffix != "" && errors.Is(err, fs.ErrNotExist)) {
			return "", err
		}
	}
	return target, nil
}

func taken(path string) bool {
	_, err := os.Lstat(path)
	return !errors.Is(err, fs.ErrNotExist)
}

// checkLines runs an integrity pragma (quick_check or integrity_check) and
// returns its report, one finding a line; ["ok"] when all is well.
func checkLines(db *sql.DB, pragma string) ([]string, error) {
	rows, err := db.Query("PRAGMA " + pragma)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var lines []string
	for rows.Next() {
		var line string
		if err := rows.Scan(&line); err != nil {
			return nil, err
		}
		lines = append(lines, line)
	}
	return lines, rows.Err()
}
