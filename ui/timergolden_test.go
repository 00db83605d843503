package ui

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/omt-reference/omt/ui/timerview"
)

// timerScreens reach the timer's states on a fake clock, in the browser and
// full-screen.
var timerScreens = []struct {
	name, query string // a search in the browser, an id for the program
	program     bool   // omt timer, not the browser's overlay
	ascii       bool
	play        func(d *driver)
}{
	// A counterstrain hold 30 s in: one minute left.
	{"timer-hold", "counterstrain lumbar", false, false, func(d *driver) {
		d.send(spaceKey)
		d.runFor(30 * time.Second)
	}},
	// Muscle energy, the second effort's relaxation, waiting for the key.
	{"timer-relax", "muscle energy lumbar", false, false, func(d *driver) {
		d.send(spaceKey)
		d.runFor(3 * time.Second)
		d.send(press("enter"))
		d.runFor(5 * time.Second)
	}},
	{"timer-none", "hvla lumbar", false, false, func(*driver) {}},
	// omt timer cv4 on a terminal without UTF-8: a release 95 s in.
	{"timer-program-ascii", "cv4", true, true, func(d *driver) {
		d.send(spaceKey)
		d.runFor(95 * time.Second)
	}},
}

// playTimer reaches a timer screen at a size.
func playTimer(t *testing.T, w, h int, name string) *driver {
	t.Helper()
	for _, sc := range timerScreens {
		if sc.name != name {
			continue
		}
		var d *driver
		if sc.program {
			c := realCatalog(t)
			tech, ok := c.Technique(sc.query) // an id, as omt timer takes
			if !ok {
				t.Fatalf("no technique %s", sc.query)
			}
			clock := newFakeClock()
			p := timerview.NewProgram(c, tech, timerview.Options{ASCII: sc.ascii, Clock: clock.timerClock()})
			d = &driver{t: t, m: p, clock: clock, pending: []tea.Cmd{p.Init()}}
			d.send(tea.WindowSizeMsg{Width: w, Height: h})
			d.run(func() bool { return !p.Screen().Now().IsZero() })
		} else {
			d, _ = openTimer(t, w, h, sc.query, Options{ASCII: sc.ascii})
		}
		sc.play(d)
		return d
	}
	t.Fatalf("no timer screen %q", name)
	return nil
}

// TestGoldenTimer pins the timer's screens at three sizes; regenerate with
// go test ./ui -run Golden -update.
func TestGoldenTimer(t *testing.T) {
	for _, size := range [][2]int{{120, 40}, {80, 24}, {50, 16}} {
		for _, sc := range timerScreens {
			t.Run(fmt.Sprintf("%s_%dx%d", sc.name, size[0], size[1]), func(t *testing.T) {
				d := playTimer(t, size[0], size[1], sc.name)
				var buf bytes.Buffer
				w := &colorprofile.Writer{Forward: &buf, Profile: colorprofile.Ascii}
				if _, err := w.WriteString(d.m.View().Content); err != nil {
					t.Fatal(err)
				}
				assertFits(t, d.screen(), size[0], size[1])
				golden.RequireEqual(t, buf.Bytes())
			})
		}
	}
}

// TestTimerSizeSweep resizes every timer screen through sizes from 1x1 to
// 200x60, as TestSizeSweep does for the browser, while the timer runs on.
func TestTimerSizeSweep(t *testing.T) {
	wStep, hStep := 13, 7
	if raceDetector || testing.Short() {
		wStep, hStep = 29, 17
	}
	var widths, heights []int
	for w := 1; w <= 200; w += wStep {
		widths = append(widths, w)
	}
	for h := 1; h <= 60; h += hStep {
		heights = append(heights, h)
	}
	widths = append(widths, timerview.FrameWidth-1, timerview.FrameWidth, 39, 40, 50, 80)
	heights = append(heights, timerview.FrameHeight-1, timerview.FrameHeight, 11, 12, 16, 24)
	for _, sc := range timerScreens {
		t.Run(sc.name, func(t *testing.T) {
			d := playTimer(t, 100, 30, sc.name)
			for _, w := range widths {
				for _, h := range heights {
					d.send(tea.WindowSizeMsg{Width: w, Height: h})
					d.runFor(time.Second)
					assertFitsSized(t, fmt.Sprintf("%s at %dx%d", sc.name, w, h), d.screen(), w, h)
					if t.Failed() {
						return
					}
				}
			}
		})
	}
}

// TestTimerClockShrinksToFit checks the clock's three sizes: the large
// digits where there is room, the compact ones below that, and plain text.
func TestTimerClockShrinksToFit(t *testing.T) {
	for _, tc := range []struct {
		w, h  int
		ascii bool
		want  string
	}{
		{80, 24, false, "██████"},
		{80, 24, true, "######"},
		{50, 12, false, "▀▀▀"},
		{50, 12, true, "|_|"},
		{50, 10, false, "1:00 left"},
	} {
		clock := newFakeClock()
		c := realCatalog(t)
		tech, _ := c.Technique("counterstrain-lumbar")
		p := timerview.NewProgram(c, tech, timerview.Options{ASCII: tc.ascii, Clock: clock.timerClock()})
		d := &driver{t: t, m: p, clock: clock, pending: []tea.Cmd{p.Init()}}
		d.send(tea.WindowSizeMsg{Width: tc.w, Height: tc.h})
		d.run(func() bool { return !p.Screen().Now().IsZero() })
		d.send(spaceKey)
		d.runFor(30 * time.Second)
		if s := d.screen(); !strings.Contains(s, tc.want) {
			t.Errorf("%dx%d (ascii %v): want %q in\n%s", tc.w, tc.h, tc.ascii, tc.want, s)
		}
	}
}
