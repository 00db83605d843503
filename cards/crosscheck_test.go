package cards_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/omt-reference/omt/cards"
	"github.com/omt-reference/omt/techniques"
)

// The cross-checks of issue 19: one truth across the maps and the cards. A
// student is examined on the board-review answer, so a card keys it; the
// literature's answer is named in the explanation and never offered as a
// wrong choice, and neither is any value another card or map row accepts for
// the same question.

// keyOf is what a card gives as its answer: the right choice, or the first
// paragraph of a recall card's back.
func keyOf(card cards.Card) string {
	if card.Kind == cards.Recall {
		answer, _, _ := strings.Cut(card.Back, "\n\n")
		return answer
	}
	return card.Choices[card.Answer]
}

func mustCard(t *testing.T, all []cards.Card, id string) cards.Card {
	t.Helper()
	card, ok := cards.Find(all, id)
	if !ok {
		t.Fatalf("no card %s", id)
	}
	return card
}

// TestBoardAnswersAreKeyed: where board review and the literature differ,
// both the viscerosomatic and the autonomic card key the board's levels and
// the explanation names the literature's.
func TestBoardAnswersAreKeyed(t *testing.T) {
	_, all := shipped(t)
	for _, tt := range []struct {
		organ, board, literature string // literature "" when it agrees with the board
	}{
		{"lungs", "T2-T7", "T1-T6"},
		{"oesophagus", "T2-T8", "T5-T9"},
		{"appendix", "T12", "T10-T11"},
		{"adrenals", "T10", "T5-T9"},
		{"pancreas", "T5-T9", "T5-T11"},
		{"duodenum", "T5-T9", "T5-T11"},
		{"uterus", "T10-L2", "T12-L2"},
		{"cervix", "T10-L2", "T12-L2"},
		{"kidneys", "T10-T11", "T8-L1"},
		{"ureters", "T10-T11, T12-L1", "T10-L2"},
	} {
		for _, id := range []string{"map/viscerosomatic/" + tt.organ + "/levels", "map/autonomic/" + tt.organ + "/sympathetic"} {
			card := mustCard(t, all, id)
			if key := keyOf(card); !sameLevels(split(key), split(tt.board)) {
				t.Errorf("%s keys %q; the board-review answer is %s", id, key, tt.board)
			}
			if tt.literature != "" && !strings.Contains(card.Back, tt.literature) && !strings.Contains(card.Back, "Literature") {
				t.Errorf("%s does not say that the literature differs:\n%s", id, card.Back)
			}
		}
	}
}

// TestOneKeyPerFact: an organ's viscerosomatic card and its autonomic card
// ask the same fact of the board-review books, so they key one answer.
func TestOneKeyPerFact(t *testing.T) {
	c, all := shipped(t)
	for _, r := range c.Maps.Viscerosomatic.Rows {
		visc, ok1 := cards.Find(all, "map/viscerosomatic/"+r.Organ+"/levels")
		auto, ok2 := cards.Find(all, "map/autonomic/"+r.Organ+"/sympathetic")
		if !ok1 || !ok2 {
			continue
		}
		if a, b := keyOf(visc), keyOf(auto); !sameLevels(split(a), split(b)) {
			t.Errorf("%s: the viscerosomatic deck keys %s, the autonomic deck %s", r.Organ, a, b)
		}
	}
}

// acceptedLevels are the level sets any map row accepts for an organ: the
// viscerosomatic and the sympathetic levels, literature and board review.
func acceptedLevels(c *techniques.Catalog, organ string) [][]string {
	var out [][]string
	for _, r := range c.Maps.Viscerosomatic.Rows {
		if r.Organ == organ {
			out = append(out, r.Levels, r.BoardLevels())
		}
	}
	for _, r := range c.Maps.Autonomic.Rows {
		if r.Organ == organ {
			out = append(out, r.SympatheticLevels, r.BoardLevels())
		}
	}
	return out
}

// TestNoAcceptedAnswerIsOfferedAsWrong: no levels card offers as a wrong
// choice a level set that a map row accepts for the same organ (today's
// pancreas card offered T5-T9, the uterus card T12-L2).
func TestNoAcceptedAnswerIsOfferedAsWrong(t *testing.T) {
	c, all := shipped(t)
	for _, card := range all {
		parts := strings.Split(card.ID, "/")
		if card.Kind == cards.Recall || len(parts) != 4 || parts[0] != "map" ||
			!(parts[1] == "viscerosomatic" && parts[3] == "levels" || parts[1] == "autonomic" && parts[3] == "sympathetic") {
			continue
		}
		accepted := acceptedLevels(c, parts[2])
		for i, ch := range card.Choices {
			if i == card.Answer {
				continue
			}
			if slices.ContainsFunc(accepted, func(ls []string) bool { return sameLevels(split(ch), ls) }) {
				t.Errorf("%s offers %s as wrong, but a map row accepts it for %s", card.ID, ch, parts[2])
			}
		}
	}
}

// TestBoardPointsAreKeyed: the Chapman, counterstrain and rib tables key the
// board-review answer too.
func TestBoardPointsAreKeyed(t *testing.T) {
	_, all := shipped(t)
	gall := mustCard(t, all, "map/chapman/gallbladder/anterior")
	if key := keyOf(gall); !strings.Contains(key, "sixth intercostal space") {
		t.Errorf("the gallbladder Chapman card keys %q; board review teaches the sixth intercostal space", key)
	}
	ac7 := mustCard(t, all, "map/tender-points/ac7/position-of-ease")
	if key := keyOf(ac7); !strings.Contains(key, "F ST RA") || strings.Contains(key, "F SA RA") {
		t.Errorf("AC7's position of ease keys %q; board review teaches F ST RA", key)
	}
	if !strings.Contains(ac7.Back, "F SA RA") {
		t.Errorf("AC7 does not name the literature's F SA RA:\n%s", ac7.Back)
	}
	ribs := mustCard(t, all, "map/rib-dysfunctions/rib-me-11-12/muscle")
	if key := keyOf(ribs); key != "Quadratus lumborum" {
		t.Errorf("exhaled ribs 11-12 key %q; board review teaches quadratus lumborum", key)
	}
	for i, ch := range ribs.Choices {
		if i != ribs.Answer && strings.Contains(strings.ToLower(ch), "latissimus") {
			t.Errorf("exhaled ribs 11-12 offer %q as wrong, but StatPearls uses latissimus dorsi", ch)
		}
	}
}

// TestTMDIsNotAWrongAnswerForMFR: myofascial therapy has trial support in
// temporomandibular disorder, so no card may call it wrong for MFR.
func TestTMDIsNotAWrongAnswerForMFR(t *testing.T) {
	_, all := shipped(t)
	card := mustCard(t, all, "technique/myofascial-release/indications")
	for i, ch := range card.Choices {
		if i != card.Answer && ch == "Temporomandibular disorder" {
			t.Errorf("the MFR indications card offers TMD as wrong: %q", card.Choices)
		}
	}
}

// siteFlags are the local findings whose place decides which technique they
// bar: one defined as lying where the treatment lands, or one that lies in one
// region. A vignette on one must say where, and offer as wrong only
// techniques that work elsewhere.
var siteFlags = []string{"local-infection", "open-wound", "acute-fracture", "joint-instability", "spinal-hardware",
	"recent-surgery", "acute-sprain-strain", "atlantoaxial-instability", "acute-whiplash"}

// TestVignettesGiveTheSite: today the local-infection and
// atlantoaxial-instability vignettes cannot be answered from their stems.
func TestVignettesGiveTheSite(t *testing.T) {
	c, all := shipped(t)
	byName := func(name string) techniques.Technique {
		return find(c.Techniques, func(x techniques.Technique) bool { return x.Name == name })
	}
	for _, card := range all {
		parts := strings.Split(card.ID, "/")
		if parts[0] != "vignette" || !slices.Contains(siteFlags, parts[2]) {
			continue
		}
		var region string
		for _, r := range techniques.Regions() {
			if strings.Contains(card.Front, "in the "+strings.ReplaceAll(r, "-", " ")+" region") {
				region = r
			}
		}
		if region == "" {
			t.Errorf("%s does not say where the finding is:\n%s", card.ID, card.Front)
			continue
		}
		for i, ch := range card.Choices {
			works := slices.Contains(byName(ch).Regions, region)
			if i == card.Answer && !works {
				t.Errorf("%s keys %s, which does not work on the %s region", card.ID, ch, region)
			}
			if i != card.Answer && works {
				t.Errorf("%s offers %s as safe, but it works on the %s region too", card.ID, ch, region)
			}
		}
	}
}
