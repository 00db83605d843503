package store

// suspendMigration adds the cards a student has suspended (issue 21): kept
// out of every session until unsuspended. A suspension is the student's
// choice, kept apart from the schedule, so that suspending a card never
// touches its memory state or its reviews and a card never studied can be
// suspended too.
func suspendMigration() migration {
	return migration{"suspended cards (issue 21)", execSQL(`
		CREATE TABLE suspended (
			profile      TEXT    NOT NULL,
			card_id      TEXT    NOT NULL,
			suspended_ms INTEGER NOT NULL,
			PRIMARY KEY (profile, card_id)
		) WITHOUT ROWID;
	`)}
}
