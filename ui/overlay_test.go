package ui

import (
	"fmt"
	"strings"
	"testing"
	"testing/fstest"

	schooloverlay "github.com/omt-reference/omt/techniques/overlay"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/exp/golden"
)

// overlaidSized is the browser over the shipped catalogue with a school's
// overlay of counterstrain-lumbar and a technique of its own applied.
func overlaidSized(t *testing.T, w, h int, opts Options) Model {
	t.Helper()
	c, report := schooloverlay.Apply(realCatalog(t), fstest.MapFS{
		"school-variants.yaml": {Data: []byte("id: counterstrain-lumbar\n" +
			"timing: Lab B holds 120 seconds for every lumbar point.\n" +
			"steps: [Find the most tender point., Fold the spine over it until the tenderness falls., Hold and return slowly.]\n")},
		"lab-b.yaml": {Data: []byte("id: lab-b-counterstrain\nname: Counterstrain, Lab B lumbar sequence\n")},
	})
	if len(report.Skipped()) != 1 {
		t.Fatalf("want lab-b.yaml refused, the other applied: %+v", report)
	}
	return send(t, New(c, opts), tea.WindowSizeMsg{Width: w, Height: h})
}

// TestGoldenOverlayScreens pins an overlaid entry, its mark in the list and
// the status line that names a refused overlay, at the three sizes;
// regenerate with go test ./ui -run Golden -update.
func TestGoldenOverlayScreens(t *testing.T) {
	status := "school overlay not applied: lab-b.yaml: field summary: is required (1 file(s); omt overlay check)"
	screens := []struct {
		name string
		opts Options
		keys []tea.Msg
	}{
		{"overlay-status", Options{Status: status}, nil},
		{"overlay-search", Options{}, append([]tea.Msg{press("/")}, typeText("counterstrain lumbar")...)},
		{"overlay-detail", Options{}, append(append([]tea.Msg{press("/")}, typeText("counterstrain lumbar")...), press("enter"), press("enter"), press("3"))},
	}
	for _, size := range [][2]int{{120, 40}, {80, 24}, {50, 16}} {
		for _, sc := range screens {
			t.Run(fmt.Sprintf("%s_%dx%d", sc.name, size[0], size[1]), func(t *testing.T) {
				m := send(t, overlaidSized(t, size[0], size[1], sc.opts), sc.keys...)
				assertFits(t, screen(m), size[0], size[1])
				golden.RequireEqual(t, asciiScreen(t, m))
			})
		}
	}
}

func TestOverlaidEntryIsMarkedInTheBrowser(t *testing.T) {
	m := overlaidSized(t, 120, 40, Options{})
	m = send(t, m, append(append([]tea.Msg{press("/")}, typeText("counterstrain lumbar")...), press("enter"))...)
	if s := screen(m); !strings.Contains(s, "School overlay") || !strings.Contains(s, "[overlaid]") {
		t.Errorf("the browser does not mark the overlaid entry:\n%s", s)
	}
	m = overlaidSized(t, 80, 24, Options{Status: "school overlay not applied: lab-b.yaml"})
	if !strings.Contains(screen(m), "school overlay not applied") {
		t.Error("the status line does not show the refused overlay")
	}
	if m = send(t, m, press("j")); strings.Contains(screen(m), "school overlay not applied") {
		t.Error("the status should go at the next key, as every status does")
	}
}
