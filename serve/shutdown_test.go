package serve

import (
	"context"
	"strings"
	"testing"
)

// TestShutdownTellsEverySessionAndKeepsTheirWork runs on a clock that does
// not move, so the grace after which a session that will not end loses its
// connection never comes: Shutdown returns only if every browser quit when
// asked, which no time limit on a busy machine could show.
func TestShutdownTellsEverySessionAndKeepsTheirWork(t *testing.T) {
	ts := startServer(t, Config{Anonymous: true, clock: newFakeClock()})
	alice := newSigner(t)
	studying := openTerm(t, ts.dialKey(t, alice), "study", 100, 30)
	browsing := openTerm(t, ts.dialKey(t, newSigner(t)), "", 100, 30)
	guest, err := ts.dial(t, passwordAuth())
	if err != nil {
		t.Fatal(err)
	}
	anonymous := openTerm(t, guest, "", 100, 30)
	studying.waitText(0, `Card 1 of`)
	browsing.waitText(0, disclaimer)
	anonymous.waitText(0, disclaimer)
	studying.press(" ")
	studying.press("1")
	eventually(t, "the grade saved", func() bool { return reviews(t, ts.store, Fingerprint(alice.PublicKey())) == 1 })

	ctx, cancel := context.WithTimeout(context.Background(), waitFor)
	defer cancel()
	if err := ts.Shutdown(ctx); err != nil {
		t.Fatal(err)
	}
	for _, tm := range []*term{studying, browsing} {
		if code := tm.wait(); code != 0 {
			t.Errorf("status %d", code)
		}
		if got := tm.stderr(); !strings.Contains(got, "omt serve is shutting down. Your progress is saved.") {
			t.Errorf("a student was told %q", got)
		}
	}
	anonymous.wait()
	if got := anonymous.stderr(); !strings.Contains(got, "omt serve is shutting down.") || strings.Contains(got, "saved") {
		t.Errorf("a guest, whose session kept nothing, was told %q", got)
	}
	if n := ts.Sessions(); n != 0 {
		t.Errorf("%d sessions open after shutdown", n)
	}
	if n := reviews(t, ts.store, Fingerprint(alice.PublicKey())); n != 1 {
		t.Errorf("%d reviews after shutdown; want the one graded", n)
	}
	if _, err := ts.dial(t, passwordAuth()); err == nil {
		t.Error("a connection was taken after shutdown")
	}
}
