package techniques

import (
	"strings"
	"testing"
)

// boardMapRows are the maps issue 19 adds for the board topics, with rows a
// student will look up by name: each must stay in the catalogue and be
// found by `omt search`.
var boardMapRows = map[string][]string{
	"special-tests": {"test-spurling", "test-adson", "test-wright", "test-roos", "test-phalen", "test-tinel",
		"test-finkelstein", "test-thomas", "test-faber", "test-trendelenburg", "test-straight-leg-raise",
		"test-lachman", "test-anterior-drawer", "test-posterior-drawer", "test-mcmurray", "test-apley-compression",
		"test-apley-scratch", "test-valgus-stress", "test-varus-stress", "test-hawkins", "test-neer",
		"test-empty-can", "test-drop-arm", "test-yergason", "test-speed", "test-apprehension", "test-ober",
		"test-standing-flexion", "test-seated-flexion", "test-asis-compression", "test-spring", "test-sphinx",
		"test-hip-drop"},
	"posture": {"posture-short-leg-heel-lift", "posture-zink-common-compensatory", "posture-zink-uncompensated",
		"posture-psoas-syndrome", "posture-scoliosis-naming", "posture-scoliosis-cobb"},
	"tart":                {"tart-tissue-texture", "tart-temperature", "tart-moisture", "tart-erythema", "tart-muscle-tone", "tart-tenderness", "tart-asymmetry", "tart-restriction"},
	"facilitated-segment": {"facilitation-what", "facilitation-korr-denslow", "facilitation-how-found", "facilitation-viscerosomatic", "facilitation-evidence"},
	"trigger-points": {"trp-upper-trapezius", "trp-sternocleidomastoid", "trp-levator-scapulae", "trp-suboccipitals",
		"trp-scalenes", "trp-temporalis", "trp-masseter", "trp-infraspinatus", "trp-quadratus-lumborum",
		"trp-gluteus-medius", "trp-gluteus-minimus", "trp-piriformis"},
}

// TestBoardMapsHaveTheirRows checks that every board map and the rows the
// issue names are in the catalogue, so a later edit cannot drop a test or a
// muscle unnoticed.
func TestBoardMapsHaveTheirRows(t *testing.T) {
	c := mustLoad(t)
	for id, rows := range boardMapRows {
		tb, ok := c.Maps.Table(id)
		if !ok {
			t.Errorf("no map %q", id)
			continue
		}
		have := map[string]bool{}
		for _, r := range tb.Rows {
			have[r.ID] = true
		}
		for _, r := range rows {
			if !have[r] {
				t.Errorf("map %q has no row %q", id, r)
			}
		}
	}
}

// TestBoardMapsKeepBothAnswersNamed checks the rows where board review and
// the literature differ (issue 19's policy): board review's cells are in a
// board block, and the note records the decision, naming both.
func TestBoardMapsKeepBothAnswersNamed(t *testing.T) {
	c := mustLoad(t)
	for _, ref := range []struct{ mapID, row string }{
		{"special-tests", "test-yergason"},
		{"special-tests", "test-finkelstein"},
		{"special-tests", "test-spurling"},
		{"tart", "tart-muscle-tone"},
	} {
		tb, _ := c.Maps.Table(ref.mapID)
		var note string
		for _, r := range tb.Rows {
			if r.ID == ref.row {
				note = strings.ToLower(r.Note)
				if r.Board == nil || len(r.Board.Cells) == 0 {
					t.Errorf("%s/%s: board review's answer belongs in a board block, not only the note", ref.mapID, ref.row)
				}
			}
		}
		if !strings.Contains(note, "board review") || !(strings.Contains(note, "literature") || strings.Contains(note, "glossary") || strings.Contains(note, "statpearls")) {
			t.Errorf("%s/%s: the note must name both the board-review answer and the literature's", ref.mapID, ref.row)
		}
	}
}
