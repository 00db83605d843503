// Package anki writes omt's study cards for Anki: as a packaged deck (.apkg)
// that carries omt's own note type, and as a plain-text file that updates
// the notes that package made.
//
// Anki's text import never creates a note type: a #notetype: header naming
// one the collection lacks is silently dropped, and the rows fall back to
// the default type (often Basic), which has no field for the choices or the
// sources. Only a package brings its note type with it. So the student
// imports the .apkg once, which adds the "omt-reference" note type, the
// "omt" deck and every card, and from then on either file re-imports as an
// update: each note's GUID is "omt:" and the card's stable id, and Anki
// matches an incoming note to an existing one by GUID, updating its fields
// and tags while its reviews and deck stay as they were.
//
// The formats follow Anki's own source (github.com/ankitects/anki):
//
//   - the package is a zip of collection.anki2, a SQLite database in the
//     legacy schema 11 (rslib/src/storage/schema11.sql), and media, a JSON
//     object naming the media files ({} here). Anki opens it as a collection
//     and upgrades it, so the JSON in the col row must parse as the schema-11
//     types (rslib/src/notetype/schema11.rs, decks/schema11.rs,
//     deckconfig/schema11.rs);
//   - the text file follows the manual's "Importing text files" page and the
//     headers Anki writes itself (rslib/src/import_export/text/csv).
//
// The package is pure apart from the temporary directory WritePackage uses
// to build the database: it reads cards and the catalogue, and writes to an
// io.Writer.
package anki
