package anki

import (
	"strconv"
)

// The JSON objects of the col row in a schema-11 collection: the note types
// (models), the decks, the deck options (dconf), the collection's settings
// (conf) and its tags. Anki's upgrade decodes each into its schema-11 type,
// and a field that type requires and lacks fails the whole import, so the
// keys below are those types' required fields (rslib/src/notetype/schema11.rs,
// decks/schema11.rs, deckconfig/schema11.rs) with the values of Anki 2.1's
// defaults (anki/models.py, anki/decks.py, anki/collection.py).

// legacyUSN marks a row as changed since the last sync, as a new note in a
// collection is. Anki sets its own update sequence number on import.
const legacyUSN = -1

type modelJSON struct {
	ID        int64          `json:"id"`
	Name      string         `json:"name"`
	Type      int            `json:"type"` // 0 standard, 1 cloze
	Mod       int64          `json:"mod"`  // seconds
	USN       int            `json:"usn"`
	SortField int            `json:"sortf"`
	DeckID    int64          `json:"did"`
	Templates []templateJSON `json:"tmpls"`
	Fields    []fieldJSON    `json:"flds"`
	CSS       string         `json:"css"`
	LatexPre  string         `json:"latexPre"`
	LatexPost string         `json:"latexPost"`
	LatexSVG  bool           `json:"latexsvg"`
	// Req says which fields must be non-empty for a template to make a
	// card: [[template, "any"|"all", [fields]]].
	Req  [][]any  `json:"req"`
	Tags []string `json:"tags"`
	Vers []int    `json:"vers"`
}

type templateJSON struct {
	Name         string `json:"name"`
	Ord          int    `json:"ord"`
	QuestionFmt  string `json:"qfmt"`
	AnswerFmt    string `json:"afmt"`
	BrowserQFmt  string `json:"bqfmt"`
	BrowserAFmt  string `json:"bafmt"`
	DeckOverride *int64 `json:"did"`
	BrowserFont  string `json:"bfont"`
	BrowserSize  int    `json:"bsize"`
}

type fieldJSON struct {
	Name        string `json:"name"`
	Ord         int    `json:"ord"`
	Sticky      bool   `json:"sticky"`
	RTL         bool   `json:"rtl"`
	Font        string `json:"font"`
	Size        int    `json:"size"`
	Description string `json:"description"`
	Media       []any  `json:"media"`
}

// model is the note type as the models column holds it.
func model(mod int64) modelJSON {
	var fields []fieldJSON
	for i, f := range Fields() {
		fields = append(fields, fieldJSON{Name: f.Name, Ord: i, Font: "Arial", Size: 20, Description: f.Description, Media: []any{}})
	}
	return modelJSON{
		ID: NoteTypeID, Name: NoteTypeName, Mod: mod, USN: legacyUSN,
		SortField: sortField, DeckID: deckID,
		Templates: []templateJSON{{Name: templateName, QuestionFmt: questionFormat, AnswerFmt: answerFormat}},
		Fields:    fields,
		CSS:       styling,
		LatexPre: "\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n\\usepackage[utf8]{inputenc}\n" +
			"\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n\\setlength{\\parindent}{0in}\n\\begin{document}\n",
		LatexPost: "\\end{document}",
		// The question shows Front and, when there are any, the Choices.
		Req:  [][]any{{0, "any", []int{1, 3}}},
		Tags: []string{},
		Vers: []int{},
	}
}

type deckJSON struct {
	ID               int64  `json:"id"`
	Mod              int64  `json:"mod"`
	Name             string `json:"name"`
	USN              int    `json:"usn"`
	LearnToday       [2]int `json:"lrnToday"`
	ReviewToday      [2]int `json:"revToday"`
	NewToday         [2]int `json:"newToday"`
	TimeToday        [2]int `json:"timeToday"`
	Collapsed        bool   `json:"collapsed"`
	BrowserCollapsed bool   `json:"browserCollapsed"`
	Description      string `json:"desc"`
	Dynamic          int    `json:"dyn"`
	Config           int64  `json:"conf"`
	ExtendNew        int    `json:"extendNew"`
	ExtendReview     int    `json:"extendRev"`
}

// deckDescription is shown on the deck's overview screen.
const deckDescription = "The study cards of omt, the osteopathic manipulative treatment reference, " +
	"generated from its sourced catalogue. omt's decks are tags here: omt::family::..., " +
	"omt::region::..., omt::map::... Re-import omt's export to update the cards; " +
	"your reviews are kept."

// decks holds the Default deck, which every collection has, and omt's.
func decks(mod int64) map[string]deckJSON {
	return map[string]deckJSON{
		"1":                           {ID: 1, Mod: mod, Name: "Default", USN: legacyUSN, Config: 1},
		strconv.FormatInt(deckID, 10): {ID: deckID, Mod: mod, Name: DeckName, USN: legacyUSN, Description: deckDescription, Config: 1},
	}
}

// deckConfigs is Anki 2.1's default options group; an import leaves the
// student's own options alone unless asked to bring the package's.
func deckConfigs(mod int64) map[string]any {
	return map[string]any{"1": map[string]any{
		"id": 1, "mod": mod, "name": "Default", "usn": legacyUSN,
		"maxTaken": 60, "autoplay": true, "timer": 0, "replayq": true, "dyn": false,
		"new": map[string]any{
			"delays": []float64{1, 10}, "ints": []int{1, 4, 0}, "initialFactor": 2500,
			"order": 1, "perDay": 20, "bury": false,
		},
		"rev": map[string]any{
			"perDay": 200, "ease4": 1.3, "ivlFct": 1, "maxIvl": 36500, "bury": false, "hardFactor": 1.2,
		},
		"lapse": map[string]any{
			"delays": []float64{10}, "mult": 0, "minInt": 1, "leechFails": 8, "leechAction": 1,
		},
	}}
}

// colConf is the collection's settings, Anki 2.1's defaults with omt's
// deck and note type current; schedVer 2 says the cards need no scheduler
// upgrade.
func colConf(nextPos int) map[string]any {
	return map[string]any{
		"activeDecks": []int64{deckID}, "curDeck": deckID, "curModel": NoteTypeID,
		"newSpread": 0, "collapseTime": 1200, "timeLim": 0, "estTimes": true, "dueCounts": true,
		"nextPos": nextPos, "sortType": "noteFld", "sortBackwards": false, "addToCur": true,
		"dayLearnFirst": false, "schedVer": 2,
	}
}

// tagRegistry is the col row's tags: every tag used, with its usn.
func tagRegistry(notes []Note) map[string]int {
	tags := map[string]int{}
	for _, n := range notes {
		for _, t := range n.Tags {
			tags[t] = 0
		}
	}
	return tags
}
