package store

import (
	"context"
	"errors"
	"testing"
	"time"
)

func TestIdleWaitsForATransactionInProgress(t *testing.T) {
	s, _ := openTemp(t)
	if err := s.Idle(context.Background()); err != nil {
		t.Fatalf("an unused store: %v", err)
	}
	tx, err := s.db.Begin()
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Millisecond)
	defer cancel()
	if err := s.Idle(ctx); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("with a transaction open, Idle returned %v; want the deadline", err)
	}
	done := make(chan error, 1)
	go func() { done <- s.Idle(context.Background()) }()
	time.Sleep(10 * time.Millisecond)
	select {
	case err := <-done:
		t.Fatalf("Idle returned %v before the transaction ended", err)
	default:
	}
	if err := tx.Commit(); err != nil {
		t.Fatal(err)
	}
	select {
	case err := <-done:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(10 * time.Second): // a hang detector, not a speed limit
		t.Fatal("Idle still waiting 10 s after the commit")
	}
}
