// Package store keeps the user's own data in one local SQLite database: the
// study schedule and its full review log (issue 11), the personal layer of
// bookmarks, history, notes and settings (issue 12), practice exams and
// the cards a student has suspended (issue 21).
//
// Every table is keyed by a profile, "local" on a desktop, so that one
// database can later serve many students of an SSH classroom (issue 13).
// Times are stored as Unix milliseconds in UTC and come back in UTC.
//
// What the store promises, and why:
//
//   - Nothing is lost. Every method that writes commits its own transaction
//     (synchronous=FULL, so a commit survives a power cut as well as a killed
//     process) before it returns, so a review the student has graded is kept
//     whatever happens next.
//   - Two omt windows can work on one database at once. The database is in WAL
//     mode, every connection waits up to five seconds for a lock, and every
//     write transaction takes its lock at BEGIN (BEGIN IMMEDIATE), the one
//     case a busy timeout cannot resolve otherwise. A grade is worked out
//     from the card as stored inside its write transaction (RecordFrom), so
//     when both windows grade one card neither review's effect is lost and
//     the log chains.
//   - A broken file is never deleted or overwritten. Open moves a database
//     that SQLite cannot read, or that fails PRAGMA quick_check, aside with a
//     UTC timestamp and tells the caller where it went in a Notice.
//   - A database written by a newer omt is refused, untouched, instead of
//     being half understood (see TooNewError); so is one whose schema
//     version is below zero, which no omt writes (see VersionError).
//   - A command that only reads uses OpenReadOnly, which writes nothing:
//     not the database, not its directory (which may be read-only), and no
//     -wal or -shm is left behind. It never creates a database; one that
//     cannot be read is moved aside and reported, and nothing is started in
//     its place.
//   - A command that never calls Open does no database work: the package
//     has no init work and no package-level state of its own. Linking it
//     still runs its dependencies' init (modernc.org/sqlite's libc and
//     helpers, adrg/xdg), a fraction of a millisecond measured in
//     BENCHMARKS.md.
//
// The schema is created and upgraded by ordered migrations in Go, tracked by
// PRAGMA user_version (see schema.go).
package store
