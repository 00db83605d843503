package store

// examMigration keeps practice exams (issue 21): one row per block, with its
// mode, state and clock, and one row per question, with the question as it
// was shown (so a block reads the same after the catalogue changes), the
// student's answer and flag.
//
// A block's state is what it was last saved as: a block whose omt was
// killed stays 'in-progress', and one left with Ctrl+C is 'abandoned'; both
// can be resumed. revision orders saves: a save older than the stored one
// is ignored, so saves that finish out of order never undo a later answer.
// reviews_recorded is claimed before a block's answers are recorded as
// reviews (--count-reviews), so they are recorded once.
func examMigration() migration {
	return migration{"practice exams: blocks, their questions, answers and flags (issue 21)", execSQL(`
		CREATE TABLE exam (
			id               INTEGER PRIMARY KEY,
			profile          TEXT    NOT NULL,
			mode             TEXT    NOT NULL CHECK (mode IN ('timed', 'tutor')),
			state            TEXT    NOT NULL CHECK (state IN ('in-progress', 'submitted', 'timed-out', 'abandoned')),
			started_ms       INTEGER NOT NULL,
			updated_ms       INTEGER NOT NULL,
			finished_ms      INTEGER,
			limit_ms         INTEGER NOT NULL CHECK (limit_ms >= 0),
			used_ms          INTEGER NOT NULL CHECK (used_ms >= 0),
			current          INTEGER NOT NULL CHECK (current >= 0),
			seed             INTEGER NOT NULL,
			decks            TEXT    NOT NULL CHECK (json_valid(decks)),
			count_reviews    INTEGER NOT NULL CHECK (count_reviews IN (0, 1)),
			reviews_recorded INTEGER NOT NULL DEFAULT 0 CHECK (reviews_recorded IN (0, 1)),
			revision         INTEGER NOT NULL
		);
		CREATE INDEX exam_by_profile ON exam (profile, started_ms);

		CREATE TABLE exam_item (
			exam_id      INTEGER NOT NULL REFERENCES exam (id),
			position     INTEGER NOT NULL CHECK (position >= 0),
			card_id      TEXT    NOT NULL,
			content_hash TEXT    NOT NULL,
			topic        TEXT    NOT NULL,
			question     TEXT    NOT NULL CHECK (json_valid(question)),
			answer       INTEGER NOT NULL CHECK (answer >= 0),
			chosen       INTEGER CHECK (chosen >= 0),
			flagged      INTEGER NOT NULL DEFAULT 0 CHECK (flagged IN (0, 1)),
			PRIMARY KEY (exam_id, position)
		) WITHOUT ROWID;
	`)}
}
