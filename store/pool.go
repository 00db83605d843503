package store

import (
	"database/sql"
	"sync"
)

// pool is the store's connections, with this process's writes taken one at
// a time. SQLite lets one writer in at once; a writer that finds the lock
// taken sleeps in growing steps (up to 100 ms) and tries again, so when many
// sessions of one server save at once the lock sits idle while they sleep,
// and an unlucky one can lose it for seconds, up to its busy timeout.
// Queued on a mutex instead, each write waits only for the commits ahead of
// it. Another process (a second omt window) still meets the busy timeout.
type pool struct {
	*sql.DB
	writing *sync.Mutex
}

func newPool(db *sql.DB) pool { return pool{DB: db, writing: new(sync.Mutex)} }

// exec runs one write statement.
func (p pool) exec(query string, args ...any) (sql.Result, error) {
	p.writing.Lock()
	defer p.writing.Unlock()
	return p.DB.Exec(query, args...)
}

// write runs fn in one write transaction (see writeTx).
func (p pool) write(fn func(tx *sql.Tx) error) error {
	p.writing.Lock()
	defer p.writing.Unlock()
	return writeTx(p.DB, fn)
}
