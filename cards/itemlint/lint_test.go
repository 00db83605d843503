package itemlint

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/omt-reference/omt/cards"
	"github.com/omt-reference/omt/techniques"
)

func catalogue(t *testing.T) *techniques.Catalog {
	t.Helper()
	c, err := techniques.Load()
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// choice makes a choice card of a type: the key is choices[answer].
func choice(id, front string, choices []string, answer int) cards.Card {
	return cards.Card{ID: id, Kind: cards.Choice, Front: front, Back: choices[answer], Choices: choices, Answer: answer,
		Source: cards.Source{Kind: cards.SourceTechnique, ID: "t", Field: "test"}}
}

// flawed lists the ids of the cards found with a flaw.
func flawed(rep Report, f Flaw) []string {
	var out []string
	for _, x := range rep.Findings {
		if x.Flaw == f {
			out = append(out, x.Card)
		}
	}
	return out
}

func TestTheKeyLongestOrShortestAlone(t *testing.T) {
	c := catalogue(t)
	rep := Check(c, []cards.Card{
		choice("technique/a/test", "Q1?", []string{"a much longer key", "b", "c", "d"}, 0),
		choice("technique/b/test", "Q2?", []string{"x", "longer", "longer", "longer"}, 0),
		choice("technique/c/test", "Q3?", []string{"same", "same", "four", "more of it"}, 0), // a tie for shortest
	})
	if got := flawed(rep, KeyLongest); fmt.Sprint(got) != "[technique/a/test]" {
		t.Errorf("key longest on %v, want only technique/a/test", got)
	}
	if got := flawed(rep, KeyShortest); fmt.Sprint(got) != "[technique/b/test]" {
		t.Errorf("key shortest on %v, want only technique/b/test (a tie is not alone)", got)
	}
	n := rep.Types[0].Counts[KeyLongest]
	if n.Checked != 3 || math.Abs(n.Expected-0.75) > 1e-9 {
		t.Errorf("checked %d, expected %.2f; want 3 cards at one chance in four each", n.Checked, n.Expected)
	}
}

func TestTheStemsWordsInTheKey(t *testing.T) {
	c := catalogue(t)
	rep := Check(c, []cards.Card{
		choice("technique/a/test", "Which condition is rib raising indicated for?", []string{"Rib dysfunction", "Asthma", "Otitis media", "Constipation"}, 0),
		// every option repeats "ribs": no cue
		choice("technique/b/test", "Which of these ribs is the key rib?", []string{"Rib 3", "Rib 4", "Rib 5", "Rib 6"}, 1),
		// a distractor repeats more than the key: no cue to the key
		choice("technique/c/test", "Which muscle lies on the first rib?", []string{"Scalene", "First rib elevator", "Trapezius", "Rib fixator"}, 0),
	})
	if got := flawed(rep, StemWords); fmt.Sprint(got) != "[technique/a/test]" {
		t.Errorf("stem words flagged on %v, want only technique/a/test", got)
	}
}

func TestOptionsOfDifferentKinds(t *testing.T) {
	c := catalogue(t)
	rep := Check(c, []cards.Card{
		choice("technique/a/test", "Q1?", []string{"Osteoporosis", "Warfarin (vitamin K antagonist)", "Malignancy", "Pneumothorax"}, 0),
		choice("technique/b/test", "Q2?", []string{"Osteoporosis", "Acute fracture", "Malignancy", "Pneumothorax"}, 0),
		// options of no known kind are not judged
		choice("technique/c/test", "Q3?", []string{"Osteoporosis", "something else", "another", "a third"}, 0),
		// "rib 1" is a level and a row of the rib-motion map: still a level
		choice("technique/d/test", "Q4?", []string{"rib 1", "rib 2", "rib 3", "rib 4"}, 0),
	})
	got := flawed(rep, MixedKinds)
	if fmt.Sprint(got) != "[technique/a/test]" {
		t.Fatalf("mixed kinds on %v, want only technique/a/test", got)
	}
	for _, f := range rep.Findings {
		if f.Flaw == MixedKinds && !strings.Contains(f.Detail, "anticoagulation") {
			t.Errorf("the finding does not say which kinds: %s", f.Detail)
		}
	}
}

func TestADistractorNeverTheKey(t *testing.T) {
	c := catalogue(t)
	var cs []cards.Card
	for i := range 10 {
		cs = append(cs, choice(fmt.Sprintf("technique/t%d/test", i), fmt.Sprintf("Q%d?", i),
			[]string{fmt.Sprintf("key %d", i), "Always wrong", fmt.Sprintf("other %d", i), fmt.Sprintf("more %d", i)}, 0))
	}
	rep := Check(c, cs)
	if n := rep.Types[0].Counts[FixedDistractor]; n.Flawed != 10 {
		t.Errorf("a distractor offered on every card and never keyed: flagged on %d of 10", n.Flawed)
	}
	cs[9].Choices[0], cs[9].Choices[1] = "Always wrong", "key 9" // keyed once: no longer a fixture
	if n := Check(c, cs).Types[0].Counts[FixedDistractor]; n.Flawed != 0 {
		t.Errorf("a distractor that is also a key: flagged on %d cards", n.Flawed)
	}
}

func TestDuplicateStems(t *testing.T) {
	c := catalogue(t)
	rep := Check(c, []cards.Card{
		choice("technique/a/test", "Which finding is  an absolute contraindication?", []string{"a", "b", "c", "d"}, 0),
		choice("technique/b/test", "which finding is an absolute contraindication?", []string{"e", "f", "g", "h"}, 0),
		{ID: "technique/c/other", Kind: cards.Recall, Front: "Something else?", Back: "x", Answer: -1},
	})
	if got := flawed(rep, DuplicateStem); fmt.Sprint(got) != "[technique/a/test technique/b/test]" {
		t.Errorf("duplicate stems on %v, want the two that ask the same question", got)
	}
}

// TestAChartIsPartOfTheStem: an image-occlusion card's question is its
// front and its picture. Cards that ask "which point is lit?" of different
// points ask different questions; two that light the same point on the
// same view ask the same one.
func TestAChartIsPartOfTheStem(t *testing.T) {
	c := catalogue(t)
	lit := func(id, view, point string) cards.Card {
		card := choice(id, "Which counterstrain tender point is lit on the chart?", []string{"AL3", "AL4", "AL5", "AL6"}, 0)
		card.Chart = &cards.Chart{View: view, Lit: []string{point}}
		return card
	}
	rep := Check(c, []cards.Card{
		lit("chart/tender-points/al3/name", "front", "tender-points/al3"),
		lit("chart/tender-points/al4/name", "front", "tender-points/al4"),
		lit("chart/tender-points/al5/name", "back", "tender-points/al4"),
	})
	if got := flawed(rep, DuplicateStem); len(got) != 0 {
		t.Errorf("cards lighting different points are flagged as one question: %v", got)
	}
	rep = Check(c, []cards.Card{
		lit("chart/tender-points/al3/name", "front", "tender-points/al3"),
		lit("chart/tender-points/al3b/name", "front", "tender-points/al3"),
	})
	if got := flawed(rep, DuplicateStem); len(got) != 2 {
		t.Errorf("two cards lighting one point on one view: duplicate stems on %v, want both", got)
	}
}

func TestAKeyThatRestsOnSilence(t *testing.T) {
	c := catalogue(t)
	card := choice("technique/a/test", "Which technique is safe?", []string{"Counterstrain", "HVLA", "Muscle energy", "Rib raising"}, 0)
	card.Back = "Counterstrain\n\n- Counterstrain: not listed against it\n- HVLA: contraindicated (absolute): thrust."
	wrongOnly := card
	wrongOnly.ID = "technique/b/test"
	wrongOnly.Front = "Which technique is contraindicated?"
	wrongOnly.Answer = 1
	wrongOnly.Back = "HVLA\n\n- HVLA: contraindicated (absolute): thrust.\n- Counterstrain: not listed against it"
	if got := flawed(Check(c, []cards.Card{card, wrongOnly}), RestsOnSilence); fmt.Sprint(got) != "[technique/a/test]" {
		t.Errorf("rests on silence on %v, want only the card whose key is the one not listed", got)
	}
}

// TestVignettesAnsweredFromTheirStem: every shipped vignette reads as
// answerable; one whose stem names no finding does not, nor one that puts
// the finding where its key does not work.
func TestVignettesAnsweredFromTheirStem(t *testing.T) {
	c := catalogue(t)
	var vignettes []cards.Card
	var sited cards.Card
	for _, card := range cards.Generate(c) {
		if card.Kind == cards.Vignette {
			vignettes = append(vignettes, card)
			if strings.Contains(card.Front, " region.") && sited.ID == "" {
				sited = card
			}
		}
	}
	if got := flawed(Check(c, vignettes), Unanswerable); len(got) > 0 {
		t.Errorf("shipped vignettes read as unanswerable: %v", got)
	}
	if sited.ID == "" {
		t.Fatal("no vignette names a region")
	}
	silent := sited
	silent.Front = "A patient comes to the clinic.\nWhich of these techniques is contraindicated?"
	elsewhere := sited
	key := c.Techniques[slices.IndexFunc(c.Techniques, func(x techniques.Technique) bool { return x.Name == sited.Choices[sited.Answer] })]
	for _, r := range techniques.Regions() {
		if !slices.Contains(key.Regions, r) {
			before, _, _ := strings.Cut(sited.Front, ", in the ")
			elsewhere.Front = before + ", in the " + strings.ReplaceAll(r, "-", " ") + " region.\nWhich of these techniques is contraindicated?"
			break
		}
	}
	for _, card := range []cards.Card{silent, elsewhere} {
		if got := flawed(Check(c, []cards.Card{card}), Unanswerable); len(got) != 1 {
			t.Errorf("this stem reads as answerable, keyed %q:\n%s\n%q", card.Choices[card.Answer], card.Front, card.Choices)
		}
	}
}

// TestBoardVignettesReadBack: a board vignette is read by its own oracle
// (package readback): keyed to another option, or stripped of its
// findings, it no longer reads as answerable.
func TestBoardVignettesReadBack(t *testing.T) {
	c := catalogue(t)
	var board []cards.Card
	for _, card := range cards.Generate(c) {
		if strings.HasPrefix(card.ID, cards.BoardPrefix+"/") {
			board = append(board, card)
		}
	}
	if len(board) == 0 {
		t.Fatal("no board vignettes")
	}
	rep := Check(c, board)
	if len(rep.Types) != 1 || rep.Types[0].Type != "vignette/board" || rep.Types[0].Unread {
		t.Fatalf("board vignettes are of types %+v, want vignette/board with a reader", rep.Types)
	}
	if got := flawed(rep, Unanswerable); len(got) > 0 {
		t.Errorf("board vignettes read as unanswerable: %v", got)
	}
	for _, card := range board {
		miskeyed := card
		miskeyed.Answer = (card.Answer + 1) % len(card.Choices)
		bare := card
		before, _, _ := strings.Cut(card.Front, "\n")
		bare.Front = before + "\nWhich is it?"
		for _, bad := range []cards.Card{miskeyed, bare} {
			if got := flawed(Check(c, []cards.Card{bad}), Unanswerable); len(got) != 1 {
				t.Errorf("%s reads as answerable, keyed %q:\n%s", bad.ID, bad.Choices[bad.Answer], bad.Front)
			}
		}
	}
}

func TestAVignetteTypeWithNoReaderIsABreach(t *testing.T) {
	c := catalogue(t)
	card := choice("vignette/x/y", "A 30-year-old woman ... Which dysfunction fits?", []string{"a", "b", "c", "d"}, 0)
	card.Kind = cards.Vignette
	card.Source.Field = "diagnosis"
	rep := Check(c, []cards.Card{card})
	if len(rep.Breaches) != 1 || rep.Breaches[0].Type != "vignette/diagnosis" || !strings.Contains(rep.Breaches[0].Message, "readerFor") {
		t.Errorf("breaches %v; want one saying vignette/diagnosis needs a stem reader", rep.Breaches)
	}
}

func TestThresholds(t *testing.T) {
	for _, tt := range []struct {
		f      Flaw
		n      Count
		breach bool
	}{
		{KeyLongest, Count{Flawed: 5, Checked: 5, Expected: 1.25}, true},       // p = 0.001
		{KeyLongest, Count{Flawed: 4, Checked: 5, Expected: 1.25}, false},      // p = 0.016: a few cards' luck
		{KeyLongest, Count{Flawed: 40, Checked: 100, Expected: 25}, true},      // 40% against 25%, p < 0.001
		{KeyLongest, Count{Flawed: 37, Checked: 100, Expected: 25}, false},     // under 1.5 times chance
		{KeyShortest, Count{Flawed: 300, Checked: 1000, Expected: 250}, false}, // 30%: significant, but under 37.5%
		{DuplicateStem, Count{Flawed: 1, Checked: 1000}, true},
		{FixedDistractor, Count{Checked: 1000}, false},
	} {
		if got := breachMessage("t", tt.f, tt.n) != ""; got != tt.breach {
			t.Errorf("%s %+v: breach %v, want %v (%s)", tt.f, tt.n, got, tt.breach, breachMessage("t", tt.f, tt.n))
		}
	}
}

func TestBinomialTail(t *testing.T) {
	for _, tt := range []struct {
		n, k int
		p    float64
		want float64
	}{
		{10, 0, 0.25, 1},
		{1, 1, 0.25, 0.25},
		{5, 5, 0.25, math.Pow(0.25, 5)},
		{5, 4, 0.25, 5*math.Pow(0.25, 4)*0.75 + math.Pow(0.25, 5)},
		{4, 2, 0.5, 11.0 / 16},
	} {
		if got := binomialTail(tt.n, tt.k, tt.p); math.Abs(got-tt.want) > 1e-12 {
			t.Errorf("P(X >= %d | n=%d, p=%.2f) = %g, want %g", tt.k, tt.n, tt.p, got, tt.want)
		}
	}
}

func TestTypeOf(t *testing.T) {
	for id, want := range map[string]string{
		"technique/hvla-cervical/absolute/osteoporosis": "technique/absolute",
		"technique/hvla-cervical/absolute":              "technique/absolute",
		"condition/neck-pain/techniques":                "condition/techniques",
		"map/chapman/heart/anterior":                    "map/chapman/anterior",
		"notation/t4-ers-l/restricted":                  "notation/restricted",
		"glossary/barrier/term":                         "glossary/term",
		"chart/tender-points/al3/name":                  "chart/tender-points/name",
		"chart/tender-points/al3/place":                 "chart/tender-points/place",
	} {
		if got := TypeOf(cards.Card{ID: id}); got != want {
			t.Errorf("TypeOf(%s) = %s, want %s", id, got, want)
		}
	}
	v := cards.Card{ID: "vignette/neck-pain/osteoporosis", Kind: cards.Vignette, Source: cards.Source{Field: "absolute/osteoporosis"}}
	if got := TypeOf(v); got != "vignette/absolute" {
		t.Errorf("a vignette's type is %s, want vignette/absolute", got)
	}
	b := cards.Card{ID: "board/set-up/tender-point/ac7", Kind: cards.Vignette, Source: cards.Source{Field: "board/position-of-ease"}}
	if got := TypeOf(b); got != "vignette/board" {
		t.Errorf("a board vignette's type is %s, want vignette/board", got)
	}
}

func TestTheTableMarksBreaches(t *testing.T) {
	c := catalogue(t)
	rep := Check(c, []cards.Card{
		choice("technique/a/test", "Same?", []string{"a", "b", "c", "d"}, 0),
		choice("technique/b/test", "Same?", []string{"e", "f", "g", "h"}, 0),
	})
	var b strings.Builder
	if err := rep.WriteTable(&b); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{"TYPE", "DUPLICATE-STEM", "technique/test", "100%*", "1 over a threshold", "duplicate-stem on 2 of 2 cards"} {
		if !strings.Contains(out, want) {
			t.Errorf("the table does not show %q:\n%s", want, out)
		}
	}
}
