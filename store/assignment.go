package store

import (
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"
)

// Assignment is decks the class is to study by a due date.
type Assignment struct {
	// ID is the assignment's number, set by Assign.
	ID int64
	// Decks are the names of the decks assigned ("region/sacral").
	Decks []string
	// Due is when they are to be done by.
	Due time.Time
	// Assigned is when the assignment was made.
	Assigned time.Time
	// ByProfile is the profile of who assigned it (an instructor's key
	// fingerprint, or LocalProfile at the host), and ByName their name as
	// the keys file gave it then.
	ByProfile, ByName string
}

// ErrNoAssignment is what Unassign returns for an assignment the class
// does not have.
var ErrNoAssignment = errors.New("store: no such assignment")

// Assign keeps a new assignment and returns its number.
func (c *Class) Assign(a Assignment) (int64, error) {
	if err := a.check(); err != nil {
		return 0, err
	}
	decks, err := json.Marshal(a.Decks)
	if err != nil {
		return 0, err
	}
	var id int64
	err = c.db.write(func(tx *sql.Tx) error {
		return tx.QueryRow(`INSERT INTO assignment (decks, due_ms, assigned_ms, by_profile, by_name)
			VALUES (?, ?, ?, ?, ?) RETURNING id`,
			string(decks), millis(a.Due), millis(a.Assigned), profileOrLocal(a.ByProfile), a.ByName).Scan(&id)
	})
	if err != nil {
		return 0, fmt.Errorf("keeping the assignment of %s: %w", strings.Join(a.Decks, ", "), err)
	}
	return id, nil
}

// Unassign removes assignment id. The reviews made for it stay: they are
// the students'.
func (c *Class) Unassign(id int64) error {
	res, err := c.db.exec(`DELETE FROM assignment WHERE id = ?`, id)
	if err != nil {
		return err
	}
	if n, err := res.RowsAffected(); err != nil || n == 0 {
		if err == nil {
			err = ErrNoAssignment
		}
		return err
	}
	return nil
}

// Assignments lists every assignment, the soonest due first (then in the
// order they were made).
func (c *Class) Assignments() ([]Assignment, error) {
	rows, err := c.db.Query(`SELECT id, decks, due_ms, assigned_ms, by_profile, by_name
		FROM assignment ORDER BY due_ms, id`)
	if err != nil {
		return nil, fmt.Errorf("the assignments: %w", err)
	}
	return collect(rows, scanAssignment)
}

func scanAssignment(row scanner) (Assignment, error) {
	var a Assignment
	var decks string
	var due, assigned int64
	if err := row.Scan(&a.ID, &decks, &due, &assigned, &a.ByProfile, &a.ByName); err != nil {
		return a, err
	}
	a.Due, a.Assigned = fromMillis(due), fromMillis(assigned)
	if err := json.Unmarshal([]byte(decks), &a.Decks); err != nil {
		return a, fmt.Errorf("assignment %d: its decks do not read: %w", a.ID, err)
	}
	return a, nil
}

func (a Assignment) check() error {
	switch {
	case len(a.Decks) == 0:
		return errors.New("an assignment needs at least one deck")
	case a.Due.IsZero() || a.Assigned.IsZero():
		return errors.New("an assignment needs a due date and the time it was made")
	}
	for _, d := range a.Decks {
		if strings.TrimSpace(d) == "" {
			return errors.New("an assignment's deck has no name")
		}
	}
	return nil
}
