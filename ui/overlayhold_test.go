package ui

import (
	"strings"
	"testing"
	"testing/fstest"

	schooloverlay "github.com/omt-reference/omt/techniques/overlay"

	tea "charm.land/bubbletea/v2"
)

// TestMapsViewGivesTheSchoolsHold: with an overlay that sets the lumbar
// hold to 120 s, the maps view's tender point gives the school's hold beside
// the sourced one, marked as the overlay's.
func TestMapsViewGivesTheSchoolsHold(t *testing.T) {
	c, report := schooloverlay.Apply(realCatalog(t), fstest.MapFS{"counterstrain-lumbar.yaml": {Data: []byte(
		"id: counterstrain-lumbar\ntimer:\n  kind: hold\n  hold_seconds: [120, 120]\n")}})
	if len(report.Skipped()) != 0 {
		t.Fatalf("the overlay was refused: %+v", report)
	}
	m := send(t, New(c, Options{}), tea.WindowSizeMsg{Width: 120, Height: 40})
	m = send(t, m, append([]tea.Msg{press("m")}, typeText("AL3")...)...)
	s := screen(m)
	if !strings.Contains(s, "90 seconds") || !strings.Contains(s, "(local overlay: counterstrain-lumbar.yaml): 120") {
		t.Errorf("the maps view does not give the school's hold beside the sourced one:\n%s", s)
	}
}
