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
	// The body-chart cards make no note (TestChartCardsAreLeftOut), so
	// the checks that pair each card with its note leave them out too.
	var all []cards.Card
	for _, k := range cards.Generate(c) {
		if k.Chart == nil {
			all = append(all, k)
		}
	}
	return c, all
}

// exported is the catalogue's cards exported once, both ways, for the
// checks that only read them: building it is most of their cost.
type exported struct {
	catalog *techniques.Catalog
	cards   []cards.Card
	notes   []Note
	pkg     []byte  // the .apkg, stamped exportedAt
	db      *sql.DB // its collection, opened
	text    string  // the text file
}

func exportCatalogue(t *testing.T) exported {
	t.Helper()
	c, all := catalogue(t)
	e := exported{catalog: c, cards: all, notes: FromCards(c, all)}
	e.pkg = packageBytes(t, e.notes, exportedAt())
	e.db = openCollection(t, e.pkg)
	var text bytes.Buffer
	if err := WriteText(&text, e.notes); err != nil {
		t.Fatal(err)
	}
	e.text = text.String()
	return e
}

// TestTheExport checks the export of every card in the catalogue: the
// notes, the package, the text file and how each reads back.
func TestTheExport(t *testing.T) {
	e := exportCatalogue(t)
	for _, check := range []struct {
		name string
		run  func(*testing.T, exported)
	}{
		{"every card becomes a note with its decks as tags", everyCardBecomesANoteWithItsDecksAsTags},
		{"choices are lettered with the key marked", choicesAreLetteredWithTheKeyMarked},
		{"the package is a zip of the collection and an empty media map", packageIsAZipOfTheCollectionAndAnEmptyMediaMap},
		{"the collection passes SQLite's integrity check and is schema 11", collectionPassesSQLitesIntegrityCheckAndIsSchema11},
		{"the models JSON names the note type's fields", modelsJSONNamesTheNoteTypesFields},
		{"the decks and options parse as Anki's schema-11 types", decksAndOptionsParseAsAnkisSchema11Types},
		{"every note splits into the note type's fields, with its checksum", everyNoteSplitsIntoTheNoteTypesFieldsWithItsChecksum},
		{"every note has one new card in the omt deck", everyNoteHasOneNewCardInTheOmtDeck},
		{"ids are timestamps from the export", idsAreTimestampsFromTheExport},
		{"GUIDs are unique and the same in every export", guidsAreUniqueAndTheSameInEveryExport},
		{"the text header is Anki's documented headers", textHeaderIsAnkisDocumentedHeaders},
		{"the text rows read back as the notes", textRowsReadBackAsTheNotes},
		{"the text file and the package carry the same notes", textFileAndPackageCarryTheSameNotes},
		{"an independent reader reads the package", anIndependentReaderReadsThePackage},
	} {
		t.Run(check.name, func(t *testing.T) { check.run(t, e) })
	}
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
