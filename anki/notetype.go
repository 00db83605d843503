package anki

// The note type every exported note uses. Its id is fixed, as Anki's own
// ids are timestamps and a package must name the same type each time for a
// re-import to update it rather than add a copy: Anki matches a package's
// note type to the collection's by id, and its notes to existing notes by
// GUID only while both sides have the same type.
//
// Changing the fields or the number of templates changes the type's schema;
// Anki then imports it as a new type beside the old one and reports every
// existing note as a conflict instead of updating it. Give a changed schema
// a new NoteTypeID and say so in the release notes.
const (
	// NoteTypeID is the note type's id in every package.
	NoteTypeID int64 = 1765152000000
	// NoteTypeName is what Anki lists it as, and what the text file's
	// #notetype: header names.
	NoteTypeName = "omt-reference"
	// DeckName is the deck the package puts new cards in. omt's decks
	// (families, regions, maps) overlap, and an Anki card lives in one deck,
	// so they travel as tags instead.
	DeckName = "omt"
	// deckID is the deck's id inside the package. Anki matches decks by
	// name on import, so the id only has to be unique in the package.
	deckID int64 = NoteTypeID + 1
	// GUIDPrefix namespaces the GUIDs: a GUID is unique across a whole
	// collection, so a bare card id could collide with another tool's.
	GUIDPrefix = "omt:"
)

// Field is one field of the note type.
type Field struct {
	Name string
	// Description is shown in Anki's editor while the field is empty.
	Description string
}

// Fields are the note type's fields in order. The card's stable id comes
// first: Anki checks the first field for duplicates and matches on it when
// a row has no GUID, and omt's questions repeat ("which finding is an
// absolute contraindication...") while their ids never do. The browser
// sorts by Front (sortField).
func Fields() []Field {
	return []Field{
		{"ID", "omt's stable id for this card; keep it: re-imports find the note by it"},
		{"Front", "the question"},
		{"Back", "the answer, and why"},
		{"Choices", "the options of a multiple-choice card, the right one marked; empty for recall"},
		{"Sources", "the catalogue entry the answer comes from, and its references"},
	}
}

// fieldCount is len(Fields()), for the text file's column numbers.
const fieldCount = 5

// sortField is the index of the field the browser sorts and shows by.
const sortField = 1

// The card template: the question with its options; on the answer side the
// same, with the right option marked, then the answer, the sources and the
// card's id. The answer side repeats the front rather than using
// {{FrontSide}}, so that only it wraps the choices in omt-answer, the class
// that lets the stylesheet mark the key.
const (
	templateName   = "omt card"
	questionFormat = `<div class="omt-front">{{Front}}</div>
{{#Choices}}<div class="omt-choices">{{Choices}}</div>{{/Choices}}`
	answerFormat = `<div class="omt-front">{{Front}}</div>
{{#Choices}}<div class="omt-choices omt-answer">{{Choices}}</div>{{/Choices}}
<hr id=answer>
<div class="omt-back">{{Back}}</div>
{{#Sources}}<div class="omt-sources">{{Sources}}</div>{{/Sources}}
<div class="omt-id">omt {{ID}}</div>`
	// The styling keeps to what the manual documents: .card, and
	// .nightMode for night mode.
	styling = `.card {
  font-family: arial, sans-serif;
  font-size: 20px;
  text-align: left;
  color: black;
  background-color: white;
}
.card.nightMode { color: #e0e0e0; background-color: #2f2f31; }
.omt-choices ol { padding-left: 1.6em; }
.omt-choices li { margin: 0.2em 0; }
.omt-answer .omt-key { font-weight: bold; color: #1b5e20; }
.nightMode .omt-answer .omt-key { color: #81c784; }
.omt-sources { margin-top: 1.5em; font-size: 14px; color: #555; }
.nightMode .omt-sources { color: #aaa; }
.omt-id { margin-top: 1em; font-size: 12px; color: #888; }
`
)
