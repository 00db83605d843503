package store

import "database/sql"

// classMigration keeps what an instructor's view of a class reads (issue
// 23) already summed, so that it is answered by SQL over small indexed
// tables, never by reading every review. Triggers keep the sums as reviews
// and answers are written, so every way of writing them counts (Record,
// RecordFrom, RecordAll, Bulk, an exam's Save) and no writer has to know:
//
//   - A first try is a review of a card that was new or due (FSRS state New
//     or Review before it), as opposed to the re-tries of the learning and
//     relearning steps of the same sitting; it is right when answered Hard
//     or better, and a lapse when answered Again.
//   - review_hour sums each profile's reviews, first tries and right first
//     tries by hour (Unix time / 3600 s): the roster's week and a
//     student's weekly trend read at most 168 rows a student a week.
//   - card_tally sums each profile's reviews of each card (reviews, first
//     tries, lapses, first and last time): a student's weakest topics and
//     who has finished an assignment read it.
//   - card_class sums card_tally over every profile, card by card: the
//     class's weakest cards read a row a card, and take away the few
//     profiles that are not students (Class.CardTallies).
//   - member lists every profile the database has seen, when it was last
//     seen (its last review, or its last connection to omt serve: see
//     Class.Seen), and its reviews, first tries and right ones in all.
//   - card_due counts each profile's cards by the UTC day they are due
//     (Unix time / 86,400 s): how many are due at a moment is the days
//     before its day, and a range of the index for the day itself, however
//     many cards a student has let fall due. The cards of card_retired,
//     which the catalogue no longer makes, are not counted (Class.Retire).
//   - exam_score counts each practice block's questions and right answers.
//   - assignment is the class's: decks to study by a due date, and who
//     assigned them. It is keyed by its number, not by a profile: every
//     student of the database has it.
//
// The sums are filled from what the database already holds when the step
// runs.
func classMigration() migration {
	return migration{"a class: assignments, members, and the sums an instructor's view reads (issue 23)", func(tx *sql.Tx) error {
		if _, err := tx.Exec(classSchema); err != nil {
			return err
		}
		_, err := tx.Exec(classBackfill)
		return err
	}}
}

// firstTry is 1 for a review that is a first try and 0 for one that is not,
// read from the scheduler's state before it; newFirstTry is the same of the
// review a trigger runs for.
const (
	firstTry    = `ifnull(json_extract(state_before, '$.state') IN (0, 2), 0)`
	newFirstTry = `ifnull(json_extract(NEW.state_before, '$.state') IN (0, 2), 0)`
)

// hourMillis and dayMillis are the widths of review_hour's and card_due's
// buckets, as the SQL below writes them.
const (
	hourMillis = 3_600_000
	dayMillis  = 86_400_000
)

const classSchema = `
	CREATE TABLE review_hour (
		profile TEXT    NOT NULL,
		hour    INTEGER NOT NULL,
		reviews INTEGER NOT NULL,
		tries   INTEGER NOT NULL,
		correct   INTEGER NOT NULL,
		PRIMARY KEY (profile, hour)
	) WITHOUT ROWID;

	CREATE TABLE card_tally (
		card_id  TEXT    NOT NULL,
		profile  TEXT    NOT NULL,
		reviews  INTEGER NOT NULL,
		tries    INTEGER NOT NULL,
		lapses   INTEGER NOT NULL,
		first_ms INTEGER NOT NULL,
		last_ms  INTEGER NOT NULL,
		PRIMARY KEY (card_id, profile)
	) WITHOUT ROWID;
	CREATE INDEX card_tally_by_profile ON card_tally (profile, card_id);

	CREATE TABLE card_class (
		card_id  TEXT    NOT NULL PRIMARY KEY,
		students INTEGER NOT NULL,
		failed   INTEGER NOT NULL,
		tries    INTEGER NOT NULL,
		lapses   INTEGER NOT NULL
	) WITHOUT ROWID;

	CREATE TABLE member (
		profile TEXT    NOT NULL PRIMARY KEY,
		seen_ms INTEGER NOT NULL,
		reviews INTEGER NOT NULL DEFAULT 0,
		tries   INTEGER NOT NULL DEFAULT 0,
		correct   INTEGER NOT NULL DEFAULT 0
	) WITHOUT ROWID;

	CREATE TRIGGER review_summed AFTER INSERT ON review BEGIN
		INSERT INTO review_hour (profile, hour, reviews, tries, correct)
		VALUES (NEW.profile, NEW.reviewed_ms / 3600000, 1, ` + newFirstTry + `,
			` + newFirstTry + ` AND NEW.rating > 1)
		ON CONFLICT (profile, hour) DO UPDATE SET
			reviews = reviews + 1, tries = tries + excluded.tries, correct = correct + excluded.correct;
		INSERT INTO card_tally (card_id, profile, reviews, tries, lapses, first_ms, last_ms)
		VALUES (NEW.card_id, NEW.profile, 1, ` + newFirstTry + `, ` + newFirstTry + ` AND NEW.rating = 1,
			NEW.reviewed_ms, NEW.reviewed_ms)
		ON CONFLICT (card_id, profile) DO UPDATE SET
			reviews = reviews + 1,
			tries = tries + excluded.tries,
			lapses = lapses + excluded.lapses,
			first_ms = min(first_ms, excluded.first_ms),
			last_ms = max(last_ms, excluded.last_ms);
		INSERT INTO member (profile, seen_ms, reviews, tries, correct)
		VALUES (NEW.profile, NEW.reviewed_ms, 1, ` + newFirstTry + `, ` + newFirstTry + ` AND NEW.rating > 1)
		ON CONFLICT (profile) DO UPDATE SET
			seen_ms = max(seen_ms, excluded.seen_ms),
			reviews = reviews + 1, tries = tries + excluded.tries, correct = correct + excluded.correct;
	END;

	CREATE TRIGGER card_tally_added AFTER INSERT ON card_tally BEGIN
		INSERT INTO card_class (card_id, students, failed, tries, lapses)
		VALUES (NEW.card_id, 1, NEW.lapses > 0, NEW.tries, NEW.lapses)
		ON CONFLICT (card_id) DO UPDATE SET
			students = students + 1,
			failed = failed + excluded.failed,
			tries = tries + excluded.tries,
			lapses = lapses + excluded.lapses;
	END;
	CREATE TRIGGER card_tally_changed AFTER UPDATE OF tries, lapses ON card_tally BEGIN
		UPDATE card_class SET
			failed = failed + (NEW.lapses > 0) - (OLD.lapses > 0),
			tries = tries + NEW.tries - OLD.tries,
			lapses = lapses + NEW.lapses - OLD.lapses
		WHERE card_id = NEW.card_id;
	END;

	CREATE TABLE card_due (
		profile TEXT    NOT NULL,
		day     INTEGER NOT NULL,
		cards   INTEGER NOT NULL,
		PRIMARY KEY (profile, day)
	) WITHOUT ROWID;
	CREATE TABLE card_retired (
		card_id TEXT NOT NULL PRIMARY KEY
	) WITHOUT ROWID;
	CREATE TRIGGER card_due_added AFTER INSERT ON card
	WHEN NOT EXISTS (SELECT 1 FROM card_retired WHERE card_id = NEW.card_id) BEGIN
		INSERT INTO card_due (profile, day, cards) VALUES (NEW.profile, NEW.due_ms / 86400000, 1)
		ON CONFLICT (profile, day) DO UPDATE SET cards = cards + 1;
	END;
	CREATE TRIGGER card_due_moved AFTER UPDATE OF due_ms ON card
	WHEN OLD.due_ms / 86400000 != NEW.due_ms / 86400000
		AND NOT EXISTS (SELECT 1 FROM card_retired WHERE card_id = NEW.card_id) BEGIN
		UPDATE card_due SET cards = cards - 1 WHERE profile = OLD.profile AND day = OLD.due_ms / 86400000;
		INSERT INTO card_due (profile, day, cards) VALUES (NEW.profile, NEW.due_ms / 86400000, 1)
		ON CONFLICT (profile, day) DO UPDATE SET cards = cards + 1;
	END;
	CREATE TRIGGER card_due_removed AFTER DELETE ON card
	WHEN NOT EXISTS (SELECT 1 FROM card_retired WHERE card_id = OLD.card_id) BEGIN
		UPDATE card_due SET cards = cards - 1 WHERE profile = OLD.profile AND day = OLD.due_ms / 86400000;
	END;

	CREATE TABLE exam_score (
		exam_id   INTEGER NOT NULL PRIMARY KEY REFERENCES exam (id),
		questions INTEGER NOT NULL,
		correct     INTEGER NOT NULL
	);
	CREATE TRIGGER exam_item_added AFTER INSERT ON exam_item BEGIN
		INSERT INTO exam_score (exam_id, questions, correct)
		VALUES (NEW.exam_id, 1, ifnull(NEW.chosen = NEW.answer, 0))
		ON CONFLICT (exam_id) DO UPDATE SET
			questions = questions + 1, correct = correct + excluded.correct;
	END;
	CREATE TRIGGER exam_item_answered AFTER UPDATE OF chosen ON exam_item BEGIN
		UPDATE exam_score SET correct = correct + ifnull(NEW.chosen = NEW.answer, 0) - ifnull(OLD.chosen = OLD.answer, 0)
		WHERE exam_id = NEW.exam_id;
	END;

	CREATE TABLE assignment (
		id          INTEGER PRIMARY KEY,
		decks       TEXT    NOT NULL CHECK (json_valid(decks) AND json_array_length(decks) > 0),
		due_ms      INTEGER NOT NULL,
		assigned_ms INTEGER NOT NULL,
		by_profile  TEXT    NOT NULL,
		by_name     TEXT    NOT NULL
	);
	CREATE INDEX assignment_by_due ON assignment (due_ms, id);
`

// classBackfill sums what was written before the step: card_class fills
// itself through card_tally's trigger. (WHERE true lets SQLite read the ON
// CONFLICT of an INSERT ... SELECT.)
const classBackfill = `
	INSERT INTO review_hour (profile, hour, reviews, tries, correct)
	SELECT profile, reviewed_ms / 3600000, count(*), sum(` + firstTry + `),
		sum(` + firstTry + ` AND rating > 1)
	FROM review GROUP BY 1, 2;
	INSERT INTO card_tally (card_id, profile, reviews, tries, lapses, first_ms, last_ms)
	SELECT card_id, profile, count(*), sum(` + firstTry + `), sum(` + firstTry + ` AND rating = 1),
		min(reviewed_ms), max(reviewed_ms)
	FROM review GROUP BY profile, card_id;
	INSERT INTO member (profile, seen_ms, reviews, tries, correct)
	SELECT profile, max(reviewed_ms), count(*), sum(` + firstTry + `), sum(` + firstTry + ` AND rating > 1)
	FROM review GROUP BY profile;
	INSERT INTO member (profile, seen_ms)
	SELECT profile, max(updated_ms) FROM exam WHERE true GROUP BY profile
	ON CONFLICT (profile) DO UPDATE SET seen_ms = max(seen_ms, excluded.seen_ms);
	INSERT INTO exam_score (exam_id, questions, correct)
	SELECT exam_id, count(*), sum(ifnull(chosen = answer, 0)) FROM exam_item GROUP BY exam_id;
	INSERT INTO card_due (profile, day, cards)
	SELECT profile, due_ms / 86400000, count(*) FROM card GROUP BY 1, 2;
`
