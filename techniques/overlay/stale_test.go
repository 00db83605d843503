package overlay

import (
	"slices"
	"strings"
	"testing"

	"github.com/omt-reference/omt/render/sheet"
	"github.com/omt-reference/omt/techniques"
	"github.com/omt-reference/omt/techniques/atlas"
)

// holdOverlay sets counterstrain-lumbar's hold to 120 s and nothing else.
const holdOverlay = "id: counterstrain-lumbar\ntimer:\n  kind: hold\n  hold_seconds: [120, 120]\n"

func warningFields(f File) []string {
	var out []string
	for _, w := range f.Warnings {
		out = append(out, w.Field)
	}
	return out
}

// TestOverlayNamesTheFieldsThatStillStateTheOldHold: an overlay that
// changes the timer's hold is warned of every field of the entry that still
// states the sourced hold in words ("held 90 seconds", "(90 s)", "Hold for
// 90 seconds"); fields it rewrote, and an overlay that leaves the timer
// alone, are not.
func TestOverlayNamesTheFieldsThatStillStateTheOldHold(t *testing.T) {
	base := mustLoad(t)
	c, report := Apply(base, overlayFS(map[string]string{"counterstrain-lumbar.yaml": holdOverlay}))
	f := report.Files[0]
	if !f.Applied() {
		t.Fatalf("not applied: %v", f.Problems)
	}
	want := []string{"summary", "activating_forces", "steps", "timing"}
	if got := warningFields(f); !slices.Equal(got, want) {
		t.Errorf("warned of %v; want %v", got, want)
	}
	for _, w := range f.Warnings {
		if w.File != "counterstrain-lumbar.yaml" || !strings.Contains(w.Message, "90") || !strings.Contains(w.Message, "120") {
			t.Errorf("a warning that does not say the old and the new hold: %s", w)
		}
	}
	tech, _ := c.Technique("counterstrain-lumbar")
	if !slices.Equal(tech.StaleFields, want) {
		t.Errorf("the entry's marks name %v as still stating the old hold; want %v", tech.StaleFields, want)
	}

	rewritten := holdOverlay + `summary: Lab B holds each lumbar point 120 seconds.
activating_forces: [passive positioning into the position of ease, time held there (120 s)]
timing: Hold 120 seconds, then return slowly.
steps: [Find the point., Hold for 120 seconds., Return slowly.]
`
	_, report = Apply(base, overlayFS(map[string]string{"counterstrain-lumbar.yaml": rewritten}))
	if got := warningFields(report.Files[0]); len(got) != 0 {
		t.Errorf("an overlay that rewrote every field is still warned of %v", got)
	}

	_, report = Apply(base, overlayFS(map[string]string{"x.yaml": "id: counterstrain-lumbar\ntiming: Lab B holds 120 seconds.\n"}))
	if got := warningFields(report.Files[0]); len(got) != 0 {
		t.Errorf("an overlay that leaves the timer alone is warned of %v", got)
	}
}

// TestStatedSecondsReadsTheUsualWordings: the ways the catalogue states a
// number of seconds, and numbers that are not that one.
func TestStatedSecondsReadsTheUsualWordings(t *testing.T) {
	for text, want := range map[string][]string{
		"the position is held 90 seconds and released": {"90 seconds"},
		"time held in that position (90 s)":            {"90 s"},
		"a 90-second hold":                             {"90-second"},
		"Hold 60-90 seconds.":                          {"60-90 seconds"},
		"hold 90 to 120 sec":                           {"90 to 120 sec"},
		"Flex the hips to about 90 degrees":            nil,
		"hold 190 seconds":                             nil,
		"L5 and 90":                                    nil,
	} {
		if got := statedSeconds(text, 90); !slices.Equal(got, want) {
			t.Errorf("%q: %q; want %q", text, got, want)
		}
	}
}

// TestOverlayHoldShowsOnItsTenderPoints: where a school overlay changed the
// hold of the technique that treats a tender point, the point carries the
// school's hold beside the sourced one, marked as the overlay's, in its
// record (JSON), its sheet and the map's table; the built-in catalogue and
// other techniques' points are untouched.
func TestOverlayHoldShowsOnItsTenderPoints(t *testing.T) {
	base := mustLoad(t)
	c, _ := Apply(base, overlayFS(map[string]string{"counterstrain-lumbar.yaml": holdOverlay}))
	var lumbar, other int
	for i, p := range c.Maps.TenderPoints.Rows {
		sourced := base.Maps.TenderPoints.Rows[i]
		if sourced.OverlayFile != "" || len(sourced.OverlayHoldSeconds) > 0 {
			t.Fatalf("the built-in %s gained an overlay's hold", sourced.ID)
		}
		if p.Technique != "counterstrain-lumbar" {
			if p.OverlayFile != "" {
				t.Errorf("%s (%s) carries an overlay's hold", p.ID, p.Technique)
			}
			other++
			continue
		}
		lumbar++
		if p.HoldSeconds != sourced.HoldSeconds || !slices.Equal(p.OverlayHoldSeconds, techniques.Range{120, 120}) || p.OverlayFile != "counterstrain-lumbar.yaml" {
			t.Errorf("%s: hold %d, overlay hold %v from %q; want the sourced hold and 120 s from counterstrain-lumbar.yaml",
				p.ID, p.HoldSeconds, p.OverlayHoldSeconds, p.OverlayFile)
		}
	}
	if lumbar == 0 || other == 0 {
		t.Fatalf("%d lumbar points, %d others", lumbar, other)
	}
	al3 := c.Maps.TenderPoints.Rows[slices.IndexFunc(c.Maps.TenderPoints.Rows, func(p techniques.TenderPoint) bool { return p.ID == "al3" })]
	var hold []string
	for _, s := range sheet.TenderPoint(c, al3) {
		for _, f := range s.Fields {
			if strings.HasPrefix(f.Label, "Hold") {
				hold = append(hold, f.Label+": "+f.Value)
			}
		}
	}
	joined := strings.Join(hold, "\n")
	if !strings.Contains(joined, "90 seconds") || !strings.Contains(joined, "120") || !strings.Contains(joined, techniques.LocalMark("counterstrain-lumbar.yaml")) {
		t.Errorf("AL3's sheet gives the hold as:\n%s", joined)
	}
	table, _ := atlas.MapAsTable(c, techniques.MapTenderPoints)
	for _, r := range table.Rows {
		if r.ID != "al3" {
			continue
		}
		for _, cell := range r.Cells {
			if cell.Key == "hold" && (!strings.Contains(cell.Value, "90 s") || !strings.Contains(cell.Value, "120 s") || !strings.Contains(cell.Value, "local overlay")) {
				t.Errorf("AL3's hold in the map's table: %q", cell.Value)
			}
		}
	}
}

// TestOverlayTemplatePutsTheTimersWordsBesideIt: omt overlay new's template
// sets the fields that state the timer's seconds right after the timer, once
// each, so that a school changing the hold changes them with it.
func TestOverlayTemplatePutsTheTimersWordsBesideIt(t *testing.T) {
	c := mustLoad(t)
	text, _, err := Template(c, "counterstrain-lumbar")
	if err != nil {
		t.Fatal(err)
	}
	_, afterTimer, ok := strings.Cut(text, "\n# timer:\n")
	if !ok {
		t.Fatalf("no timer in the template:\n%s", text)
	}
	var keys []string // the top-level keys after the timer, in order
	for _, l := range strings.Split(afterTimer, "\n") {
		if k, _, ok := strings.Cut(strings.TrimPrefix(l, "# "), ":"); ok && strings.HasPrefix(l, "# ") && !strings.HasPrefix(l, "#  ") &&
			!strings.Contains(k, " ") {
			keys = append(keys, k)
		}
	}
	for _, want := range []string{"summary", "activating_forces", "steps", "timing"} {
		if !slices.Contains(keys, want) {
			t.Errorf("%s does not follow the timer; after it come %v", want, keys)
		}
		if n := strings.Count(text, "\n# "+want+":"); n != 1 {
			t.Errorf("%s is in the template %d times", want, n)
		}
	}
	if !strings.Contains(afterTimer, "90") || !strings.Contains(afterTimer, "change them with it") {
		t.Errorf("the template does not say why these fields follow the timer:\n%s", afterTimer[:min(600, len(afterTimer))])
	}
}
