package store

import (
	"context"
	"database/sql"
	"fmt"
)

// migration brings the schema from version-1 to version. Migrations run in
// order, each inside the same transaction as the PRAGMA user_version that
// records it, so a database is always at exactly one known version.
type migration struct {
	name  string
	apply func(tx *sql.Tx) error
}

// migrations lists every schema change in order: element i brings the schema
// from version i to version i+1. Never edit a released step; append a new
// one.
func migrations() []migration {
	return []migration{
		{"study schedule and review log (issue 11)", execSQL(`
			CREATE TABLE card (
				profile      TEXT    NOT NULL,
				card_id      TEXT    NOT NULL,
				content_hash TEXT    NOT NULL,
				state        TEXT    NOT NULL CHECK (json_valid(state)),
				due_ms       INTEGER NOT NULL,
				updated      INTEGER NOT NULL DEFAULT 0 CHECK (updated IN (0, 1)),
				PRIMARY KEY (profile, card_id)
			) WITHOUT ROWID;
			CREATE INDEX card_by_due ON card (profile, due_ms);

			CREATE TABLE review (
				id           INTEGER PRIMARY KEY,
				profile      TEXT    NOT NULL,
				card_id      TEXT    NOT NULL,
				content_hash TEXT    NOT NULL,
				reviewed_ms  INTEGER NOT NULL,
				rating       INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 4),
				elapsed_ms   INTEGER NOT NULL CHECK (elapsed_ms >= 0),
				state_before TEXT    NOT NULL CHECK (json_valid(state_before)),
				state_after  TEXT    NOT NULL CHECK (json_valid(state_after)),
				due_ms       INTEGER NOT NULL,
				FOREIGN KEY (profile, card_id) REFERENCES card (profile, card_id)
			);
			CREATE INDEX review_by_card ON review (profile, card_id, reviewed_ms);
			CREATE INDEX review_by_time ON review (profile, reviewed_ms);
		`)},
		{"personal layer: bookmarks, history, notes, settings (issue 12)", execSQL(`
			CREATE TABLE bookmark (
				profile      TEXT    NOT NULL,
				technique_id TEXT    NOT NULL,
				created_ms   INTEGER NOT NULL,
				PRIMARY KEY (profile, technique_id)
			) WITHOUT ROWID;

			CREATE TABLE history (
				id         INTEGER PRIMARY KEY,
				profile    TEXT    NOT NULL,
				kind       TEXT    NOT NULL CHECK (kind IN ('technique', 'condition')),
				item_id    TEXT    NOT NULL,
				visited_ms INTEGER NOT NULL,
				UNIQUE (profile, kind, item_id)
			);
			CREATE INDEX history_by_profile ON history (profile, id);

			CREATE TABLE note (
				profile      TEXT    NOT NULL,
				technique_id TEXT    NOT NULL,
				body         TEXT    NOT NULL,
				updated_ms   INTEGER NOT NULL,
				PRIMARY KEY (profile, technique_id)
			) WITHOUT ROWID;

			CREATE TABLE setting (
				profile TEXT NOT NULL,
				key     TEXT NOT NULL,
				value   TEXT NOT NULL,
				PRIMARY KEY (profile, key)
			) WITHOUT ROWID;
		`)},
		examMigration(),
		suspendMigration(),
		classMigration(),
	}
}

// execSQL is a migration step made of SQL statements alone.
func execSQL(statements string) func(tx *sql.Tx) error {
	return func(tx *sql.Tx) error {
		_, err := tx.Exec(statements)
		return err
	}
}

// migrate brings the database up to len(steps). When it is already there it
// only reads; otherwise it takes the write lock and checks the version again,
// since another omt may have migrated in between.
func migrate(db *sql.DB, path string, steps []migration) error {
	version, err := userVersion(db)
	if err != nil {
		return err
	}
	if version == len(steps) {
		return nil
	}
	if err := checkVersion(path, version, len(steps)); err != nil {
		return err
	}
	return writeTx(db, func(tx *sql.Tx) error {
		var version int
		if err := tx.QueryRow("PRAGMA user_version").Scan(&version); err != nil {
			return err
		}
		if err := checkVersion(path, version, len(steps)); err != nil {
			return err
		}
		for i := version; i < len(steps); i++ {
			if err := steps[i].apply(tx); err != nil {
				return fmt.Errorf("migrating %s to schema version %d (%s): %w", path, i+1, steps[i].name, err)
			}
		}
		// PRAGMA takes no parameters; the value is an int we control.
		_, err := tx.Exec(fmt.Sprintf("PRAGMA user_version = %d", len(steps)))
		return err
	})
}

func userVersion(db *sql.DB) (int, error) {
	var version int
	err := db.QueryRowContext(context.Background(), "PRAGMA user_version").Scan(&version)
	return version, err
}
