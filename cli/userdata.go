package cli

import (
	"fmt"
	"os"
	"sync"
	"time"

	"github.com/omt-reference/omt/store"
	"github.com/omt-reference/omt/study"
	"github.com/omt-reference/omt/ui"
)

// nowEnv is the test seam for the clock: an RFC 3339 time that every study
// command and screen takes as "now", so that a session can be tried "the
// next day" without touching the machine's clock. It is not for users.
const nowEnv = "OMT_NOW"

// dataEnv names the database file instead of the XDG data directory's.
const dataEnv = "OMT_DATABASE"

// now is the time the study commands use: OMT_NOW when set, else the clock.
func (a *app) now() (time.Time, error) {
	v := a.getenv(nowEnv)
	if v == "" {
		return time.Now(), nil
	}
	t, err := time.Parse(time.RFC3339, v)
	if err != nil {
		return time.Time{}, &usageError{fmt.Sprintf("%s=%q is not an RFC 3339 time such as 2026-11-30T09:00:00Z", nowEnv, v)}
	}
	return t, nil
}

func (a *app) getenv(name string) string {
	prefix := name + "="
	for _, kv := range a.io.Env {
		if len(kv) > len(prefix) && kv[:len(prefix)] == prefix {
			return kv[len(prefix):]
		}
	}
	return ""
}

// databasePath is where the user's data lives.
func (a *app) databasePath() (string, error) {
	if p := a.getenv(dataEnv); p != "" {
		return p, nil
	}
	return store.DefaultPath()
}

// userData opens the database once, when something first needs it, and
// tells the user (on stderr) if a broken one was moved aside. The caller
// closes what it opened with closeStore.
type userData struct {
	a     *app
	once  sync.Once
	st    *store.Store
	note  store.Notice
	err   error
	clock func() time.Time
}

func (a *app) userData() (*userData, error) {
	now, err := a.now()
	if err != nil {
		return nil, err
	}
	u := &userData{a: a, clock: time.Now}
	if a.getenv(nowEnv) != "" {
		offset := time.Since(now)
		u.clock = func() time.Time { return time.Now().Add(-offset) } // the seam's day, the clock's pace
	}
	return u, nil
}

// open opens the store, once, creating the database if need be. Whichever of
// open and openForReading is called first decides how it is opened.
func (u *userData) open() (*store.Store, store.Notice, error) {
	u.once.Do(func() {
		path, err := u.a.databasePath()
		if err != nil {
			u.err = err
			return
		}
		u.st, u.note, u.err = store.Open(path)
	})
	return u.st, u.note, u.err
}

// openForReading opens the store, once, for a command that only reads (see
// store.OpenReadOnly): it writes nothing and creates nothing. The store is
// nil when there is nothing to read: no database yet, or one that could not
// be read and was moved aside (close says where).
func (u *userData) openForReading() (*store.Store, store.Notice, error) {
	u.once.Do(func() {
		path, err := u.a.databasePath()
		if err != nil {
			u.err = err
			return
		}
		u.st, u.note, u.err = store.OpenReadOnly(path)
	})
	return u.st, u.note, u.err
}

// withStore runs do over the local database, opened as access says, and
// closes it after. do gets a nil store when there is nothing to read or
// remove from (see personalAccess). now is the clock that writes are
// stamped with (OMT_NOW moves it).
func (a *app) withStore(access personalAccess, do func(s *store.Store, now func() time.Time) error) error {
	u, err := a.userData()
	if err != nil {
		return err
	}
	if access == removing && !u.exists() {
		return do(nil, u.clock)
	}
	open := u.open
	if access == reading {
		open = u.openForReading
	}
	s, _, err := open()
	if err == nil {
		err = do(s, u.clock)
	}
	if cerr := u.close(); err == nil {
		err = cerr
	}
	return err
}

// withStudent runs do over the local user's study record, opened as access
// says (see withStore). With no database to read, the record reads as empty
// (see study.StudentIn).
func (a *app) withStudent(access personalAccess, do func(st study.Student, now func() time.Time) error) error {
	return a.withStore(access, func(s *store.Store, now func() time.Time) error {
		return do(study.StudentIn(s, ""), now)
	})
}

// exists reports whether the database file was ever created.
func (u *userData) exists() bool {
	path, err := u.a.databasePath()
	if err != nil {
		return false
	}
	_, err = os.Stat(path)
	return err == nil
}

// forUI is the browser's view of the user's data.
func (u *userData) forUI() *ui.UserData {
	return &ui.UserData{Open: u.open, Exists: u.exists, Now: u.clock}
}

// close closes the store if it was opened, and says where a broken one went.
func (u *userData) close() error {
	if u.note.MovedTo != "" {
		fmt.Fprintln(u.a.io.Err, "omt: "+u.note.String())
	}
	if u.st == nil {
		return nil
	}
	return u.st.Close()
}
