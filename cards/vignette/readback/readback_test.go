package readback_test

import (
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/omt-reference/omt/cards/vignette/readback"
	"github.com/omt-reference/omt/techniques/techniquestest"
)

// A sacral vignette as a student reads it: the landmarks name one
// diagnosis, and dropping the landmark that tells two apart leaves two.
const sacralFront = `A 40-year-old woman comes to the clinic with 3 weeks of sacroiliac pain.
Structural examination:
- Seated flexion test: positive on the right
- Deep sulcus: right
- Posterior ILA: left
- Spring test: negative
Which is the most likely diagnosis?`

var sacralOptions = []string{"Left-on-right sacral torsion", "Left-on-left sacral torsion", "Right unilateral sacral flexion", "Bilateral sacral flexion"}

func TestAnswerReadsTheLandmarks(t *testing.T) {
	c := techniquestest.Shipped(t)
	got, err := readback.Answer(c, "board/diagnosis/sacrum/x/1", sacralFront, sacralOptions)
	if err != nil || got != 1 {
		t.Fatalf("Answer = %d, %v; want 1 (left-on-left: deep right sulcus, posterior left ILA, spring negative)", got, err)
	}
	// without the ILA, a right unilateral flexion fits as well (deep right
	// sulcus, seated flexion test positive on the right)
	front := strings.Replace(sacralFront, "- Posterior ILA: left\n", "", 1)
	if got, err := readback.Answer(c, "board/diagnosis/sacrum/x/1", front, sacralOptions); err == nil || !strings.Contains(err.Error(), "2 options fit") {
		t.Errorf("a stem without the ILA: Answer = %d, %v; want two options that fit", got, err)
	}
}

func TestAnswerRefusesWhatItCannotRead(t *testing.T) {
	c := techniquestest.Shipped(t)
	for _, tc := range []struct{ id, front, want string }{
		{"board/diagnosis/sacrum/x/1", sacralFront + "\n- Pulse: 80", "unknown sacral finding"},
		{"board/unknown/kind/x", sacralFront, "no reader for the family"},
		{"board/technique/contraindicated/x/y", "A 40-year-old man.\nWhich technique must not be used?", "names no flag"},
		{"board/rule-out/x/y", "A 40-year-old man.\nWhat must be ruled out first?", "no finding as present"},
	} {
		if _, err := readback.Answer(c, tc.id, tc.front, sacralOptions); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: error %v, want %q", tc.id, err, tc.want)
		}
	}
}

func TestFamilyOfAnID(t *testing.T) {
	for id, want := range map[string]string{
		"board/diagnosis/sacrum/sacrum-torsion-left-on-left/1":           "diagnosis/sacrum",
		"board/rule-out/low-back-pain/cauda-equina-syndrome":             "rule-out",
		"board/technique/still-open/c5-ers-r/connective-tissue-disorder": "technique/still-open",
		"board": "",
	} {
		if got := readback.Family(id); got != want {
			t.Errorf("Family(%q) = %q, want %q", id, got, want)
		}
	}
}

// TestSharesNothingWithTheGenerator: the oracle reads stems, not the
// generator's choices, so it imports neither package vignette nor cards.
func TestSharesNothingWithTheGenerator(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		src, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		f, err := parser.ParseFile(token.NewFileSet(), name, src, parser.ImportsOnly)
		if err != nil {
			t.Fatal(err)
		}
		for _, imp := range f.Imports {
			path, _ := strconv.Unquote(imp.Path.Value)
			if strings.HasSuffix(path, "/cards") || strings.HasSuffix(path, "/cards/vignette") {
				t.Errorf("%s imports %s", name, path)
			}
		}
	}
}

// A tender point read from its place and side: AC7 on the left, whose
// board position (F ST RA) is keyed and whose literature position (F SA
// RA) may also be called right, so a vignette offering it as wrong fails.
func TestTenderPointFromItsPlace(t *testing.T) {
	c := techniquestest.Shipped(t)
	front := "A 50-year-old man comes to the clinic with neck pain.\n" +
		"- Tender point (left side): On the upper surface of the medial clavicle where the clavicular head of sternocleidomastoid attaches; press down and back.\n" +
		"Which position of ease do you hold?"
	options := []string{"Extension, side-bending left and rotation right", "Flexion, side-bending left and rotation right",
		"Flexion, side-bending left and rotation left", "Extension, side-bending right and rotation right"}
	id := "board/set-up/tender-point/ac7"
	if got, err := readback.Answer(c, id, front, options); err != nil || got != 1 {
		t.Fatalf("Answer = %d, %v; want 1 (F ST RA on the left)", got, err)
	}
	options[0] = "Flexion, side-bending right and rotation right" // F SA RA: the literature's
	if _, err := readback.Answer(c, id, front, options); err == nil || !strings.Contains(err.Error(), "2 options fit") {
		t.Errorf("with the literature's position offered: %v, want two that fit", err)
	}
	right := strings.Replace(front, "(left side)", "(right side)", 1)
	if got, _ := readback.Answer(c, id, right, []string{"Flexion, side-bending right and rotation left", options[1]}); got != 0 {
		t.Errorf("on the right: Answer = %d, want the mirror position", got)
	}
}
