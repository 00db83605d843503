package store

import (
	"bytes"
	"database/sql"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/omt-reference/omt/safetext"
)

// The personal export format: one JSON object, so that bookmarks and notes
// can move between machines. Its version changes only when an older omt could
// not read it correctly.
const (
	exportFormat  = "omt-personal"
	exportVersion = 1
	// maxImport bounds what ImportJSON reads: far above any real set of
	// notes, far below what would hurt.
	maxImport = 32 << 20
)

// exportFile is the JSON document ExportJSON writes and ImportJSON reads.
type exportFile struct {
	Format    string           `json:"format"`
	Version   int              `json:"version"`
	Exported  time.Time        `json:"exported"`
	Bookmarks []exportBookmark `json:"bookmarks"`
	Notes     []exportNote     `json:"notes"`
}

type exportBookmark struct {
	Technique string    `json:"technique"`
	Created   time.Time `json:"created"`
}

type exportNote struct {
	Technique string    `json:"technique"`
	Text      string    `json:"text"`
	Updated   time.Time `json:"updated"`
}

// ImportResult counts what ImportJSON changed.
type ImportResult struct {
	// BookmarksAdded is how many bookmarks were new here.
	BookmarksAdded int
	// NotesAdded is how many notes were new here; NotesReplaced how many
	// replaced an older note here; NotesKept how many were skipped because
	// the note here is as new or newer.
	NotesAdded, NotesReplaced, NotesKept int
}

// ExportJSON writes the profile's bookmarks and notes to w as one indented
// JSON document, stamped with the time now. The text is exported exactly as
// stored, not as Notes shows it, so that importing the export elsewhere
// brings back what was written; every character a terminal would act on is
// a \u escape (safetext.EscapeJSON), so that printing the export is safe.
func (p *Personal) ExportJSON(w io.Writer, now time.Time) error {
	file := exportFile{Format: exportFormat, Version: exportVersion, Exported: now.UTC(),
		Bookmarks: []exportBookmark{}, Notes: []exportNote{}}
	bookmarks, err := p.storedBookmarks()
	if err != nil {
		return err
	}
	for _, b := range bookmarks {
		file.Bookmarks = append(file.Bookmarks, exportBookmark{b.TechniqueID, b.Created})
	}
	notes, err := p.storedNotes()
	if err != nil {
		return err
	}
	for _, n := range notes {
		file.Notes = append(file.Notes, exportNote{n.TechniqueID, n.Text, n.Updated})
	}
	var doc bytes.Buffer
	enc := json.NewEncoder(&doc)
	enc.SetIndent("", "  ")
	if err := enc.Encode(file); err != nil {
		return err
	}
	_, err = w.Write(safetext.EscapeJSON(doc.Bytes()))
	return err
}

// ImportJSON merges a document written by ExportJSON into the profile, in one
// transaction: either all of it is merged or, on any error, nothing is.
// Bookmarks are added when missing. A note replaces the one here only when it
// is newer, so importing an old export never undoes later writing.
//
// A note that CheckNote refuses (longer than MaxNoteBytes, say) refuses the
// whole import, with the note's number and technique id, as any other bad
// entry does: importing the rest would leave the user to work out what was
// left behind, and cutting the note would lose their writing. They can
// shorten that note in the file and import it again.
func (p *Personal) ImportJSON(r io.Reader) (ImportResult, error) {
	var result ImportResult
	file, err := decodeExport(r)
	if err != nil {
		return result, err
	}
	err = p.db.write(func(tx *sql.Tx) error {
		result = ImportResult{}
		for _, b := range file.Bookmarks {
			res, err := tx.Exec(`INSERT INTO bookmark (profile, technique_id, created_ms) VALUES (?, ?, ?)
				ON CONFLICT DO NOTHING`, p.profile, b.Technique, millis(b.Created))
			if err != nil {
				return err
			}
			n, err := res.RowsAffected()
			if err != nil {
				return err
			}
			result.BookmarksAdded += int(n)
		}
		for _, n := range file.Notes {
			var here int64
			err := tx.QueryRow(`SELECT updated_ms FROM note WHERE profile = ? AND technique_id = ?`,
				p.profile, n.Technique).Scan(&here)
			switch {
			case err == sql.ErrNoRows:
				result.NotesAdded++
			case err != nil:
				return err
			case here >= millis(n.Updated):
				result.NotesKept++
				continue
			default:
				result.NotesReplaced++
			}
			_, err = tx.Exec(`INSERT INTO note (profile, technique_id, body, updated_ms) VALUES (?, ?, ?, ?)
				ON CONFLICT (profile, technique_id) DO UPDATE SET
					body = excluded.body, updated_ms = excluded.updated_ms`,
				p.profile, n.Technique, n.Text, millis(n.Updated))
			if err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return ImportResult{}, err
	}
	return result, nil
}

// decodeExport reads and checks a personal export. It rejects anything it
// cannot merge faithfully: another format, a newer version, trailing data,
// entries without a technique id or a time.
func decodeExport(r io.Reader) (exportFile, error) {
	var file exportFile
	data, err := io.ReadAll(io.LimitReader(r, maxImport+1))
	if err != nil {
		return file, err
	}
	if len(data) > maxImport {
		return file, fmt.Errorf("the file is larger than %d MiB; it is not an omt export", maxImport>>20)
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&file); err != nil {
		return file, fmt.Errorf("not an omt export of bookmarks and notes: %w", err)
	}
	if dec.More() {
		return file, fmt.Errorf("not an omt export of bookmarks and notes: data after the end of the document")
	}
	switch {
	case file.Format != exportFormat:
		return file, fmt.Errorf("not an omt export of bookmarks and notes (format is %q, want %q)", file.Format, exportFormat)
	case file.Version < 1:
		return file, fmt.Errorf("the export has no version")
	case file.Version > exportVersion:
		return file, fmt.Errorf("the export is version %d, newer than the %d this omt reads; upgrade omt to import it", file.Version, exportVersion)
	}
	for i, b := range file.Bookmarks {
		if strings.TrimSpace(b.Technique) == "" || b.Created.IsZero() {
			return file, fmt.Errorf("bookmark %d has no technique id or no time", i+1)
		}
	}
	for i, n := range file.Notes {
		if strings.TrimSpace(n.Technique) == "" || n.Updated.IsZero() {
			return file, fmt.Errorf("note %d has no technique id or no time", i+1)
		}
		if strings.TrimSpace(n.Text) == "" {
			return file, fmt.Errorf("note %d (%s) is empty", i+1, n.Technique)
		}
		if err := CheckNote(n.Text); err != nil {
			return file, fmt.Errorf("note %d (%q) %w", i+1, n.Technique, err)
		}
	}
	return file, nil
}
