package anki

import (
	"archive/zip"
	"crypto/sha1"
	"database/sql"
	"encoding/binary"
	"encoding/json"
	"fmt"
	stdhtml "html"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	_ "modernc.org/sqlite" // the pure-Go SQLite driver, registered as "sqlite"
)

// The files of a legacy package: Anki reads collection.anki2 when the zip
// has neither a meta file nor collection.anki21, and media maps the zip's
// numbered media files to their names.
const (
	collectionFile = "collection.anki2"
	mediaFile      = "media"
	// schemaVersion is the col row's ver: 11, the oldest schema Anki opens
	// and the one every client since Anki 2.1 reads.
	schemaVersion = 11
	// fieldSeparator joins a note's fields in the flds column.
	fieldSeparator = "\x1f"
)

// WritePackage writes the notes as an Anki package (.apkg): the note type,
// the omt deck, and each note with one new card. now stamps the package:
// its notes' modification time, which Anki compares on a re-import to
// update a note only from a newer package, and the ids of the new notes
// and cards (Anki's ids are millisecond timestamps, and it refuses a
// package whose ids lie more than a day ahead of its clock).
//
// The database is built in a temporary directory, removed before return.
func WritePackage(w io.Writer, notes []Note, now time.Time) error {
	if err := checkNotes(notes); err != nil {
		return err
	}
	dir, err := os.MkdirTemp("", "omt-apkg-")
	if err != nil {
		return fmt.Errorf("making the Anki package: %w", err)
	}
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, collectionFile)
	if err := writeCollection(path, notes, now); err != nil {
		return fmt.Errorf("making the Anki package: %w", err)
	}
	collection, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("making the Anki package: %w", err)
	}
	return writeZip(w, collection, now)
}

// checkNotes refuses what Anki would take for something else: two notes
// with one GUID (the second would update the first), and a field holding
// the field separator (it would split into two fields).
func checkNotes(notes []Note) error {
	seen := make(map[string]bool, len(notes))
	for _, n := range notes {
		if seen[n.GUID] {
			return fmt.Errorf("two notes have the GUID %q", n.GUID)
		}
		seen[n.GUID] = true
		for i, f := range n.fields() {
			if strings.Contains(f, fieldSeparator) {
				return fmt.Errorf("note %s: field %s holds the field separator 0x1f", n.GUID, Fields()[i].Name)
			}
		}
		for _, t := range n.Tags {
			if t == "" || strings.ContainsFunc(t, func(r rune) bool { return r <= ' ' || r == 0x3000 }) {
				return fmt.Errorf("note %s: the tag %q is empty or holds a space or control character", n.GUID, t)
			}
		}
	}
	return nil
}

// writeZip writes the package: the collection, then an empty media map.
func writeZip(w io.Writer, collection []byte, now time.Time) error {
	zw := zip.NewWriter(w)
	for _, f := range []struct {
		name string
		data []byte
	}{{collectionFile, collection}, {mediaFile, []byte("{}")}} {
		fw, err := zw.CreateHeader(&zip.FileHeader{Name: f.name, Method: zip.Deflate, Modified: now})
		if err != nil {
			return err
		}
		if _, err := fw.Write(f.data); err != nil {
			return err
		}
	}
	return zw.Close()
}

// writeCollection makes the schema-11 collection at path.
func writeCollection(path string, notes []Note, now time.Time) (err error) {
	db, err := sql.Open("sqlite", path)
	if err != nil {
		return err
	}
	defer func() {
		if cerr := db.Close(); err == nil {
			err = cerr
		}
	}()
	if _, err := db.Exec(schema11); err != nil {
		return fmt.Errorf("creating the tables: %w", err)
	}
	if err := insertCol(db, notes, now); err != nil {
		return err
	}
	tx, err := db.Begin()
	if err != nil {
		return err
	}
	if err := insertNotes(tx, notes, now); err != nil {
		_ = tx.Rollback()
		return err
	}
	return tx.Commit()
}

// insertCol writes the col row.
func insertCol(db *sql.DB, notes []Note, now time.Time) error {
	secs, millis := now.Unix(), now.UnixMilli()
	day := now.UTC().Truncate(24 * time.Hour) // the day the collection was made
	var values []any
	for _, v := range []any{colConf(len(notes) + 1), map[string]modelJSON{fmt.Sprint(NoteTypeID): model(secs)},
		decks(secs), deckConfigs(secs), tagRegistry(notes)} {
		b, err := json.Marshal(v)
		if err != nil {
			return err
		}
		values = append(values, string(b))
	}
	_, err := db.Exec(`INSERT INTO col (id, crt, mod, scm, ver, dty, usn, ls, conf, models, decks, dconf, tags)
		VALUES (1, ?, ?, ?, ?, 0, 0, 0, ?, ?, ?, ?, ?)`,
		append([]any{day.Unix(), millis, millis, schemaVersion}, values...)...)
	if err != nil {
		return fmt.Errorf("writing the col row: %w", err)
	}
	return nil
}

// insertNotes writes each note and its one card, new, in the notes' order.
func insertNotes(tx *sql.Tx, notes []Note, now time.Time) error {
	noteStmt, err := tx.Prepare(`INSERT INTO notes (id, guid, mid, mod, usn, tags, flds, sfld, csum, flags, data)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, '')`)
	if err != nil {
		return err
	}
	defer noteStmt.Close()
	cardStmt, err := tx.Prepare(`INSERT INTO cards (id, nid, did, ord, mod, usn, type, queue, due, ivl, factor,
		reps, lapses, left, odue, odid, flags, data) VALUES (?, ?, ?, 0, ?, ?, 0, 0, ?, 0, 0, 0, 0, 0, 0, 0, 0, '')`)
	if err != nil {
		return err
	}
	defer cardStmt.Close()
	secs, base := now.Unix(), now.UnixMilli()
	for i, n := range notes {
		id := base + int64(i)
		fields := n.fields()
		tags := ""
		if len(n.Tags) > 0 {
			tags = " " + strings.Join(n.Tags, " ") + " " // Anki pads the list with a space each side
		}
		if _, err := noteStmt.Exec(id, n.GUID, NoteTypeID, secs, legacyUSN, tags,
			strings.Join(fields, fieldSeparator), stripHTML(fields[sortField]), Checksum(fields[0])); err != nil {
			return fmt.Errorf("writing note %s: %w", n.GUID, err)
		}
		// A new card's due is its position in the new queue.
		if _, err := cardStmt.Exec(id, id, deckID, secs, legacyUSN, i+1); err != nil {
			return fmt.Errorf("writing the card of note %s: %w", n.GUID, err)
		}
	}
	return nil
}

// Checksum is a note's csum: the first 32 bits of the SHA-1 of its first
// field with the HTML stripped, as a number. Anki uses it to find notes
// whose first fields match.
func Checksum(firstField string) int64 {
	sum := sha1.Sum([]byte(stripHTML(firstField)))
	return int64(binary.BigEndian.Uint32(sum[:4]))
}

// stripHTML is a field's text without its tags and with its entities
// decoded, as Anki keeps it for sorting and the checksum. omt's fields hold
// no media, style or script, which Anki's own stripping also handles.
func stripHTML(field string) string {
	var b strings.Builder
	inTag := false
	for _, r := range field {
		switch {
		case r == '<':
			inTag = true
		case r == '>' && inTag:
			inTag = false
		case !inTag:
			b.WriteRune(r)
		}
	}
	return stdhtml.UnescapeString(b.String())
}
