package anki

import (
	"archive/zip"
	"bytes"
	"database/sql"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/omt-reference/omt/cards"
	"github.com/omt-reference/omt/techniques"
)

// exportedAt is the time the tests stamp their packages with.
func exportedAt() time.Time { return time.Date(2026, 11, 30, 9, 0, 0, 0, time.UTC) }

// catalogue loads the real catalogue and its cards: the export is tested on
// what students get.
func catalogue(t *testing.T) (*techniques.Catalog, []cards.Card) {
	t.Helper()
	c, err := techniques.Load()
	if err != nil {
		t.Fatal(err)
	}
	return c, cards.Generate(c)
}

// catalogueNotes is every card as a note.
func catalogueNotes(t *testing.T) []Note {
	t.Helper()
	c, all := catalogue(t)
	return FromCards(c, all)
}

// packageBytes writes the notes as a package.
func packageBytes(t *testing.T, notes []Note, now time.Time) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := WritePackage(&buf, notes, now); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// zipEntries reads a package as a zip, as Anki does, and returns its files.
func zipEntries(t *testing.T, pkg []byte) map[string][]byte {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(pkg), int64(len(pkg)))
	if err != nil {
		t.Fatalf("the package is not a zip: %v", err)
	}
	files := map[string][]byte{}
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		data, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatalf("reading %s from the zip: %v", f.Name, err)
		}
		files[f.Name] = data
	}
	return files
}

// openCollection writes a package's collection.anki2 to a file and opens
// it, as Anki opens an imported package's collection.
func openCollection(t *testing.T, pkg []byte) *sql.DB {
	t.Helper()
	data, ok := zipEntries(t, pkg)[collectionFile]
	if !ok {
		t.Fatalf("the package has no %s", collectionFile)
	}
	path := filepath.Join(t.TempDir(), collectionFile)
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// colJSON decodes one JSON column of the col row.
func colJSON(t *testing.T, db *sql.DB, column string) map[string]any {
	t.Helper()
	var text string
	if err := db.QueryRow("SELECT " + column + " FROM col").Scan(&text); err != nil {
		t.Fatal(err)
	}
	var v map[string]any
	if err := json.Unmarshal([]byte(text), &v); err != nil {
		t.Fatalf("col.%s is not a JSON object: %v\n%s", column, err, text)
	}
	return v
}

// packagedNote is a row of the notes table.
type packagedNote struct {
	id, mid, mod, csum int64
	guid, tags, flds   string
	sfld               string
}

func packagedNotes(t *testing.T, db *sql.DB) []packagedNote {
	t.Helper()
	rows, err := db.Query("SELECT id, guid, mid, mod, tags, flds, sfld, csum FROM notes ORDER BY id")
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var notes []packagedNote
	for rows.Next() {
		var n packagedNote
		if err := rows.Scan(&n.id, &n.guid, &n.mid, &n.mod, &n.tags, &n.flds, &n.sfld, &n.csum); err != nil {
			t.Fatal(err)
		}
		notes = append(notes, n)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return notes
}
