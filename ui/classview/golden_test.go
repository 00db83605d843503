package classview

import (
	"bytes"
	"fmt"
	"testing"

	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/exp/golden"
)

// goldenScreens reach each of the view's pages on the fixture class.
var goldenScreens = []struct {
	name  string
	ascii bool
	play  func(d *driver)
}{
	{"roster", false, func(d *driver) {}},
	{"roster-by-due-filtered", false, func(d *driver) {
		d.send(keys("s", "s", "s", "s", "S", "/")...)
		d.send(typed("o")...)
	}},
	{"student", false, func(d *driver) { d.send(keys("j", "enter")...) }},
	{"cards", false, func(d *driver) { d.send(keys("2", "j")...) }},
	{"decks", false, func(d *driver) { d.send(keys("3")...) }},
	{"assign-decks", false, func(d *driver) {
		d.send(keys("4", "a")...)
		d.send(typed("ch")...)
		d.send(keys("tab")...)
	}},
	{"assign-due", false, func(d *driver) { d.send(keys("3", "a")...) }},
	{"assignments", false, func(d *driver) { d.send(keys("3", "a", "enter")...) }},
	{"assignment-students", false, func(d *driver) { d.send(keys("3", "a", "enter", "enter")...) }},
	{"help", false, func(d *driver) { d.send(keys("?")...) }},
	{"roster-ascii", true, func(d *driver) {}},
	{"student-ascii", true, func(d *driver) { d.send(keys("enter")...) }},
}

// TestGoldenScreens pins the class view at three sizes with the ASCII
// colour profile; regenerate with go test ./ui/classview -update.
func TestGoldenScreens(t *testing.T) {
	for _, size := range [][2]int{{120, 40}, {80, 24}, {60, 20}} {
		for _, sc := range goldenScreens {
			t.Run(fmt.Sprintf("%s_%dx%d", sc.name, size[0], size[1]), func(t *testing.T) {
				d := newDriver(t, size[0], size[1], sc.ascii)
				sc.play(d)
				var buf bytes.Buffer
				w := &colorprofile.Writer{Forward: &buf, Profile: colorprofile.Ascii}
				if _, err := w.WriteString(d.p.View().Content); err != nil {
					t.Fatal(err)
				}
				assertFits(t, d.screen(), size[0], size[1])
				golden.RequireEqual(t, buf.Bytes())
			})
		}
	}
}
