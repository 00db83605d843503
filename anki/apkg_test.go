package anki

import (
	"bytes"
	"crypto/sha1"
	"encoding/hex"
	"strconv"
	"strings"
	"testing"
	"time"
)

func packageIsAZipOfTheCollectionAndAnEmptyMediaMap(t *testing.T, e exported) {
	files := zipEntries(t, e.pkg)
	if len(files) != 2 {
		t.Errorf("the package holds %d files, want collection.anki2 and media", len(files))
	}
	if _, ok := files[collectionFile]; !ok {
		t.Errorf("no %s: Anki reads a package without a meta file as legacy and opens that file", collectionFile)
	}
	if got := string(files[mediaFile]); got != "{}" {
		t.Errorf("media = %q, want {} (a legacy package's media map is a JSON object)", got)
	}
}

func collectionPassesSQLitesIntegrityCheckAndIsSchema11(t *testing.T, e exported) {
	db := e.db
	var check string
	if err := db.QueryRow("PRAGMA integrity_check").Scan(&check); err != nil || check != "ok" {
		t.Fatalf("integrity_check = %q, %v", check, err)
	}
	var ver, rows int
	if err := db.QueryRow("SELECT ver, (SELECT count(*) FROM col) FROM col").Scan(&ver, &rows); err != nil {
		t.Fatal(err)
	}
	if ver != 11 || rows != 1 {
		t.Errorf("col: ver %d in %d rows, want 11 in one row", ver, rows)
	}
	var mode string
	if err := db.QueryRow("PRAGMA journal_mode").Scan(&mode); err != nil || mode != "delete" {
		t.Errorf("journal_mode = %q, %v; schema 11 clients expect the rollback journal, not WAL", mode, err)
	}
	for _, table := range []string{"col", "notes", "cards", "revlog", "graves"} {
		var n int
		if err := db.QueryRow("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?", table).Scan(&n); err != nil || n != 1 {
			t.Errorf("no table %s (%v)", table, err)
		}
	}
}

// requiredKeys are the keys Anki's schema-11 types decode without a
// default (rslib/src/notetype/schema11.rs, decks/schema11.rs,
// deckconfig/schema11.rs): one missing fails the import.
func requiredKeys(t *testing.T, what string, obj any, keys ...string) map[string]any {
	t.Helper()
	m, ok := obj.(map[string]any)
	if !ok {
		t.Fatalf("%s is %T, not a JSON object", what, obj)
	}
	for _, k := range keys {
		if _, ok := m[k]; !ok {
			t.Errorf("%s lacks %q, which Anki requires", what, k)
		}
	}
	return m
}

func modelsJSONNamesTheNoteTypesFields(t *testing.T, e exported) {
	db := e.db
	models := colJSON(t, db, "models")
	if len(models) != 1 {
		t.Fatalf("%d note types, want omt's alone", len(models))
	}
	key := strconv.FormatInt(NoteTypeID, 10)
	nt := requiredKeys(t, "the note type", models[key], "id", "name", "type", "mod", "usn", "sortf", "did", "tmpls", "flds", "css")
	if nt["name"] != NoteTypeName || nt["id"] != float64(NoteTypeID) || nt["type"] != float64(0) {
		t.Errorf("note type %v named %v of type %v, want %d %q, standard (0)", nt["id"], nt["name"], nt["type"], NoteTypeID, NoteTypeName)
	}
	flds, _ := nt["flds"].([]any)
	var names []string
	for i, f := range flds {
		m := requiredKeys(t, "field "+strconv.Itoa(i), f, "name", "ord", "sticky", "rtl", "font", "size")
		names = append(names, m["name"].(string))
		if m["ord"] != float64(i) {
			t.Errorf("field %v has ord %v, want %d", m["name"], m["ord"], i)
		}
	}
	if got := strings.Join(names, ","); got != "ID,Front,Back,Choices,Sources" {
		t.Errorf("fields %s, want ID,Front,Back,Choices,Sources", got)
	}
	tmpls, _ := nt["tmpls"].([]any)
	if len(tmpls) != 1 {
		t.Fatalf("%d templates, want one (one card a note)", len(tmpls))
	}
	tmpl := requiredKeys(t, "the template", tmpls[0], "name", "ord", "qfmt")
	for _, f := range []string{"{{Front}}", "{{#Choices}}"} {
		if !strings.Contains(tmpl["qfmt"].(string), f) {
			t.Errorf("the question template lacks %s", f)
		}
	}
	for _, f := range []string{"{{Front}}", "{{Choices}}", "{{Back}}", "{{Sources}}", "{{ID}}", "<hr id=answer>"} {
		if !strings.Contains(tmpl["afmt"].(string), f) {
			t.Errorf("the answer template lacks %s", f)
		}
	}
	if nt["sortf"] != float64(1) {
		t.Errorf("sortf = %v, want 1 (the browser sorts by Front, not the id)", nt["sortf"])
	}
}

func decksAndOptionsParseAsAnkisSchema11Types(t *testing.T, e exported) {
	db := e.db
	decks := colJSON(t, db, "decks")
	names := map[string]string{}
	for id, d := range decks {
		m := requiredKeys(t, "deck "+id, d, "id", "name", "usn", "lrnToday", "revToday", "newToday", "timeToday", "collapsed", "dyn", "conf")
		names[id] = m["name"].(string)
		if strconv.FormatFloat(m["id"].(float64), 'f', -1, 64) != id {
			t.Errorf("deck keyed %s has id %v", id, m["id"])
		}
	}
	if names["1"] != "Default" || names[strconv.FormatInt(deckID, 10)] != DeckName {
		t.Errorf("decks %v, want Default (1) and %s (%d)", names, DeckName, deckID)
	}
	dconf := colJSON(t, db, "dconf")
	conf := requiredKeys(t, "options group 1", dconf["1"], "id", "mod", "name", "usn", "maxTaken", "autoplay", "timer", "new", "rev", "lapse")
	requiredKeys(t, "new options", conf["new"], "delays", "initialFactor", "ints", "order", "perDay")
	requiredKeys(t, "review options", conf["rev"], "ease4", "ivlFct", "maxIvl", "perDay")
	requiredKeys(t, "lapse options", conf["lapse"], "delays", "leechAction", "leechFails", "minInt", "mult")
	// Anki reads the current note type as a number (ConfigKey::CurrentNotetypeId).
	if conf := colJSON(t, db, "conf"); conf["curModel"] != float64(NoteTypeID) || conf["curDeck"] != float64(deckID) {
		t.Errorf("conf names note type %v and deck %v, want %d and %d", conf["curModel"], conf["curDeck"], NoteTypeID, deckID)
	}
	tags := colJSON(t, db, "tags")
	if _, ok := tags["omt::family::counterstrain"]; !ok {
		t.Errorf("the tag registry lacks omt::family::counterstrain: %d tags", len(tags))
	}
}

func everyNoteSplitsIntoTheNoteTypesFieldsWithItsChecksum(t *testing.T, e exported) {
	notes, db := e.notes, e.db
	rows := packagedNotes(t, db)
	if len(rows) != len(notes) {
		t.Fatalf("%d notes in the package, %d cards", len(rows), len(notes))
	}
	// The field count the package's own note type declares.
	nt, _ := colJSON(t, db, "models")[strconv.FormatInt(NoteTypeID, 10)].(map[string]any)
	declared, _ := nt["flds"].([]any)
	if len(declared) != len(Fields()) {
		t.Fatalf("the packaged note type declares %d fields, want %d", len(declared), len(Fields()))
	}
	for i, r := range rows {
		fields := strings.Split(r.flds, "\x1f")
		if len(fields) != len(declared) {
			t.Fatalf("note %s splits into %d fields, the note type has %d", r.guid, len(fields), len(declared))
		}
		want := notes[i]
		if r.guid != want.GUID || fields[0] != want.ID || fields[1] != want.Front || fields[4] != want.Sources {
			t.Fatalf("note %d is %s with id field %q, want %s", i, r.guid, fields[0], want.GUID)
		}
		sum := sha1.Sum([]byte(fields[0])) // the id field holds no HTML
		first8, _ := strconv.ParseInt(hex.EncodeToString(sum[:])[:8], 16, 64)
		if r.csum != first8 {
			t.Fatalf("note %s: csum %d, want %d (the first 8 hex digits of the id's SHA-1)", r.guid, r.csum, first8)
		}
		if r.mid != NoteTypeID || r.sfld != stripHTML(want.Front) {
			t.Fatalf("note %s: mid %d, sfld %q", r.guid, r.mid, r.sfld)
		}
		if r.tags != " "+strings.Join(want.Tags, " ")+" " {
			t.Fatalf("note %s: tags %q, want the decks' tags padded with a space", r.guid, r.tags)
		}
	}
}

func everyNoteHasOneNewCardInTheOmtDeck(t *testing.T, e exported) {
	notes, db := e.notes, e.db
	var cardsN, orphans, wrong, due int
	err := db.QueryRow(`SELECT count(*),
		(SELECT count(*) FROM cards WHERE nid NOT IN (SELECT id FROM notes)),
		(SELECT count(*) FROM cards WHERE did != ? OR ord != 0 OR type != 0 OR queue != 0),
		(SELECT count(DISTINCT due) FROM cards)
		FROM cards`, deckID).Scan(&cardsN, &orphans, &wrong, &due)
	if err != nil {
		t.Fatal(err)
	}
	if cardsN != len(notes) || orphans != 0 || wrong != 0 || due != len(notes) {
		t.Errorf("%d cards for %d notes: %d without a note, %d not new in deck %d, %d distinct new positions",
			cardsN, len(notes), orphans, wrong, deckID, due)
	}
	var notesWithout int
	if err := db.QueryRow("SELECT count(*) FROM notes WHERE id NOT IN (SELECT nid FROM cards)").Scan(&notesWithout); err != nil || notesWithout != 0 {
		t.Errorf("%d notes without a card (%v): Anki exports and imports notes through their cards", notesWithout, err)
	}
}

func idsAreTimestampsFromTheExport(t *testing.T, e exported) {
	at, db := exportedAt(), e.db
	var maxID int64
	if err := db.QueryRow("SELECT max(id) FROM (SELECT id FROM notes UNION ALL SELECT id FROM cards)").Scan(&maxID); err != nil {
		t.Fatal(err)
	}
	// Anki refuses a package whose ids lie more than a day past its clock.
	if limit := at.Add(time.Hour).UnixMilli(); maxID > limit || maxID < at.UnixMilli() {
		t.Errorf("largest id %d, want milliseconds from the export (%d) on", maxID, at.UnixMilli())
	}
}

func guidsAreUniqueAndTheSameInEveryExport(t *testing.T, e exported) {
	first := packagedNotes(t, e.db)
	c, all := catalogue(t) // generated again, as a later run of omt would
	later := packagedNotes(t, openCollection(t, packageBytes(t, FromCards(c, all), exportedAt().Add(48*time.Hour))))
	seen := map[string]bool{}
	for i, n := range first {
		if seen[n.guid] {
			t.Fatalf("two notes have the GUID %s", n.guid)
		}
		seen[n.guid] = true
		id := strings.Split(n.flds, "\x1f")[0]
		if n.guid != GUIDPrefix+id {
			t.Fatalf("note %s has the id %s: the GUID must be omt: and the card's stable id", n.guid, id)
		}
		if later[i].guid != n.guid {
			t.Fatalf("note %d: GUID %s, then %s in a later export: a re-import would duplicate it", i, n.guid, later[i].guid)
		}
		// Anki updates a note from a package only when the package's note is newer.
		if later[i].mod <= n.mod {
			t.Fatalf("note %s: mod %d then %d: a later export must be newer to update the note", n.guid, n.mod, later[i].mod)
		}
	}
}

func TestChecksumIsTheFirst32BitsOfSHA1(t *testing.T) {
	// SHA-1("abc") is a9993e36...; Anki's field_checksum takes the first four bytes.
	if got := Checksum("abc"); got != 0xa9993e36 {
		t.Errorf("Checksum(abc) = %#x, want 0xa9993e36", got)
	}
	if Checksum("<b>a&amp;b</b>") != Checksum("a&b") {
		t.Error("the checksum must be of the text with its HTML stripped, as Anki's is")
	}
}

func TestWritePackageRefusesWhatAnkiWouldMisread(t *testing.T) {
	ok := Note{GUID: "omt:a", ID: "a", Front: "q", Back: "a", Tags: []string{"omt::glossary"}}
	for name, notes := range map[string][]Note{
		"two notes, one GUID":   {ok, ok},
		"a field with 0x1f":     {{GUID: "omt:b", ID: "b", Front: "one\x1ftwo"}},
		"a tag holding a space": {{GUID: "omt:c", ID: "c", Tags: []string{"omt::low back"}}},
		"an empty tag":          {{GUID: "omt:d", ID: "d", Tags: []string{""}}},
	} {
		var buf bytes.Buffer
		if err := WritePackage(&buf, notes, exportedAt()); err == nil || buf.Len() != 0 {
			t.Errorf("%s: err %v, %d bytes written", name, err, buf.Len())
		}
	}
}
