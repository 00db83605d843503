package store

import (
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/omt-reference/omt/safetext"
)

// HistoryLimit is how many visits History keeps per profile; older ones are
// dropped as new ones are recorded.
const HistoryLimit = 200

// Personal is one profile's bookmarks, history, notes and settings.
type Personal struct {
	db      pool
	profile string
}

// Personal returns the personal layer of profile ("" means LocalProfile).
func (s *Store) Personal(profile string) *Personal {
	return &Personal{db: s.db, profile: profileOrLocal(profile)}
}

// Bookmark is a technique the user marked to come back to.
type Bookmark struct {
	TechniqueID string
	Created     time.Time
}

// VisitKind is what a history entry points at.
type VisitKind string

// The kinds of item that history records.
const (
	VisitTechnique VisitKind = "technique"
	VisitCondition VisitKind = "condition"
)

// Visit is one entry of the history: an item the user opened, and when.
type Visit struct {
	Kind VisitKind
	ID   string
	At   time.Time
}

// Note is the user's own note on a technique, kept apart from the sourced
// text.
type Note struct {
	TechniqueID string
	Text        string
	Updated     time.Time
}

// SetBookmark bookmarks a technique at time at, or removes its bookmark when
// on is false. Bookmarking one already bookmarked keeps its original time.
func (p *Personal) SetBookmark(techniqueID string, on bool, at time.Time) error {
	if techniqueID == "" {
		return errors.New("a bookmark needs a technique id")
	}
	var err error
	if on {
		_, err = p.db.exec(`INSERT INTO bookmark (profile, technique_id, created_ms) VALUES (?, ?, ?)
			ON CONFLICT DO NOTHING`, p.profile, techniqueID, millis(at))
	} else {
		_, err = p.db.exec(`DELETE FROM bookmark WHERE profile = ? AND technique_id = ?`,
			p.profile, techniqueID)
	}
	return err
}

// ToggleBookmark bookmarks a technique that was not bookmarked and removes
// the bookmark of one that was, in one transaction, and reports whether it
// is bookmarked now.
func (p *Personal) ToggleBookmark(techniqueID string, at time.Time) (on bool, err error) {
	if techniqueID == "" {
		return false, errors.New("a bookmark needs a technique id")
	}
	err = p.db.write(func(tx *sql.Tx) error {
		res, err := tx.Exec(`DELETE FROM bookmark WHERE profile = ? AND technique_id = ?`,
			p.profile, techniqueID)
		if err != nil {
			return err
		}
		if n, err := res.RowsAffected(); err != nil || n > 0 {
			return err
		}
		on = true
		_, err = tx.Exec(`INSERT INTO bookmark (profile, technique_id, created_ms) VALUES (?, ?, ?)`,
			p.profile, techniqueID, millis(at))
		return err
	})
	return on, err
}

// Bookmarked reports whether a technique is bookmarked.
func (p *Personal) Bookmarked(techniqueID string) (bool, error) {
	var n int
	err := p.db.QueryRow(`SELECT count(*) FROM bookmark WHERE profile = ? AND technique_id = ?`,
		p.profile, techniqueID).Scan(&n)
	return n > 0, err
}

// Bookmarks returns every bookmark, the most recent first, each id as a
// terminal may show it (safetext.Visible): an imported bookmark's id is
// text from elsewhere.
func (p *Personal) Bookmarks() ([]Bookmark, error) {
	bookmarks, err := p.storedBookmarks()
	for i := range bookmarks {
		bookmarks[i].TechniqueID = safetext.Visible(bookmarks[i].TechniqueID)
	}
	return bookmarks, err
}

// storedBookmarks returns the bookmarks as stored, for ExportJSON alone.
func (p *Personal) storedBookmarks() ([]Bookmark, error) {
	rows, err := p.db.Query(`SELECT technique_id, created_ms FROM bookmark
		WHERE profile = ? ORDER BY created_ms DESC, technique_id`, p.profile)
	if err != nil {
		return nil, err
	}
	return collect(rows, func(row scanner) (Bookmark, error) {
		var b Bookmark
		var created int64
		err := row.Scan(&b.TechniqueID, &created)
		b.Created = fromMillis(created)
		return b, err
	})
}

// Visit records that the user opened an item at time at. An item already in
// the history moves to the top instead of appearing twice, and only the
// latest HistoryLimit visits are kept.
func (p *Personal) Visit(kind VisitKind, id string, at time.Time) error {
	if kind != VisitTechnique && kind != VisitCondition {
		return fmt.Errorf("history kind %q is not %q or %q", kind, VisitTechnique, VisitCondition)
	}
	if id == "" {
		return errors.New("a visit needs an id")
	}
	return p.db.write(func(tx *sql.Tx) error {
		_, err := tx.Exec(`DELETE FROM history WHERE profile = ? AND kind = ? AND item_id = ?`,
			p.profile, string(kind), id)
		if err != nil {
			return err
		}
		_, err = tx.Exec(`INSERT INTO history (profile, kind, item_id, visited_ms) VALUES (?, ?, ?, ?)`,
			p.profile, string(kind), id, millis(at))
		if err != nil {
			return err
		}
		_, err = tx.Exec(`DELETE FROM history WHERE profile = ? AND id < (
				SELECT min(id) FROM (SELECT id FROM history WHERE profile = ? ORDER BY id DESC LIMIT ?))`,
			p.profile, p.profile, HistoryLimit)
		return err
	})
}

// History returns up to limit visits, the most recent first, each id as a
// terminal may show it (safetext.Visible).
func (p *Personal) History(limit int) ([]Visit, error) {
	rows, err := p.db.Query(`SELECT kind, item_id, visited_ms FROM history
		WHERE profile = ? ORDER BY id DESC LIMIT ?`, p.profile, limit)
	if err != nil {
		return nil, err
	}
	return collect(rows, func(row scanner) (Visit, error) {
		var v Visit
		var at int64
		err := row.Scan(&v.Kind, &v.ID, &at)
		v.ID = safetext.Visible(v.ID)
		v.At = fromMillis(at)
		return v, err
	})
}

// SetNote saves the user's note on a technique, replacing any earlier one.
// A note that is empty or only white space deletes it. A text CheckNote
// refuses is not saved, and the note already kept stays as it was.
func (p *Personal) SetNote(techniqueID, text string, at time.Time) error {
	if techniqueID == "" {
		return errors.New("a note needs a technique id")
	}
	if err := CheckNote(text); err != nil {
		return fmt.Errorf("the note on %s %w", techniqueID, err)
	}
	var err error
	if strings.TrimSpace(text) == "" {
		_, err = p.db.exec(`DELETE FROM note WHERE profile = ? AND technique_id = ?`,
			p.profile, techniqueID)
	} else {
		_, err = p.db.exec(`INSERT INTO note (profile, technique_id, body, updated_ms) VALUES (?, ?, ?, ?)
			ON CONFLICT (profile, technique_id) DO UPDATE SET
				body = excluded.body, updated_ms = excluded.updated_ms`,
			p.profile, techniqueID, text, millis(at))
	}
	return err
}

// Note returns the user's note on a technique, as a terminal may show it
// (see Notes); ok is false when there is none.
func (p *Personal) Note(techniqueID string) (n Note, ok bool, err error) {
	n, ok, err = p.storedNote(techniqueID)
	return n.visible(), ok, err
}

func (p *Personal) storedNote(techniqueID string) (n Note, ok bool, err error) {
	var updated int64
	err = p.db.QueryRow(`SELECT technique_id, body, updated_ms FROM note
		WHERE profile = ? AND technique_id = ?`, p.profile, techniqueID).
		Scan(&n.TechniqueID, &n.Text, &updated)
	if errors.Is(err, sql.ErrNoRows) {
		return Note{}, false, nil
	}
	n.Updated = fromMillis(updated)
	return n, err == nil, err
}

// Notes returns every note in technique id order, as a terminal may show
// it: every control character, bidi override or byte that is not UTF-8 in
// its text or id written out as text (safetext.Visible), so that every view
// of a note, whoever wrote it, is safe to print. The database keeps the text
// as written, and ExportJSON exports it exactly.
func (p *Personal) Notes() ([]Note, error) {
	notes, err := p.storedNotes()
	for i := range notes {
		notes[i] = notes[i].visible()
	}
	return notes, err
}

// visible is the note as a terminal may show it.
func (n Note) visible() Note {
	n.TechniqueID, n.Text = safetext.Visible(n.TechniqueID), safetext.Visible(n.Text)
	return n
}

// storedNotes returns the notes as stored, for ExportJSON alone.
func (p *Personal) storedNotes() ([]Note, error) {
	rows, err := p.db.Query(`SELECT technique_id, body, updated_ms FROM note
		WHERE profile = ? ORDER BY technique_id`, p.profile)
	if err != nil {
		return nil, err
	}
	return collect(rows, func(row scanner) (Note, error) {
		var n Note
		var updated int64
		err := row.Scan(&n.TechniqueID, &n.Text, &updated)
		n.Updated = fromMillis(updated)
		return n, err
	})
}

// Setting returns the value of a setting; ok is false when it was never set.
func (p *Personal) Setting(key string) (value string, ok bool, err error) {
	err = p.db.QueryRow(`SELECT value FROM setting WHERE profile = ? AND key = ?`,
		p.profile, key).Scan(&value)
	if errors.Is(err, sql.ErrNoRows) {
		return "", false, nil
	}
	return value, err == nil, err
}

// SetSetting saves the value of a setting, replacing any earlier one.
func (p *Personal) SetSetting(key, value string) error {
	if key == "" {
		return errors.New("a setting needs a key")
	}
	_, err := p.db.exec(`INSERT INTO setting (profile, key, value) VALUES (?, ?, ?)
		ON CONFLICT (profile, key) DO UPDATE SET value = excluded.value`, p.profile, key, value)
	return err
}

// DeleteSetting removes a setting, so that its default applies again.
func (p *Personal) DeleteSetting(key string) error {
	_, err := p.db.exec(`DELETE FROM setting WHERE profile = ? AND key = ?`, p.profile, key)
	return err
}
