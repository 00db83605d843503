package cli

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/omt-reference/omt/render"
)

// holdOverlay sets counterstrain-lumbar's timer hold to 120 s and nothing else.
const holdOverlay = "id: counterstrain-lumbar\ntimer:\n  kind: hold\n  hold_seconds: [120, 120]\n"

// TestOverlayCheckWarnsOfTheEntrysOwnWords: after an overlay sets the hold
// to 120 s, omt overlay check names each field that still says 90 s, as a
// warning (the file applies, exit 0), in text and JSON.
func TestOverlayCheckWarnsOfTheEntrysOwnWords(t *testing.T) {
	home := overlayHome(t, map[string]string{"counterstrain-lumbar.yaml": holdOverlay})
	out, errOut, code := runIn(t, home, "overlay", "check")
	if code != 0 {
		t.Fatalf("exit %d: %s%s", code, out, errOut)
	}
	for _, field := range []string{"summary", "activating_forces", "steps", "timing"} {
		if !strings.Contains(out, "warning: field "+field+": still says") {
			t.Errorf("overlay check does not warn of %s:\n%s", field, out)
		}
	}
	js, _, _ := runIn(t, home, "overlay", "check", "--json")
	var files []struct {
		Warnings []render.ProblemJSON `json:"warnings"`
	}
	if err := json.Unmarshal([]byte(js), &files); err != nil || len(files) != 1 || len(files[0].Warnings) != 4 {
		t.Errorf("overlay check --json: %v %+v\n%s", err, files, js)
	}
	_, errOut, code = runIn(t, home, "overlay", "new", "counterstrain-lumbar")
	if code == 0 || !strings.Contains(errOut, "summary, activating_forces, steps, timing") {
		t.Errorf("overlay new on the overlaid technique: exit %d, %q; want it to name the fields to bring in", code, errOut)
	}
}

// TestOverlayHoldBesideTheTenderPoints: the lumbar tender points carry the
// school's hold beside the sourced one in omt search --json and in the map's
// table, marked as the overlay's.
func TestOverlayHoldBesideTheTenderPoints(t *testing.T) {
	home := overlayHome(t, map[string]string{"counterstrain-lumbar.yaml": holdOverlay})
	js, errOut, code := runIn(t, home, "search", "AL3", "--json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var results []struct {
		TenderPoint struct {
			HoldSeconds        int    `json:"hold_seconds"`
			OverlayHoldSeconds []int  `json:"overlay_hold_seconds"`
			OverlayFile        string `json:"overlay_file"`
		} `json:"tender_point"`
	}
	if err := json.Unmarshal([]byte(js), &results); err != nil || len(results) == 0 {
		t.Fatalf("%v\n%s", err, js)
	}
	if p := results[0].TenderPoint; p.HoldSeconds != 90 || len(p.OverlayHoldSeconds) != 2 || p.OverlayHoldSeconds[0] != 120 ||
		p.OverlayFile != "counterstrain-lumbar.yaml" {
		t.Errorf("AL3 in search --json: %+v", p)
	}
	table, errOut, code := runIn(t, home, "maps", "tender-points")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if !strings.Contains(table, "120 s") || !strings.Contains(table, "local overlay") {
		t.Errorf("omt maps tender-points does not give the school's hold:\n%s", table)
	}
	plain, _, _ := runIn(t, t.TempDir(), "maps", "tender-points")
	if strings.Contains(plain, "120 s (local") {
		t.Error("without an overlay the map still gives a school's hold")
	}
}
