package render

import (
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/omt-reference/omt/safetext"
	"github.com/omt-reference/omt/store"
	"github.com/omt-reference/omt/techniques"
)

// The user's own data on the command line: notes, bookmarks and history,
// as JSON and as tables. An id the catalogue no longer has (a technique an
// update removed, one from another machine's overlay) is listed as such,
// never dropped; the user's text is shown with its controls made visible.

// NotInCatalogue is what a list shows for an id the catalogue no longer has.
const NotInCatalogue = "(not in the catalogue)"

// NoteSource is the Source of every personal note.
const NoteSource = "personal note (yours, not from a source)"

// TechniqueName is a technique's name, or NotInCatalogue when the catalogue
// does not have it, and whether it has it.
func TechniqueName(c *techniques.Catalog, id string) (string, bool) {
	if t, ok := c.Technique(id); ok {
		return t.Name, true
	}
	return NotInCatalogue, false
}

// DescribeTechnique names a technique for a message: its name and id, or the
// id alone, marked, for one the catalogue does not have.
func DescribeTechnique(c *techniques.Catalog, id string) string {
	if name, ok := TechniqueName(c, id); ok {
		return fmt.Sprintf("%s (%s)", name, id)
	}
	return safetext.Visible(id) + " " + NotInCatalogue
}

// when is a time as the text output shows it: the local date and minute.
func when(t time.Time) string {
	return t.Local().Format("2006-01-02 15:04")
}

// NoteJSON is one note in `omt notes --json`.
type NoteJSON struct {
	ID          string    `json:"id"`
	Name        string    `json:"name,omitempty"`
	InCatalogue bool      `json:"in_catalogue"`
	Updated     time.Time `json:"updated"`
	Text        string    `json:"text"`
	// Source says, in the document itself, that this is not sourced text.
	Source string `json:"source"`
}

// NewNoteJSON describes a note, naming its technique when the catalogue has it.
func NewNoteJSON(c *techniques.Catalog, n store.Note) NoteJSON {
	t, ok := c.Technique(n.TechniqueID)
	return NoteJSON{ID: n.TechniqueID, Name: t.Name, InCatalogue: ok, Updated: n.Updated.UTC(), Text: n.Text, Source: NoteSource}
}

// BookmarkJSON is one bookmark in `omt bookmarks --json`.
type BookmarkJSON struct {
	ID          string    `json:"id"`
	Name        string    `json:"name,omitempty"`
	InCatalogue bool      `json:"in_catalogue"`
	Bookmarked  time.Time `json:"bookmarked"`
}

// NewBookmarkJSON describes a bookmark, naming its technique when the
// catalogue has it.
func NewBookmarkJSON(c *techniques.Catalog, b store.Bookmark) BookmarkJSON {
	t, ok := c.Technique(b.TechniqueID)
	return BookmarkJSON{ID: b.TechniqueID, Name: t.Name, InCatalogue: ok, Bookmarked: b.Created.UTC()}
}

// VisitJSON is one entry in `omt history --json`.
type VisitJSON struct {
	Kind        store.VisitKind `json:"kind"`
	ID          string          `json:"id"`
	Name        string          `json:"name,omitempty"`
	InCatalogue bool            `json:"in_catalogue"`
	Visited     time.Time       `json:"visited"`
}

// NewVisitJSON describes a visit, naming what it opened when the catalogue
// still has it.
func NewVisitJSON(c *techniques.Catalog, v store.Visit) VisitJSON {
	var name string
	var ok bool
	if v.Kind == store.VisitCondition {
		var x techniques.Condition
		x, ok = c.Condition(v.ID)
		name = x.Name
	} else {
		var t techniques.Technique
		t, ok = c.Technique(v.ID)
		name = t.Name
	}
	return VisitJSON{Kind: v.Kind, ID: v.ID, Name: name, InCatalogue: ok, Visited: v.At.UTC()}
}

// listedOrGone is a name for a table: the name, or NotInCatalogue.
func listedOrGone(name string, inCatalogue bool) string {
	if !inCatalogue {
		return NotInCatalogue
	}
	return name
}

// personalTable prints the rows of a list of the user's own, under its
// header, or what to do when there is nothing yet.
func personalTable(w io.Writer, nothingYet, header string, rows []string) error {
	if len(rows) == 0 {
		_, err := fmt.Fprintln(w, nothingYet)
		return err
	}
	tw := newTable(w)
	fmt.Fprintln(tw, header)
	for _, r := range rows {
		fmt.Fprintln(tw, r)
	}
	return tw.Flush()
}

// Notes lists the user's notes: when each was written, on what, and its
// start.
func Notes(w io.Writer, notes []NoteJSON) error {
	return personalTable(w, "No notes of yours yet: omt notes ID --set TEXT or --edit writes one.", "UPDATED\tID\tNAME\tYOUR NOTE",
		mapSlice(notes, func(n NoteJSON) string {
			return fmt.Sprintf("%s\t%s\t%s\t%s", when(n.Updated), safetext.Visible(n.ID), listedOrGone(n.Name, n.InCatalogue),
				safetext.Visible(cutText(n.Text, 50)))
		}))
}

// Bookmarks lists the user's bookmarks, the most recent first.
func Bookmarks(w io.Writer, marks []BookmarkJSON) error {
	return personalTable(w, "No bookmarks yet: omt bookmarks add ID bookmarks a technique (b in the browser).", "BOOKMARKED\tID\tNAME",
		mapSlice(marks, func(b BookmarkJSON) string {
			return fmt.Sprintf("%s\t%s\t%s", when(b.Bookmarked), safetext.Visible(b.ID), listedOrGone(b.Name, b.InCatalogue))
		}))
}

// History lists what the user opened in the browser, the most recent first.
func History(w io.Writer, visits []VisitJSON) error {
	return personalTable(w, "Nothing opened yet: the browser (omt) keeps the techniques and conditions you open.", "OPENED\tKIND\tID\tNAME",
		mapSlice(visits, func(v VisitJSON) string {
			return fmt.Sprintf("%s\t%s\t%s\t%s", when(v.Visited), safetext.Visible(string(v.Kind)), safetext.Visible(v.ID),
				listedOrGone(v.Name, v.InCatalogue))
		}))
}

// Note prints one of the user's notes, titled by its technique and marked
// as the user's own.
func (o Out) Note(c *techniques.Catalog, id string, n store.Note) error {
	title := safetext.Visible(id) + " " + NotInCatalogue
	if t, ok := c.Technique(id); ok {
		title = t.Name
	}
	fmt.Fprintln(o.W, o.Styles.Title.Render(title))
	fmt.Fprintln(o.W, o.Styles.Muted.Render(fmt.Sprintf("%s · your own note, not from a source · updated %s", safetext.Visible(id), when(n.Updated))))
	fmt.Fprintln(o.W)
	_, err := fmt.Fprintln(o.W, safetext.Visible(n.Text))
	return err
}

// cutText shortens text to one line of n columns for a table, measured as
// the terminal shows it: a wide character takes two, a combining accent none.
func cutText(s string, n int) string {
	return Truncate(strings.Join(strings.Fields(s), " "), n, "…")
}
