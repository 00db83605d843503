package main

import (
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/vt"
)

// The script reads the study state from the screen the frames build, not
// from the frames themselves: the server sends only the cells that changed,
// so a footer's words can arrive split by cursor moves.
func TestTheFooterIsReadFromTheScreenTheFramesDraw(t *testing.T) {
	screen := vt.NewEmulator(40, 5)
	defer closeScreen(screen)
	go func() {
		buf := make([]byte, 256)
		for {
			if _, err := screen.Read(buf); err != nil {
				return
			}
		}
	}()
	write := func(s string) {
		if _, err := screen.Write([]byte(s)); err != nil {
			t.Fatal(err)
		}
	}
	write("\x1b[2J\x1b[1;1HCard 1 of 5\x1b[4;1Hspace show answer • esc end\x1b[5;1HReference only.")
	if got := footerState(screen.String()); got != stateFront {
		t.Fatalf("a recall card's front: %q; want %q", got, stateFront)
	}
	// Only what changed: "show answer" becomes "again/hard/good/easy", with
	// the cursor jumping over the cells that stayed.
	write("\x1b[4;1H1-4\x1b[4;5Hagain/hard/good/easy\x1b[K")
	if got := footerState(screen.String()); got != stateBack {
		t.Fatalf("after a partial redraw: %q; want %q (screen %q)", got, stateBack, screen.String())
	}
	write("\x1b[4;1H\x1b[K")
	if got := footerState(screen.String()); got != "" {
		t.Fatalf("a footer with no study state: %q", got)
	}
}

func TestPercentiles(t *testing.T) {
	var ds []time.Duration
	for i := 100; i >= 1; i-- {
		ds = append(ds, time.Duration(i)*time.Millisecond)
	}
	for _, c := range []struct {
		p    float64
		want time.Duration
	}{{50, 50 * time.Millisecond}, {99, 99 * time.Millisecond}, {100, 100 * time.Millisecond}, {0, time.Millisecond}} {
		if got := pct(ds, c.p); got != c.want {
			t.Errorf("p%v = %s; want %s", c.p, got, c.want)
		}
	}
	if got := pct(nil, 99); got != 0 {
		t.Errorf("p99 of nothing = %s", got)
	}
}

func TestTheBrowseScriptTypesWordsALetterAtATime(t *testing.T) {
	keys := strings.Join(browseKeys(), "|")
	for _, want := range []string{"c|l|o|w|\r", "/|m|u|s|c|l|e|\r"} {
		if !strings.Contains(keys, want) {
			t.Errorf("the script %q lacks %q", keys, want)
		}
	}
}

func TestHostilePtySizes(t *testing.T) {
	if w, h, err := parseSize("100000x100000"); err != nil || w != 100_000 || h != 100_000 {
		t.Errorf("100000x100000: %d, %d, %v", w, h, err)
	}
	for _, bad := range []string{"", "100000", "0x5", "5x-1", "axb", "5x5x5"} {
		if _, _, err := parseSize(bad); err == nil {
			t.Errorf("%q was read as a size", bad)
		}
	}
}
