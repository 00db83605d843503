package store

import (
	"database/sql"
	"errors"
	"time"
)

// Suspend keeps cards out of study from at until Unsuspend, all in one
// transaction, and reports how many were not suspended already (those keep
// the time they were first suspended).
func (st *Study) Suspend(at time.Time, ids ...string) (added int, err error) {
	for _, id := range ids {
		if id == "" {
			return 0, errors.New("a suspension needs a card id")
		}
	}
	err = st.db.write(func(tx *sql.Tx) error {
		added = 0
		for _, id := range ids {
			res, err := tx.Exec(`INSERT INTO suspended (profile, card_id, suspended_ms) VALUES (?, ?, ?)
				ON CONFLICT DO NOTHING`, st.profile, id, millis(at))
			if err != nil {
				return err
			}
			n, err := res.RowsAffected()
			if err != nil {
				return err
			}
			added += int(n)
		}
		return nil
	})
	return added, err
}

// Unsuspend brings cards back to study, all in one transaction, and reports
// how many were suspended.
func (st *Study) Unsuspend(ids ...string) (removed int, err error) {
	err = st.db.write(func(tx *sql.Tx) error {
		removed = 0
		for _, id := range ids {
			res, err := tx.Exec(`DELETE FROM suspended WHERE profile = ? AND card_id = ?`, st.profile, id)
			if err != nil {
				return err
			}
			n, err := res.RowsAffected()
			if err != nil {
				return err
			}
			removed += int(n)
		}
		return nil
	})
	return removed, err
}

// Suspended returns the profile's suspended cards, each with when it was
// suspended.
func (st *Study) Suspended() (map[string]time.Time, error) {
	rows, err := st.db.Query(`SELECT card_id, suspended_ms FROM suspended WHERE profile = ?`, st.profile)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[string]time.Time{}
	for rows.Next() {
		var id string
		var ms int64
		if err := rows.Scan(&id, &ms); err != nil {
			return nil, err
		}
		out[id] = fromMillis(ms)
	}
	return out, rows.Err()
}
