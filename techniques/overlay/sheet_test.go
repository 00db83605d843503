package overlay

import (
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/omt-reference/omt/render/sheet"
	"github.com/omt-reference/omt/techniques"
)

func TestSheetMarksExactlyTheLocalFields(t *testing.T) {
	c, _ := Apply(mustLoad(t), overlayFS(map[string]string{"school-variants.yaml": `id: counterstrain-lumbar
timing: Hold 120 seconds.
steps: [Find the point., Fold the spine over it., Hold and release slowly.]
contraindications:
  relative:
    - flag: aortic-aneurysm
      note: Do not press deep in the abdomen for iliacus or psoas points; posterior points or another technique can be used.
    - flag: osteoporosis
      note: Keep positions mid-range and supported; little force is needed.
    - flag: malignancy
      note: With bone metastases, position gently and away from end range, or choose another technique.
    - flag: cannot-cooperate
      note: The patient must relax and let the legs be moved.
    - flag: pregnancy
      note: Lab B avoids prone positions after the first trimester.
`}))
	tech, _ := c.Technique("counterstrain-lumbar")
	secs := sheet.Technique(c, tech)
	if secs[0].Title != sheet.OverlaySection || !strings.Contains(secs[0].Text[0], "contraindications.relative, steps, timing") {
		t.Fatalf("the sheet does not open with what the overlay changed: %+v", secs[0])
	}
	mark := techniques.LocalMark("school-variants.yaml")
	var marked []string
	for _, s := range secs[1:] {
		if strings.Contains(s.Title, mark) {
			marked = append(marked, s.Title)
		}
		for _, f := range s.Fields {
			if strings.Contains(f.Label, mark) {
				marked = append(marked, f.Label)
			}
		}
		for _, g := range s.Groups {
			for _, it := range g.Items {
				if strings.Contains(it, mark) {
					marked = append(marked, it)
				}
			}
		}
	}
	want := []string{
		"Pregnancy: Lab B avoids prone positions after the first trimester. " + mark,
		"Steps " + mark,
		"Timing " + mark,
	}
	if !slices.Equal(marked, want) {
		t.Errorf("marked\n%q\nwant\n%q", marked, want)
	}
}

func TestLocalTechniqueIsMarkedThroughout(t *testing.T) {
	c, _ := Apply(mustLoad(t), overlayFS(map[string]string{"lab-b.yaml": localTechniqueYAML}))
	tech := mustTechnique(t, c, "school-seated-lumbar-met")
	secs := sheet.Technique(c, tech)
	if secs[0].Title != sheet.OverlaySection || !strings.Contains(secs[0].Text[0], "not from omt's catalogue") {
		t.Errorf("the sheet does not open by saying the technique is local: %+v", secs[0])
	}
	for _, s := range secs[1:] {
		if s.Title != "Maps" && !strings.HasSuffix(s.Title, techniques.LocalMark("lab-b.yaml")) {
			t.Errorf("section %q of a local technique is not marked", s.Title)
		}
	}
	s := c.Screen(tech, []string{"osteoporosis"})
	if len(s.Reasons) != 1 || !s.Reasons[0].Local || !strings.HasSuffix(s.Reasons[0].Note, techniques.LocalMark("lab-b.yaml")) {
		t.Errorf("a screening reason from an overlay is not marked: %+v", s.Reasons)
	}
}

func TestScreeningMarksOnlyLocalReasons(t *testing.T) {
	base := mustLoad(t)
	text := "id: counterstrain-lumbar\ncontraindications:\n  relative:\n"
	for _, ci := range mustTechnique(t, base, "counterstrain-lumbar").Contraindications.Relative {
		text += "    - {flag: " + ci.Flag + ", note: \"" + ci.Note + "\"}\n"
	}
	text += "    - {flag: pregnancy, note: Lab B avoids prone positions late in pregnancy.}\n"
	c, _ := Apply(base, overlayFS(map[string]string{"lab-b.yaml": text}))
	s := c.Screen(mustTechnique(t, c, "counterstrain-lumbar"), []string{"pregnancy", "osteoporosis"})
	for _, r := range s.Reasons {
		local := r.Flag == "pregnancy"
		if r.Local != local || strings.HasSuffix(r.Note, techniques.LocalMark("lab-b.yaml")) != local {
			t.Errorf("reason %+v: local mark should be %v", r, local)
		}
	}
	if sec := sheet.Screening(c, s); !strings.Contains(strings.Join(sec.Groups[0].Items, "\n"), "late in pregnancy. "+techniques.LocalMark("lab-b.yaml")) {
		t.Errorf("the screening section hides the local mark: %v", sec.Groups)
	}
}

func TestComparisonMarksLocalValues(t *testing.T) {
	c, _ := Apply(mustLoad(t), overlayFS(map[string]string{"lab-b.yaml": "id: counterstrain-lumbar\ntiming: Hold 120 s.\n"}))
	cmp, err := sheet.Compare(c, "counterstrain-lumbar", "muscle-energy-lumbar")
	if err != nil {
		t.Fatal(err)
	}
	for _, row := range cmp.Rows {
		local := strings.HasSuffix(row.Values[0].Text, techniques.LocalMark("lab-b.yaml"))
		if local != (row.Field == "Timing") {
			t.Errorf("row %s: local mark %v", row.Field, local)
		}
		if strings.Contains(row.Values[1].Text, "local overlay") {
			t.Errorf("row %s marks the built-in technique", row.Field)
		}
	}
}

// TestOverlaidTimerIsMarked: a school's own hold time marks the timer local
// on the sheet and in a comparison, as its timing text is.
func TestOverlaidTimerIsMarked(t *testing.T) {
	fsys := fstest.MapFS{"ribs.yaml": {Data: []byte("id: counterstrain-ribs\ntiming: Hold 120 seconds (our lab).\ntimer:\n  kind: hold\n  hold_seconds: [120, 120]\n")}}
	c, report := Apply(mustLoad(t), fsys)
	if problems := report.Problems(); len(problems) > 0 {
		t.Fatalf("the overlay was refused: %v", problems)
	}
	tech, _ := c.Technique("counterstrain-ribs")
	if tech.Timer.HoldSeconds[0] != 120 {
		t.Fatalf("the overlaid timer holds %v", tech.Timer.HoldSeconds)
	}
	found := false
	for _, sec := range sheet.Technique(c, tech) {
		for _, f := range sec.Fields {
			if strings.HasPrefix(f.Label, "Timer") {
				found = true
				if !strings.Contains(f.Label, "local") {
					t.Errorf("the timer field is not marked local: %q", f.Label)
				}
			}
		}
	}
	if !found {
		t.Fatal("no techniques.Timer field on the sheet")
	}
	cmp, err := sheet.Compare(c, "counterstrain-ribs", "counterstrain-lumbar")
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range cmp.Rows {
		if r.Field == "Timer" && !strings.Contains(r.Values[0].Text, "local") {
			t.Errorf("the compared timer is not marked local: %q", r.Values[0].Text)
		}
	}
}
