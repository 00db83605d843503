package exam

import (
	"bytes"
	"fmt"
	"testing"
	"time"

	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/exp/golden"

	"github.com/omt-reference/omt/exam"
)

// goldenScreens reach each of the screen's states on the fixture block.
var goldenScreens = []struct {
	name  string
	mode  exam.Mode
	ascii bool
	play  func(d *driver)
}{
	{"question", exam.Timed, false, func(d *driver) { d.runFor(75 * time.Second) }},
	{"answered-flagged", exam.Timed, false, func(d *driver) {
		d.send(keys("b", "n", "f", "c")...)
		d.runFor(5*time.Minute + 3*time.Second) // under five minutes left
	}},
	{"tutor-revealed", exam.Tutor, false, func(d *driver) {
		d.runFor(2 * time.Minute)
		d.send(keys("n", "n", "n", "d")...)
	}},
	{"list", exam.Timed, false, func(d *driver) { d.send(keys("b", "n", "f", "n", "a", "g", "right")...) }},
	{"submit-prompt", exam.Timed, false, func(d *driver) { d.send(keys("b", "n", "f", "s")...) }},
	{"score-timed-out", exam.Timed, false, func(d *driver) {
		d.send(keys("b", "n", "a", "n", "n", "d")...)
		d.runFor(9 * time.Minute)
	}},
	{"review-wrong", exam.Timed, false, func(d *driver) { d.send(keys("b", "n", "a", "s", "y", "r", "n")...) }},
	{"question-ascii", exam.Timed, true, func(d *driver) { d.send(keys("b", "n", "f", "c")...) }},
	{"score-ascii", exam.Tutor, true, func(d *driver) {
		d.send(keys("b", "n", "d")...)
		d.runFor(3*time.Minute + 7*time.Second)
		d.send(keys("s", "y")...)
	}},
	{"review-ascii", exam.Timed, true, func(d *driver) { d.send(keys("b", "n", "a", "s", "y", "r", "n")...) }},
}

// TestGoldenScreens pins the exam screen at three sizes with the ASCII
// colour profile; regenerate with go test ./ui/exam -update.
func TestGoldenScreens(t *testing.T) {
	for _, size := range [][2]int{{120, 40}, {80, 24}, {60, 20}} {
		for _, sc := range goldenScreens {
			t.Run(fmt.Sprintf("%s_%dx%d", sc.name, size[0], size[1]), func(t *testing.T) {
				d := newDriver(t, sc.mode, size[0], size[1], sc.ascii)
				sc.play(d)
				var buf bytes.Buffer
				w := &colorprofile.Writer{Forward: &buf, Profile: colorprofile.Ascii}
				if _, err := w.WriteString(d.p.View().Content); err != nil {
					t.Fatal(err)
				}
				assertFits(t, sc.name, d.screen(), size[0], size[1])
				golden.RequireEqual(t, buf.Bytes())
			})
		}
	}
}
