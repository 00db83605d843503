package examcli

import (
	"testing"

	"github.com/omt-reference/omt/cards"
	"github.com/omt-reference/omt/store"
	"github.com/omt-reference/omt/techniques/techniquestest"
)

// TestABlockAsksSuspendedCardsAndLeavesThemSuspended: suspension is about
// spaced review (study.Queue never shows a suspended card), not about what
// the student must know. A practice block samples the whole bank, as a
// question bank's block or the board does, so it still asks suspended cards;
// with --count-reviews their answers go into the log, and they stay
// suspended until the student unsuspends them.
func TestABlockAsksSuspendedCardsAndLeavesThemSuspended(t *testing.T) {
	h := newHarness(t)
	var ids []string
	for _, c := range cards.Generate(techniquestest.Shipped(t)) {
		ids = append(ids, c.ID)
	}
	s, _, err := store.Open(h.path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Study("").Suspend(t0, ids...); err != nil {
		t.Fatal(err)
	}
	s.Close()

	h.script = keys("a", "n", "b", "n", "s", "y", "q")
	if err := h.exec("--size", "3", "--count-reviews"); err != nil {
		t.Fatalf("a block with every card suspended: %v", err)
	}
	if bs := h.blocks(); len(bs) != 1 || len(bs[0].Items) != 3 {
		t.Fatalf("the block built with every card suspended: %+v", bs)
	}
	s, _, err = store.Open(h.path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	reviews := 0
	for _, err := range s.Study("").Log(store.LogFilter{}) {
		if err != nil {
			t.Fatal(err)
		}
		reviews++
	}
	if reviews != 2 {
		t.Errorf("%d reviews recorded, want the 2 answers", reviews)
	}
	if suspended, err := s.Study("").Suspended(); err != nil || len(suspended) != len(ids) {
		t.Errorf("after the block %d of %d cards are suspended (%v)", len(suspended), len(ids), err)
	}
}
