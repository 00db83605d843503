package store

import (
	"context"
	"time"
)

// idlePoll is how often Idle looks at the pool: a write takes about a
// millisecond.
const idlePoll = 2 * time.Millisecond

// Idle waits until no query or transaction is in progress on the store, or
// ctx ends. A server calls it after its sessions have ended and before
// Close, so that a write begun by a session's last action is committed
// rather than cut off when the process exits: Close lets a transaction in
// progress finish, but does not wait for it.
func (s *Store) Idle(ctx context.Context) error {
	t := time.NewTicker(idlePoll)
	defer t.Stop()
	for s.db.Stats().InUse > 0 {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-t.C:
		}
	}
	return nil
}
